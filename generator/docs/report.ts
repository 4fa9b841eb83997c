/** The two outputs of docs-check: a readable report grouped by page, and JSON for tools. */
import { checked, count, exitCode, type Issue, type PageReport } from "./issues.ts";

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

/** The skipped files, each with why, or nothing when none was skipped. */
function skippedBlock(reports: readonly PageReport[]): string[] {
  const skipped = reports.filter((r) => r.skipped !== undefined);
  if (skipped.length === 0) return [];
  return [
    [`Skipped ${plural(skipped.length, "file")}:`, ...skipped.map((r) => `  ${r.file}: ${r.skipped}`)].join("\n"),
  ];
}

export function summary(reports: readonly PageReport[]): string {
  const pages = checked(reports);
  const failing = pages.filter((r) => r.issues.some((i) => i.severity !== "warning")).length;
  const totals = `${plural(count(pages, "error"), "error")}, ${plural(count(pages, "warning"), "warning")}`;
  const unreadable =
    count(pages, "fatal") > 0
      ? `, ${plural(pages.filter((r) => count([r], "fatal") > 0).length, "unreadable page")}`
      : "";
  const skipped = reports.length - pages.length;
  const notChecked =
    skipped === 0
      ? ""
      : skipped === 1
        ? " Skipped 1 file that is not a resource or method page."
        : ` Skipped ${skipped} files that are not resource or method pages.`;
  const nothing = pages.length === 0 ? " No resource or method page to check." : "";
  return `Checked ${plural(pages.length, "page")}: ${failing} with disagreements (${totals}${unreadable}).${notChecked}${nothing}`;
}

export function formatText(reports: readonly PageReport[]): string {
  const blocks = checked(reports).map((r) => [pageHeader(r), ...r.issues.map(issueLine)].join("\n"));
  return [...blocks, ...skippedBlock(reports), summary(reports)].join("\n\n") + "\n";
}

/**
 * One finding, as `--json` lists it: flat, with the page it is on and its kind (the issue's code),
 * then what it is about (`type`, `property`), what the spec has (`expected`) and what the page has
 * (`found`), where it is, and the message for people. Fields that do not apply are left out.
 */
export interface Finding {
  readonly page: string;
  readonly kind: string;
  readonly severity: Issue["severity"];
  readonly type?: string;
  readonly property?: string;
  readonly expected?: string;
  readonly found?: string;
  readonly line?: number;
  readonly path?: string;
  readonly example?: string;
  readonly message: string;
}

export function findings(reports: readonly PageReport[]): Finding[] {
  return checked(reports).flatMap((r) =>
    r.issues.map((i) => {
      const { severity, type, property, expected, found, line, path, example, message } = i;
      const all = {
        page: r.file,
        kind: i.code,
        severity,
        type,
        property,
        expected,
        found,
        line,
        path,
        example,
        message,
      };
      return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as unknown as Finding;
    }),
  );
}

export function formatJson(reports: readonly PageReport[], strict: boolean): string {
  const pages = checked(reports);
  const totals = {
    pages: pages.length,
    skipped: reports.length - pages.length,
    errors: count(pages, "error"),
    warnings: count(pages, "warning"),
    fatal: count(pages, "fatal"),
  };
  const skipped = reports.filter((r) => r.skipped !== undefined).map((r) => ({ file: r.file, reason: r.skipped }));
  const json = { findings: findings(reports), pages, skipped, summary: totals, exitCode: exitCode(reports, strict) };
  return JSON.stringify(json, null, 2) + "\n";
}
