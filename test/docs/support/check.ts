/** Helpers for the docs-check tests: a context per spec, and issues in a compact, exact form. */
import { fileURLToPath } from "node:url";
import { checkFile, createContext } from "../../../generator/docs/check.ts";
import type { CheckContext } from "../../../generator/docs/context.ts";
import type { Issue, PageReport } from "../../../generator/docs/issues.ts";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const FIXTURE_SPEC = "test/docs/fixtures/spec";
export const FIXTURE_PAGES = "test/docs/fixtures/pages";
export const SHIPPED_SPEC = "spec/beta";
export const REFERENCE_PAGES = "test/fixtures/reference/graph-docs";

export function contextFor(specDir: string): Promise<CheckContext> {
  return createContext(ROOT + specDir);
}

/** Check a page by its path relative to the repository root (the report names it that way). */
export function check(ctx: CheckContext, file: string): PageReport {
  process.chdir(ROOT);
  return checkFile(ctx, file);
}

/** `severity code line path`: what an exact assertion compares, without the prose. */
export function brief(i: Issue): string {
  return [i.severity, i.code, i.line ?? "-", i.path ?? ""].join(" ").trimEnd();
}

export function briefs(report: PageReport): string[] {
  return report.issues.map(brief);
}

export function byCode(report: PageReport, code: string): Issue[] {
  return report.issues.filter((i) => i.code === code);
}
