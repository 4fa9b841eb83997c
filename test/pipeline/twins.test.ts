/**
 * Twins (the validators' test world, made from the formatted check world by renaming): the result
 * is byte for byte what printing and formatting the whole module gives, for the shipped spec and
 * every fixture spec, hostile names included; and a rename that would change a name's length, or an
 * original that cannot be found, is an internal error rather than a wrong module.
 */
import { describe, expect, it } from "vitest";
import { InternalError } from "../../generator/model/diagnostics.ts";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import { loadSpec } from "../../generator/ir/build.ts";
import { compileModules } from "../../generator/pipeline/compile.ts";
import { formatFiles } from "../../generator/pipeline/format.ts";
import { emitSources } from "../../generator/pipeline/generate.ts";
import { withCopies } from "../../generator/pipeline/twins.ts";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";

const SPECS = [
  SHIPPED_SPEC,
  ...["abstract-open", "cross-namespace", "enums", "hostile-names", "inheritance", "navigation"].map(
    (n) => `${FIXTURES}/${n}/spec`,
  ),
];

async function validatorsJs(sources: readonly EmittedFile[]): Promise<string> {
  const ts = sources.filter((f) => f.path.endsWith(".ts"));
  const out = await formatFiles(compileModules(ts), ["spec.yaml"], "test");
  return out.find((f) => f.path === "validators.js")!.contents;
}

describe("twins", () => {
  for (const spec of SPECS) {
    it(`give the whole module's output for ${spec === SHIPPED_SPEC ? "the shipped spec" : spec.split("/").slice(-2, -1)[0]!}`, async () => {
      const sources = await emitSources((await loadSpec(spec)).ir!);
      const file = sources.find((f) => f.path === "validators.ts")!;
      expect(file.twins?.groups.length ?? 0).toBeGreaterThan(0);
      const whole = await validatorsJs(
        sources.map((f) => (f === file ? { path: file.path, contents: file.contents } : f)),
      );
      const made = await validatorsJs(sources);
      expect(made).toBe(whole);
    });
  }

  for (const spec of SPECS) {
    it(`are declared for the type-check with the signatures they are defined with, for ${spec === SHIPPED_SPEC ? "the shipped spec" : spec.split("/").slice(-2, -1)[0]!}`, async () => {
      const sources = await emitSources((await loadSpec(spec)).ir!);
      const file = sources.find((f) => f.path === "validators.ts")!;
      const declared = file.checked!.split("\n").filter((line) => line.startsWith("declare function "));
      // One declaration per copy, each the header of the copy the module defines.
      expect(declared).toHaveLength(file.twins!.groups.flat().length);
      for (const line of declared)
        expect(file.contents, line).toContain(`\n${line.replace(/^declare /, "").replace(/;$/, " {")}\n`);
      // Otherwise the checked module is the module: without the copies, it is what is left.
      const definitions = file.contents
        .split("\n")
        .filter((line) => declared.some((d) => line === d.replace(/^declare /, "").replace(/;$/, " {")));
      expect(definitions).toHaveLength(declared.length);
      expect(file.checked!.replace(/^declare function .*\n/gm, "").replace(/\n{3,}/g, "\n\n")).toBe(
        file.twins!.without.replace(/\n{3,}/g, "\n\n"),
      );
    });
  }

  const twins = {
    without: "",
    groups: [["bodyA"]],
    renames: new Map([
      ["bodyA", "testA"],
      ["checkB", "guardB"],
    ]),
  };
  const js = 'function bodyA(v) {\n  return checkB(v, "checkB bodyA") /* checkB */;\n}\n';

  it("rename identifiers only, never inside strings or comments", () => {
    expect(withCopies(js, twins)).toBe(
      `function testA(v) {\n  return guardB(v, "checkB bodyA") /* checkB */;\n}\n${js}`,
    );
  });

  it("refuse a rename that changes a name's length, or a missing original", () => {
    expect(() =>
      withCopies(js, {
        ...twins,
        renames: new Map([
          ["bodyA", "testA"],
          ["checkB", "guardBB"],
        ]),
      }),
    ).toThrow(InternalError);
    expect(() => withCopies("function other() {\n}\n", twins)).toThrow(InternalError);
  });
});
