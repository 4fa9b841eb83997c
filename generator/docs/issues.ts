/**
 * What docs-check finds: one issue per disagreement, with where it is on the page.
 *
 * - `error`: the docs and the spec disagree (or the docs show a body the API would refuse).
 * - `warning`: a known looseness of the docs (`Double` for an Edm.Single, `String` for an enum),
 *   or something the spec does not cover; fails the run only with `--strict`.
 * - `fatal`: the page could not be read at all.
 */
export type Severity = "fatal" | "error" | "warning";

export interface Issue {
  readonly severity: Severity;
  /** A stable, machine-readable code such as `missing-in-docs`. */
  readonly code: string;
  readonly message: string;
  /** 1-based line on the page, when known. */
  readonly line?: number;
  /** JSON Pointer inside an example body, for example problems. */
  readonly path?: string;
  /** Which example the issue is about: `request update_segments`, `response (line 120)`. */
  readonly example?: string;
  /** The spec type (qualified name) or operation id the finding is about, when there is one. */
  readonly type?: string;
  /** The property (wire name), navigation property, parameter or enum member it is about. */
  readonly property?: string;
  /** What the spec has (`Edm.Int64`, a member name, `PATCH`). */
  readonly expected?: string;
  /** What the page has (`Int32`, a member name, `POST`). */
  readonly found?: string;
}

export interface PageReport {
  readonly file: string;
  /** `api`, `resource`, `enum` or `unknown`. */
  readonly kind: string;
  /** What the page was matched to in the spec: a type's qualified name or an operation id. */
  readonly subject?: string;
  readonly issues: readonly Issue[];
  /**
   * Why the file was not checked: it is not a resource or method page (a README, an overview).
   * A skipped file has no issues.
   */
  readonly skipped?: string;
}

/** The reports of the pages that were checked (not skipped). */
export function checked(reports: readonly PageReport[]): PageReport[] {
  return reports.filter((r) => r.skipped === undefined);
}

export function issue(severity: Severity, code: string, message: string, where: Partial<Issue> = {}): Issue {
  return { severity, code, message, ...where };
}

export function count(reports: readonly PageReport[], severity: Severity): number {
  return reports.reduce((n, r) => n + r.issues.filter((i) => i.severity === severity).length, 0);
}

/**
 * 2 when a page could not be read or there was no page to check (every file skipped, or none), 1 on
 * any disagreement (or warning under `--strict`), else 0.
 */
export function exitCode(reports: readonly PageReport[], strict: boolean): number {
  if (count(reports, "fatal") > 0 || checked(reports).length === 0) return 2;
  if (count(reports, "error") > 0) return 1;
  return strict && count(reports, "warning") > 0 ? 1 : 0;
}
