/**
 * The type-check of a large package by TypeScript 7, the native compiler (`typescript-native`, an
 * npm alias of `typescript@7`), in a child process: on the 100x synthetic spec it checks the
 * program in about a third of the CPU time ts-morph takes (6.4 s against 18.4 s). The check only
 * gives a verdict: the `.js` and `.d.ts` are printed per file by TypeScript 5 (`compile.ts`), so the
 * two compilers never have to print alike.
 *
 * The options are `EMITTED_COMPILER_OPTIONS` written as a tsconfig (a test reads it back and
 * finds the same options).
 * When the native compiler is not installed (a platform it has no binary for), `nativeChecker`
 * says so and the caller checks with ts-morph.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { InternalError } from "../model/diagnostics.ts";
import type { EmittedFile } from "../emit/emitter.ts";
import { ts } from "ts-morph";
import { checkedText, EMITTED_COMPILER_OPTIONS, typeScriptSources } from "./compile.ts";

/** `EMITTED_COMPILER_OPTIONS` as tsconfig.json spells them, with nothing emitted. */
export function nativeTsconfig(): { compilerOptions: Record<string, unknown>; include: string[] } {
  const { target, module, moduleResolution, lib, newLine, ...flags } = EMITTED_COMPILER_OPTIONS;
  const spelt = (name: string | undefined): string => String(name).toLowerCase();
  return {
    compilerOptions: {
      ...flags,
      target: spelt(ts.ScriptTarget[target]),
      module: spelt(ts.ModuleKind[module]),
      moduleResolution: spelt(ts.ModuleResolutionKind[moduleResolution]),
      lib: lib.map((l) => l.replace(/^lib\.|\.d\.ts$/g, "")),
      newLine: newLine === ts.NewLineKind.LineFeed ? "lf" : "crlf",
      noEmit: true,
      // Nothing from any node_modules above the temporary folder.
      types: [],
    },
    include: ["**/*.ts"],
  };
}

/**
 * The native compiler's command-line script, or undefined when it is not installed here: the
 * package, and the binary of this platform, which npm installs from an optional dependency.
 */
export function nativeChecker(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve("typescript-native/package.json"));
    require.resolve(`@typescript/typescript-${process.platform}-${process.arch}/package.json`, { paths: [root] });
    const script = join(root, "bin", "tsc");
    return existsSync(script) ? script : undefined;
  } catch {
    return undefined;
  }
}

function run(script: string, dir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, "-p", dir, "--pretty", "false"],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

/** Type-checks the modules as one program with the native compiler; an InternalError on any diagnostic. */
export async function checkNative(files: readonly EmittedFile[], script: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "native-check-"));
  try {
    for (const f of typeScriptSources(files)) {
      await mkdir(dirname(join(dir, f.path)), { recursive: true });
      await writeFile(join(dir, f.path), checkedText(f));
    }
    await writeFile(join(dir, "tsconfig.json"), JSON.stringify(nativeTsconfig()));
    const { code, output } = await run(script, dir);
    if (code !== 0) {
      const lines = output
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => l.split(dir + "/").join(""))
        .slice(0, 20);
      throw new InternalError(`the emitted TypeScript does not type-check (TypeScript 7):\n${lines.join("\n")}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
