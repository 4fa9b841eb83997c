/**
 * All of Graph v1.0 as a consumer meets it (issue #20, "All of Graph v1.0"). Imports the official
 * metadata whole, and the call-records `segment` with only what it reaches (the peer), generates
 * both packages with the CLI, then on the whole package:
 *
 *   (a) Ajv (ajv/dist/2020) compiles every type of both JSON Schema bundles, the request one and the
 *       response one, with its default options and strict with allErrors; time and warnings;
 *   (b) validateT, isT and Ajv judge alike sampled values (scripts/agree.ts) of every structured
 *       type and action body, in request and in response mode;
 *   (c) esbuild bundles one validator and one operation from the whole package at most 1.5 times
 *       the size of the same from the segment's package;
 *   (d) TypeScript type-checks the whole package's declarations with the options every emitted
 *       module is held to (skipLibCheck off), and a file importing one interface of it, from its
 *       declaration module (`types/Segment`, at most 1.5 times) and from the package entry, and ones
 *       importing an operation or a validator from its module (`operations/getSegment`,
 *       `validators/Segment`, at most 1.5 times), timed
 *       against the same file importing it from the segment's package (median of a few runs).
 *
 * Prints each figure; exits 1 if a compile fails, a value is judged differently, a ratio held to
 * 1.5 exceeds it or the declarations have errors.
 *
 *   npm run whole-graph -- [--metadata FILE(.gz)] [--work DIR] [--count N] [--seed N] [--only ajv,agree,bundle,tsc]
 *
 * `--only` may also name `js`, not run by default (about 3 CPU minutes): the whole package's
 * JavaScript checked as JavaScript against the runtime's source, as test/package/typecheck.test.ts
 * does for small packages.
 *
 * `--work DIR` keeps the specs and packages there and reuses them on the next run (nothing is
 * regenerated when DIR already holds them); without it a temporary folder is used and removed.
 */
import Ajv2020Module from "ajv/dist/2020.js";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import ts from "typescript";
import { loadSpec } from "../generator/ir/build.ts";
import type { IR } from "../generator/model/ir.ts";
import { irOf } from "../generator/pipeline/generate.ts";
import type { ValidatorsModule } from "../test/validators/support/load.ts";
import { ajvFor, newAjv } from "../test/validators/support/package.ts";
import { checkJavaScript, EMITTED_COMPILER_OPTIONS } from "../test/support/typecheck.ts";
import { agree } from "./agree.ts";
import { bundleSize } from "./bundle-size.ts";

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PEER_TYPE = "microsoft.graph.callRecords.segment";
/** What is bundled and timed: call records' segment validator, one of its operations, its interface. */
const BUNDLED = ["validateSegment", "getSegment"];
const OPERATION = "getSegment";
const VALIDATOR = "validateSegment";
const INTERFACE = "Segment";
const MAX_RATIO = 1.5;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Wall and CPU time (this process, all threads) of `f`, in ms: the machine is shared, CPU time is the steadier figure. */
function timed<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  const value = f();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}
const both = (t: { ms: number; cpuMs: number }): string => `${seconds(t.ms)} (CPU ${seconds(t.cpuMs)})`;

/** Runs the CLI in a fresh process; resolves to its time in ms. */
function cli(args: string[]): Promise<number> {
  return new Promise((done, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", `${ROOT}generator/cli.ts`, ...args], { cwd: ROOT });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? done(performance.now() - start)
        : reject(new Error(`${args[0]} failed (${code}):\n${out.slice(-4000)}`)),
    );
  });
}

interface Built {
  readonly spec: string;
  /** The package folder. */
  readonly pkg: string;
}

