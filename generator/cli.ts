/**
 * The command line: `generate` writes the package, `check` compares it with disk, `diff` (or
 * `generate --dry-run`) prints the changes since the recorded version and writes nothing.
 *
 * Exit codes: 0 done (warnings may be printed), 1 the spec has problems or the output is stale,
 * 2 bad usage, a file-system failure or a damaged version record (one line each), or an internal
 * error (with its stack).
 */
import { statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigError, formatDiagnostics, isPlainError, SpecError } from "./model/diagnostics.ts";
import { specRoots } from "./load/files.ts";
import { isUpToDate, remember, rememberRun, shown, specBytes, unchangedRun } from "./pipeline/fastpath.ts";

// The rest of the generator is imported where it is used, so that a run with nothing to do (the
// fast path's first gate) loads neither the YAML parser nor the checker.
const pipeline = () => import("./pipeline/generate.ts");
const versions = () => import("./version/plan.ts");

interface Args {
  readonly command: string;
  readonly spec: string;
  readonly out: string;
  readonly dryRun: boolean;
  readonly watch: boolean;
  readonly stats: boolean;
  readonly release: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const [command = "", ...rest] = argv;
  const flags = new Map<string, string>();
  let dryRun = false;
  let watch = false;
  let stats = false;
  let release = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--dry-run" || a === "--watch" || a === "--stats" || a === "--release") {
      if (a === "--dry-run") dryRun = true;
      else if (a === "--watch") watch = true;
      else if (a === "--release") release = true;
      else stats = true;
      continue;
    }
    const m = /^--(spec|out)(?:=(.*))?$/.exec(a);
    if (m === null)
      throw new ConfigError(
        `unknown argument "${a}"; expected --spec DIR, --out DIR, --dry-run, --watch, --release or --stats`,
      );
    const value = m[2] ?? rest[++i];
    if (value === undefined) throw new ConfigError(`--${m[1]} needs a folder`);
    flags.set(m[1]!, value);
  }
  const spec = resolve(flags.get("spec") ?? "spec");
  if (statSync(spec, { throwIfNoEntry: false })?.isDirectory() === false)
    throw new ConfigError(`--spec names a file (${spec}): give the folder that holds the spec's YAML files`);
  if (release && (watch || dryRun)) throw new ConfigError("--release goes with neither --watch nor --dry-run");
  const out = resolve(flags.get("out") ?? "generated");
  return { command, spec, out, dryRun, watch, stats, release };
}

async function generate(args: Args): Promise<number> {
  if (args.dryRun) return diff(args);
  if (args.watch) return (await import("./pipeline/watch.ts")).watch(args, generateOnce);
  return generateOnce(args);
}

/** CPU time so far, of every thread of this process (generate starts no child processes). */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function upToDate(folder: string): number {
  console.log(`${shown(folder)} is up to date (spec and generator unchanged, files intact); nothing written`);
  return 0;
}

async function generateOnce(args: Args): Promise<number> {
  const bytes = await specBytes(args.spec, args.out);
  // A release rewrites the version record even when nothing else changed.
  const unchanged = args.release ? undefined : await unchangedRun({ specDir: args.spec, outRoot: args.out, bytes });
  if (unchanged !== undefined) {
    if (unchanged.warnings !== "") console.error(unchanged.warnings);
    return upToDate(unchanged.folder);
  }
  const [{ generateFromIR, irOf, packageFolder }, { loadSpec }, { formatPlan }, { writePackage }] = await Promise.all([
    pipeline(),
    import("./ir/build.ts"),
    versions(),
    import("./pipeline/write.ts"),
  ]);
  const { ir, diagnostics } = irOf(await loadSpec(args.spec));
  const warnings = diagnostics.length > 0 ? formatDiagnostics(diagnostics) : "";
  if (warnings !== "") console.error(warnings);
  const place = { specDir: args.spec, outRoot: args.out, bytes, warnings };
  const folder = `${args.out}/${packageFolder(ir)}`;
  if (!args.release && (await isUpToDate(ir, folder, place))) {
    await rememberRun(place);
    return upToDate(folder);
  }
  const pkg = await generateFromIR(ir, diagnostics, { outRoot: args.out, release: args.release });
  if (pkg.plan.previous !== undefined && pkg.plan.bump !== "none")
    console.log(formatPlan(pkg.plan, ir.api.specVersion));
  await writePackage(folder, pkg.files);
  await remember(ir, folder, pkg.files, place);
  const state = args.release
    ? "released"
    : pkg.plan.bump === "none" && pkg.plan.previous !== undefined
      ? ""
      : "unreleased";
  console.log(
    `wrote ${pkg.files.length} files to ${shown(folder)} (spec ${ir.api.specVersion}${state === "" ? "" : `, ${state}`})`,
  );
  if (args.stats)
    console.log(
      `${ir.types.length} types, ${ir.operations.length} operations; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB; CPU ${cpuSeconds().toFixed(1)} s`,
    );
  return 0;
}

