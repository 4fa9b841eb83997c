/**
 * An API page against a spec operation: matched by the request example's name (the operation's
 * `docsName`), else by method and path. Then its HTTP request lines, its request-body table, and
 * its request and response examples.
 */
import type { IROperation } from "../model/ir.ts";
import { comparePropertyTable, isPropertyTable } from "./compare-props.ts";
import type { CheckContext } from "./context.ts";
import { apiExamples } from "./api-examples.ts";
import { pathOf, requestLines } from "./http.ts";
import { issue, type Issue } from "./issues.ts";
import { blockType, exampleName, type DocsPage } from "./page.ts";
import { routeIssues, routeMatches, type DocsRoute } from "./route.ts";
import { bodyType, operationByDocsName } from "./spec-index.ts";

interface ApiFindings {
  readonly op?: IROperation;
  readonly issues: Issue[];
}

function templates(page: DocsPage): DocsRoute[] {
  return page.blocks
    .filter((b) => b.heading.toLowerCase() === "http request" && blockType(b) !== "request")
    .flatMap(requestLines);
}

function exampleRoutes(page: DocsPage): DocsRoute[] {
  return page.blocks
    .filter((b) => blockType(b) === "request")
    .flatMap((b) => requestLines({ ...b, text: b.text.split("\n")[0] ?? "" }));
}

/** The operation the page documents. */
export function findOperation(ctx: CheckContext, page: DocsPage): IROperation | undefined {
  for (const name of page.blocks.filter((b) => blockType(b) === "request").map(exampleName)) {
    const op = name === undefined ? undefined : operationByDocsName(ctx.index, name);
    if (op !== undefined) return op;
  }
  const routes = [...templates(page), ...exampleRoutes(page)];
  return ctx.index.ir.operations.find((op) => routes.some((r) => routeMatches(op, r)));
}

export function checkApiPage(ctx: CheckContext, page: DocsPage): ApiFindings {
  const op = findOperation(ctx, page);
  if (op === undefined) return { issues: [noOperation(page), ...apiExamples(ctx, page, undefined)] };
  const issues = templates(page).flatMap((r) => routeIssues(op, r, true));
  issues.push(...requestTables(ctx, page, op), ...apiExamples(ctx, page, op));
  return { op, issues };
}

function noOperation(page: DocsPage): Issue {
  const route = [...templates(page), ...exampleRoutes(page)][0];
  const what = route === undefined ? "this page" : `${route.method} ${route.target}`;
  return issue(
    "warning",
    "not-in-spec",
    `no operation of the spec matches ${what}; its examples are checked only where they name a spec type`,
    { line: route?.line, ...(route === undefined ? {} : { found: `${route.method} ${pathOf(route.target)}` }) },
  );
}

function requestTables(ctx: CheckContext, page: DocsPage, op: IROperation): Issue[] {
  const tables = page.tables.filter((t) => t.heading.toLowerCase() === "request body" && isPropertyTable(t));
  const type = bodyType(ctx.index, op.requestBody);
  if (type === undefined)
    return tables.map((t) =>
      issue(
        "error",
        "unexpected-body",
        `the page lists request-body properties, but spec operation ${op.id} takes no structured body`,
        { line: t.line, type: op.id },
      ),
    );
  return tables.flatMap((t) => comparePropertyTable(ctx.index, t, type, "request", page.namespace));
}
