/**
 * Scale benchmark: what `generate` costs as specs grow, each command in a fresh `node` process,
 * timed from outside (wall) and measured from inside (peak RSS and CPU, by usage-at-exit.mjs).
 *
 * 1. Synthetic specs with 1, 10 and 100 copies of the segment graph (`scripts/synth.ts`), the growth
 *    ratios, and a `generate` with nothing changed.
 * 2. All of Graph v1.0 (test/fixtures/reference/graph-v1.0.csdl.xml.gz): `import` then a cold
 *    `generate`, for a quarter, a half and the whole, with growth ratios. A fraction f imports the
 *    first f of the metadata's type declarations in document order (EntityType, ComplexType and
 *    EnumType, schema after schema) with `--type`, so each brings the types it reaches; the whole
 *    imports everything. Then a `generate` with nothing changed, for the whole and for the shipped spec.
 * 3. A peer in the same run: json-schema-to-typescript compiling the whole package's
 *    `schemas/bundle.schema.json` (every definition, `unreachableDefinitions`; `format: false`, so
 *    it makes only unformatted types where generate makes the whole formatted package).
 *
 *   npm run bench:scale
 *   npx tsx scripts/bench-scale.ts --only graph --runs 3 --generator /work/main
 *
 * --copies 1,10,100   the synthetic sizes;   --fractions 0.25,0.5,1   the parts of Graph;
 * --only synthetic|graph   one part;   --runs N   medians of N runs of each measured command;
 * --generator DIR   time the CLI of another checkout (`DIR/generator/cli.ts`), to compare two
 * versions with one script in one sitting.
 */
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import { writeSyntheticSpec } from "./synth.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const USAGE = `${ROOT}scripts/usage-at-exit.mjs`;
const METADATA = `${ROOT}test/fixtures/reference/graph-v1.0.csdl.xml.gz`;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}

const GENERATOR = resolve(option("generator", ROOT));
const CLI = `${GENERATOR}/generator/cli.ts`;
const RUNS = Number(option("runs", "1"));
const ONLY = option("only", "");

interface Run {
  seconds: number;
  cpu: number;
  peakMiB: number;
  out: string;
}

/** Runs `node [--import tsx] --import usage-at-exit.mjs ...args` in `cwd` and measures it. */
function measured(args: readonly string[], cwd: string, tsx = true): Promise<Run> {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const flags = [...(tsx ? ["--import", "tsx"] : []), "--import", USAGE];
    const child = spawn(process.execPath, [...flags, ...args], { cwd });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", fail);
    child.on("exit", (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) return fail(new Error(`${args.join(" ")} failed (${code}):\n${out.slice(-3000)}`));
      const usage = /usage-at-exit (\{.*\})/.exec(out);
      const u =
        usage === null ? { maxRSSKiB: NaN, cpuSeconds: NaN } : (JSON.parse(usage[1]!) as Record<string, number>);
      done({ seconds, cpu: u.cpuSeconds!, peakMiB: u.maxRSSKiB! / 1024, out });
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median of `RUNS` runs (each field on its own); `before` runs ahead of each (e.g. removing the output). */
async function repeated(run: () => Promise<Run>, before?: () => Promise<void>): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    await before?.();
    runs.push(await run());
  }
  return {
    seconds: median(runs.map((r) => r.seconds)),
    cpu: median(runs.map((r) => r.cpu)),
    peakMiB: median(runs.map((r) => r.peakMiB)),
    out: runs[runs.length - 1]!.out,
  };
}

const cli = (args: readonly string[]): Promise<Run> => measured([CLI, ...args], GENERATOR);
const fixed = (n: number, w = 6): string => n.toFixed(2).padStart(w);
const mib = (n: number): string => `${n.toFixed(0).padStart(5)} MiB`;
const counts = (out: string): { types: number; operations: number } => ({
  types: Number(/(\d+) types/.exec(out)?.[1] ?? NaN),
  operations: Number(/(\d+) operations/.exec(out)?.[1] ?? NaN),
});
const fastPath = (out: string): string => (/up to date/.test(out) ? "fast path" : "full run");

async function synthetic(dir: string, sizes: readonly number[]): Promise<void> {
  console.log(
    `\nSynthetic specs, cold generate (targets: 100x at most 8 s and 400 MB peak, growing linearly from 10x; nothing changed at most 0.3 s)`,
  );
  const results: { copies: number; run: Run }[] = [];
  for (const copies of sizes) {
    const spec = `${dir}/spec-${copies}`;
    const out = `${dir}/out-${copies}`;
    await writeSyntheticSpec(copies, spec);
    const run = await repeated(
      () => cli(["generate", "--spec", spec, "--out", out, "--stats"]),
      () => rm(out, { recursive: true, force: true }),
    );
    results.push({ copies, run });
    console.log(
      `${String(copies).padStart(4)}x  ${String(counts(run.out).types).padStart(5)} types  ${fixed(run.seconds)} s  CPU ${fixed(run.cpu)} s  peak ${mib(run.peakMiB)}`,
    );
  }
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    console.log(
      `growth ${a.copies}x -> ${b.copies}x (x${(b.copies / a.copies).toFixed(0)} the size): time x${(b.run.seconds / a.run.seconds).toFixed(2)}, CPU x${(b.run.cpu / a.run.cpu).toFixed(2)}, memory x${(b.run.peakMiB / a.run.peakMiB).toFixed(2)}`,
    );
  }
  const last = results[results.length - 1]!.copies;
  const again = await repeated(() => cli(["generate", "--spec", `${dir}/spec-${last}`, "--out", `${dir}/out-${last}`]));
  console.log(`nothing changed at ${last}x: ${fixed(again.seconds)} s (${fastPath(again.out)})`);
}

