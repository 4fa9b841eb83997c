/**
 * Type-checking emitted packages, which generate itself does not do: the compiler options every
 * emitted module must pass, the declarations as one strict program, and the JavaScript checked as
 * JavaScript against the runtime's own source.
 */
import { readdirSync, readFileSync } from "node:fs";
import {
  ModuleKind,
  ModuleResolutionKind,
  Node,
  Project,
  ScriptTarget,
  ts,
  type InterfaceDeclaration,
  type SourceFile,
  type TypeAliasDeclaration,
} from "ts-morph";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import { RUNTIME_SRC } from "../../generator/pipeline/runtime.ts";

/** What the emitted package is held to: strict, with the exactness flags a careful consumer turns on. */
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

function problems(project: Project): string[] {
  return project
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${d.getSourceFile()?.getFilePath() ?? ""}:${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`,
    );
}

/**
 * The package's declarations as one strict program. `skipLibCheck` would skip the `.d.ts` files the
 * emitters write, so only the default lib files are skipped here.
 */
export function checkDeclarations(files: readonly EmittedFile[]): string[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { ...EMITTED_COMPILER_OPTIONS, skipLibCheck: false, skipDefaultLibCheck: true, noEmit: true },
  });
  for (const f of files.filter((f) => f.path.endsWith(".d.ts")))
    project.createSourceFile(`/package/${f.path}`, f.contents);
  return problems(project);
}

/**
 * The JavaScript an emitter writes itself, checked by TypeScript as JavaScript (`checkJs`): every
 * name it uses is declared or imported, every import exists, every call into the runtime has the
 * arguments the runtime's own source declares (the source stands in for the runtime's
 * declarations, which leave its internal helpers out). One program for every package given, each in
 * a folder of its own: most of a program's cost is loading the standard library.
 */
export function checkJavaScript(packages: readonly (readonly EmittedFile[])[]): string[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      ...EMITTED_COMPILER_OPTIONS,
      allowJs: true,
      checkJs: true,
      noEmit: true,
      isolatedDeclarations: false,
      // JavaScript has no annotations: its parameters are `any`, what it calls is checked.
      noImplicitAny: false,
    },
  });
  const runtime = readdirSync(RUNTIME_SRC)
    .filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts"))
    .map((n) => ({ name: n.slice(0, -3), text: readFileSync(`${RUNTIME_SRC}${n}`, "utf8") }));
  packages.forEach((files, i) => {
    for (const r of runtime) project.createSourceFile(`/package${i}/${r.name}.ts`, r.text);
    for (const f of files) {
      const module = f.path.replace(/\.(js|d\.ts)$/, "");
      if (f.path.includes("/") || runtime.some((r) => r.name === module)) continue;
      if (f.path.endsWith(".js")) project.createSourceFile(`/package${i}/${f.path}`, f.contents);
    }
  });
  return problems(project);
}

/**
 * Puts a package's declarations of the types in an in-memory project under `dir`: `types.d.ts`, and
 * the declaration modules of the types and of the validators (`types/<Name>.d.ts`,
 * `validators/<Name>.d.ts`, which `validators.d.ts` re-exports). Returns `types.d.ts`.
 */
export function addTypeDeclarations(project: Project, files: ReadonlyMap<string, string>, dir = "/p"): SourceFile {
  for (const [path, contents] of files)
    if (/^(types|validators)\/.*\.d\.ts$/.test(path)) project.createSourceFile(`${dir}/${path}`, contents);
  return project.createSourceFile(`${dir}/types.d.ts`, files.get("types.d.ts"));
}

/** The interface or type alias a module exports as `name`, wherever it is declared. */
export function exportedType(file: SourceFile, name: string): InterfaceDeclaration | TypeAliasDeclaration | undefined {
  for (const d of file.getExportedDeclarations().get(name) ?? [])
    if (Node.isInterfaceDeclaration(d) || Node.isTypeAliasDeclaration(d)) return d;
  return undefined;
}

/**
 * Each import or re-export of a project's files that leads nowhere, as `file: "specifier"`. A
 * declaration file's problems are skipped with the lib files (`skipLibCheck`), and a type whose
 * module is not found is TypeScript's error type, which every check accepts silently.
 */
export function unresolvedImports(project: Project): string[] {
  return project
    .getSourceFiles()
    .flatMap((file) =>
      [...file.getImportDeclarations(), ...file.getExportDeclarations()]
        .filter((d) => d.getModuleSpecifier() !== undefined && d.getModuleSpecifierSourceFile() === undefined)
        .map((d) => `${file.getFilePath()}: ${d.getModuleSpecifier()!.getText()}`),
    );
}
