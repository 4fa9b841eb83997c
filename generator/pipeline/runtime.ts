/**
 * The runtime every generated package carries (`runtime.js`, `client.js`) is real TypeScript in
 * `generator/runtime/src/`: type-checked with the generator, linted and unit-tested as code. This
 * module turns it into the package's `.js` and `.d.ts`.
 *
 * Compiling needs TypeScript and prettier (about a second to load), so the result is kept in
 * `generator/runtime/dist/`, committed, with the hash of the sources it was built from. `generate`
 * reads the dist when the hash matches and compiles in memory otherwise (and says so);
 * `npm run build:runtime` rewrites the dist, and a test fails while it is stale.
 *
 * Each source file is one module of the package (`src/client.ts` -> `client.js`, `client.d.ts`);
 * sources import each other with `./name.js` specifiers, which are the package's own. Declarations
 * come from `isolatedDeclarations` (every export states its type) with `@internal` members left out.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type TypeScript from "typescript";

export const RUNTIME_SRC = fileURLToPath(new URL("../runtime/src/", import.meta.url));
export const RUNTIME_DIST = fileURLToPath(new URL("../runtime/dist/", import.meta.url));
const STAMP = "stamp.json";

/** A compiled runtime module: its `.js` and `.d.ts`, and what it exports publicly (not `@internal`). */
export interface RuntimeModule {
  /** `client`: the package's `client.js` and `client.d.ts`. */
  readonly name: string;
  readonly js: string;
  readonly dts: string;
  readonly values: readonly string[];
  readonly types: readonly string[];
}

interface Stamp {
  readonly sources: string;
  readonly modules: readonly Omit<RuntimeModule, "js" | "dts">[];
}

/** The shipped sources, sorted by name (test files and helpers for the build are not shipped). */
function sources(): { name: string; text: string }[] {
  return (existsSync(RUNTIME_SRC) ? readdirSync(RUNTIME_SRC) : [])
    .filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts") && !n.endsWith(".d.ts"))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${RUNTIME_SRC}${name}`, "utf8") }));
}

/** The hash the dist records: of every source's name and text. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const s of sources()) hash.update(`${s.name}\0${s.text}\0`);
  return hash.digest("hex");
}

function readStamp(): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(`${RUNTIME_DIST}${STAMP}`, "utf8")) as Stamp;
  } catch {
    return undefined;
  }
}

/** The dist's modules when it was built from today's sources, else undefined. */
export function readDist(): RuntimeModule[] | undefined {
  const stamp = readStamp();
  if (stamp === undefined || stamp.sources !== sourceHash()) return undefined;
  try {
    const read = (file: string): string => readFileSync(`${RUNTIME_DIST}${file}`, "utf8");
    return stamp.modules.map((m) => ({ ...m, js: read(`${m.name}.js`), dts: read(`${m.name}.d.ts`) }));
  } catch {
    return undefined;
  }
}

/** Compiles every source to `.js` and `.d.ts`, formatted as prettier leaves them. */
export async function compileRuntime(): Promise<RuntimeModule[]> {
  const [{ default: ts }, { format }, { PRETTIER_OPTIONS }] = await Promise.all([
    import("typescript"),
    import("prettier"),
    import("./format.ts"),
  ]);
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    verbatimModuleSyntax: true,
    isolatedDeclarations: true,
    declaration: true,
    stripInternal: true,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
  };
  const out: RuntimeModule[] = [];
  for (const { name, text } of sources()) {
    // transpileModule turns declarations off, and isolatedDeclarations may not go without them.
    const { isolatedDeclarations: _i, declaration: _d, ...jsOptions } = options;
    const js = ts.transpileModule(text, { compilerOptions: jsOptions, fileName: name, reportDiagnostics: true });
    const dts = ts.transpileDeclaration(text, { compilerOptions: options, fileName: name, reportDiagnostics: true });
    const problems = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
    if (problems.length > 0) {
      const first = ts.flattenDiagnosticMessageText(problems[0]!.messageText, "\n");
      throw new Error(`generator/runtime/src/${name} does not compile on its own: ${first}`);
    }
    const exported = publicExports(ts, dts.outputText);
    out.push({
      name: name.slice(0, -3),
      js: await format(js.outputText, { ...PRETTIER_OPTIONS, parser: "espree" }),
      dts: await format(dts.outputText, { ...PRETTIER_OPTIONS, parser: "typescript" }),
      ...exported,
    });
  }
  return out;
}

/** The names a declaration file exports (its `@internal` ones are already stripped), values and types apart. */
function publicExports(ts: typeof TypeScript, dts: string): { values: string[]; types: string[] } {
  const file = ts.createSourceFile("m.d.ts", dts, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const values: string[] = [];
  const types: string[] = [];
  for (const s of file.statements) {
    const exported = ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) types.push(s.name.text);
    else if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) values.push(s.name!.text);
    else if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) values.push(d.name.text);
  }
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { values: values.sort(byName), types: types.sort(byName) };
}

/** The runtime modules for a package: the dist when fresh, else compiled now, with a note on stderr. */
export async function runtimeModules(): Promise<RuntimeModule[]> {
  const dist = readDist();
  if (dist !== undefined) return dist;
  console.warn(
    "generator/runtime/dist is older than its sources: compiling them now; `npm run build:runtime` saves that",
  );
  return compileRuntime();
}

/** Rewrites the dist from the sources (`npm run build:runtime`). */
export async function writeDist(): Promise<RuntimeModule[]> {
  const modules = await compileRuntime();
  await rm(RUNTIME_DIST, { recursive: true, force: true });
  await mkdir(RUNTIME_DIST, { recursive: true });
  for (const m of modules) {
    await writeFile(`${RUNTIME_DIST}${m.name}.js`, m.js);
    await writeFile(`${RUNTIME_DIST}${m.name}.d.ts`, m.dts);
  }
  const stamp: Stamp = { sources: sourceHash(), modules: modules.map(({ js: _j, dts: _d, ...rest }) => rest) };
  await writeFile(`${RUNTIME_DIST}${STAMP}`, `${JSON.stringify(stamp, null, 2)}\n`);
  return modules;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const modules = await writeDist();
  console.log(`wrote ${modules.length} modules to generator/runtime/dist`);
}
