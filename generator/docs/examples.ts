/**
 * Example bodies through the generated validators: request examples in request mode, response
 * examples in response mode, collections (`{ "value": [...] }`) item by item, and the expanded
 * navigation properties a response carries (`segments` of a session) as their target types,
 * recursively, since the validators may tolerate them unchecked. Enum values are held to the
 * spec's members in response examples too (`enum-values.ts`), though the validators accept any
 * string for an evolvable enum in response mode. Every problem is an
 * error with its JSON Pointer: the docs show users a body the API would refuse. String values that
 * are `**TODO...**` placeholders are reported too (a string property would accept them).
 */
import type { IRStructured } from "../model/ir.ts";
import type { CheckContext } from "./context.ts";
import { parseJson, type HttpMessage } from "./http.ts";
import { jsonLines } from "./json-lines.ts";
import { issue, type Issue } from "./issues.ts";
import { lexInline, todoPlaceholders } from "./markdown.ts";
import { unknownEnumValues } from "./enum-values.ts";
import { lineage, structured } from "./spec-index.ts";

export interface ExampleTarget {
  readonly type: IRStructured;
  readonly collection: boolean;
  readonly mode: "request" | "response";
  /** The block says `"truncated": true`: properties left out are not problems. */
  readonly truncated: boolean;
  /** `request update_segments`, `response (line 120)`. */
  readonly label: string;
  readonly line: number;
}

function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** JSON Pointers of string values that are TODO placeholders. */
function placeholderPaths(value: unknown, path = ""): { path: string; text: string }[] {
  if (typeof value === "string") return todoPlaceholders(lexInline(value)).map((text) => ({ path, text }));
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, `${path}/${i}`));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, `${path}/${pointerToken(k)}`));
  return [];
}

/** The values to validate, each with its pointer prefix; a collection example yields its items. */
function items(value: unknown, collection: boolean): { prefix: string; value: unknown }[] | undefined {
  if (!collection) return [{ prefix: "", value }];
  const list = typeof value === "object" && value !== null ? (value as Record<string, unknown>)["value"] : undefined;
  return Array.isArray(list) ? list.map((v: unknown, i) => ({ prefix: `/value/${i}`, value: v })) : undefined;
}

function validate(ctx: CheckContext, value: unknown, target: ExampleTarget): Issue[] {
  const where = { example: target.label, line: target.line };
  if (!ctx.validators.has(target.type.tsName))
    return [issue("warning", "not-validated", `no generated validator for ${target.type.qname}`, where)];
  const list = items(value, target.collection);
  if (list === undefined)
    return [
      issue(
        "error",
        "example-shape",
        `a collection of ${target.type.name} should be an object with a "value" array`,
        where,
      ),
    ];
  return [
    ...list.flatMap(({ prefix, value: item }) => checkItem(ctx, target.type, item, prefix, target)),
    ...nextLinkIssues(value, target),
  ];
}

/**
 * The `@odata.nextLink` of a collection example: a client follows it, so it must be the URL of a
 * page. A context URL (`.../$metadata#...`) is what `@odata.context` holds, not a page: a warning.
 */
function nextLinkIssues(value: unknown, target: ExampleTarget): Issue[] {
  const where = { example: target.label, line: target.line, path: "/@odata.nextLink" };
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  if (!Object.prototype.hasOwnProperty.call(record, "@odata.nextLink")) return [];
  const link = record["@odata.nextLink"];
  if (typeof link !== "string")
    return [
      issue("error", "example-invalid", "[type] @odata.nextLink must be a string, the URL of the next page", where),
    ];
  let url: URL | undefined;
  try {
    url = new URL(link);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:"))
    return [issue("warning", "next-link", "@odata.nextLink is not an absolute http(s) URL", where)];
  if (url.hash !== "" || url.pathname.includes("/$metadata"))
    return [
      issue(
        "warning",
        "next-link",
        "@odata.nextLink is a context URL ($metadata#...), not the URL of the next page: a client following it would not get the next page",
        where,
      ),
    ];
  return [];
}

/** One value as its type, then (in response mode) every navigation property it carries, expanded. */
function checkItem(
  ctx: CheckContext,
  type: IRStructured,
  value: unknown,
  prefix: string,
  target: ExampleTarget,
): Issue[] {
  const where = { example: target.label, line: target.line, type: type.qname };
  const run = ctx.validators.get(type.tsName);
  if (run === undefined)
    return [issue("warning", "not-validated", `no generated validator for ${type.qname}`, { ...where, path: prefix })];
  const result = run(value, { mode: target.mode });
  const errors = result.ok ? [] : result.errors.filter((e) => !(target.truncated && e.code === "required"));
  const issues = errors.map((e) =>
    issue("error", "example-invalid", `[${e.code}] ${e.message}`, { ...where, path: prefix + e.path }),
  );
  if (target.mode === "response") {
    const seen = new Set(issues.map((i) => i.path));
    for (const e of unknownEnumValues(ctx.index, type, value, prefix))
      if (!seen.has(e.path)) issues.push(issue("error", "example-invalid", e.message, { ...where, path: e.path }));
  }
  return result.ok && target.mode === "response"
    ? [...issues, ...expandedItems(ctx, type, value, prefix, target)]
    : issues;
}

/**
 * The expanded navigation properties of a response value (`sessions`, `segments`): the validators
 * tolerate them unchecked, so each item is checked here as its target type, recursively, at its path.
 */
function expandedItems(
  ctx: CheckContext,
  type: IRStructured,
  value: unknown,
  prefix: string,
  target: ExampleTarget,
): Issue[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  return lineage(ctx.index, type)
    .flatMap((t) => t.navigation)
    .flatMap((nav) => {
      if (!Object.prototype.hasOwnProperty.call(record, nav.wireName)) return [];
      const navType = structured(ctx.index.byQname.get(nav.target));
      const item = record[nav.wireName];
      const at = `${prefix}/${pointerToken(nav.wireName)}`;
      if (navType === undefined) return [];
      if (!nav.collection) return item === null ? [] : checkItem(ctx, navType, item, at, target);
      if (!Array.isArray(item))
        return [
          issue(
            "error",
            "example-invalid",
            `[type] expected an array: ${nav.wireName} is an expanded collection of ${navType.name}`,
            { example: target.label, line: target.line, path: at },
          ),
        ];
      return item.flatMap((x, i) => checkItem(ctx, navType, x, `${at}/${i}`, target));
    });
}

/** Parse and check one example body against its target type; `undefined` target: parse only. */
export function checkBody(
  ctx: CheckContext,
  message: HttpMessage,
  target: ExampleTarget | undefined,
  label: string,
): Issue[] {
  if (message.body === undefined) return [];
  const parsed = parseJson(message.body, message.bodyLine);
  if (!parsed.ok)
    return [
      issue("error", "example-json", `the example body is not valid JSON: ${parsed.message}`, {
        line: parsed.line,
        example: label,
      }),
    ];
  const invalid = target === undefined ? [] : validate(ctx, parsed.value, target);
  const seen = new Set(invalid.map((i) => i.path));
  const todos = placeholderPaths(parsed.value)
    .filter((p) => !seen.has(p.path))
    .map((p) =>
      issue("error", "placeholder", `placeholder left in the example: ${p.text}`, { path: p.path, example: label }),
    );
  const lines = jsonLines(message.body, message.bodyLine);
  return [...invalid, ...todos].map((i) => (i.path === undefined ? i : { ...i, line: lines.lineOf(i.path) }));
}
