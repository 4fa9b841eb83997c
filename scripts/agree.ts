/**
 * Agreement at scale: `npx tsx scripts/agree.ts --seed N --count N [--spec DIR] [--mode request|response]`.
 * For the shipped spec (or DIR), generates `count` values per structured type from `seed` (valid
 * ones and mutated ones), and checks validateT, isT and Ajv2020 on the bundle agree on each.
 * Exits 1 on the first disagreement, printing the value and the seed that reproduces it; reports
 * progress on stderr after each type.
 */
import { SHIPPED_SPEC } from "../test/support/fixtures.ts";
import { DEFAULT_GEN, Rng, sample, ValueGenerator } from "../test/support/values/index.ts";
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
  const pkg = await loadPackage(arg("spec", SHIPPED_SPEC));
  const ajv = newAjv({ allErrors: true });
  const bundle = mode === "request" ? pkg.bundle : pkg.responseBundle;
  const g = new ValueGenerator(pkg.ir, new Rng(seed), { ...DEFAULT_GEN, mode });
  let checked = 0;
  let valid = 0;
  let expanded = 0;
  const navigation = new Set(structuredTypes(pkg.ir).flatMap((t) => t.navigation.map((n) => n.wireName)));
  for (const t of structuredTypes(pkg.ir)) {
    const validate = validator(pkg.validators, `validate${t.tsName}`);
    const is = pkg.validators[`is${t.tsName}`]!;
    const judge = ajvFor(ajv, bundle, t.qname);
    for (let i = 0; i < count; i++) {
      const value = sample(g, t);
      const result = validate(value, { mode });
      const why = disagreement(value, { validate: result, is: is(value, { mode }) as boolean, ajv: judge });
      if (why !== undefined) {
        console.error(`${t.qname} value #${i} (seed ${seed}): ${why}\n${JSON.stringify(value, null, 2)}`);
        return 1;
      }
      checked++;
      if (result.ok) valid++;
      if (hasNavigation(navigation, value)) expanded++;
    }
    console.error(`  ${t.qname}: ${count} values agree (${checked} so far)`);
  }
  console.log(
    `agree: ${checked} values (${valid} valid, ${checked - valid} invalid; ${expanded} with a navigation property), ${mode} mode, seed ${seed}: no disagreement`,
  );
  return 0;
}

process.exitCode = await main();
