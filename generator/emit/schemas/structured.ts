/**
 * The schema of an entity or complex type.
 *
 * The exact shape of a type lists its own and inherited properties (flattened), pins `@odata.type`
 * to the type's own name and, in request mode, rejects any other property that is not an instance
 * annotation (open types accept dynamic properties). A type with derived types first dispatches on
 * `@odata.type`: `if` it names a type of a derived type's subtree, `then` that type's schema applies,
 * `else` the next derived type is tried, and finally the exact shape of the type itself.
 */
import type { IRStructured } from "../../ir/types.ts";
import type { Lookup } from "../lookup.ts";
import { familyNames, odataTypeNames } from "./hierarchy.ts";
import { record, type Json, type JsonObject } from "./json.ts";
import { ANNOTATION_KEY_PATTERN, TYPE_NAME_PATTERN } from "./patterns.ts";
import { propertySchema } from "./property.ts";
import { refTo, type RefStyle } from "./refs.ts";

export type SchemaMode = "request" | "response";

export interface StructuredContext {
  readonly lookup: Lookup;
  readonly style: RefStyle;
  readonly mode: SchemaMode;
  /** Every `@odata.type` spelling of every type of the spec (response mode tolerates the others). */
  readonly knownTypeNames: readonly string[];
}

export const ODATA_TYPE = "@odata.type";

function odataTypeSchema(t: IRStructured, cx: StructuredContext): Json {
  const own: JsonObject = { enum: odataTypeNames(t.qname) };
  if (cx.mode === "request") return own;
  const foreign: JsonObject = { type: "string", pattern: TYPE_NAME_PATTERN, not: { enum: [...cx.knownTypeNames] } };
  return { anyOf: [own, foreign] };
}

function exactShape(t: IRStructured, cx: StructuredContext): JsonObject {
  const props = cx.lookup.allProperties(t).map(({ property: p }) => [p.wireName, propertySchema(p, cx.style)] as const);
  const out: JsonObject = { properties: record([[ODATA_TYPE, odataTypeSchema(t, cx)], ...props]) };
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
  return { ...out, ...dispatch(t.derived.map((d) => cx.lookup.structured(d)), t, cx) };
}
