/**
 * The `import` and `drift` commands (`generator/cli.ts` hands them over here).
 *
 * `import --metadata FILE --out DIR [--namespace NS]... [--type QNAME]... [--navigation]
 *   [--api-version V] [--package NAME] [--base-url URL] [--alias A=NS]... [--force] [--verbose]`
 * Exit 0: written (warnings summarised); 1: written, but the metadata has errors; 2: unreadable
 * metadata or bad usage (nothing written).
 *
 * `drift --metadata FILE [--spec DIR] [--json] [--write] [--alias A=NS]...`
 * Exit 0: the spec agrees with the metadata (acknowledged differences aside); 1: drift (after
 * `--write`, what is left), or an acknowledgement that no difference uses; 2: unreadable input
 * (metadata, spec, command line). The spec's types are compared, with the metadata's types derived
 * from those it uses and its operations bound to them: a spec of one namespace is compared on that
 * namespace and what it reaches, not on the whole metadata.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import {
  compareDiagnostics,
  ConfigError,
  formatDiagnostic,
  isPlainError,
  type Diagnostic,
} from "../model/diagnostics.ts";
import { importSpec, relevantDiagnostics } from "./import.ts";
import { aliases, one, parseFlags, PROCESS, readMetadata, type Io } from "./cli-args.ts";

async function importCommand(args: readonly string[], io: Io = PROCESS): Promise<number> {
  const flags = parseFlags(
    args,
    ["metadata", "out", "namespace", "type", "api-version", "package", "base-url", "alias"],
    ["navigation", "force", "verbose"],
  );
  const metadata = one(flags, "metadata");
  const out = one(flags, "out");
  if (metadata === undefined || out === undefined) throw new ConfigError("import needs --metadata FILE and --out DIR");
  const read = await readMetadata(metadata, aliases(flags));
  const packageName = one(flags, "package");
  const baseUrl = one(flags, "base-url");
  const result = importSpec(read.model, {
    namespaces: flags.values.get("namespace") ?? [],
    types: flags.values.get("type") ?? [],
    navigation: flags.switches.has("navigation"),
    apiVersion: one(flags, "api-version") ?? "v1.0",
    ...(packageName === undefined ? {} : { packageName }),
    ...(baseUrl === undefined ? {} : { baseUrl }),
    source: basename(metadata),
  });
  const diagnostics = [...relevantDiagnostics(read.diagnostics, result), ...result.diagnostics];
  const usage = diagnostics.filter((d) => d.code === "badSelection");
  if (usage.length > 0) throw new ConfigError(usage.map((d) => d.message).join("; "));
  await writeFolder(resolve(out), result.files, flags.switches.has("force"));
  io.err(summarise(diagnostics, flags.switches.has("verbose")));
  const { types, standIns, operations } = result.counts;
  io.out(
    `wrote ${result.files.length} files to ${out}: ${types} types, ${standIns} stand-ins, ${operations} operations\n`,
  );
  return diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

/** Writes the files; a folder that already holds files is refused unless `force` (then its spec files are replaced). */
async function writeFolder(
  dir: string,
  files: readonly { path: string; text: string }[],
  force: boolean,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const existing = await readdir(dir);
  if (existing.length > 0 && !force)
    throw new ConfigError(`${dir} is not empty; give an empty folder, or --force to replace its spec files`);
  for (const name of existing)
    if (name.endsWith(".yaml") || name === "spec.schema.json") await rm(join(dir, name), { force: true });
  for (const f of files) await writeFile(join(dir, f.path), f.text, "utf8");
}

/**
 * Errors one per line; warnings one line per kind (code and what was not represented), with a
 * count and the first place, unless `verbose` asks for every one.
 */
function summarise(diagnostics: readonly Diagnostic[], verbose: boolean): string {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  if (verbose) return sorted.map((d) => `${formatDiagnostic(d)}\n`).join("");
  const lines = sorted.filter((d) => d.severity === "error").map(formatDiagnostic);
  const groups = new Map<string, Diagnostic[]>();
  for (const d of sorted.filter((x) => x.severity === "warning")) {
    const k = d.code === "notRepresented" ? `${d.code}: ${kindOf(d)}` : d.code;
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  for (const [k, list] of groups) {
    const first = list[0]!;
    const where = `${first.location.file}:${first.location.line}:${first.location.col}`;
    lines.push(list.length === 1 ? formatDiagnostic(first) : `${list.length} x warning ${k} (first at ${where})`);
  }
  if (groups.size > 0 && !verbose) lines.push("(--verbose lists every warning)");
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/** What a warning is about, without the element it names: `annotation Org.OData.Capabilities.V1.ReadRestrictions`. */
function kindOf(d: Diagnostic): string {
  return d.message
    .replace(/ on \S+ is not represented.*$| of <(\w+)> is not represented.*$/, (_, el) =>
      el === undefined ? "" : ` of <${el}>`,
    )
    .replace(/="[^"]*"/, "");
}

export async function run(args: readonly string[], io: Io = PROCESS): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === "import") return await importCommand(rest, io);
    const { driftCommand } = await import("./drift-cli.ts");
    return await driftCommand(rest, io);
  } catch (e) {
    io.err(isPlainError(e) ? `error: ${e.message}\n` : `${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}
