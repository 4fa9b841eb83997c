/**
 * docs-check as a library: read pages, check each against the spec, return one report per page.
 * The CLI (`cli.ts`) only parses arguments, prints and sets the exit code.
 */
import { readFileSync } from "node:fs";
import { checkApiPage } from "./compare-api.ts";
import { checkResourcePage } from "./compare-resource.ts";
import type { CheckContext } from "./context.ts";
import { extractPage } from "./extract.ts";
import { issue, type Issue, type PageReport } from "./issues.ts";
import { pageKind, type DocsPage } from "./page.ts";
import { indexSpec } from "./spec-index.ts";
import { loadGeneratedChecks } from "./validators.ts";

export async function createContext(specDir: string): Promise<CheckContext> {
  const { ir, validators } = await loadGeneratedChecks(specDir);
  return { index: indexSpec(ir), validators };
}

function pageIssues(page: DocsPage): Issue[] {
  const problems = page.problems.map((p) => issue("error", "unreadable-annotation", p.message, { line: p.line }));
  const todos = page.placeholders.map((p) =>
    issue("error", "placeholder", `placeholder left in the page: ${p.text}`, { line: p.line }),
  );
  return [...problems, ...todos];
}

/** Issues in page order (those without a line first); the sort is stable. */
function byLine(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Check one page's source. `file` is only used for the report. */
export function checkSource(ctx: CheckContext, file: string, source: string): PageReport {
  const report = checkPage(ctx, file, source);
  return { ...report, issues: byLine(report.issues) };
}

/** Why a page is not a resource or method page, said for the report. */
function whyNotChecked(page: DocsPage): string {
  const docType = page.frontMatter["doc_type"];
  const problem = page.problems[0] === undefined ? "" : ` (line ${page.problems[0].line}: ${page.problems[0].message})`;
  return typeof docType === "string" && docType !== ""
    ? `not a resource or method page: its doc_type is ${docType}`
    : `not a resource or method page: no doc_type in its front matter, and no request, response or resource blocks${problem}`;
}

function checkPage(ctx: CheckContext, file: string, source: string): PageReport {
  const page = extractPage(file, source);
  const kind = pageKind(page);
  if (kind === "unknown") return { file, kind, issues: [], skipped: whyNotChecked(page) };
  if (kind === "api") {
    const { op, issues } = checkApiPage(ctx, page);
    return { file, kind, subject: op?.id, issues: [...pageIssues(page), ...issues] };
  }
  const { type, issues } = checkResourcePage(ctx, page);
  return { file, kind, subject: type?.qname, issues: [...pageIssues(page), ...issues] };
}

export function checkFile(ctx: CheckContext, file: string): PageReport {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (e) {
    return {
      file,
      kind: "unknown",
      issues: [issue("fatal", "unreadable", `cannot read the file: ${(e as Error).message}`)],
    };
  }
  return checkSource(ctx, file, source);
}
