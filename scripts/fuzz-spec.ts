/**
 * A seeded mutation fuzzer of the shipped spec (issue #17, item 9):
 *
 *   npm run fuzz:spec -- --seed 1 --count 200 [--no-generate]
 *
 * Each run applies one to three mutations (deleted keys, empty entries, wrong types, renamed and huge
 * names, base cycles, new constructs, truncated files, tabs, stray text, whole files deleted or
 * doubled) to the spec, writes it to a temporary folder and runs `check` through the generator's
 * API (`loadSpec`); a spec that passes is generated whole (`generatePackage`, with its major version
 * raised half of the time so that the semver guard does not refuse it first) and written to a
 * temporary folder. Every run must end in a clean result or located diagnostics: never a crash (an
 * internal error, a stack), never past its time limit, and never a change to the previous output
 * (a copy of `generated/<apiVersion>/`, whose history the semver guard reads).
 *
 * Run `--seed S --count 1` to replay run S alone.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fg from "fast-glob";
import { loadSpec } from "../generator/ir/build.ts";
import { isPlainError, SpecError, type Diagnostic } from "../generator/model/diagnostics.ts";
import { VersionError } from "../generator/version/plan.ts";
import { readSpecTexts, ROOT } from "../test/support/fixtures.ts";
import { bumpMajor, MUTATIONS, Random, type SpecFiles } from "./fuzz-spec-mutations.ts";

export interface FuzzOptions {
  readonly seed: number;
  readonly count: number;
  /** Generate (and write) the specs that pass the checks. Default true. */
  readonly generate?: boolean;
  /** Time limits in milliseconds. */
  readonly checkLimitMs?: number;
  readonly generateLimitMs?: number;
  readonly log?: (line: string) => void;
}

export interface FuzzFailure {
  readonly run: number;
  readonly mutations: readonly string[];
  readonly problem: string;
}

export interface FuzzReport {
  readonly runs: number;
  /** Refused by the checks, every diagnostic located. */
  readonly refused: number;
  /** Passed the checks (their warnings located). */
  readonly passed: number;
  /** Of those, generated and written. */
  readonly generated: number;
  /** Of those, refused by the semver guard or as bad usage, in one line. */
  readonly refusedLater: number;
  readonly failures: readonly FuzzFailure[];
}

function readSpec(dir: string): SpecFiles {
  return new Map(readSpecTexts(dir).map(({ file, text }) => [file, text]));
}

async function writeSpec(dir: string, files: SpecFiles): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, text] of files) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text, "utf8");
  }
}

/** A digest of every file under `dir`: its names and contents. */
async function digest(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const name of (await fg("**/*", { cwd: dir, dot: true })).sort())
    hash
      .update(name)
      .update("\0")
      .update(await readFile(join(dir, name)))
      .update("\0");
  return hash.digest("hex");
}

/** Why a diagnostic is not located in the spec that was checked, or undefined when it is. */
function unlocated(d: Diagnostic, files: SpecFiles): string | undefined {
  const text = files.get(d.location.file);
  if (text === undefined) return `names the file ${JSON.stringify(d.location.file)}, which is not in the spec`;
  const lines = text.split("\n").length;
  if (!(d.location.line >= 1 && d.location.line <= lines + 1 && d.location.col >= 1))
    return `points at ${d.location.line}:${d.location.col}, outside the file's ${lines} lines`;
  return d.message === "" ? "has no message" : undefined;
}

function mutate(base: SpecFiles, r: Random): { files: SpecFiles; did: string[] } {
  let files = base;
  const did: string[] = [];
  const n = 1 + r.int(3);
  for (let tries = 0; did.length < n && tries < 20; tries++) {
    const m = r.pick(MUTATIONS);
    let result: ReturnType<typeof m.apply>;
    try {
      result = m.apply(files, r);
    } catch {
      continue; // the structure an earlier mutation left does not allow this one (yaml's setIn refuses)
    }
    if (result === undefined) continue;
    files = result.files;
    did.push(`${m.name}: ${result.did}`);
  }
  if (r.next() < 0.5) {
    files = bumpMajor(files);
    did.push("major version raised");
  }
  return { files, did };
}

function describeCrash(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message).split("\n").slice(0, 6).join("\n") : String(e);
}

