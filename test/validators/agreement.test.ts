/**
 * Agreement with an independent judge: for the shipped spec and every fixture spec, seeded values
 * (valid ones and each kind of near miss) go through validateT, isT and Ajv (draft 2020-12, strict)
 * on the generated bundle; the verdicts must be identical and every leaf path Ajv reports must be
 * among ours (and ours among Ajv's). Request mode against bundle.schema.json, response mode against
 * bundle.response.schema.json; in response mode the values also carry what only a response carries
 * (expanded navigation properties, later members of evolvable enums). `scripts/agree.ts` runs the
 * same at any scale.
 */
import { describe, expect, it } from "vitest";
import { structuredTypes } from "../../generator/emit/schemas/hierarchy.ts";
import { FIXTURES, fixtureCases, SHIPPED_SPEC } from "../support/fixtures.ts";
import { DEFAULT_GEN, Rng, sample, ValueGenerator } from "../support/values/index.ts";
import { disagreement } from "./support/agree.ts";
import { validator } from "./support/load.ts";
import { ajvFor, loadPackage, newAjv } from "./support/package.ts";

const SPECS: [string, string][] = [
  ["shipped", SHIPPED_SPEC],
  ...fixtureCases().map((c): [string, string] => [c, `${FIXTURES}/${c}/spec`]),
];
const PER_TYPE = 400;

describe.each(SPECS)("validators and JSON Schemas agree on %s", (_name, specDir) => {
  it.each(["request", "response"] as const)("in %s mode", async (mode) => {
    const pkg = await loadPackage(specDir);
    const ajv = newAjv({ allErrors: true });
    const g = new ValueGenerator(pkg.ir, new Rng(mode === "request" ? 20261128 : 1128), { ...DEFAULT_GEN, mode });
    const problems: string[] = [];
    let invalid = 0;
    let checked = 0;
    for (const t of structuredTypes(pkg.ir)) {
      const validate = validator(pkg.validators, `validate${t.tsName}`);
      const is = pkg.validators[`is${t.tsName}`]!;
      const judge = ajvFor(ajv, mode === "request" ? pkg.bundle : pkg.responseBundle, t.qname);
      for (let i = 0; i < PER_TYPE && problems.length < 3; i++) {
        const value = sample(g, t);
        const result = validate(value, { mode });
        const why = disagreement(value, { validate: result, is: is(value, { mode }) as boolean, ajv: judge });
        if (why !== undefined) problems.push(`${t.qname}: ${why}\n${JSON.stringify(value)}`);
        if (!result.ok) invalid++;
        checked++;
      }
    }
    expect(problems).toEqual([]);
    // The stream is a real mix: a suite that only ever saw valid (or invalid) values proves little.
    expect(invalid).toBeGreaterThan(checked / 4);
    expect(invalid).toBeLessThan((checked * 3) / 4);
  });
});
