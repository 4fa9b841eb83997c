/**
 * `npm run bench:instructions`: the same four pairs as `npm run bench` (isSegment and
 * validateSegment against Ajv, on a valid segment and on the seed's example body), counted in
 * machine instructions per call rather than timed. On a shared machine, times of the same code
 * vary by 5-10% from one run to the next, which is more than most changes to a validator are
 * worth; the count does not vary (two runs of the same code with the same settings give the same
 * count), so it can tell such a change apart. Compare versions at the same settings: with another
 * number of calls, collections and recompilations fall elsewhere, and a count moves by a few
 * percent (Ajv's most). It is not time either: an instruction that misses the cache costs more
 * than one that does not, so the timed benchmark stays the measure of the targets, and this one is
 * for comparing two versions of the generator.
 *
 * Each contender runs under valgrind's callgrind, with address randomisation off and V8 made
 * deterministic (one thread, fixed seeds, a fixed GC schedule), twice: N and 3N calls after the
 * same warm-up; the difference over 2N is the count per call, with start-up and warm-up taken out.
 * The runs of N and 3N calls do not meet a collection or a recompilation at the same points, which
 * moves the difference by up to some tens of millions of instructions: so each cell makes at least
 * 400 million instructions of difference (a contender that stops at the first error of the seed's
 * body does a few hundred per call, and is given more calls).
 * Needs valgrind and setarch (Debian: valgrind, util-linux). Takes about 15 minutes on 2 cores.
 *
 *   npx tsx scripts/bench-instructions.ts [--dir generated/beta/v1] [--calls 15000]
 */
import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const CHILD = new URL("./bench-instructions-child.mjs", import.meta.url).pathname;
const PAIRS = [
  ["isSegment", "Ajv allErrors:false"],
  ["validateSegment", "Ajv allErrors:true"],
] as const;
const PAYLOADS = ["valid segment", "seed example body"] as const;
const V8_FLAGS = ["--single-threaded", "--hash-seed=1", "--random-seed=1", "--predictable-gc-schedule"];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

/** The instructions callgrind counted in one run of the child. */
async function collected(dir: string, contender: string, payload: string, calls: number): Promise<number> {
  const args = [
    "-R",
    "valgrind",
    "--tool=callgrind",
    "--callgrind-out-file=/dev/null",
    process.execPath,
    ...V8_FLAGS,
    CHILD,
    dir,
    contender,
    payload,
    String(calls),
  ];
  const { stderr } = await run("setarch", args, { maxBuffer: 1 << 24 });
  const m = /Collected : (\d+)/.exec(stderr);
  if (m === null)
    throw new Error(`callgrind printed no count for ${contender} on the ${payload}:\n${stderr.slice(-2000)}`);
  return Number(m[1]);
}

/** Instructions of difference the two runs of a cell must differ by, for the count to be read. */
const RESOLUTION = 400e6;

async function perCall(dir: string, contender: string, payload: string, calls: number): Promise<number> {
  for (let tries = 0; tries < 4; tries++) {
    const [few, many] = await Promise.all([
      collected(dir, contender, payload, calls),
      collected(dir, contender, payload, 3 * calls),
    ]);
    if (many - few >= RESOLUTION) return (many - few) / (2 * calls);
    // Too little work to read: as many calls as make the difference at the count this run
    // suggests, or ten times as many when it suggests nothing.
    const estimate = (many - few) / (2 * calls);
    calls = estimate > 0 ? Math.ceil((1.5 * RESOLUTION) / (2 * estimate)) : 10 * calls;
  }
  throw new Error(`${contender} on the ${payload}: no readable count after 4 tries (last: ${calls} calls)`);
}

/** Runs the jobs, `width` at a time. */
async function pooled<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return out;
}

async function main(): Promise<void> {
  const dir = resolve(option("dir", "generated/beta/v1"));
  const calls = Number(option("calls", "15000"));
  try {
    await run("valgrind", ["--version"]);
  } catch {
    console.error("bench-instructions needs valgrind (and setarch); on Debian: apt-get install valgrind");
    process.exit(2);
  }
  const cells = PAYLOADS.flatMap((payload) =>
    PAIRS.flatMap(
      ([ours, theirs]) =>
        [
          [ours, payload],
          [theirs, payload],
        ] as const,
    ),
  );
  // A cell runs two children at once (N and 3N calls), so half as many cells as cores.
  const counts = await pooled(
    cells.map(
      ([c, p]) =>
        () =>
          perCall(dir, c, p, calls),
    ),
    Math.max(1, Math.floor(availableParallelism() / 2)),
  );
  const count = (c: string, p: string): number => counts[cells.findIndex(([a, b]) => a === c && b === p)]!;
  console.log(`Node ${process.version}, ${dir}: machine instructions per call (callgrind), after the same warm-up\n`);
  for (const payload of PAYLOADS) {
    console.log(payload);
    for (const [ours, theirs] of PAIRS) {
      const [a, b] = [count(ours, payload), count(theirs, payload)];
      console.log(
        `  ${ours.padEnd(16)} ${a.toFixed(0).padStart(8)}   ${theirs.padEnd(20)} ${b.toFixed(0).padStart(8)}   Ajv / ours ${(b / a).toFixed(2)}x`,
      );
    }
  }
}

await main();
