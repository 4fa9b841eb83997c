/**
 * The emitted package type-checks as one strict program (generate itself no longer checks it), for
 * the shipped spec, every fixture spec and hostile names. While some modules are still emitted as
 * TypeScript and printed per file, their `.d.ts` is exactly what the checked program prints, and
 * the `.js` and `.d.ts` printed from one parse are what `transpileModule` and
 * `transpileDeclaration` print.
 */
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/ir/build.ts";
import { ts } from "ts-morph";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import {
  check,
  EMITTED_COMPILER_OPTIONS,
  programDeclarations,
  transpile,
  typeScriptSources,
} from "../../generator/pipeline/compile.ts";
import { emitSources } from "../../generator/pipeline/generate.ts";
import { InternalError } from "../../generator/model/diagnostics.ts";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { Project } from "ts-morph";
import { readFileSync } from "node:fs";
import { RUNTIME_SRC } from "../../generator/pipeline/runtime.ts";
import { constructsIR } from "../support/constructs.ts";
import { emitValidators } from "../../generator/emit/validators/index.ts";
import { emitTypes } from "../../generator/emit/types/index.ts";

/**
 * The JavaScript an emitter writes itself (validators.js), checked by TypeScript as JavaScript
 * (`checkJs`): every name it uses is declared or imported, every import exists, every call to the
 * runtime has the arguments the runtime's own source declares (the runtime's source stands in for
 * its declarations, which leave its internal helpers out). One program for every package given, each
 * in a folder of its own: most of a program's cost is loading the standard library.
 */
function checkJavaScript(packages: readonly (readonly EmittedFile[])[]): string[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      ...EMITTED_COMPILER_OPTIONS,
      allowJs: true,
      checkJs: true,
      isolatedDeclarations: false,
      // JavaScript has no annotations: its parameters are `any`, what it calls is checked.
      noImplicitAny: false,
    },
  });
  const runtime = readFileSync(`${RUNTIME_SRC}runtime.ts`, "utf8");
  packages.forEach((files, i) => {
    project.createSourceFile(`/package${i}/runtime.ts`, runtime);
    for (const f of files) {
      if (f.path.startsWith("runtime.") || f.path.includes("/")) continue;
      if (f.path.endsWith(".ts") || f.path === "validators.js")
        project.createSourceFile(`/package${i}/${f.path}`, f.contents);
    }
  });
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length === 0) return [];
  return project
    .formatDiagnosticsWithColorAndContext(diagnostics)
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => / - error TS/.test(line));
}

/** The reference `transpile` is held to: the module printed by TypeScript's two per-file functions. */
function transpileApart(file: EmittedFile): EmittedFile[] {
  const source = file.contents;
  // transpileModule turns declarations off, and isolatedDeclarations may not go without them.
  const { isolatedDeclarations: _, ...jsOptions } = EMITTED_COMPILER_OPTIONS;
  const js = ts.transpileModule(source, { compilerOptions: jsOptions, fileName: file.path });
  const dts = ts.transpileDeclaration(source, { compilerOptions: EMITTED_COMPILER_OPTIONS, fileName: file.path });
  return [
    { path: file.path.replace(/\.ts$/, ".d.ts"), contents: dts.outputText },
    { path: file.path.replace(/\.ts$/, ".js"), contents: js.outputText },
  ];
}

const SPECS = [
  SHIPPED_SPEC,
  ...["abstract-open", "cross-namespace", "enums", "hostile-names", "inheritance", "navigation"].map(
    (n) => `${FIXTURES}/${n}/spec`,
  ),
];

const emitted = new Map<string, Promise<EmittedFile[]>>();
/** The emitted sources of a spec, once per file. */
function sourcesOf(spec: string): Promise<EmittedFile[]> {
  let p = emitted.get(spec);
  if (p === undefined) emitted.set(spec, (p = loadSpec(spec).then(({ ir }) => emitSources(ir!, ""))));
  return p;
}

describe("the emitted package", () => {
  for (const spec of SPECS) {
    it(`type-checks, with per-file declarations equal to the program's, for ${spec === SHIPPED_SPEC ? "the shipped spec" : spec.split("/").slice(-2, -1)[0]!}`, async () => {
      const sources = await sourcesOf(spec);
      check(sources);
      const program = programDeclarations(sources);
      // TypeScript's own printing; what the emitters render instead is held to it in printed.test.ts.
      const perFile = typeScriptSources(sources)
        .map((f) => ({ ...f, printed: undefined }))
        .flatMap(transpile)
        .filter((f) => f.path.endsWith(".d.ts"))
        .sort((a, b) => (a.path < b.path ? -1 : 1));
      expect(perFile.map((f) => f.path)).toEqual(program.map((f) => f.path));
      for (const [i, f] of perFile.entries()) expect(f.contents, f.path).toBe(program[i]!.contents);
      // One parse for both files prints what transpileModule and transpileDeclaration print.
      for (const source of typeScriptSources(sources)) {
        const [one, apart] = [transpile({ ...source, printed: undefined }), transpileApart(source)];
        expect(one.map((f) => f.path)).toEqual(apart.map((f) => f.path));
        for (const [i, f] of one.entries()) expect(f.contents, f.path).toBe(apart[i]!.contents);
      }
    });
  }

  it("has JavaScript that TypeScript checks without error, for every spec and every construct of issue #19", async () => {
    // The constructs without the request builders (another branch teaches them action bodies) and their types.
    const ir = constructsIR();
    const constructs = [...emitTypes(ir), ...emitValidators(ir)].filter((f) => f.path !== "validators.d.ts");
    const packages = await Promise.all(SPECS.map(sourcesOf));
    expect(checkJavaScript([...packages, constructs])).toEqual([]);
  });

  it("fails the JavaScript check when validators.js calls what is not there", () => {
    const bad = {
      path: "validators.js",
      contents: 'import { fail } from "./runtime.js";\nexport const x = fail(1);\nnope();\n',
    };
    expect(checkJavaScript([[bad]]).join("\n")).toMatch(/Expected 3-4 arguments[\s\S]*Cannot find name 'nope'/);
  });

  it("fails the check when a module does not type-check", () => {
    const sources = [{ path: "a.ts", contents: "export const n: number = 1;\nexport const s: string = n;\n" }];
    expect(() => check(sources)).toThrow(InternalError);
    expect(() => check(sources)).toThrow(/does not type-check[\s\S]*not assignable to type 'string'/);
  });

  it("are refused by the checker where they could differ: an exported value with an inferred type", async () => {
    const sources = [{ path: "a.ts", contents: "export const biggest = Math.max(1, 2);\n" }];
    expect(() => check(sources)).toThrow(/isolatedDeclarations|explicit type annotation/);
  });
});
