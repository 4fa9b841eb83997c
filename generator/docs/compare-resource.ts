/**
 * A resource page (or an enum page) against a type of the spec: its property and relationship
 * tables, its enum value tables, and the keys of its JSON representation.
 */
import type { IRStructured, IRType } from "../model/ir.ts";
import { apiExamples } from "./api-examples.ts";
import { compareEnumTable, enumOfTable, isEnumTable } from "./compare-enums.ts";
import { comparePropertyTable, isPropertyTable } from "./compare-props.ts";
import type { CheckContext } from "./context.ts";
import { parseHttp, parseJson } from "./http.ts";
import { issue, type Issue } from "./issues.ts";
import { blockType, type DocsPage } from "./page.ts";
import { allProperties, findType, navigationNames } from "./spec-index.ts";

interface ResourceFindings {
  readonly type?: IRType;
  readonly issues: Issue[];
}

/** The name the page documents: its resource block's `@odata.type`, else its title's first word. */
export function subjectName(page: DocsPage): string | undefined {
  const hint = page.blocks.find((b) => blockType(b) === "resource")?.annotation?.data["@odata.type"];
  if (typeof hint === "string" && hint !== "") return hint.replace(/^#/, "");
  const first = page.title?.split(/\s+/)[0];
  return first === undefined || first === "" ? undefined : page.namespace ? `${page.namespace}.${first}` : first;
}

export function checkResourcePage(ctx: CheckContext, page: DocsPage): ResourceFindings {
  const name = subjectName(page);
  const type = name === undefined ? undefined : findType(ctx.index, name, page.namespace);
  if (type === undefined)
    return {
      issues: [
        issue(
          "warning",
          "not-in-spec",
          `the page documents ${name ?? "an unnamed type"}, which the spec does not define: nothing compared`,
          name === undefined ? {} : { found: name },
        ),
      ],
    };
  const issues = [...enumTables(ctx, page, type), ...apiExamples(ctx, page, undefined)];
  if (type.kind !== "enum") issues.push(...propertyTables(ctx, page, type), ...representation(ctx, page, type));
  return { type, issues };
}

function propertyTables(ctx: CheckContext, page: DocsPage, type: IRStructured): Issue[] {
  const tables = page.tables.filter(isPropertyTable);
  if (tables.length === 0 && allProperties(ctx.index, type).length > 0)
    return [
      issue(
        "error",
        "no-properties-table",
        `the page has no property table (a table with Property and Type columns) for ${type.name}, which has properties in the spec`,
        { type: type.qname },
      ),
    ];
  return tables.flatMap((t) => comparePropertyTable(ctx.index, t, type, "resource", page.namespace));
}

function enumTables(ctx: CheckContext, page: DocsPage, type: IRType): Issue[] {
  return page.tables.filter(isEnumTable).flatMap((table) => {
    const en = enumOfTable(ctx.index, table, type.kind === "enum" ? type.qname : undefined, page.namespace);
    if (en !== undefined) return compareEnumTable(table, en);
    return [
      issue(
        "warning",
        "unknown-enum-table",
        `a value table under "${table.heading}" names no enum of the spec: not compared`,
        { line: table.line },
      ),
    ];
  });
}

/** The JSON representation's keys must be properties (or navigation properties) of the type. */
function representation(ctx: CheckContext, page: DocsPage, type: IRStructured): Issue[] {
  const known = new Set([
    ...allProperties(ctx.index, type).map((p) => p.wireName),
    ...navigationNames(ctx.index, type),
  ]);
  return page.blocks
    .filter((b) => blockType(b) === "resource")
    .flatMap((block) => {
      const message = parseHttp(block);
      const parsed = parseJson(message.body ?? "{}", message.bodyLine);
      if (!parsed.ok)
        return [
          issue("error", "example-json", `the JSON representation is not valid JSON: ${parsed.message}`, {
            line: parsed.line,
            example: "JSON representation",
          }),
        ];
      const keys = typeof parsed.value === "object" && parsed.value !== null ? Object.keys(parsed.value) : [];
      return keys
        .filter((k) => !k.startsWith("@") && !known.has(k))
        .map((k) =>
          issue(
            "error",
            "not-in-spec",
            `${k}: in the JSON representation, but not a property of ${type.name} in the spec`,
            { line: message.bodyLine, example: "JSON representation", path: `/${k}`, type: type.qname, property: k },
          ),
        );
    });
}
