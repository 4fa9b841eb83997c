/**
 * Agreement with an independent judge: for the shipped spec and every fixture spec (the one with
 * every construct of issue #19 among them, test/fixtures/constructs/spec/), seeded values (valid ones and each kind of
 * near miss) go through validateT, isT and Ajv (draft 2020-12, strict) on the generated bundle; the
 * verdicts must be identical and every leaf path Ajv reports must be among ours (and ours among
 * Ajv's). Action bodies too, against `$defs["<opId>:body"]`. Request mode against
 * bundle.schema.json, response mode against bundle.response.schema.json; in response mode the
 * values also carry what only a response carries (expanded navigation properties, later members of
 * evolvable enums). `scripts/agree.ts` runs the same at any scale.
 */
import { describe, expect, it } from "vitest";
import { structuredTypes } from "../../generator/emit/schemas/hierarchy.ts";
import { FIXTURES, fixtureCases, SHIPPED_SPEC } from "../support/fixtures.ts";
import { DEFAULT_GEN, Rng, sample, sampleBody, ValueGenerator } from "../support/values/index.ts";
import { disagreement } from "./support/agree.ts";
import { validator } from "./support/load.ts";
import { ajvFor, loadPackage, newAjv, type LoadedPackage } from "./support/package.ts";

const SPECS: [string, () => Promise<LoadedPackage>][] = [
  ["shipped", () => loadPackage(SHIPPED_SPEC)],
  ...fixtureCases().map((c): [string, () => Promise<LoadedPackage>] => [c, () => loadPackage(`${FIXTURES}/${c}/spec`)]),
];
const PER_TYPE = 400;

describe.each(SPECS)("validators and JSON Schemas agree on %s", (_name, load) => {
  it.each(["request", "response"] as const)("in %s mode", async (mode) => {
    const pkg = await load();
    const ajv = newAjv({ allErrors: true });
    const g = new ValueGenerator(pkg.ir, new Rng(mode === "request" ? 20261128 : 1128), { ...DEFAULT_GEN, mode });
    const bundle = mode === "request" ? pkg.bundle : pkg.responseBundle;
    const problems: string[] = [];
    let invalid = 0;
    let checked = 0;
    const judge = (name: string, key: string, value: () => unknown): void => {
      const validate = validator(pkg.validators, `validate${name}`);
      const is = pkg.validators[`is${name}`]!;
      const ajvCheck = ajvFor(ajv, bundle, key);
      for (let i = 0; i < PER_TYPE && problems.length < 3; i++) {
        const v = value();
        const result = validate(v, { mode });
        const why = disagreement(v, { validate: result, is: is(v, { mode }) as boolean, ajv: ajvCheck });
        if (why !== undefined) problems.push(`${key}: ${why}\n${JSON.stringify(v)}`);
        if (!result.ok) invalid++;
        checked++;
      }
    };
    for (const t of structuredTypes(pkg.ir)) judge(t.tsName, t.qname, () => sample(g, t));
    for (const op of pkg.ir.operations.filter((o) => o.parameters.some((p) => p.in === "body")))
      judge(`${op.tsName}Body`, `${op.id}:body`, () => sampleBody(g, op));
    expect(problems).toEqual([]);
    // The stream is a real mix: a suite that only ever saw valid (or invalid) values proves little.
    expect(invalid).toBeGreaterThan(checked / 4);
    expect(invalid).toBeLessThan((checked * 3) / 4);
  });
});
