/**
 * Linearity on hostile payloads: validateSegment's CPU time on a body with N and 10N unknown keys,
 * and with an N- and 10N-item media array, and the ratio (linear is about 10).
 *
 *   npx tsx scripts/bench-payloads.ts [--n 100000]
 */
import { readFileSync } from "node:fs";
import { FIXTURES, SHIPPED_SPEC } from "../test/support/fixtures.ts";
import { validator } from "../test/validators/support/load.ts";
import { loadPackage } from "../test/validators/support/package.ts";

const i = process.argv.indexOf("--n");
const n = i < 0 ? 100_000 : Number(process.argv[i + 1]);
const pkg = await loadPackage(SHIPPED_SPEC);
const validate = validator(pkg.validators, "validateSegment");
const media = (
  JSON.parse(readFileSync(`${FIXTURES}/reference/real-segment-from-docs.json`, "utf8")) as { media: unknown[] }
).media[0];

function cpuMs(f: () => void): number {
  const best: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    best.push((used.user + used.system) / 1000);
  }
  return best.sort((a, b) => a - b)[2]!;
}

const wide = (size: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: size }, (_, k) => [`k${k}`, k]));
const long = (size: number): unknown => ({ media: Array.from({ length: size }, () => media) });
for (const [name, make, modes] of [
  ["unknown keys", wide, ["request", "response"]],
  ["media items", long, ["request"]],
] as const) {
  for (const mode of modes) {
    const small = make(n);
    const big = make(n * 10);
    const a = cpuMs(() => validate(small, { mode }));
    const b = cpuMs(() => validate(big, { mode }));
    console.log(
      `${name.padEnd(13)} ${mode.padEnd(8)} ${String(n).padStart(8)}: ${a.toFixed(1).padStart(8)} ms   ${String(n * 10).padStart(8)}: ${b.toFixed(1).padStart(8)} ms   ratio ${(b / a).toFixed(1)} (linear: 10)`,
    );
  }
}
