/**
 * Modules whose emitter renders its own `.js` and `.d.ts` (`EmittedFile.printed`: the validators and
 * the types) give, once formatted, exactly what TypeScript prints from the checked `.ts`: for the
 * shipped spec, every fixture spec and seeded hostile specs. And the code builder's two renderings:
 * `ts` code is in the TypeScript only.
 */
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { _, call, exportedFunction, Name, ts } from "../../generator/emit/code.ts";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import { withoutBlankLines } from "../../generator/emit/escape.ts";
import { loadSpec, loadSpecFromTexts } from "../../generator/ir/build.ts";
import type { IR } from "../../generator/model/ir.ts";
import { transpile } from "../../generator/pipeline/compile.ts";
import { formatFiles, PRETTIER_OPTIONS } from "../../generator/pipeline/format.ts";
import {
  declaredFunction,
  interfaceDeclaration,
  listStatement,
  PRINT_WIDTH,
  unionAlias,
  written,
  type Statement,
} from "../../generator/emit/layout.ts";
import { emitSources } from "../../generator/pipeline/generate.ts";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { hostileSpec } from "../support/hostile.ts";

const FIXTURE_SPECS = ["abstract-open", "cross-namespace", "enums", "hostile-names", "inheritance", "navigation"];
const HOSTILE_SEEDS = Array.from({ length: Number(process.env.PRINTED_SEEDS ?? 6) }, (_, i) => i + 1);

/** As the format stage formats it: statements laid out already are kept, the rest go to prettier. */
const formatted = async (f: EmittedFile): Promise<string> => (await formatFiles([f], [], "test"))[0]!.contents;

