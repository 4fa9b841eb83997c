/**
 * The schema of an entity or complex type.
 *
 * The exact shape of a type lists its own and inherited properties (flattened), pins `@odata.type`
 * to the type's own name (in response mode, or any other well-formed type name: a type derived
 * later) and, in request mode, rejects any other property that is not an instance annotation (open
 * types accept dynamic properties). A type with derived types first looks `@odata.type` up among
 * them: `if` it names one, `then` the one whose name it is applies (a list of `if`/`then`, one per
 * derived type on its two spellings, in groups of 16 for a large family), `else` the exact shape of
 * the type itself. No chain: a chain of `else`s, one per derived type, was 700 deep for Graph's
 * entity and took Ajv past its stack.
 *
 * Navigation properties (own and inherited) are declared in response mode only, where an expanded
 * one is an array of its target type or, single, the target type or null. A request body never
 * carries them: a closed type's `additionalProperties: false` refuses them, and an open type, whose
 * dynamic properties may not take a declared name, says `false` for each.
 */
import type { IRNavigation, IRStructured } from "../../model/ir.ts";
import type { Lookup } from "../lookup.ts";
import { odataTypeNames } from "./hierarchy.ts";
import { record, type Json, type JsonObject } from "./json.ts";
import { ANNOTATION_KEY_PATTERN, TYPE_NAME_PATTERN } from "./patterns.ts";
import { propertySchema } from "./property.ts";
import { refTo, type RefStyle } from "./refs.ts";

export type SchemaMode = "request" | "response";

export interface StructuredContext {
  readonly lookup: Lookup;
  readonly style: RefStyle;
  readonly mode: SchemaMode;
}

export const ODATA_TYPE = "@odata.type";

function odataTypeSchema(t: IRStructured, cx: StructuredContext): Json {
  const own: JsonObject = { enum: odataTypeNames(t.qname) };
  if (cx.mode === "request") return own;
  const later: JsonObject = { type: "string", pattern: TYPE_NAME_PATTERN };
  return { anyOf: [own, later] };
}

function navigationSchema(n: IRNavigation, cx: StructuredContext): Json {
  const ref: JsonObject = { $ref: refTo(cx.style, n.target) };
  const body: JsonObject = n.collection ? { type: "array", items: ref } : { anyOf: [ref, { type: "null" }] };
  return n.description === undefined ? body : { description: n.description, ...body };
}

/** What each navigation property of `t` is in this mode: its schema, `false`, or nothing. */
function navigationEntries(t: IRStructured, cx: StructuredContext): (readonly [string, Json])[] {
  const navs = cx.lookup.allNavigation(t);
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

/**
 * Derived types per level of the lookup: Ajv's code generation is quadratic in the branches of one
 * level (a flat list of 1,200 took it 48 s to compile), a tree of 16 is about what compiling the
 * types themselves costs (3.4 s for 1,200), three levels deep for 4,096 derived types.
 */
const FAN_OUT = 16;

/** `@odata.type` is one of `names`. */
function named(names: readonly string[]): JsonObject {
  return { properties: record([[ODATA_TYPE, { enum: names }]]) };
}

/** The schema of the one derived type `@odata.type` names, among `derived` (one of them is named). */
function lookup(derived: readonly IRStructured[], cx: StructuredContext): JsonObject {
  if (derived.length <= FAN_OUT)
    return {
      allOf: derived.map((d) => ({ if: named(odataTypeNames(d.qname)), then: { $ref: refTo(cx.style, d.qname) } })),
    };
  const size = Math.ceil(derived.length / FAN_OUT);
  const groups: JsonObject[] = [];
  for (let i = 0; i < derived.length; i += size) {
    const group = derived.slice(i, i + size);
    groups.push({ if: named(group.flatMap((d) => odataTypeNames(d.qname))), then: lookup(group, cx) });
  }
  return { allOf: groups };
}

/** The exact shape, or, for a type with derived types, the lookup of `@odata.type` among them first. */
function dispatch(t: IRStructured, cx: StructuredContext): JsonObject {
  const derived = cx.lookup.descendants(t);
  if (derived.length === 0) return exactShape(t, cx);
  return {
    if: { ...named(derived.flatMap((d) => odataTypeNames(d.qname))), required: [ODATA_TYPE] },
    then: lookup(derived, cx),
    else: exactShape(t, cx),
  };
}

export function structuredSchema(t: IRStructured, cx: StructuredContext): JsonObject {
  const out: JsonObject = {};
  if (t.description !== undefined) out.description = t.description;
  out.type = "object";
  return {
    ...out,
    ...dispatch(t, cx),
  };
}