export async function fuzzSpec(opts: FuzzOptions): Promise<FuzzReport> {
  const log = opts.log ?? (() => {});
  const checkLimit = opts.checkLimitMs ?? 5_000;
  const generateLimit = opts.generateLimitMs ?? 120_000;
  const work = await mkdtemp(join(tmpdir(), "fuzz-spec-"));
  const counts = { refused: 0, passed: 0, generated: 0, refusedLater: 0 };
  const failures: FuzzFailure[] = [];
  try {
    const base = readSpec(join(ROOT, "spec", "beta"));
    const previous = join(work, "out");
    await cp(join(ROOT, "generated"), previous, { recursive: true });
    const before = await digest(previous);
    for (let i = 0; i < opts.count; i++) {
      const run = opts.seed + i;
      const { files, did } = mutate(base, new Random(run));
      const fail = (problem: string): void => {
        failures.push({ run, mutations: did, problem });
        log(`run ${run} FAILED: ${problem}\n  ${did.join("\n  ")}`);
      };
      const specDir = join(work, "spec");
      await writeSpec(specDir, files);
      const outcome = await oneRun(specDir, files, previous, work, opts.generate !== false, {
        checkLimit,
        generateLimit,
      });
      if (outcome.passedCheck) counts.passed++;
      if (outcome.kind === "failure") fail(outcome.problem);
      else if (outcome.kind !== "passed") counts[outcome.kind]++;
      // Only generating writes; the folder is compared after each run that did, and once at the end.
      const last = i === opts.count - 1;
      if ((outcome.passedCheck === true || last) && (await digest(previous)) !== before) {
        fail("the previous output folder changed");
        break;
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { runs: opts.count, ...counts, failures };
}

type Outcome = { passedCheck?: boolean } & (
  { kind: "refused" | "passed" | "generated" | "refusedLater" } | { kind: "failure"; problem: string }
);

async function oneRun(
  specDir: string,
  files: SpecFiles,
  previous: string,
  work: string,
  generate: boolean,
  limits: { checkLimit: number; generateLimit: number },
): Promise<Outcome> {
  const started = Date.now();
  let result: Awaited<ReturnType<typeof loadSpec>>;
  try {
    result = await loadSpec(specDir);
  } catch (e) {
    if (isPlainError(e)) return { kind: "refused" }; // no spec files at all: bad usage, said in one line
    return { kind: "failure", problem: `check crashed: ${describeCrash(e)}` };
  }
  const took = Date.now() - started;
  if (took > limits.checkLimit) return { kind: "failure", problem: `check took ${took} ms` };
  for (const d of result.diagnostics) {
    const why = unlocated(d, files);
    if (why !== undefined) return { kind: "failure", problem: `${d.code} diagnostic ${why}: ${d.message}` };
  }
  if (result.ir === undefined) {
    const errors = result.diagnostics.some((d) => d.severity === "error");
    return errors ? { kind: "refused" } : { kind: "failure", problem: "no IR and no error" };
  }
  if (!generate) return { kind: "passed", passedCheck: true };
  return { ...(await generateOne(specDir, previous, work, limits.generateLimit)), passedCheck: true };
}

async function generateOne(specDir: string, previous: string, work: string, limit: number): Promise<Outcome> {
  const { generatePackage } = await import("../generator/pipeline/generate.ts");
  const { writePackage } = await import("../generator/pipeline/write.ts");
  const started = Date.now();
  try {
    const pkg = await generatePackage(specDir, { outRoot: previous });
    const target = join(work, "written", pkg.folder);
    await writePackage(target, pkg.files);
    await rm(join(work, "written"), { recursive: true, force: true });
  } catch (e) {
    if (e instanceof SpecError) return { kind: "failure", problem: "generate refused a spec the checks passed" };
    if (e instanceof VersionError || isPlainError(e)) return { kind: "refusedLater" };
    return { kind: "failure", problem: `generate crashed: ${describeCrash(e)}` };
  }
  const took = Date.now() - started;
  return took > limit ? { kind: "failure", problem: `generate took ${took} ms` } : { kind: "generated" };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<number> {
  const seed = Number(arg("seed", "1"));
  const count = Number(arg("count", "200"));
  const started = Date.now();
  const report = await fuzzSpec({
    seed,
    count,
    generate: !process.argv.includes("--no-generate"),
    log: (line) => console.error(line),
  });
  console.log(
    `${report.runs} runs from seed ${seed} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${report.refused} refused with located diagnostics, ${report.passed} passed the checks ` +
      `(${report.generated} generated, ${report.refusedLater} refused by the semver guard), ` +
      `${report.failures.length} failures`,
  );
  return report.failures.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
