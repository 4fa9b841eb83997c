/**
 * `npm run bench`: the generated validators against Ajv (draft 2020-12, strict) on the same JSON
 * Schema bundle, in one process, interleaved rounds, medians.
 *
 *   isSegment        vs Ajv (allErrors: false)
 *   validateSegment  vs Ajv (allErrors: true)
 *
 * on a valid segment (Graph's documented example) and on the seed page's example body (33
 * placeholders). Time is the process's CPU time (process.cpuUsage); the ratio of a pair is taken
 * within each round, then the median. ajv-formats is not loaded: the schemas use `pattern`, never
 * `format`. Then sizes (esbuild --minify, gzip -9): the generated validators.js alone and bundled
 * with runtime.js, beside Ajv's standalone output for the same bundle (every type), alone and
 * bundled with what it requires.
 *
 * Last, for reference only, the ratios against Ajv on a copy of the bundle whose DateTimeOffset
 * pattern is replaced by `format: "date-time"` with ajv-formats: the configuration issue #3's 2x
 * and 3x estimates were measured with ("ajv-formats' date-time check was most of Ajv's cost"). It
 * is not our schema: RFC 3339 date-time requires seconds, which OData does not.
 * Options: --rounds N (default 15), --ms N (CPU milliseconds per measurement, default 150), --dir DIR
 * (a package folder already written, such as another branch's `generated/beta/v1`, instead of the
 * package generated now from the shipped spec), --sizes (the sizes alone).
 */
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormatsModule from "ajv-formats";
import type { AnySchemaObject } from "ajv";
import { PATTERNS } from "../generator/model/edm.ts";
import { SHIPPED_SPEC } from "../test/support/fixtures.ts";
import { ajvFor, loadPackage, newAjv } from "../test/validators/support/package.ts";
import { realSegment, seedRequest } from "../test/validators/support/seed.ts";

const SEGMENT = "microsoft.graph.callRecords.segment";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

type Fn = (v: unknown) => unknown;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
type Contender =
  | "isSegment"
  | "Ajv allErrors:false"
  | "validateSegment"
  | "Ajv allErrors:true"
  | "Ajv+formats allErrors:false"
  | "Ajv+formats allErrors:true";
const PAIRS: readonly [Contender, Contender][] = [
  ["isSegment", "Ajv allErrors:false"],
  ["validateSegment", "Ajv allErrors:true"],
];
/** The reference pairs: not the targets' measure (see the header). */
const REFERENCE: readonly [Contender, Contender][] = [
  ["isSegment", "Ajv+formats allErrors:false"],
  ["validateSegment", "Ajv+formats allErrors:true"],
];
let sink = 0;

/** The CPU time of this process, in microseconds: unlike wall time, it does not count the time the
 * machine spent running something else, so measurements on a busy machine stay comparable. */
