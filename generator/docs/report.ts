/** The two outputs of docs-check: a readable report grouped by page, and JSON for tools. */
import { count, exitCode, type Issue, type PageReport } from "./issues.ts";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function location(i: Issue): string {
  const parts = [
    i.line === undefined ? "" : `line ${i.line}`,
    i.example ?? "",
    i.path === undefined ? "" : `at ${i.path === "" ? "/" : i.path}`,
  ];
  return parts.filter((p) => p !== "").join(", ");
}

function issueLine(i: Issue): string {
  const where = location(i);
  return `  ${i.severity.padEnd(7)} ${i.code}${where === "" ? "" : ` (${where})`}: ${i.message}`;
}

function pageHeader(r: PageReport): string {
  const subject = r.subject === undefined ? "" : ` -> ${r.subject}`;
  const counts = [plural(count([r], "error"), "error"), plural(count([r], "warning"), "warning")];
  if (count([r], "fatal") > 0) counts.unshift("unreadable");
  return `${r.file} [${r.kind}${subject}]: ${r.issues.length === 0 ? "agrees with the spec" : counts.join(", ")}`;
}

export function summary(reports: readonly PageReport[]): string {
  const failing = reports.filter((r) => r.issues.some((i) => i.severity !== "warning")).length;
  const totals = `${plural(count(reports, "error"), "error")}, ${plural(count(reports, "warning"), "warning")}`;
  const unreadable =
    count(reports, "fatal") > 0
      ? `, ${plural(reports.filter((r) => count([r], "fatal") > 0).length, "unreadable page")}`
      : "";
  return `Checked ${plural(reports.length, "page")}: ${failing} with disagreements (${totals}${unreadable}).`;
}

export function formatText(reports: readonly PageReport[]): string {
  const blocks = reports.map((r) => [pageHeader(r), ...r.issues.map(issueLine)].join("\n"));
  return [...blocks, summary(reports)].join("\n\n") + "\n";
}

export function formatJson(reports: readonly PageReport[], strict: boolean): string {
  const totals = {
    pages: reports.length,
    errors: count(reports, "error"),
    warnings: count(reports, "warning"),
    fatal: count(reports, "fatal"),
  };
  return JSON.stringify({ pages: reports, summary: totals, exitCode: exitCode(reports, strict) }, null, 2) + "\n";
}
