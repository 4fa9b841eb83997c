/**
 * Agreement at scale: `npx tsx scripts/agree.ts --seed N --count N [--spec DIR|constructs] [--mode request|response]`.
 * For the shipped spec (or DIR, or `constructs`: the spec with every construct of issue #19,
 * test/fixtures/constructs/spec/), generates `count` values per structured type and action body from
 * `seed` (valid ones and mutated ones), and checks validateT, isT and Ajv2020 on the bundle agree on each.
 * Exits 1 on the first disagreement, printing the value and the seed that reproduces it; reports
 * progress on stderr after each type.
 */
import type { ValidateFunction } from "ajv";
import { pathToFileURL } from "node:url";
import type { IR } from "../generator/model/ir.ts";
import { SHIPPED_SPEC } from "../test/support/fixtures.ts";
import { CONSTRUCTS_SPEC } from "../test/support/constructs.ts";
import { DEFAULT_GEN, Rng, sample, sampleBody, ValueGenerator, type GenOptions } from "../test/support/values/index.ts";
import { disagreement } from "../test/validators/support/agree.ts";
import { validator, type ValidatorsModule } from "../test/validators/support/load.ts";
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

export interface AgreeOptions {
  readonly seed: number;
  /** Values per type and per action body. */
  readonly count: number;
  readonly mode: "request" | "response";
  /** How deep and wide the values are (test/support/values). */
  readonly gen?: Omit<GenOptions, "mode">;
  /** Called after each type with its qualified name (or `op:body`) and the values checked so far. */
  readonly progress?: (key: string, checked: number) => void;
}

export interface Agreement {
  readonly checked: number;
  readonly valid: number;
  /** Values holding a navigation property somewhere. */
  readonly expanded: number;
  /** The first disagreement, with the value and the seed that reproduce it. */
  readonly disagreement?: string;
}

/**
 * Judges `count` values of every structured type and action body of an IR with the package's
 * validateT and isT and with Ajv on the bundle of the mode; stops at the first disagreement.
 */
export function agree(
  ir: IR,
  validators: ValidatorsModule,
  judgeOf: (qnameOrBody: string) => ValidateFunction,
  opts: AgreeOptions,
): Agreement {
  const { seed, count, mode } = opts;
  const g = new ValueGenerator(ir, new Rng(seed), { ...(opts.gen ?? DEFAULT_GEN), mode });
  let checked = 0;
  let valid = 0;
  let expanded = 0;
  const navigation = new Set(structuredTypes(ir).flatMap((t) => t.navigation.map((n) => n.wireName)));
  const judged = [
    ...structuredTypes(ir).map((t) => ({ name: t.tsName, key: t.qname, value: () => sample(g, t) })),
    ...ir.operations
      .filter((op) => op.parameters.some((p) => p.in === "body"))
      .map((op) => ({ name: `${op.tsName}Body`, key: `${op.id}:body`, value: () => sampleBody(g, op) })),
  ];
  for (const { name, key, value: next } of judged) {
    const validate = validator(validators, `validate${name}`);
    const is = validators[`is${name}`]!;
    const judge = judgeOf(key);
    for (let i = 0; i < count; i++) {
      const value = next();
      const result = validate(value, { mode });
      const why = disagreement(value, { validate: result, is: is(value, { mode }) as boolean, ajv: judge });
      if (why !== undefined) {
        const disagreement = `${key} value #${i} (seed ${seed}): ${why}\n${JSON.stringify(value, null, 2)}`;
        return { checked, valid, expanded, disagreement };
      }
      checked++;
      if (result.ok) valid++;
      if (hasNavigation(navigation, value)) expanded++;
    }
    opts.progress?.(key, checked);
  }
  return { checked, valid, expanded };
}

async function main(): Promise<number> {
  const seed = Number(arg("seed", "1"));
  const count = Number(arg("count", "100000"));
  const mode = arg("mode", "request") as "request" | "response";
  const spec = arg("spec", SHIPPED_SPEC);
  const pkg = await loadPackage(spec === "constructs" ? CONSTRUCTS_SPEC : spec);
  const ajv = newAjv({ allErrors: true });
  const bundle = mode === "request" ? pkg.bundle : pkg.responseBundle;
  const result = agree(pkg.ir, pkg.validators, (key) => ajvFor(ajv, bundle, key), {
    seed,
    count,
    mode,
    progress: (key, checked) => console.error(`  ${key}: ${count} values agree (${checked} so far)`),
  });
  if (result.disagreement !== undefined) {
    console.error(result.disagreement);
    return 1;
  }
  const { checked, valid, expanded } = result;
  console.log(
    `agree: ${checked} values (${valid} valid, ${checked - valid} invalid; ${expanded} with a navigation property), ${mode} mode, seed ${seed}: no disagreement`,
  );
  return 0;
}

// Run as a script, not when another script imports `agree`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main();
