/**
 * `npm run docs-check -- [--spec DIR] [--json] [--strict] <files or folders>`
 *
 * Checks Graph API reference pages against the spec and their examples against the validators
 * generated from it. Exit 0: the docs agree; 1: they disagree (or warnings, with --strict);
 * 2: unreadable input (a page, a folder, the spec, or the command line).
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compareStrings, formatDiagnostics, SpecError } from "../model/diagnostics.ts";
import { checkFile, createContext } from "./check.ts";
import type { CheckContext } from "./context.ts";
import { exitCode, issue, type PageReport } from "./issues.ts";
import { formatJson, formatText } from "./report.ts";
import { oneSpecRoot } from "../load/files.ts";

export interface CliOptions {
  readonly spec: string;
  readonly json: boolean;
  readonly strict: boolean;
  readonly inputs: readonly string[];
}

const USAGE = "usage: docs-check [--spec DIR] [--json] [--strict] <files or folders>";

export function parseArgs(args: readonly string[]): CliOptions | string {
  const inputs: string[] = [];
  let spec = "spec";
  let json = false;
  let strict = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--strict") strict = true;
    else if (arg === "--spec") spec = args[++i] ?? "";
    else if (arg.startsWith("--spec=")) spec = arg.slice(7);
    else if (arg.startsWith("-")) return `unknown option ${arg}\n${USAGE}`;
    else inputs.push(arg);
  }
  if (spec === "") return `--spec needs a folder\n${USAGE}`;
  return inputs.length === 0 ? `no pages given\n${USAGE}` : { spec, json, strict, inputs };
}

/** The Markdown files under each input (a folder is searched recursively), in code-unit order. */
export function pageFiles(inputs: readonly string[]): { files: string[]; missing: PageReport[] } {
  const files: string[] = [];
  const missing: PageReport[] = [];
  for (const input of inputs) {
    const stat = statSync(input, { throwIfNoEntry: false });
    if (stat === undefined)
      missing.push({ file: input, kind: "unknown", issues: [issue("fatal", "unreadable", "no such file or folder")] });
    else if (stat.isDirectory()) files.push(...markdownUnder(input));
    else files.push(input);
  }
  return { files: files.sort(compareStrings), missing };
}

function markdownUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  return entries.filter((e) => e.endsWith(".md")).map((e) => join(dir, e));
}

/** What `main` needs from the outside world; tests pass their own. */
export interface CliDeps {
  createContext(specDir: string): Promise<CheckContext>;
  out(text: string): void;
  err(text: string): void;
}

const PROCESS: CliDeps = {
  createContext,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export async function main(args: readonly string[], deps: CliDeps = PROCESS): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === "string") return fail(deps, options);
  const { files, missing } = pageFiles(options.inputs);
  let ctx: CheckContext;
  try {
    ctx = await deps.createContext(oneSpecRoot(options.spec));
  } catch (e) {
    const why =
      e instanceof SpecError
        ? `has errors:\n${formatDiagnostics(e.diagnostics)}`
        : `cannot be loaded: ${(e as Error).message}`;
    return fail(deps, `the spec in ${options.spec} ${why}`);
  }
  const reports = [...missing, ...files.map((f) => checkFile(ctx, f))];
  deps.out(options.json ? formatJson(reports, options.strict) : formatText(reports));
  return exitCode(reports, options.strict);
}

function fail(deps: CliDeps, message: string): number {
  deps.err(`docs-check: ${message}\n`);
  return 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main(process.argv.slice(2));
