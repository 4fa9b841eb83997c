/** HTTP method and path of a docs request line against a spec operation. */
import type { IROperation } from "../model/ir.ts";
import { pathOf } from "./http.ts";
import { issue, type Issue } from "./issues.ts";

export interface DocsRoute {
  readonly method: string;
  readonly target: string;
  readonly line: number;
}

function segments(target: string): string[] {
  return pathOf(target)
    .split("/")
    .filter((s) => s !== "");
}

function isParam(segment: string): boolean {
  return segment.startsWith("{") && segment.endsWith("}");
}

/**
 * Does a docs segment fit a function call of the spec (`microsoft.graph.callRecords.getPstnCalls(...)`)?
 * The docs may name it in full or by its last part (`getPstnCalls(...)`); its arguments are not
 * compared, as the docs write them as placeholders or as examples.
 */
function callFits(name: string, docs: string): boolean {
  const open = docs.indexOf("(");
  if (open < 0 || !docs.endsWith(")")) return false;
  const written = docs.slice(0, open);
  return written === name || written === name.slice(name.lastIndexOf(".") + 1);
}

/** Does the docs path fit the operation's template? A spec parameter takes any docs segment. */
export function pathFits(op: IROperation, target: string): boolean {
  const docs = segments(target);
  return (
    docs.length === op.pathSegments.length &&
    op.pathSegments.every((s, i) => {
      if (s.kind === "param") return true;
      if (s.kind === "call") return callFits(s.name, docs[i] ?? "");
      return s.value === docs[i];
    })
  );
}

export function routeMatches(op: IROperation, route: DocsRoute): boolean {
  return op.method === route.method && pathFits(op, route.target);
}

/**
 * Issues for one docs route. `template` routes (the page's HTTP request section) also get a warning
 * for each path parameter named differently from the spec's.
 */
export function routeIssues(op: IROperation, route: DocsRoute, template: boolean, example?: string): Issue[] {
  const where = { line: route.line, example, type: op.id };
  const issues: Issue[] = [];
  if (route.method !== op.method)
    issues.push(
      issue("error", "http-method", `docs use ${route.method}, spec operation ${op.id} uses ${op.method}`, {
        ...where,
        expected: op.method,
        found: route.method,
      }),
    );
  if (!pathFits(op, route.target))
    issues.push(
      issue("error", "http-path", `docs path ${pathOf(route.target)} does not fit spec path ${op.path}`, {
        ...where,
        expected: op.path,
        found: pathOf(route.target),
      }),
    );
  else if (template) issues.push(...paramNames(op, segments(route.target), route.line));
  return issues;
}

function paramNames(op: IROperation, docs: string[], line: number): Issue[] {
  return op.pathSegments.flatMap((s, i) => {
    const written = docs[i] ?? "";
    if (s.kind !== "param" || written === `{${s.name}}`) return [];
    const why = isParam(written) ? `docs name the parameter ${written}` : `docs have the literal ${written}`;
    return [
      issue("warning", "path-parameter", `path segment ${i + 1}: ${why}, spec names it {${s.name}}`, {
        line,
        type: op.id,
        property: s.name,
        expected: `{${s.name}}`,
        found: written,
      }),
    ];
  });
}
