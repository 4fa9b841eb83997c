/**
 * Stage 5, type-check and compile. Every emitted `.ts` module goes into one in-memory ts-morph
 * program under strict settings; any diagnostic fails the run (the generator produced bad code: an
 * internal error).
 *
 * The `.js` and `.d.ts` of a module are printed one file at a time, without the program
 * (`transpileModule`, `transpileDeclaration`): `isolatedModules` and `isolatedDeclarations` make
 * the checker prove that this per-file output is exactly what the program would print, and they let
 * both be produced (and formatted) on another thread while the program is still being checked.
 */
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget, ts } from "ts-morph";
import { InternalError } from "../diagnostics.ts";
import type { EmittedFile } from "../emit/emitter.ts";

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

export function typeScriptSources(files: readonly EmittedFile[]): EmittedFile[] {
  return files.filter((f) => f.path.endsWith(".ts"));
}

/** The emitted modules as one in-memory program. */
export function programOf(files: readonly EmittedFile[]): Project {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: EMITTED_COMPILER_OPTIONS });
  for (const f of typeScriptSources(files)) project.createSourceFile(`${ROOT}/${f.path}`, f.contents);
  return project;
}

/** Type-checks the modules as one program; throws an InternalError on any diagnostic. */
export function check(files: readonly EmittedFile[]): void {
  const project = programOf(files);
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    throw new InternalError(`the emitted TypeScript does not type-check:\n${project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20)).replace(/\u001b\[[0-9;]*m/g, "")}`);
  }
}

/** The program's own `.d.ts` of every module (a test compares it with `transpile`'s). */
export function programDeclarations(files: readonly EmittedFile[]): EmittedFile[] {
  const result = programOf(files).emitToMemory({ emitOnlyDtsFiles: true });
  return result.getFiles().map((f) => ({ path: f.filePath.slice(ROOT.length + 1), contents: f.text })).sort(byPath);
}

function failed(file: EmittedFile, diagnostics: readonly ts.Diagnostic[] | undefined): void {
  if (diagnostics !== undefined && diagnostics.length > 0) throw new InternalError(`${file.path} does not transpile: ${ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, "\n")}`);
}

/**
 * The `.js` and `.d.ts` of one module, printed without the program (see the file comment). A
 * module with twins is printed without the copies, and its `.js` keeps the twins, so that the
 * copies are made once it is formatted (`twins.ts`); the copies are internal, so the `.d.ts` is
 * the same either way.
 */
export function transpile(file: EmittedFile): EmittedFile[] {
  const source = file.twins?.without ?? file.contents;
  // transpileModule turns declarations off, and isolatedDeclarations may not go without them.
  const { isolatedDeclarations: _, ...jsOptions } = EMITTED_COMPILER_OPTIONS;
  const js = ts.transpileModule(source, { compilerOptions: jsOptions, fileName: file.path, reportDiagnostics: true });
  failed(file, js.diagnostics);
  const dts = ts.transpileDeclaration(source, { compilerOptions: EMITTED_COMPILER_OPTIONS, fileName: file.path, reportDiagnostics: true });
  failed(file, dts.diagnostics);
  return [
    { path: file.path.replace(/\.ts$/, ".d.ts"), contents: dts.outputText },
    { path: file.path.replace(/\.ts$/, ".js"), contents: js.outputText, ...(file.twins === undefined ? {} : { twins: file.twins }) },
  ];
}

/** Checks, then prints `.js` and `.d.ts` for every module, on this thread. */
export function compileModules(files: readonly EmittedFile[]): EmittedFile[] {
  check(files);
  return typeScriptSources(files).flatMap(transpile).sort(byPath);
}
