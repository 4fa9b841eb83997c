/**
 * The command line: `generate` writes the package, `check` compares it with disk, `diff` (or
 * `generate --dry-run`) prints the changes since the recorded version and writes nothing.
 *
 * Exit codes: 0 done (warnings may be printed), 1 the spec has problems or the output is stale,
 * 2 bad usage or an internal error.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { specFormatSchema } from "./check/format-schema.ts";
import { ConfigError, formatDiagnostics, SpecError } from "./diagnostics.ts";
import { comparePackage, formatDrift } from "./pipeline/compare.ts";
import { isUpToDate, remember, shown } from "./pipeline/fastpath.ts";
import { generateFromIR, generatePackage, irOf, packageFolder, planFor } from "./pipeline/generate.ts";
import { watch } from "./pipeline/watch.ts";
import { loadSpec } from "./ir/build.ts";
import { formatPlan, VersionError } from "./version/plan.ts";
import { writePackage } from "./pipeline/write.ts";

interface Args {
  readonly command: string;
  readonly spec: string;
  readonly out: string;
  readonly dryRun: boolean;
  readonly watch: boolean;
  readonly stats: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const [command = "", ...rest] = argv;
  const flags = new Map<string, string>();
  let dryRun = false;
  let watch = false;
  let stats = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--dry-run" || a === "--watch" || a === "--stats") {
      if (a === "--dry-run") dryRun = true;
      else if (a === "--watch") watch = true;
      else stats = true;
      continue;
    }
    const m = /^--(spec|out)(?:=(.*))?$/.exec(a);
    if (m === null) throw new ConfigError(`unknown argument "${a}"; expected --spec DIR, --out DIR, --dry-run, --watch or --stats`);
    const value = m[2] ?? rest[++i];
    if (value === undefined) throw new ConfigError(`--${m[1]} needs a folder`);
    flags.set(m[1]!, value);
  }
  return { command, spec: resolve(flags.get("spec") ?? "spec"), out: resolve(flags.get("out") ?? "generated"), dryRun, watch, stats };
}

async function generate(args: Args): Promise<number> {
  if (args.dryRun) return diff(args);
  if (args.watch) return watch(args, generateOnce);
  return generateOnce(args);
}

/** CPU time of the whole process so far, every thread included. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

async function generateOnce(args: Args): Promise<number> {
  const { ir, diagnostics } = irOf(await loadSpec(args.spec));
  if (diagnostics.length > 0) console.error(formatDiagnostics(diagnostics));
  const folder = `${args.out}/${packageFolder(ir)}`;
  if (await isUpToDate(ir, folder)) {
    console.log(`${shown(folder)} is up to date (spec and generator unchanged, files intact); nothing written`);
    return 0;
  }
  const pkg = await generateFromIR(ir, diagnostics, { outRoot: args.out });
  if (pkg.plan.previous !== undefined && pkg.plan.bump !== "none") console.log(formatPlan(pkg.plan, ir.api.specVersion));
  await writePackage(folder, pkg.files);
  await remember(ir, folder, pkg.files);
  console.log(`wrote ${pkg.files.length} files to ${shown(folder)} (spec ${ir.api.specVersion})`);
  if (args.stats) console.log(`${ir.types.length} types, ${ir.operations.length} operations; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB; CPU ${cpuSeconds().toFixed(1)} s`);
  return 0;
}

/** Prints the classified changes since the recorded version; writes nothing. */
async function diff(args: Args): Promise<number> {
  const { ir, diagnostics } = irOf(await loadSpec(args.spec));
  if (diagnostics.length > 0) console.error(formatDiagnostics(diagnostics));
  const { plan } = await planFor(ir, { outRoot: args.out });
  console.log(formatPlan(plan, ir.api.specVersion));
  return 0;
}

async function check(args: Args): Promise<number> {
  const pkg = await generatePackage(args.spec, { outRoot: args.out });
  const folder = `${args.out}/${pkg.folder}`;
  const drift = await comparePackage(folder, pkg.files);
  if (drift.length === 0) {
    console.log(`${folder} is up to date (${pkg.files.length} files)`);
    return 0;
  }
  console.error(formatDrift(drift, folder));
  console.error(`\n${drift.length} generated ${drift.length === 1 ? "file is" : "files are"} out of date. Run \`npm run generate\` and commit the result.`);
  return 1;
}

/** Writes `spec.schema.json`, the editor schema of the spec format, into the spec folder. */
async function specSchema(args: Args): Promise<number> {
  await writeFile(`${args.spec}/spec.schema.json`, specFormatSchema(), "utf8");
  console.log(`wrote ${args.spec}/spec.schema.json`);
  return 0;
}

const COMMANDS: Readonly<Record<string, (args: Args) => Promise<number>>> = { generate, check, diff, "spec-schema": specSchema };

async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const run = COMMANDS[args.command];
    if (run === undefined) throw new ConfigError(`unknown command "${args.command}"; expected one of ${Object.keys(COMMANDS).join(", ")}`);
    return await run(args);
  } catch (e) {
    if (e instanceof SpecError) {
      console.error(formatDiagnostics(e.diagnostics));
      return 1;
    }
    if (e instanceof VersionError) {
      console.error(`${e.message}\nRefused: nothing was written. Raise specVersion in the spec's api block, or undo the change.`);
      return 1;
    }
    if (e instanceof ConfigError) {
      console.error(`error: ${e.message}`);
      return 2;
    }
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