async function expectPrintedAsTypeScript(ir: IR): Promise<void> {
  const sources = (await emitSources(ir, "")).filter((f) => f.printed !== undefined);
  expect(sources.map((f) => f.path).sort()).toEqual(["types.ts"]);
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

describe("statements laid out by the emitters", () => {
  const doc = "/**\n * A comment, kept as it is.\n */";
  const name = (n: number): string => `N${"x".repeat(n)}`;
  const literals = (count: number, width: number): string[] =>
    Array.from({ length: count }, (_, i) => `"${String(i).padStart(width, "m")}"`);

  async function expectPrettiers(s: Statement, parser = "babel-ts"): Promise<void> {
    expect(s.laidOut, s.text).toBe(true);
    expect(await format(`${s.text}\n`, { ...PRETTIER_OPTIONS, parser })).toBe(`${s.text}\n`);
  }

  it("use prettier's print width", () => {
    expect(PRINT_WIDTH).toBe(PRETTIER_OPTIONS.printWidth);
  });

  it("lay unions out as prettier does: on one line, on the next, or one member a line", async () => {
    for (const [count, width] of [
      [2, 3],
      [6, 8],
      [12, 12],
      [1, 20],
    ] as const)
      await expectPrettiers(unionAlias(doc, name(10), literals(count, width)));
    expect(unionAlias(doc, name(10), [`"${"y".repeat(120)}"`]).laidOut).toBe(false);
  });

  it("lay tuples and arrays out as prettier does", async () => {
    for (const count of [0, 3, 30]) {
      await expectPrettiers(listStatement(doc, `export declare const ${name(8)}: readonly [`, literals(count, 6)));
      await expectPrettiers(listStatement(doc, `export const ${name(8)} = [`, literals(count, 6)), "espree");
    }
  });

  it("lay function declarations out as prettier does, parameters one a line when long", async () => {
    for (const n of [4, 60]) {
      await expectPrettiers(declaredFunction(doc, `is${name(n)}`, ["value: unknown"], `value is ${name(n)}`));
      await expectPrettiers(
        declaredFunction(doc, `validate${name(n)}`, ["value: unknown", "options?: Options"], `Result<${name(n)}>`),
      );
    }
  });

  it("lay interfaces out as prettier does, comments indented with their members", async () => {
    const members = [
      { doc: "/**\n * One.\n *\n * Two.\n */", key: '"@odata.type"?', parts: ['"#a.b"', '"a.b"'] },
      { doc: "", key: "id?", parts: ["string", "null"] },
      { doc, key: "[annotation: `${string}@${string}`]", parts: ["unknown"] },
    ];
    await expectPrettiers(interfaceDeclaration(doc, `export interface ${name(5)}`, members));
  });

  it("lay a member that does not fit out as prettier does: its union on the next line, or one part a line", async () => {
    for (const width of [40, 60]) {
      const members = [
        { doc, key: '"@odata.type"?', parts: literals(2, width) },
        { doc: "", key: "list?", parts: [`readonly ${name(width)}[]`, "null"] },
      ];
      await expectPrettiers(interfaceDeclaration(doc, "export interface A", members));
    }
  });

  it("lay calls out as prettier does: on one line, or an argument a line", async () => {
    for (const width of [10, 90]) {
      await expectPrettiers(
        written(
          call(_`const keys${new Name(name(4))} = keysOf`, [_`null`, _`${"a@".repeat(width / 2)}`, _`${"b@"}`]).js,
        ),
        "espree",
      );
      await expectPrettiers(
        written(
          call(_`const types${new Name(name(4))} = familyOf`, [
            _`${"q@"}`,
            _`[${new Name(name(width / 4))}, b]`,
            _`[${new Name(name(width / 4))}, t]`,
          ]).js,
        ),
        "espree",
      );
      await expectPrettiers(
        written(call(_`const members${new Name(name(4))} = membersOf`, [_`${"x,".repeat(width / 2)}`]).js),
        "espree",
      );
    }
  });

  it("trust a written statement only where every line of code is settled", () => {
    expect(written("function f() {\n  return 1;\n}").laidOut).toBe(true);
    expect(
      written("/**\n * ünïcödé, and a very long comment line " + "x".repeat(120) + "\n */\nconst a = 1;").laidOut,
    ).toBe(true);
    expect(written(`const a = "${"x".repeat(120)}";`).laidOut).toBe(false);
    expect(written(`const a = "ü";`).laidOut).toBe(false);
    expect(written(`const a = "it's";`).laidOut).toBe(false);
  });

  it("leave to prettier what it might lay out otherwise", () => {
    const members = (key: string, parts: string[] = ["string"]) => [{ doc: "", key, parts }];
    expect(
      interfaceDeclaration(doc, "export interface A", members("a?", [`Generic<${literals(20, 8).join(", ")}>`]))
        .laidOut,
    ).toBe(false);
    expect(interfaceDeclaration(doc, "export interface A", members(`"it's"?`)).laidOut).toBe(false);
    expect(interfaceDeclaration(doc, "export interface A", members(`"a\\"b"?`)).laidOut).toBe(false);
    expect(interfaceDeclaration(doc, "export interface A", members(`"日本"?`)).laidOut).toBe(false);
    expect(interfaceDeclaration(doc, "export interface A", []).laidOut).toBe(false);
    expect(declaredFunction(doc, `f${name(120)}`, [], "void").laidOut).toBe(false);
  });
});

describe("the code builder's two renderings", () => {
  it("leave `ts` code out of the JavaScript, and keep everything else in both", () => {
    const code = _`function f(v${ts`: ${new Name("Errors")} | null`}, s${ts`?: string`})${ts`: boolean`} {\nreturn g${ts`<T>`}(v, ${'a"b'});\n}`;
    expect(code.str).toBe('function f(v: Errors | null, s?: string): boolean {\nreturn g<T>(v, "a\\"b");\n}');
    expect(code.js).toBe('function f(v, s) {\nreturn g(v, "a\\"b");\n}');
  });

  it("declare an exported function with the signature it defines", () => {
    const fn = exportedFunction(
      "/** Doc. */",
      new Name("isX"),
      [
        { name: "value", type: _`unknown` },
        { name: "options", type: _`Options`, optional: true },
      ],
      _`value is X`,
      _`return true;`,
    );
    expect(fn.code.str).toBe(
      "/** Doc. */\nexport function isX(value: unknown, options?: Options): value is X {\n  return true;\n}",
    );
    expect(fn.code.js).toBe("/** Doc. */\nexport function isX(value, options) {\n  return true;\n}");
    expect(fn.declaration).toEqual({
      text: "/** Doc. */\nexport declare function isX(value: unknown, options?: Options): value is X;",
      laidOut: true,
    });
  });

  it("drop blank lines only", () => {
    expect(withoutBlankLines("a\n\n  \nb\n")).toBe("a\nb\n");
    expect(withoutBlankLines("a\nb")).toBe("a\nb");
  });
});