/** The metadata's type declarations in document order, qualified by their schema's namespace. */
function declaredTypes(xml: string): string[] {
  const names: string[] = [];
  let namespace = "";
  for (const m of xml.matchAll(
    /<Schema\b[^>]*\bNamespace="([^"]+)"|<(?:EntityType|ComplexType|EnumType)\b[^>]*\bName="([^"]+)"/g,
  ))
    if (m[1] !== undefined) namespace = m[1];
    else names.push(`${namespace}.${m[2]!}`);
  return names;
}

interface GraphRun {
  fraction: number;
  types: number;
  operations: number;
  import: Run;
  generate: Run;
}

async function graph(dir: string, fractions: readonly number[]): Promise<void> {
  const metadata = `${dir}/graph-v1.0.csdl.xml`;
  await pipeline(createReadStream(METADATA), createGunzip(), createWriteStream(metadata));
  const declared = declaredTypes(await readFile(metadata, "utf8"));
  console.log(
    `\nAll of Graph v1.0 (${declared.length} type declarations): import, then cold generate (targets: both together at most 20 s and 1 GiB peak; growth linear)`,
  );
  console.log("part   types    ops   import s  (CPU, peak)            generate s  (CPU, peak)            total s");
  const runs: GraphRun[] = [];
  let whole: { spec: string; out: string } | undefined;
  for (const fraction of fractions) {
    const spec = `${dir}/graph-${fraction}`;
    const out = `${dir}/graph-out-${fraction}`;
    const seeds = fraction >= 1 ? [] : declared.slice(0, Math.round(declared.length * fraction));
    const importArgs = ["import", "--metadata", metadata, "--out", spec, "--api-version", "v1.0", "--force"];
    const imported = await repeated(() => cli([...importArgs, ...seeds.flatMap((t) => ["--type", t])]));
    const generated = await repeated(
      () => cli(["generate", "--spec", spec, "--out", out, "--stats"]),
      () => rm(out, { recursive: true, force: true }),
    );
    const run = { fraction, ...counts(generated.out), import: imported, generate: generated };
    runs.push(run);
    if (fraction >= 1) whole = { spec, out };
    const part = fraction >= 1 ? "whole" : `${fraction}`;
    console.log(
      `${part.padEnd(5)} ${String(run.types).padStart(6)} ${String(run.operations).padStart(6)}  ${fixed(imported.seconds, 8)}  (${fixed(imported.cpu)} s, ${mib(imported.peakMiB)})  ${fixed(generated.seconds, 10)}  (${fixed(generated.cpu)} s, ${mib(generated.peakMiB)})  ${fixed(imported.seconds + generated.seconds, 7)}`,
    );
  }
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1]!;
    const b = runs[i]!;
    const size = (r: GraphRun): number => r.types + r.operations;
    console.log(
      `growth ${a.fraction} -> ${b.fraction >= 1 ? "whole" : b.fraction}: types + operations x${(size(b) / size(a)).toFixed(2)}; generate time x${(b.generate.seconds / a.generate.seconds).toFixed(2)}, CPU x${(b.generate.cpu / a.generate.cpu).toFixed(2)}, memory x${(b.generate.peakMiB / a.generate.peakMiB).toFixed(2)}`,
    );
  }
  if (whole === undefined) return;
  const again = await repeated(() => cli(["generate", "--spec", whole.spec, "--out", whole.out]));
  console.log(`nothing changed, whole: ${fixed(again.seconds)} s (${fastPath(again.out)}; target at most 1 s)`);
  const ours = runs[runs.length - 1]!.generate;
  const bundle = `${whole.out}/v1.0/v1/schemas/bundle.schema.json`;
  const peer = await repeated(() => measured([`${ROOT}scripts/bench-scale-peer.mjs`, bundle], ROOT, false));
  const peerTypes = /(\d+) definitions/.exec(peer.out)?.[1] ?? "?";
  console.log(
    `peer: json-schema-to-typescript, the whole bundle (${peerTypes} definitions, types only, unformatted): ${fixed(peer.seconds)} s (CPU ${fixed(peer.cpu)} s, ${mib(peer.peakMiB)}); generate (the whole package) / peer: time x${(ours.seconds / peer.seconds).toFixed(2)}, memory x${(ours.peakMiB / peer.peakMiB).toFixed(2)}`,
  );
}

async function shipped(): Promise<void> {
  await cli(["generate"]); // records the fast path for this checkout, if the last write was elsewhere
  const small = await repeated(() => cli(["generate"]));
  console.log(
    `\nnothing changed, the shipped spec: ${fixed(small.seconds)} s (${fastPath(small.out)}; target at most 0.3 s)`,
  );
}

const sizes = option("copies", "1,10,100").split(",").map(Number);
const fractions = option("fractions", "0.25,0.5,1").split(",").map(Number);
const dir = await mkdtemp(`${tmpdir()}/bench-scale-`);
console.log(`generator: ${GENERATOR}; ${availableParallelism()} CPUs; median of ${RUNS} run(s) each`);
try {
  if (ONLY === "" || ONLY === "synthetic") await synthetic(dir, sizes);
  if (ONLY === "" || ONLY === "graph") await graph(dir, fractions);
  if (ONLY === "") await shipped();
} finally {
  await rm(dir, { recursive: true, force: true });
}
