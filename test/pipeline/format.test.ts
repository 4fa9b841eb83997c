/**
 * The format stage formats only what an emitter did not lay out itself, and the package it leaves is
 * a prettier fixpoint: formatting any emitted module or README again changes nothing.
 */
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/ir/build.ts";
import { formatFiles, parserFor, PRETTIER_OPTIONS } from "../../generator/pipeline/format.ts";
import { generateFromIR } from "../../generator/pipeline/generate.ts";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";

const SPECS = [
  SHIPPED_SPEC,
  ...["abstract-open", "cross-namespace", "enums", "hostile-names", "inheritance", "navigation"].map(
    (n) => `${FIXTURES}/${n}/spec`,
  ),
];

describe("the format stage", () => {
  it("formats only the statements not laid out, together, and puts each back in its place", async () => {
    const statements = [
      { text: "const a=1", laidOut: false },
      { text: "const b = 2;", laidOut: true },
      { text: "function f(){return 1}\nlet  c=3", laidOut: false },
      { text: "const d = 4;", laidOut: true },
    ];
    const file = { path: "m.js", contents: statements.map((s) => s.text).join("\n"), statements };
    const expected = "const a = 1;\nconst b = 2;\nfunction f() {\n  return 1;\n}\nlet c = 3;\nconst d = 4;\n";
    expect((await formatFiles([file], [], "test"))[0]!.contents.replace(/^\/\*.*\*\/\n/, "")).toBe(expected);
    // A statement that holds the text put between statements: the file is formatted whole.
    const tricky = [...statements, { text: "statementCut$;", laidOut: false }];
    const trickyFile = { path: "m.js", contents: tricky.map((s) => s.text).join("\n"), statements: tricky };
    expect((await formatFiles([trickyFile], [], "test"))[0]!.contents.replace(/^\/\*.*\*\/\n/, "")).toBe(
      `${expected}statementCut$;\n`,
    );
  });

  for (const spec of SPECS) {
    const name = spec === SHIPPED_SPEC ? "the shipped spec" : `the ${spec.split("/").slice(-2, -1)[0]!} fixture`;
    it(`leaves a prettier fixpoint for ${name}`, async () => {
      const { ir, diagnostics } = await loadSpec(spec);
      expect(ir, JSON.stringify(diagnostics.slice(0, 3))).toBeDefined();
      const pkg = await generateFromIR(ir!, diagnostics, {});
      for (const f of pkg.files) {
        const parser = parserFor(f.path);
        if (parser === undefined) continue;
        expect(await format(f.contents, { ...PRETTIER_OPTIONS, parser }), f.path).toBe(f.contents);
      }
    });
  }
});
