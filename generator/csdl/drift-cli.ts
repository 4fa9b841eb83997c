/**
 * `drift --metadata FILE [--spec DIR] [--json] [--write] [--alias A=NS]...`: see `cli.ts` for the
 * exit codes and `drift.ts`, `write.ts` for what is compared and what `--write` changes.
 */
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { loadSpecFromLoaded } from "../ir/build.ts";
import { loadSpecFiles } from "../load/load.ts";
import { ConfigError, formatDiagnostics } from "../model/diagnostics.ts";
import type { IR } from "../model/ir.ts";
import { aliases, one, parseFlags, readMetadata, type Io } from "./cli-args.ts";
import { drift, type DriftResult, type Finding, type Stale } from "./drift.ts";
import type { CsdlModel } from "./model.ts";
import { SpecDocs } from "./spec-docs.ts";
import { applyFixes } from "./write.ts";
import { oneSpecRoot } from "../load/files.ts";

export async function driftCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = parseFlags(args, ["metadata", "spec", "alias"], ["json", "write"]);
  const metadata = one(flags, "metadata");
  if (metadata === undefined) throw new ConfigError("drift needs --metadata FILE");
  const specDir = oneSpecRoot(resolve(one(flags, "spec") ?? "spec"));
  const { model } = await readMetadata(metadata, aliases(flags));
  let spec = await loadSpecDocs(specDir, io);
  if (spec === undefined) return 2;
  let result = drift(spec.ir, spec.docs, model);
  let written: string[] = [];
  if (flags.switches.has("write")) {
    const fixed = applyFixes(spec.docs, result.findings);
    written = [...fixed.files.keys()];
    for (const [file, text] of fixed.files) await writeFile(join(specDir, file), text, "utf8");
    if (written.length > 0) {
      spec = await loadSpecDocs(specDir, io);
      if (spec === undefined) return 2;
      result = drift(spec.ir, spec.docs, model);
    }
  }
  io.out(flags.switches.has("json") ? json(result, written) : text(result, written, model));
  return result.findings.some((f) => f.acknowledged === undefined) || result.stale.length > 0 ? 1 : 0;
}

async function loadSpecDocs(specDir: string, io: Io): Promise<{ ir: IR; docs: SpecDocs } | undefined> {
  const loaded = await loadSpecFiles(specDir);
  const { ir, diagnostics } = loadSpecFromLoaded(loaded);
  if (ir === undefined) {
    io.err(`${formatDiagnostics(diagnostics)}\nThe spec does not check; drift compares a spec that does.\n`);
    return undefined;
  }
  return { ir, docs: new SpecDocs(loaded.files) };
}

function line(f: Finding): string {
  const where = `${f.location.file}:${f.location.line}:${f.location.col}`;
  const meta = f.metadata === undefined ? "" : ` (metadata ${f.metadata})`;
  if (f.acknowledged !== undefined) return `${where}: acknowledged ${f.code}: ${f.message}${meta}; ${f.acknowledged}`;
  const fixable = f.fix === undefined ? "" : " [--write fixes it]";
  return `${where}: drift ${f.code}: ${f.message}${meta}${fixable}`;
}

function staleLine(s: Stale): string {
  const where = `${s.location.file}:${s.location.line}:${s.location.col}`;
  return `${where}: stale acknowledgement ${s.code}: the metadata does not differ here; remove it`;
}

function text(result: DriftResult, written: readonly string[], model: CsdlModel): string {
  const lines = [...result.findings.map(line), ...result.stale.map(staleLine)];
  for (const file of written) lines.push(`wrote ${file}`);
  const acknowledged = result.findings.filter((f) => f.acknowledged !== undefined).length;
  const open = result.findings.length - acknowledged + result.stale.length;
  const outside =
    result.outside.length === 0
      ? ""
      : `; ${result.outside.length} spec types are in namespaces ${model.file} does not declare, not compared`;
  const differences = `${open} ${open === 1 ? "difference" : "differences"}`;
  lines.push(
    open === 0
      ? `The spec agrees with ${model.file}${acknowledged > 0 ? ` (${acknowledged} acknowledged)` : ""}${outside}.`
      : `${differences} from ${model.file}${acknowledged > 0 ? `, ${acknowledged} acknowledged` : ""}${outside}.`,
  );
  return `${lines.join("\n")}\n`;
}

function json(result: DriftResult, written: readonly string[]): string {
  const findings = result.findings.map(({ fix, ...f }) => ({ ...f, fixable: fix !== undefined }));
  return `${JSON.stringify({ findings, stale: result.stale, outside: result.outside, written }, null, 2)}\n`;
}
