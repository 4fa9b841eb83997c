/**
 * Diagnostics and the typed errors the generator throws.
 *
 * A diagnostic says where (file:line:col and the path inside the spec), what was expected, what was
 * found, and where possible a "did you mean". The loader and checker collect every diagnostic of a
 * run before failing once.
 */
import type { SourceLocation } from "./ir.ts";

export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable, machine-readable: `unknownKey`, `unresolvedType`, ... */
  readonly code: string;
  readonly message: string;
  readonly location: SourceLocation;
  /** Where inside the spec: `types.segment.properties.caller.type`. */
  readonly specPath: string;
  readonly hint?: string;
  /** A warning the spec acknowledges (`acknowledge: { code: reason }`): the reason. Counted, not printed. */
  readonly acknowledged?: string;
}

/** Bad input: the spec. Carries every diagnostic found (errors and warnings). */
export class SpecError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    super(`Found ${errors} ${errors === 1 ? "problem" : "problems"} in the spec`);
    this.name = "SpecError";
  }
}

/** Bad configuration: command-line flags, missing folders, a refused version bump. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/**
 * An error said in one line, without a stack: bad usage (ConfigError), or a failure of the file
 * system or the machine (a folder that is a file, no permission, a full disk), Node's own error
 * whose message names the call and the path. Neither is a bug of the generator.
 */
export function isPlainError(e: unknown): e is Error {
  const system =
    e instanceof Error &&
    typeof (e as { code?: unknown }).code === "string" &&
    typeof (e as { syscall?: unknown }).syscall === "string";
  return system || e instanceof ConfigError;
}

/** A broken invariant inside the generator itself. */
export class InternalError extends Error {
  constructor(message: string) {
    super(`internal error, please report: ${message}`);
    this.name = "InternalError";
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.location.file}:${d.location.line}:${d.location.col}`;
  const at = d.specPath === "" ? "" : ` (at ${d.specPath})`;
  const hint = d.hint === undefined ? "" : `\n    ${d.hint}`;
  return `${where}: ${d.severity} ${d.code}: ${d.message}${at}${hint}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const shown = diagnostics.filter((d) => d.acknowledged === undefined).sort(compareDiagnostics);
  const acknowledged = diagnostics.length - shown.length;
  const lines = shown.map(formatDiagnostic);
  const errors = shown.filter((d) => d.severity === "error").length;
  const warnings = shown.length - errors;
  const summary: string[] = [];
  if (errors > 0) summary.push(`${errors} ${errors === 1 ? "problem" : "problems"}`);
  if (warnings > 0) summary.push(`${warnings} ${warnings === 1 ? "warning" : "warnings"}`);
  const found = summary.length > 0 ? `Found ${summary.join(" and ")}` : "";
  const quiet = acknowledged > 0 ? `${acknowledged} ${acknowledged === 1 ? "warning" : "warnings"} acknowledged` : "";
  if (found !== "" || quiet !== "") lines.push(`${[found, quiet].filter((s) => s !== "").join("; ")}.`);
  return lines.join("\n");
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.col - b.location.col ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

/** Code-unit order: deterministic whatever the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The closest candidate within a small edit distance, for "did you mean". */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lower = name.toLowerCase();
  const prefixed = list.filter((c) => lower.length >= 3 && c.toLowerCase().startsWith(lower)).sort(compareStrings);
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of list) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && compareStrings(c, best) < 0)) {
      if (d < bestDistance) bestDistance = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export function hintFor(name: string, candidates: Iterable<string>): string | undefined {
  const m = didYouMean(name, candidates);
  return m === undefined || m === name ? undefined : `did you mean "${m}"?`;
}