/** Imports the metadata (whole, or `--type` and what it reaches) and generates its package, unless `dir` has it. */
async function build(metadata: string, dir: string, selection: string[]): Promise<Built> {
  const spec = join(dir, "spec");
  const pkg = join(dir, "out", "v1.0", "v1");
  if (existsSync(join(pkg, "package.json"))) {
    console.log(`  reusing ${pkg}`);
    return { spec, pkg };
  }
  const imported = await cli(["import", "--metadata", metadata, "--out", spec, "--api-version", "v1.0", ...selection]);
  const generated = await cli(["generate", "--spec", spec, "--out", join(dir, "out")]);
  const files = readdirSync(pkg, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  console.log(`  ${dir}: import ${seconds(imported)}, generate ${seconds(generated)}, ${files} files`);
  return { spec, pkg };
}

type Bundle = Record<string, unknown> & { $id: string; $defs: Record<string, unknown> };
const BUNDLES = { request: "bundle.schema.json", response: "bundle.response.schema.json" } as const;
type Mode = keyof typeof BUNDLES;
const readBundle = (pkg: string, mode: Mode): Bundle =>
  JSON.parse(readFileSync(join(pkg, "schemas", BUNDLES[mode]), "utf8")) as Bundle;

/** Compiles Ajv's validator of each of a bundle's types; how long it took, also per type. */
function compileAll(ajv: InstanceType<typeof Ajv2020>, bundle: Bundle): string {
  const types = Object.keys(bundle.$defs);
  const t = timed(() => types.forEach((qname) => ajvFor(ajv, bundle, qname)));
  return `${types.length} types ${both(t)}, ${(t.cpuMs / types.length).toFixed(1)} ms CPU a type`;
}

type AjvInstance = InstanceType<typeof Ajv2020>;

/**
 * (a) One mode's bundle compiled with Ajv's default options and strict with allErrors, in the whole
 * package and the peer's; the whole one's strict allErrors instance (the differential tests' Ajv)
 * is kept for (b), or undefined if a compile failed.
 */
function compileBundle(mode: Mode, whole: Built, peer: Built): AjvInstance | undefined {
  let kept: AjvInstance | undefined;
  let failed = false;
  for (const options of ["default options", "strict, allErrors"] as const) {
    const figures: string[] = [];
    for (const [which, built] of [
      ["whole", whole],
      ["peer", peer],
    ] as const) {
      const log: string[] = [];
      const logger = { log: () => {}, warn: (...a: unknown[]) => log.push(a.join(" ")), error: () => {} };
      const ajv = options === "default options" ? new Ajv2020({ logger }) : newAjv({ allErrors: true, log });
      try {
        const compiled = compileAll(ajv, readBundle(built.pkg, mode));
        figures.push(`${which}: ${compiled}${log.length > 0 ? `, ${log.length} warnings` : ""}`);
        if (which === "whole" && options !== "default options") kept = ajv;
      } catch (e) {
        failed = true;
        figures.push(`${which} FAILED: ${String(e).slice(0, 300)}`);
      }
    }
    console.log(`  (a) ${mode} bundle, ${options}: ${figures.join("; ")}`);
  }
  return failed ? undefined : kept;
}

interface Judged {
  readonly ir: IR;
  readonly validators: ValidatorsModule;
}

async function judged(whole: Built): Promise<Judged> {
  const { ir } = irOf(await loadSpec(whole.spec));
  const validators = (await import(pathToFileURL(join(whole.pkg, "validators.js")).href)) as ValidatorsModule;
  return { ir, validators };
}

/** (b) Sampled values of every type and action body of the whole package, judged by ours and by Ajv. */
function agreement(mode: Mode, whole: Built, { ir, validators }: Judged, ajv: AjvInstance): boolean {
  const count = Number(arg("count", "5"));
  const seed = Number(arg("seed", "1"));
  const bundle = readBundle(whole.pkg, mode);
  const gen = { maxDepth: 3, maxItems: 2 };
  const t = timed(() => agree(ir, validators, (key) => ajvFor(ajv, bundle, key), { seed, count, mode, gen }));
  const r = t.value;
  console.log(
    `  (b) ${mode} mode: ${r.checked} values of ${ir.types.length} types and the action bodies (${r.valid} valid, ${r.checked - r.valid} invalid, ${r.expanded} with a navigation property), seed ${seed}: ${r.disagreement === undefined ? "no disagreement" : "DISAGREEMENT"}, ${both(t)}`,
  );
  if (r.disagreement !== undefined) console.log(r.disagreement.slice(0, 4000));
  return r.disagreement === undefined;
}

/** (c) One validator and one operation bundled from each package. */
async function bundles(whole: Built, peer: Built): Promise<boolean> {
  let ok = true;
  for (const name of BUNDLED) {
    const [w, p] = [await bundleSize(whole.pkg, name, "index"), await bundleSize(peer.pkg, name, "index")];
    const ratio = w.bytes / p.bytes;
    ok &&= ratio <= MAX_RATIO;
    console.log(
      `  ${name.padEnd(16)} whole ${w.bytes} B (${w.gzip} B gzip), alone ${p.bytes} B (${p.gzip} B gzip): x${ratio.toFixed(3)} (at most x${MAX_RATIO})`,
    );
  }
  return ok;
}

/** A program's diagnostics and the time it took to build and check. */
function typecheck(rootNames: string[], options: ts.CompilerOptions): { ms: number; cpuMs: number; errors: string[] } {
  const t = timed(() => ts.getPreEmitDiagnostics(ts.createProgram({ rootNames, options })));
  const errors = t.value.map((d) => {
    const at =
      d.file === undefined ? "" : `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `;
    return at + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  });
  return { ms: t.ms, cpuMs: t.cpuMs, errors };
}

/** (d) The whole package's declarations, and a consumer of one interface from each package. */
function typechecks(whole: Built, peer: Built, work: string): boolean {
  // ts-morph's enums (EMITTED_COMPILER_OPTIONS) carry TypeScript's numbers under other type names;
  // the repository's TypeScript is used here for the lib files it ships next to itself.
  const options = { ...EMITTED_COMPILER_OPTIONS, noEmit: true } as unknown as ts.CompilerOptions;
  const declarations = (pkg: string) =>
    readdirSync(pkg)
      .filter((f) => f.endsWith(".d.ts"))
      .map((f) => join(pkg, f));
  const all = typecheck(declarations(whole.pkg), { ...options, skipLibCheck: false, skipDefaultLibCheck: true });
  console.log(`  whole package declarations, skipLibCheck off: ${all.errors.length} errors, ${both(all)}`);
  for (const e of all.errors.slice(0, 10)) console.log(`    ${e}`);
  // The interface from its own declaration module (`types/<Name>`) and from the package entry, an
  // operation from its module (`operations/<name>`), a validator from its (`validators/<Name>`).
  const segment = `{ id: "s1", startDateTime: "2024-02-29T10:00:00Z", endDateTime: "2024-02-29T10:05:00Z" }`;
  const asType = (at: string): string[] => [
    `import type { ${INTERFACE} } from ${at};`,
    `export const segment: ${INTERFACE} = ${segment};`,
  ];
  const asOperation = (at: string): string[] => [
    `import { ${OPERATION} } from ${at};`,
    `export const send: typeof ${OPERATION} = ${OPERATION};`,
  ];
  const asValidator = (at: string): string[] => [
    `import { ${VALIDATOR} } from ${at};`,
    `export const ok: boolean = ${VALIDATOR}(${segment}).ok;`,
  ];
  let ok = all.errors.length === 0;
  const cases = [
    [`${INTERFACE} from its declaration module`, `types/${INTERFACE}.js`, asType],
    [`${INTERFACE} from the package entry`, "index.js", asType],
    [`${OPERATION} from its module`, `operations/${OPERATION}.js`, asOperation],
    [`${VALIDATOR} from its module`, `validators/${INTERFACE}.js`, asValidator],
  ] as const;
  for (const [i, [what, from, uses]] of cases.entries()) {
    const consumer = (pkg: Built, name: string): string => {
      const file = join(work, `${name}-${i}.ts`);
      writeFileSync(file, [...uses(JSON.stringify(join(pkg.pkg, from))), ""].join("\n"));
      return file;
    };
    const files = { whole: consumer(whole, "consumer-whole"), peer: consumer(peer, "consumer-peer") };
    for (const skipLibCheck of [true, false]) {
      const times = { whole: [] as number[], peer: [] as number[] };
      // The least of 5 runs: the work is the same each time, and what varies (the collector, the
      // other core's load) only adds to it.
      for (let run = 0; run < 5; run++)
        for (const which of ["peer", "whole"] as const) {
          const r = typecheck([files[which]], { ...options, skipLibCheck, skipDefaultLibCheck: true });
          ok &&= r.errors.length === 0;
          for (const e of r.errors.slice(0, 5)) console.log(`    ${e}`);
          times[which].push(r.cpuMs);
        }
      const [w, p] = [Math.min(...times.whole), Math.min(...times.peer)];
      // A declaration module is the way to import one name from a large package: held to the bundle's 1.5.
      if (from !== "index.js") ok &&= w / p <= 1.5;
      console.log(
        `  a file importing ${what}, skipLibCheck ${skipLibCheck ? "on " : "off"}: from the whole package ${seconds(w)} CPU, from the segment's ${seconds(p)} CPU (x${(w / p).toFixed(2)}; least of 5)`,
      );
    }
  }
  return ok;
}

/** (d, with `--only js`) The whole package's JavaScript checked as the test suite checks it (about 3 CPU minutes, 1.4 GiB). */
function javascript(whole: Built): boolean {
  const files = readdirSync(whole.pkg)
    .filter((f) => f.endsWith(".js"))
    .map((path) => ({ path, contents: readFileSync(join(whole.pkg, path), "utf8") }));
  const t = timed(() => checkJavaScript([files]));
  console.log(
    `  whole package JavaScript (checkJs against the runtime's source): ${t.value.length} errors, ${both(t)}`,
  );
  for (const e of t.value.slice(0, 10)) console.log(`    ${e}`);
  return t.value.length === 0;
}

async function main(): Promise<number> {
  const only = new Set(arg("only", "ajv,agree,bundle,tsc").split(","));
  const kept = arg("work", "");
  const work = kept === "" ? mkdtempSync(join(tmpdir(), "whole-graph-")) : resolve(kept);
  mkdirSync(work, { recursive: true });
  try {
    const source = resolve(arg("metadata", `${ROOT}test/fixtures/reference/graph-v1.0.csdl.xml.gz`));
    const metadata = join(work, "metadata.xml");
    if (!existsSync(metadata)) {
      const raw = readFileSync(source);
      writeFileSync(metadata, source.endsWith(".gz") ? gunzipSync(raw) : raw);
    }
    console.log(`whole Graph v1.0 from ${source}; the peer: ${PEER_TYPE} and what it reaches alone`);
    const whole = await build(metadata, join(work, "whole"), []);
    const peer = await build(metadata, join(work, "peer"), ["--type", PEER_TYPE]);
    let ok = true;
    if (only.has("tsc")) {
      console.log("(d) TypeScript");
      ok = typechecks(whole, peer, work) && ok;
    }
    if (only.has("js")) ok = javascript(whole) && ok;
    if (only.has("bundle")) {
      console.log("(c) esbuild, minified, from the package entry");
      ok = (await bundles(whole, peer)) && ok;
    }
    if (only.has("ajv") || only.has("agree")) {
      console.log("(a) Ajv compiles every type of the bundles; (b) validateT, isT and Ajv on sampled values");
      const values = only.has("agree") ? await judged(whole) : undefined;
      // One mode at a time, so that only one whole-package Ajv is alive.
      for (const mode of ["request", "response"] as const) {
        const ajv = only.has("ajv") ? compileBundle(mode, whole, peer) : newAjv({ allErrors: true });
        if (ajv === undefined) ok = false;
        if (values !== undefined) ok = agreement(mode, whole, values, ajv ?? newAjv({ allErrors: true })) && ok;
      }
    }
    console.log(ok ? "whole-graph: every check holds" : "whole-graph: FAILED (see above)");
    return ok ? 0 : 1;
  } finally {
    if (kept === "") rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
