/**
 * The emitted package type-checks as one strict program (generate itself no longer checks it), for
 * the shipped spec, every fixture spec and hostile names. While some modules are still emitted as
 * TypeScript and printed per file, their `.d.ts` is exactly what the checked program prints, and
 * the `.js` and `.d.ts` printed from one parse are what `transpileModule` and
 * `transpileDeclaration` print.
 */
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/ir/build.ts";
import { Project, ts } from "ts-morph";
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

/** The reference `transpile` is held to: the module printed by TypeScript's two per-file functions. */
function transpileApart(file: EmittedFile): EmittedFile[] {
  const source = file.twins?.without ?? file.contents;
  // transpileModule turns declarations off, and isolatedDeclarations may not go without them.
  const { isolatedDeclarations: _, ...jsOptions } = EMITTED_COMPILER_OPTIONS;
  const js = ts.transpileModule(source, { compilerOptions: jsOptions, fileName: file.path });
  const dts = ts.transpileDeclaration(source, { compilerOptions: EMITTED_COMPILER_OPTIONS, fileName: file.path });
  return [
    { path: file.path.replace(/\.ts$/, ".d.ts"), contents: dts.outputText },
    { path: file.path.replace(/\.ts$/, ".js"), contents: js.outputText },
  ];
}

/**
 * The whole package as one strict program, declaration files included: `skipLibCheck` (which the
 * emitted options keep for TypeScript's own lib files) would skip the `.d.ts` files the emitters
 * write themselves, so here only the default lib files are skipped.
 */
function typeCheck(files: readonly EmittedFile[]): string[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { ...EMITTED_COMPILER_OPTIONS, skipLibCheck: false, skipDefaultLibCheck: true, noEmit: true },
  });
  for (const f of files.filter((f) => f.path.endsWith(".ts")))
    project.createSourceFile(`/package/${f.path}`, f.contents);
  return project
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`,
    );
}

const SPECS = [
  SHIPPED_SPEC,
  ...["abstract-open", "cross-namespace", "enums", "hostile-names", "inheritance", "navigation"].map(
    (n) => `${FIXTURES}/${n}/spec`,
  ),
];

describe("the emitted package", () => {
  for (const spec of SPECS) {
    it(`type-checks, with per-file declarations equal to the program's, for ${spec === SHIPPED_SPEC ? "the shipped spec" : spec.split("/").slice(-2, -1)[0]!}`, async () => {
      const sources = await emitSources((await loadSpec(spec)).ir!);
      expect(typeCheck(sources)).toEqual([]);
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

  it("checks the declaration files the emitters write, too", () => {
    const broken = [{ path: "types.d.ts", contents: "export type A = B;\n" }];
    expect(typeCheck(broken)).toEqual(["types.d.ts:1: Cannot find name 'B'."]);
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
