/**
 * Enum members in the docs against the spec: the "Possible values are: `a`, `b`" lists in property
 * descriptions and the value tables of enum sections. A member the spec lacks is an error; a spec
 * member the page lacks is an error too, except one after `unknownFutureValue`, which Graph sends
 * only to callers that ask for it (`Prefer: include-unknown-enum-members`): a warning.
 */
import type { IREnum } from "../model/ir.ts";
import { issue, type Issue } from "./issues.ts";
import type { Table } from "./page.ts";
import { findType, type SpecIndex } from "./spec-index.ts";

const SENTINEL = "unknownFutureValue";

/** Members of `en` that come after `unknownFutureValue`. */
function hiddenMembers(en: IREnum): Set<string> {
  const at = en.members.findIndex((m) => m.name === SENTINEL);
  return new Set(at < 0 ? [] : en.members.slice(at + 1).map((m) => m.name));
}

export function compareMembers(docs: readonly string[], en: IREnum, line: number, label: string): Issue[] {
  const spec = new Set(en.members.map((m) => m.name));
  const listed = new Set(docs);
  const hidden = hiddenMembers(en);
  const extra = docs
    .filter((d) => !spec.has(d))
    .map((d) =>
      issue("error", "enum-member-not-in-spec", `${label}: docs list \`${d}\`, which enum ${en.name} does not have`, {
        line,
        type: en.qname,
        found: d,
      }),
    );
  const missing = en.members
    .filter((m) => !listed.has(m.name))
    .map((m) =>
      hidden.has(m.name)
        ? issue(
            "warning",
            "enum-member-missing",
            `${label}: docs do not list \`${m.name}\` of enum ${en.name} (it comes after ${SENTINEL}, so Graph sends it only on request)`,
            { line, type: en.qname, expected: m.name },
          )
        : issue(
            "error",
            "enum-member-missing",
            `${label}: docs do not list \`${m.name}\`, a member of enum ${en.name}`,
            { line, type: en.qname, expected: m.name },
          ),
    );
  return [...extra, ...missing];
}

function column(table: Table, names: readonly string[]): number {
  return table.headers.findIndex((h) => names.includes(h.toLowerCase()));
}

/** A value table: first column Member/Value/Name, no Type column. */
export function isEnumTable(table: Table): boolean {
  return ["member", "value", "name"].includes(table.headers[0]?.toLowerCase() ?? "") && column(table, ["type"]) < 0;
}

/** The enum a value table is about: named by its heading (`wifiBand values`), else the page's. */
export function enumOfTable(
  index: SpecIndex,
  table: Table,
  fallback: string | undefined,
  namespace?: string,
): IREnum | undefined {
  const fromHeading = table.heading.split(/\s+/)[0] ?? "";
  for (const name of [fromHeading, fallback ?? ""]) {
    const found = name === "" ? undefined : findType(index, name, namespace);
    if (found?.kind === "enum") return found;
  }
  return undefined;
}

function cellText(row: readonly { text: string }[], i: number): string {
  return i < 0 ? "" : (row[i]?.text ?? "").trim();
}

/** Compare a value table: member names, and numeric values when the table has both columns. */
export function compareEnumTable(table: Table, en: IREnum): Issue[] {
  const nameCol = Math.max(0, column(table, ["member", "name"]));
  const valueCol = nameCol === 0 ? column(table, ["value"]) : -1;
  const names = table.rows.map((r) => cellText(r, nameCol));
  const issues = compareMembers(names, en, table.line, `${en.name} value table`);
  table.rows.forEach((row, i) => {
    const member = en.members.find((m) => m.name === names[i]);
    const written = cellText(row, valueCol);
    if (member !== undefined && written !== "" && written !== member.value)
      issues.push(
        issue("error", "enum-value-mismatch", `${member.name}: docs give value ${written}, spec says ${member.value}`, {
          line: table.line + 2 + i,
          type: en.qname,
          property: member.name,
          expected: member.value,
          found: written,
        }),
      );
  });
  return issues;
}