/** Prints the classified changes since the recorded version; writes nothing. */
async function diff(args: Args): Promise<number> {
  const [{ irOf, planFor }, { loadSpec }, { formatPlan }] = await Promise.all([
    pipeline(),
    import("./ir/build.ts"),
    versions(),
  ]);
  const { ir, diagnostics } = irOf(await loadSpec(args.spec));
  if (diagnostics.length > 0) console.error(formatDiagnostics(diagnostics));
  const { plan } = await planFor(ir, { outRoot: args.out });
  console.log(formatPlan(plan, ir.api.specVersion));
  return 0;
}

async function check(args: Args): Promise<number> {
  const [{ generatePackage }, { comparePackage, formatDrift }] = await Promise.all([
    pipeline(),
    import("./pipeline/compare.ts"),
  ]);
  const pkg = await generatePackage(args.spec, { outRoot: args.out });
  const folder = `${args.out}/${pkg.folder}`;
  const drift = await comparePackage(folder, pkg.files);
  if (drift.length === 0) {
    console.log(`${folder} is up to date (${pkg.files.length} files)`);
    return 0;
  }
  console.error(formatDrift(drift, folder));
  console.error(
    `\n${drift.length} generated ${drift.length === 1 ? "file is" : "files are"} out of date. Run \`npm run generate\` and commit the result.`,
  );
  return 1;
}

/** Writes `spec.schema.json`, the editor schema of the spec format, into the spec folder. */
async function specSchema(args: Args): Promise<number> {
  const { specFormatSchema } = await import("./check/format-schema.ts");
  await writeFile(`${args.spec}/spec.schema.json`, specFormatSchema(), "utf8");
  console.log(`wrote ${args.spec}/spec.schema.json`);
  return 0;
}

const COMMANDS: Readonly<Record<string, (args: Args) => Promise<number>>> = {
  generate,
  check,
  diff,
  "spec-schema": specSchema,
};

/** The exit code of an error, said the way its kind is said (see the file comment). */
async function failure(e: unknown, command: string): Promise<number> {
  if (e instanceof SpecError) {
    console.error(formatDiagnostics(e.diagnostics));
    return 1;
  }
  if (e instanceof (await versions()).VersionError) {
    const what =
      command === "check" ? "The spec's version is too small for its changes." : "Refused: nothing was written.";
    console.error(`${e.message}\n${what} Raise specVersion in the spec's api block, or undo the change.`);
    return 1;
  }
  if (isPlainError(e)) {
    console.error(`error: ${e.message}`);
    return 2;
  }
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  return 2;
}

/** Commands that run once per spec root (`spec/beta`, `spec/v1.0`): the worst exit code wins. */
const PER_ROOT = new Set(["generate", "check", "diff"]);

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "import" || argv[0] === "drift") return (await import("./csdl/cli.ts")).run(argv);
  let args: Args;
  let run: ((args: Args) => Promise<number>) | undefined;
  try {
    args = parseArgs(argv);
    run = COMMANDS[args.command];
    if (run === undefined)
      throw new ConfigError(`unknown command "${args.command}"; expected one of ${Object.keys(COMMANDS).join(", ")}`);
  } catch (e) {
    return failure(e, argv[0] ?? "");
  }
  const roots = PER_ROOT.has(args.command) ? specRoots(args.spec) : [args.spec];
  if (args.watch && roots.length > 1) {
    const watching = roots.map((spec) => run({ ...args, spec }).catch((e: unknown) => failure(e, args.command)));
    return Math.max(...(await Promise.all(watching)));
  }
  let code = 0;
  for (const spec of roots) {
    if (roots.length > 1) console.log(`${shown(spec)}:`);
    code = Math.max(code, await run({ ...args, spec }).catch((e: unknown) => failure(e, args.command)));
  }
  return code;
}

process.exitCode = await main(process.argv.slice(2));
