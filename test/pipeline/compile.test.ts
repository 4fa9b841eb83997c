/**
 * The `.d.ts` printed one file at a time (which lets the declarations be made and formatted while
 * the program is still being checked) is exactly what the checked program prints, and the `.js` and
 * `.d.ts` printed from one parse are what `transpileModule` and `transpileDeclaration` print, for the
 * shipped spec, every fixture spec and hostile names.
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
import { compileAndFormat, emitSources } from "../../generator/pipeline/generate.ts";
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

const SPECS = [
  SHIPPED_SPEC,
  ...["abstract-open", "cross-namespace", "enums", "hostile-names", "inheritance", "navigation"].map(
    (n) => `${FIXTURES}/${n}/spec`,
  ),
];

describe("per-file declarations", () => {
  for (const spec of SPECS) {
    it(`equal the program's for ${spec === SHIPPED_SPEC ? "the shipped spec" : spec.split("/").slice(-2, -1)[0]!}`, async () => {
      const sources = await emitSources((await loadSpec(spec)).ir!, "");
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

  it("fail a one-thread run, checked by the native compiler where it is installed, when a module does not type-check", async () => {
    const sources = [{ path: "a.ts", contents: "export const n: number = 1;\nexport const s: string = n;\n" }];
    const run = compileAndFormat({ sources, schemas: () => [] }, ["spec.yaml"], false, undefined);
    await expect(run).rejects.toBeInstanceOf(InternalError);
    await expect(run).rejects.toThrow(/does not type-check[\s\S]*not assignable to type 'string'/);
  });

  it("are refused by the checker where they could differ: an exported value with an inferred type", async () => {
    const sources = [{ path: "a.ts", contents: "export const biggest = Math.max(1, 2);\n" }];
    expect(() => check(sources)).toThrow(/isolatedDeclarations|explicit type annotation/);
  });
});
