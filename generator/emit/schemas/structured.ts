/**
 * The schema of an entity or complex type.
 *
 * The exact shape of a type lists its own and inherited properties (flattened), pins `@odata.type`
 * to the type's own name and, in request mode, rejects any other property that is not an instance
 * annotation (open types accept dynamic properties). A type with derived types first dispatches on
 * `@odata.type`: `if` it names a type of a derived type's subtree, `then` that type's schema applies,
 * `else` the next derived type is tried, and finally the exact shape of the type itself.
 *
 * Navigation properties (own and inherited) are declared in response mode only, where an expanded
 * one is an array of its target type or, single, the target type or null. A request body never
 * carries them: a closed type's `additionalProperties: false` refuses them, and an open type, whose
 * dynamic properties may not take a declared name, says `false` for each.
 */
import type { IRNavigation, IRStructured } from "../../model/ir.ts";
import type { Lookup } from "../lookup.ts";
import { allNavigation, familyNames, odataTypeNames } from "./hierarchy.ts";
import { record, type Json, type JsonObject } from "./json.ts";
import { ANNOTATION_KEY_PATTERN, TYPE_NAME_PATTERN } from "./patterns.ts";
import { propertySchema } from "./property.ts";
import { refTo, type RefStyle } from "./refs.ts";

export type SchemaMode = "request" | "response";

export interface StructuredContext {
  readonly lookup: Lookup;
  readonly style: RefStyle;
  readonly mode: SchemaMode;
  /**
   * A schema matching every `@odata.type` spelling of every type of the spec (response mode
   * tolerates the others): a `$ref` to one shared definition, so the bundle stays linear in size.
   */
  readonly knownTypeNames: Json;
}

export const ODATA_TYPE = "@odata.type";

function odataTypeSchema(t: IRStructured, cx: StructuredContext): Json {
  const own: JsonObject = { enum: odataTypeNames(t.qname) };
  if (cx.mode === "request") return own;
  const foreign: JsonObject = { type: "string", pattern: TYPE_NAME_PATTERN, not: cx.knownTypeNames };
  return { anyOf: [own, foreign] };
}

function navigationSchema(n: IRNavigation, cx: StructuredContext): Json {
  const ref: JsonObject = { $ref: refTo(cx.style, n.target) };
  const body: JsonObject = n.collection ? { type: "array", items: ref } : { anyOf: [ref, { type: "null" }] };
  return n.description === undefined ? body : { description: n.description, ...body };
}

/** What each navigation property of `t` is in this mode: its schema, `false`, or nothing. */
function navigationEntries(t: IRStructured, cx: StructuredContext): (readonly [string, Json])[] {
  const navs = allNavigation(cx.lookup, t);
  if (cx.mode === "response") return navs.map((n) => [n.wireName, navigationSchema(n, cx)] as const);
  return cx.lookup.isOpen(t) ? navs.map((n) => [n.wireName, false] as const) : [];
}

function exactShape(t: IRStructured, cx: StructuredContext): JsonObject {
  const props = cx.lookup.allProperties(t).map(({ property: p }) => [p.wireName, propertySchema(p, cx.style)] as const);
  const out: JsonObject = {
    properties: record([[ODATA_TYPE, odataTypeSchema(t, cx)], ...props, ...navigationEntries(t, cx)]),
  };
  if (cx.mode === "request" && !cx.lookup.isOpen(t)) {
    out.patternProperties = record([[ANNOTATION_KEY_PATTERN, true]]);
    out.additionalProperties = false;
  }
  return out;
}

function dispatch(derived: readonly IRStructured[], t: IRStructured, cx: StructuredContext): JsonObject {
  const [first, ...rest] = derived;
  if (first === undefined) return exactShape(t, cx);
  return {
    if: { properties: record([[ODATA_TYPE, { enum: familyNames(cx.lookup, first) }]]), required: [ODATA_TYPE] },
    then: { $ref: refTo(cx.style, first.qname) },
    else: dispatch(rest, t, cx),
  };
}

export function structuredSchema(t: IRStructured, cx: StructuredContext): JsonObject {
  const out: JsonObject = {};
  if (t.description !== undefined) out.description = t.description;
  out.type = "object";
  return {
    ...out,
    ...dispatch(
      t.derived.map((d) => cx.lookup.structured(d)),
      t,
      cx,
    ),
  };
}
