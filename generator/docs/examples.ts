/**
 * Example bodies through the generated validators: request examples in request mode, response
 * examples in response mode, collections (`{ "value": [...] }`) item by item. Every problem is an
 * error with its JSON Pointer: the docs show users a body the API would refuse. String values that
 * are `**TODO...**` placeholders are reported too (a string property would accept them).
 */
import type { IRStructured } from "../ir/types.ts";
import type { CheckContext } from "./context.ts";
import { parseJson, type HttpMessage } from "./http.ts";
import { jsonLines } from "./json-lines.ts";
import { issue, type Issue } from "./issues.ts";
import { lexInline, todoPlaceholders } from "./markdown.ts";

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
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, `${path}/${pointerToken(k)}`));
  return [];
}

/** The values to validate, each with its pointer prefix; a collection example yields its items. */
function items(value: unknown, collection: boolean): { prefix: string; value: unknown }[] | undefined {
  if (!collection) return [{ prefix: "", value }];
  const list = typeof value === "object" && value !== null ? (value as Record<string, unknown>)["value"] : undefined;
  return Array.isArray(list) ? list.map((v, i) => ({ prefix: `/value/${i}`, value: v })) : undefined;
}

function validate(ctx: CheckContext, value: unknown, target: ExampleTarget): Issue[] {
  const run = ctx.validators.get(target.type.tsName);
  const where = { example: target.label, line: target.line };
  if (run === undefined) return [issue("warning", "not-validated", `no generated validator for ${target.type.qname}`, where)];
  const list = items(value, target.collection);
  if (list === undefined) return [issue("error", "example-shape", `a collection of ${target.type.name} should be an object with a "value" array`, where)];
  return list.flatMap(({ prefix, value: item }) => {
    const result = run(item, { mode: target.mode });
    const errors = result.ok ? [] : result.errors.filter((e) => !(target.truncated && e.code === "required"));
    return errors.map((e) => issue("error", "example-invalid", `[${e.code}] ${e.message}`, { ...where, path: prefix + e.path }));
  });
}

/** Parse and check one example body against its target type; `undefined` target: parse only. */
export function checkBody(ctx: CheckContext, message: HttpMessage, target: ExampleTarget | undefined, label: string): Issue[] {
  if (message.body === undefined) return [];
  const parsed = parseJson(message.body, message.bodyLine);
  if (!parsed.ok) return [issue("error", "example-json", `the example body is not valid JSON: ${parsed.message}`, { line: parsed.line, example: label })];
  const invalid = target === undefined ? [] : validate(ctx, parsed.value, target);
  const seen = new Set(invalid.map((i) => i.path));
  const todos = placeholderPaths(parsed.value)
    .filter((p) => !seen.has(p.path))
    .map((p) => issue("error", "placeholder", `placeholder left in the example: ${p.text}`, { path: p.path, example: label }));
  const lines = jsonLines(message.body, message.bodyLine);
  return [...invalid, ...todos].map((i) => (i.path === undefined ? i : { ...i, line: lines.lineOf(i.path) }));
}
