/**
 * Stage 5, type-check and compile: every emitted `.ts` module goes into one in-memory ts-morph
 * program under strict settings. Any diagnostic fails the run (the generator produced bad code:
 * an internal error). Each module then becomes `.js` and `.d.ts`.
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
  declaration: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
  // The lib files (es2022, dom) are not ours to check; every emitted module still is, in full.
  skipLibCheck: true,
};

const ROOT = "/package";

export function compileModules(files: readonly EmittedFile[]): EmittedFile[] {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: EMITTED_COMPILER_OPTIONS });
  const sources = files.filter((f) => f.path.endsWith(".ts"));
  for (const f of sources) project.createSourceFile(`${ROOT}/${f.path}`, f.contents);
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    throw new InternalError(`the emitted TypeScript does not type-check:\n${project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20)).replace(/\u001b\[[0-9;]*m/g, "")}`);
  }
  const result = project.emitToMemory();
  const out: EmittedFile[] = result.getFiles().map((f) => ({ path: f.filePath.slice(ROOT.length + 1), contents: f.text }));
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