function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Operations per CPU-second of fn on value, over about `ms` milliseconds of CPU time. */
function measure(fn: Fn, value: unknown, ms: number): number {
  let n = 0;
  const start = cpuMicros();
  let now = start;
  while (now - start < ms * 1000) {
    for (let k = 0; k < 200; k++) if (fn(value)) sink++;
    n += 200;
    now = cpuMicros();
  }
  return n / ((now - start) / 1e6);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Minified (and, with `bundle`, its imports inlined) by esbuild, then gzip -9. */
function gzipped(entry: string, bundle: boolean): { min: number; gz: number } {
  const out = buildSync({
    entryPoints: [entry],
    bundle,
    minify: true,
    format: "esm",
    write: false,
    platform: "neutral",
    mainFields: ["module", "main"],
  });
  const code = out.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

interface Bench {
  readonly dir: string;
  readonly validators: Record<string, unknown>;
  readonly bundle: AnySchemaObject;
}

/** The package of `--dir`, or the one generated now from the shipped spec. */
async function benchPackage(): Promise<Bench> {
  const i = process.argv.indexOf("--dir");
  if (i < 0) return loadPackage(SHIPPED_SPEC);
  const dir = process.argv[i + 1]!;
  const validators = (await import(pathToFileURL(join(dir, "validators.js")).href)) as Record<string, unknown>;
  const bundle = JSON.parse(readFileSync(join(dir, "schemas/bundle.schema.json"), "utf8")) as AnySchemaObject;
  return { dir, validators, bundle };
}

async function main(): Promise<void> {
  const rounds = arg("rounds", 15);
  const ms = arg("ms", 150);
  const pkg = await benchPackage();
  if (process.argv.includes("--sizes")) return sizes(pkg.dir, pkg.bundle);
  const isSegment = pkg.validators.isSegment as Fn;
  const validateSegment = pkg.validators.validateSegment as (v: unknown) => { ok: boolean };
  const ajvFast = ajvFor(newAjv({ allErrors: false }), pkg.bundle, SEGMENT);
  const ajvAll = ajvFor(newAjv({ allErrors: true }), pkg.bundle, SEGMENT);
  const formatted = withDateTimeFormat(pkg.bundle);
  const formatAjv = (allErrors: boolean): ReturnType<typeof newAjv> => addFormats(newAjv({ allErrors }), ["date-time"]);
  const ajvFormatFast = ajvFor(formatAjv(false), formatted, SEGMENT);
  const ajvFormatAll = ajvFor(formatAjv(true), formatted, SEGMENT);
  const payloads: [string, unknown][] = [
    ["valid segment", realSegment()],
    ["seed example body", seedRequest()],
  ];
  const contenders: [Contender, Fn][] = [
    ["isSegment", isSegment],
    ["Ajv allErrors:false", (v) => ajvFast(v)],
    ["validateSegment", (v) => validateSegment(v).ok],
    ["Ajv allErrors:true", (v) => ajvAll(v)],
    ["Ajv+formats allErrors:false", (v) => ajvFormatFast(v)],
    ["Ajv+formats allErrors:true", (v) => ajvFormatAll(v)],
  ];
  const fn = (name: Contender): Fn => contenders.find(([n]) => n === name)![1];
  for (const [, value] of payloads) {
    const verdicts = contenders.map(([, f]) => Boolean(f(value)));
    if (new Set(verdicts).size !== 1) throw new Error(`the contenders disagree: ${verdicts.join(", ")}`);
  }
  // Each round measures every pair back to back; the ratio of a pair is taken within its round, so
  // that a machine busy with something else slows both sides of a ratio alike.
  const samples = new Map<string, number[]>();
  const add = (key: string, x: number): void => void samples.set(key, [...(samples.get(key) ?? []), x]);
  for (let r = 0; r < rounds; r++) {
    for (const [pname, value] of payloads) {
      for (const [ours, theirs] of [...PAIRS, ...REFERENCE]) {
        const a = measure(fn(ours), value, ms);
        const b = measure(fn(theirs), value, ms);
        add(`${pname}|${ours}`, a);
        add(`${pname}|${theirs}`, b);
        add(`${pname}|${ours}/${theirs}`, a / b);
      }
    }
  }
  console.log(`Node ${process.version}, ${rounds} interleaved rounds of ${ms} ms per measurement; medians\n`);
  for (const [pname] of payloads) {
    const med = (k: string): number => median(samples.get(`${pname}|${k}`)!);
    console.log(pname);
    for (const [ours, theirs] of PAIRS) {
      const row = `  ${ours.padEnd(16)} ${med(ours).toFixed(0).padStart(10)} ops/s   ${theirs.padEnd(20)} ${med(theirs).toFixed(0).padStart(10)} ops/s`;
      console.log(`${row}   ratio ${med(`${ours}/${theirs}`).toFixed(2)}x`);
    }
  }
  console.log(
    '\nreference only: Ajv with ajv-formats "date-time" in place of the DateTimeOffset pattern (see the header)',
  );
  for (const [pname] of payloads) {
    const med = (k: string): number => median(samples.get(`${pname}|${k}`)!);
    for (const [ours, theirs] of REFERENCE)
      console.log(
        `  ${pname.padEnd(18)} ${ours.padEnd(16)} / ${theirs.padEnd(28)} ratio ${med(`${ours}/${theirs}`).toFixed(2)}x`,
      );
  }
  sizes(pkg.dir, pkg.bundle);
  if (sink < 0) console.log(sink);
}

/** The DateTimeOffset pattern of packages generated before issue #19 (T and Z in upper case only), for --dir. */
const EARLIER_DATE_TIME_OFFSET =
  "^-?(?:0[0-9]{3}|[1-9][0-9]{3,})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])" +
  "T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::(?:[0-5][0-9]|60)(?:\\.[0-9]{1,12})?)?" +
  "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$";
const DATE_TIME_OFFSET = new Set<unknown>([PATTERNS.dateTimeOffset, EARLIER_DATE_TIME_OFFSET]);

/** A copy of the bundle with every DateTimeOffset pattern replaced by format "date-time". */
function withDateTimeFormat(bundle: AnySchemaObject): AnySchemaObject {
  let replaced = 0;
  const copy = JSON.parse(JSON.stringify(bundle), (_key, v: unknown) => {
    if (typeof v !== "object" || v === null || !DATE_TIME_OFFSET.has((v as { pattern?: unknown }).pattern)) return v;
    replaced++;
    const { pattern: _pattern, ...rest } = v as Record<string, unknown>;
    return { ...rest, format: "date-time" };
  }) as AnySchemaObject;
  if (replaced === 0) throw new Error("the bundle has no DateTimeOffset pattern to replace");
  return { ...copy, $id: `${String(bundle.$id)}-date-time-format` };
}

/** What a consumer's bundle carries for one import: esbuild --bundle --minify of `import { name }`, gzip -9. */
function oneImport(dir: string, name: string): { min: number; gz: number } {
  const entry = join(mkdtempSync(join(tmpdir(), "bench-import-")), "entry.js");
  writeFileSync(entry, `export { ${name} } from ${JSON.stringify(pathToFileURL(join(dir, "index.js")).pathname)};\n`);
  return gzipped(entry, true);
}

function sizes(dir: string, bundle: Parameters<typeof ajvFor>[1]): void {
  const alone = gzipped(join(dir, "validators.js"), false);
  const runtime = gzipped(join(dir, "runtime.js"), false);
  const whole = gzipped(join(dir, "validators.js"), true);
  const row = (name: string, s: { min: number; gz: number }): string =>
    `  ${name.padEnd(58)} ${String(s.min).padStart(7)} B min ${String(s.gz).padStart(6)} B gz`;
  console.log('\nsize: esbuild --minify, then gzip -9; "alone" leaves imports out, "bundled" inlines them');
  console.log(row("generated validators.js alone", alone));
  console.log(row("generated runtime.js alone", runtime));
  console.log(
    row("validators.js + runtime.js, each alone (sum)", { min: alone.min + runtime.min, gz: alone.gz + runtime.gz }),
  );
  console.log(row("generated validators.js bundled (with runtime.js)", whole));
  console.log(row("a bundle importing validateSegment alone (from index.js)", oneImport(dir, "validateSegment")));
  for (const allErrors of [false, true]) {
    const ajv = newAjv({ allErrors });
    ajv.addSchema(bundle);
    const refs = Object.fromEntries(
      Object.keys(bundle.$defs as object).map((q, i) => [`v${i}`, `${String(bundle.$id)}#/$defs/${q}`]),
    );
    // Beside the package, never in it: --dir may name a folder that is not ours to write in.
    const file = join(mkdtempSync(join(tmpdir(), "bench-ajv-")), `ajv-standalone-${allErrors}.cjs`);
    writeFileSync(file, standaloneCode.default(ajv, refs));
    const [a, b] = [gzipped(file, false), gzipped(file, true)];
    console.log(
      row(`Ajv standalone, every type, allErrors ${allErrors}: alone`, a) +
        `   ours alone / this ${(alone.gz / a.gz).toFixed(3)}`,
    );
    console.log(
      row(`Ajv standalone, every type, allErrors ${allErrors}: bundled`, b) +
        `   ours bundled / this ${(whole.gz / b.gz).toFixed(3)}`,
    );
  }
}

await main();
