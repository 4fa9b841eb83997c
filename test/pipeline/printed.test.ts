/**
 * Modules whose emitter renders its own `.js` and `.d.ts` (`EmittedFile.printed`: the validators and
 * the types) give, once formatted, exactly what TypeScript prints from the checked `.ts`: for the
 * shipped spec, every fixture spec and seeded hostile specs. And the code builder's two renderings:
 * `ts` code is in the TypeScript only.
 */
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { _, exportedFunction, Name, ts } from "../../generator/emit/code.ts";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import { withoutBlankLines } from "../../generator/emit/escape.ts";
import { loadSpec, loadSpecFromTexts } from "../../generator/ir/build.ts";
import type { IR } from "../../generator/ir/types.ts";
import { transpile } from "../../generator/pipeline/compile.ts";
import { parserFor, PRETTIER_OPTIONS } from "../../generator/pipeline/format.ts";
import { emitSources } from "../../generator/pipeline/generate.ts";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { hostileSpec } from "../support/hostile.ts";

const FIXTURE_SPECS = ["abstract-open", "cross-namespace", "enums", "hostile-names", "inheritance", "navigation"];
const HOSTILE_SEEDS = [1, 2, 3, 4, 5, 6];

const formatted = (f: EmittedFile): Promise<string> => format(f.contents, { ...PRETTIER_OPTIONS, parser: parserFor(f.path)! });

async function expectPrintedAsTypeScript(ir: IR): Promise<void> {
  const sources = (await emitSources(ir, "")).filter((f) => f.printed !== undefined);
  expect(sources.map((f) => f.path).sort()).toEqual(["types.ts", "validators.ts"]);
  for (const source of sources) {
    const rendered = transpile(source);
    const printed = transpile({ ...source, printed: undefined });
    expect(rendered.map((f) => f.path)).toEqual(printed.map((f) => f.path));
    for (const [i, f] of rendered.entries()) expect(await formatted(f), f.path).toBe(await formatted(printed[i]!));
  }
}

describe("modules rendered by their emitter", () => {
  it("format to what TypeScript prints, for the shipped spec", async () => {
    await expectPrintedAsTypeScript((await loadSpec(SHIPPED_SPEC)).ir!);
  });

  for (const name of FIXTURE_SPECS) {
    it(`format to what TypeScript prints, for the ${name} fixture`, async () => {
      await expectPrintedAsTypeScript((await loadSpec(`${FIXTURES}/${name}/spec`)).ir!);
    });
  }

  for (const seed of HOSTILE_SEEDS) {
    it(`format to what TypeScript prints, for hostile spec ${seed}`, async () => {
      const spec = loadSpecFromTexts([{ file: "hostile.yaml", text: hostileSpec(seed).text }]);
      expect(spec.ir, JSON.stringify(spec.diagnostics.slice(0, 3))).toBeDefined();
      await expectPrintedAsTypeScript(spec.ir!);
    });
  }
});

describe("the code builder's two renderings", () => {
  it("leave `ts` code out of the JavaScript, and keep everything else in both", () => {
    const code = _`function f(v${ts`: ${new Name("Errors")} | null`}, s${ts`?: string`})${ts`: boolean`} {\nreturn g${ts`<T>`}(v, ${"a\"b"});\n}`;
    expect(code.str).toBe('function f(v: Errors | null, s?: string): boolean {\nreturn g<T>(v, "a\\"b");\n}');
    expect(code.js).toBe('function f(v, s) {\nreturn g(v, "a\\"b");\n}');
  });

  it("declare an exported function with the signature it defines", () => {
    const fn = exportedFunction("/** Doc. */", new Name("isX"), [{ name: "value", type: _`unknown` }, { name: "options", type: _`Options`, optional: true }], _`value is X`, _`return true;`);
    expect(fn.code.str).toBe("/** Doc. */\nexport function isX(value: unknown, options?: Options): value is X {\nreturn true;\n}");
    expect(fn.code.js).toBe("/** Doc. */\nexport function isX(value, options) {\nreturn true;\n}");
    expect(fn.declaration).toBe("/** Doc. */\nexport declare function isX(value: unknown, options?: Options): value is X;");
  });

  it("drop blank lines only", () => {
    expect(withoutBlankLines("a\n\n  \nb\n")).toBe("a\nb\n");
    expect(withoutBlankLines("a\nb")).toBe("a\nb");
  });
});
