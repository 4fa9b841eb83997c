/**
 * Agreement at scale: `npx tsx scripts/agree.ts --seed N --count N [--spec DIR|constructs] [--mode request|response]`.
 * For the shipped spec (or DIR, or `constructs`: the spec with every construct of issue #19,
 * test/fixtures/constructs/spec/), generates `count` values per structured type and action body from
 * `seed` (valid ones and mutated ones), and checks validateT, isT and Ajv2020 on the bundle agree on each.
 * Exits 1 on the first disagreement, printing the value and the seed that reproduces it; reports
 * progress on stderr after each type.
 */
import { SHIPPED_SPEC } from "../test/support/fixtures.ts";
import { CONSTRUCTS_SPEC } from "../test/support/constructs.ts";
import { DEFAULT_GEN, Rng, sample, sampleBody, ValueGenerator } from "../test/support/values/index.ts";
import { disagreement } from "../test/validators/support/agree.ts";
import { validator } from "../test/validators/support/load.ts";
import { ajvFor, loadPackage, newAjv } from "../test/validators/support/package.ts";
import { structuredTypes } from "../generator/emit/schemas/hierarchy.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

/** Whether a value holds, anywhere, one of the navigation property names (how many values exercise them). */
function hasNavigation(names: ReadonlySet<string>, value: unknown): boolean {
  const walk = (v: unknown): boolean =>
    Array.isArray(v)
      ? v.some(walk)
      : typeof v === "object" &&
        v !== null &&
        Object.keys(v).some((k) => names.has(k) || walk((v as Record<string, unknown>)[k]));
  return names.size > 0 && walk(value);
}

async function main(): Promise<number> {
  const seed = Number(arg("seed", "1"));
  const count = Number(arg("count", "100000"));
  const mode = arg("mode", "request") as "request" | "response";
  const spec = arg("spec", SHIPPED_SPEC);
  const pkg = await loadPackage(spec === "constructs" ? CONSTRUCTS_SPEC : spec);
  const ajv = newAjv({ allErrors: true });
  const bundle = mode === "request" ? pkg.bundle : pkg.responseBundle;
  const g = new ValueGenerator(pkg.ir, new Rng(seed), { ...DEFAULT_GEN, mode });
  let checked = 0;
  let valid = 0;
  let expanded = 0;
  const navigation = new Set(structuredTypes(pkg.ir).flatMap((t) => t.navigation.map((n) => n.wireName)));
  const judged = [
    ...structuredTypes(pkg.ir).map((t) => ({ name: t.tsName, key: t.qname, value: () => sample(g, t) })),
    ...pkg.ir.operations
      .filter((op) => op.parameters.some((p) => p.in === "body"))
      .map((op) => ({ name: `${op.tsName}Body`, key: `${op.id}:body`, value: () => sampleBody(g, op) })),
  ];
  for (const { name, key, value: next } of judged) {
    const validate = validator(pkg.validators, `validate${name}`);
    const is = pkg.validators[`is${name}`]!;
    const judge = ajvFor(ajv, bundle, key);
    for (let i = 0; i < count; i++) {
      const value = next();
      const result = validate(value, { mode });
      const why = disagreement(value, { validate: result, is: is(value, { mode }) as boolean, ajv: judge });
      if (why !== undefined) {
        console.error(`${key} value #${i} (seed ${seed}): ${why}\n${JSON.stringify(value, null, 2)}`);
        return 1;
      }
      checked++;
      if (result.ok) valid++;
      if (hasNavigation(navigation, value)) expanded++;
    }
    console.error(`  ${key}: ${count} values agree (${checked} so far)`);
  }
  console.log(
    `agree: ${checked} values (${valid} valid, ${checked - valid} invalid; ${expanded} with a navigation property), ${mode} mode, seed ${seed}: no disagreement`,
  );
  return 0;
}

process.exitCode = await main();
