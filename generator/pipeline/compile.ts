/**
 * Stage 5, type-check and compile. Every emitted `.ts` module goes into one program under strict
 * settings, checked by the native compiler (`native-check.ts`) or, where it is not installed, by
 * ts-morph in memory (`check` here); any diagnostic fails the run (the generator produced bad code:
 * an internal error).
 *
 * The `.js` and `.d.ts` of a module are printed one file at a time, without the program (as
 * `transpileModule` and `transpileDeclaration` would): `isolatedModules` and `isolatedDeclarations`
 * make the checker prove that this per-file output is exactly what the program would print, and
 * they let both be produced (and formatted) while the program is still being checked. A module
 * whose emitter rendered them (`EmittedFile.printed`) is not printed here at all: at 100 copies of
 * the segment graph, printing the validators and the types took 9 s of CPU.
 */
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget, ts } from "ts-morph";
import { InternalError } from "../model/diagnostics.ts";
import type { EmittedFile } from "../emit/emitter.ts";
import type { Statement } from "../emit/layout.ts";

export const EMITTED_COMPILER_OPTIONS = {
  target: ScriptTarget.ES2022,
  module: ModuleKind.ES2022,
  moduleResolution: ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitReturns: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noFallthroughCasesInSwitch: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  isolatedDeclarations: true,
  declaration: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
  // The lib files (es2022, dom) are not ours to check; every emitted module still is, in full.
  skipLibCheck: true,
};

const ROOT = "/package";

function byPath(a: EmittedFile, b: EmittedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Modules still emitted as TypeScript source (not declarations an emitter wrote itself). */
export function typeScriptSources(files: readonly EmittedFile[]): EmittedFile[] {
  return files.filter((f) => f.path.endsWith(".ts") && !f.path.endsWith(".d.ts"));
}

/** The emitted modules as one in-memory program. */
export function programOf(files: readonly EmittedFile[]): Project {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: EMITTED_COMPILER_OPTIONS });
  for (const f of files.filter((f) => f.path.endsWith(".ts")))
    project.createSourceFile(`${ROOT}/${f.path}`, f.contents);
  return project;
}

/** Type-checks the modules as one program; throws an InternalError on any diagnostic. */
export function check(files: readonly EmittedFile[]): void {
  const project = programOf(files);
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    throw new InternalError(
      `the emitted TypeScript does not type-check:\n${project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20)).replace(/\u001b\[[0-9;]*m/g, "")}`,
    );
  }
}

/** The program's own `.d.ts` of every module (a test compares it with `transpile`'s). */
export function programDeclarations(files: readonly EmittedFile[]): EmittedFile[] {
  const result = programOf(files).emitToMemory({ emitOnlyDtsFiles: true });
  return result
    .getFiles()
    .map((f) => ({ path: f.filePath.slice(ROOT.length + 1), contents: f.text }))
    .sort(byPath);
}

/**
 * The `.js` and `.d.ts` of one module, printed without the program (see the file comment), from one
 * parse: a program of that file alone, unchecked (`noCheck`), emits both, which is what
 * `transpileModule` and `transpileDeclaration` do one at a time, each parsing the file again (a test
 * holds the output equal to theirs).
 */
export function transpile(file: EmittedFile): EmittedFile[] {
  if (file.printed !== undefined) {
    return [
      { path: file.path.replace(/\.ts$/, ".d.ts"), ...rendered(file.printed.dts) },
      { path: file.path.replace(/\.ts$/, ".js"), ...rendered(file.printed.js) },
    ];
  }
  const source = file.contents;
  const name = `${ROOT}/${file.path}`;
  // Nothing is checked, so no lib file is read (and `lib` may not go with `noLib`).
  const { lib: _lib, ...printing } = EMITTED_COMPILER_OPTIONS;
  const options = {
    ...printing,
    noCheck: true,
    noResolve: true,
    noLib: true,
    suppressOutputPathCheck: true,
  } as ts.CompilerOptions;
  const parsed = ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const out = new Map<string, string>();
  const host: ts.CompilerHost = {
    getSourceFile: (n) => (n === name ? parsed : undefined),
    writeFile: (n, text) => void out.set(n, text),
    getDefaultLibFileName: () => "lib.d.ts",
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (n) => n,
    getCurrentDirectory: () => ROOT,
    getNewLine: () => "\n",
    fileExists: (n) => n === name,
    readFile: () => undefined,
  };
  const program = ts.createProgram([name], options, host);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.emit().diagnostics,
  ];
  if (diagnostics.length > 0)
    throw new InternalError(
      `${file.path} does not transpile: ${ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, "\n")}`,
    );
  const printed = (ext: string): string => {
    const text = out.get(name.replace(/\.ts$/, ext));
    if (text === undefined) throw new InternalError(`${file.path}: no ${ext} was printed`);
    return text;
  };
  return [
    { path: file.path.replace(/\.ts$/, ".d.ts"), contents: printed(".d.ts") },
    { path: file.path.replace(/\.ts$/, ".js"), contents: printed(".js") },
  ];
}

/** A rendered file: its statements, and their text. */
function rendered(statements: readonly Statement[]): { contents: string; statements: readonly Statement[] } {
  return { contents: `${statements.map((s) => s.text).join("\n")}\n`, statements };
}

/** Prints `.js` and `.d.ts` for every module still emitted as `.ts` (the tests type-check them). */
export function compileModules(files: readonly EmittedFile[]): EmittedFile[] {
  return typeScriptSources(files).flatMap(transpile).sort(byPath);
}
