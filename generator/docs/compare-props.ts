/**
 * A docs property table against a structured type of the spec: properties missing on either side,
 * type differences (`types-map.ts`) and the enum lists in descriptions (`compare-enums.ts`).
 *
 * A resource page must list the type's own properties (it may also list inherited ones). A
 * request-body table lists what a caller sends, so a spec property it leaves out is a warning, and
 * so is a property the spec marks read-only.
 */
import { csdlTypeName, refName, type IRProperty, type IRStructured } from "../model/ir.ts";
import { compareMembers } from "./compare-enums.ts";
import { issue, type Issue } from "./issues.ts";
import type { Cell, Table } from "./page.ts";
import { allProperties, enumType, navigationNames, type SpecIndex } from "./spec-index.ts";
import { compareType } from "./types-map.ts";

export type TableRole = "resource" | "request";

interface Columns {
  readonly name: number;
  readonly type: number;
  readonly description: number;
}

function columns(table: Table): Columns {
  const find = (...names: string[]) => table.headers.findIndex((h) => names.includes(h.toLowerCase()));
  return { name: find("property", "name", "parameter"), type: find("type"), description: find("description") };
}

/** A property table: a Property (or Relationship) column and a Type column. */
export function isPropertyTable(table: Table): boolean {
  const c = columns(table);
  return c.type >= 0 && (c.name >= 0 || table.headers[0]?.toLowerCase() === "relationship");
}

export function isRelationshipTable(table: Table): boolean {
  return table.headers[0]?.toLowerCase() === "relationship";
}

function possibleValues(cell: Cell | undefined): string[] | undefined {
  return cell !== undefined && cell.text.toLowerCase().includes("possible values") && cell.codes.length > 0
    ? [...cell.codes]
    : undefined;
}

function checkRow(
  index: SpecIndex,
  type: IRStructured,
  prop: IRProperty,
  row: readonly Cell[],
  cols: Columns,
  line: number,
  ns?: string,
): Issue[] {
  const issues: Issue[] = [];
  const about = { line, type: type.qname, property: prop.wireName };
  const finding = compareType(index, prop, row[cols.type]?.text ?? "", ns);
  if (finding !== undefined)
    issues.push(
      issue(finding.severity, finding.code, finding.message, {
        ...about,
        expected: finding.expected,
        found: finding.found,
      }),
    );
  const values = possibleValues(row[cols.description]);
  const en = enumType(index, prop.type);
  if (values !== undefined && en !== undefined)
    issues.push(...compareMembers(values, en, line, prop.wireName).map((i) => ({ ...i, property: prop.wireName })));
  if (values !== undefined && en === undefined)
    issues.push(
      issue(
        "warning",
        "values-for-non-enum",
        `${prop.wireName}: docs list possible values, but the spec type is ${refName(prop.type)}, not an enum`,
        { ...about, expected: refName(prop.type), found: values.join(", ") },
      ),
    );
  return issues;
}

function rowName(row: readonly Cell[], cols: Columns): string {
  return (row[Math.max(0, cols.name)]?.text ?? "").trim();
}

export function comparePropertyTable(
  index: SpecIndex,
  table: Table,
  type: IRStructured,
  role: TableRole,
  ns?: string,
): Issue[] {
  if (isRelationshipTable(table)) return compareRelationships(index, table, type);
  const cols = columns(table);
  const props = allProperties(index, type);
  const issues: Issue[] = [];
  const listed = new Set<string>();
  table.rows.forEach((row, i) => {
    const name = rowName(row, cols);
    const line = table.line + 2 + i;
    listed.add(name);
    const prop = props.find((p) => p.wireName === name);
    if (prop === undefined) issues.push(notInSpec(index, type, name, row[cols.type]?.text, line));
    else issues.push(...checkRow(index, type, prop, row, cols, line, ns), ...readOnlyInRequest(type, prop, role, line));
  });
  return [
    ...issues,
    ...missing(
      type,
      role === "resource" ? type.properties : props.filter((p) => !p.readOnly),
      listed,
      role,
      table.line,
    ),
  ];
}

function notInSpec(
  index: SpecIndex,
  type: IRStructured,
  name: string,
  written: string | undefined,
  line: number,
): Issue {
  const nav = navigationNames(index, type).includes(name);
  const why = nav
    ? `is a navigation property of ${type.name} in the spec, not a property`
    : `is not a property of ${type.name} in the spec`;
  const found = written === undefined || written === "" ? {} : { found: written };
  return issue("error", "not-in-spec", `${name}: listed on the page but ${why}`, {
    line,
    type: type.qname,
    property: name,
    ...found,
  });
}

function readOnlyInRequest(type: IRStructured, prop: IRProperty, role: TableRole, line: number): Issue[] {
  return role === "request" && prop.readOnly
    ? [
        issue(
          "warning",
          "read-only-in-request",
          `${prop.wireName}: listed in the request body, but the spec marks it read-only`,
          { line, type: type.qname, property: prop.wireName },
        ),
      ]
    : [];
}

function missing(
  type: IRStructured,
  expected: readonly IRProperty[],
  listed: ReadonlySet<string>,
  role: TableRole,
  line: number,
): Issue[] {
  const severity = role === "resource" ? "error" : "warning";
  return expected
    .filter((p) => !listed.has(p.wireName))
    .map((p) =>
      issue(
        severity,
        "missing-in-docs",
        `${p.wireName}: the spec has this property (${refName(p.type)}${p.collection ? " collection" : ""}), the page does not list it`,
        { line, type: type.qname, property: p.wireName, expected: csdlTypeName(p.type, p.collection) },
      ),
    );
}

function compareRelationships(index: SpecIndex, table: Table, type: IRStructured): Issue[] {
  const names = navigationNames(index, type);
  const listed = table.rows.map((r) => (r[0]?.text ?? "").trim());
  const extra = listed.flatMap((n, i) =>
    names.includes(n)
      ? []
      : [
          issue(
            "error",
            "not-in-spec",
            `${n}: listed as a relationship, but ${type.name} has no such navigation property in the spec`,
            { line: table.line + 2 + i, type: type.qname, property: n },
          ),
        ],
  );
  const absent = type.navigation
    .filter((n) => !listed.includes(n.wireName))
    .map((n) =>
      issue(
        "error",
        "missing-in-docs",
        `${n.wireName}: the spec has this navigation property, the page does not list it`,
        { line: table.line, type: type.qname, property: n.wireName, expected: n.target },
      ),
    );
  return [...extra, ...absent];
}
