/**
 * Scale benchmark: generate time and peak memory for synthetic specs with 1, 10 and 100 copies of
 * the segment graph, the growth ratios, and a `generate` with nothing changed (the fast path).
 * Each run is a fresh `node` process, timed from outside; peak memory is its maximum RSS.
 *
 *   npm run bench:scale            (or: npx tsx scripts/bench-scale.ts --copies 1,10,100)
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { writeSyntheticSpec } from "./synth.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

interface Run {
  seconds: number;
  out: string;
}

/** Runs the CLI in a fresh process and times it from outside. */
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--import", "tsx", `${ROOT}generator/cli.ts`, ...args], { cwd: ROOT });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) return reject(new Error(`generate failed (${code}):\n${out}`));
      resolve({ seconds, out });
    });
  });
}

async function measure(copies: number, dir: string): Promise<Run & { types: number; peakMiB: number; cpu: number }> {
  const spec = `${dir}/spec-${copies}`;
  await writeSyntheticSpec(copies, spec);
  const run = await cli(["generate", "--spec", spec, "--out", `${dir}/out-${copies}`, "--stats"]);
  const peak = /peak RSS (\d+(?:\.\d+)?) MiB/.exec(run.out);
  const types = Number(/(\d+) types/.exec(run.out)?.[1] ?? NaN);
  const cpu = Number(/CPU (\d+(?:\.\d+)?) s/.exec(run.out)?.[1] ?? NaN);
  return { ...run, peakMiB: peak === null ? NaN : Number(peak[1]), types, cpu };
}

const arg = process.argv.indexOf("--copies");
const sizes = (arg < 0 ? "1,10,100" : process.argv[arg + 1]!).split(",").map(Number);
const dir = await mkdtemp(`${tmpdir()}/bench-scale-`);
try {
  const results: { copies: number; types: number; seconds: number; peakMiB: number }[] = [];
  console.log(
    `generate, each in a fresh process (targets: 100x under 20 s, 100x at most 12x the time of 10x; nothing changed under 0.5 s); ${availableParallelism()} CPUs`,
  );
  for (const copies of sizes) {
    const r = await measure(copies, dir);
    results.push({ copies, types: r.types, seconds: r.seconds, peakMiB: r.peakMiB });
    console.log(
      `${String(copies).padStart(4)}x  ${String(r.types).padStart(5)} types  ${r.seconds.toFixed(2).padStart(7)} s  (CPU ${r.cpu.toFixed(1)} s, all threads and the checker's process)  peak ${r.peakMiB.toFixed(0).padStart(5)} MiB (the generator's process)`,
    );
  }
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    console.log(
      `growth ${a.copies}x -> ${b.copies}x: time x${(b.seconds / a.seconds).toFixed(2)} for x${(b.copies / a.copies).toFixed(0)} the size; memory x${(b.peakMiB / a.peakMiB).toFixed(2)}`,
    );
  }
  const last = results[results.length - 1]!;
  const again = await cli(["generate", "--spec", `${dir}/spec-${last.copies}`, "--out", `${dir}/out-${last.copies}`]);
  console.log(
    `no-change generate at ${last.copies}x: ${again.seconds.toFixed(2)} s (${/up to date/.test(again.out) ? "fast path" : "full run"})`,
  );
  await cli(["generate"]); // records the fast path for this checkout, if the last write was elsewhere
  const small = await cli(["generate"]);
  console.log(
    `no-change generate of the shipped spec: ${small.seconds.toFixed(2)} s (${/up to date/.test(small.out) ? "fast path" : "full run"})`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
