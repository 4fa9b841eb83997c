/** The schema of one property: its type, `null` where allowed, the array of a collection, annotations. */
import type { IRDeprecation, IRProperty, IRTypeRef } from "../../model/ir.ts";
import type { Json, JsonObject } from "./json.ts";
import { primitiveSchema } from "./primitive.ts";
import { refTo, type RefStyle } from "./refs.ts";

function valueSchema(type: IRTypeRef, nullable: boolean, style: RefStyle): JsonObject {
  if (type.kind === "primitive") return primitiveSchema(type.edm, nullable);
  const ref: JsonObject = { $ref: refTo(style, type.qname) };
  return nullable ? { anyOf: [ref, { type: "null" }] } : ref;
}

export function deprecationText(d: IRDeprecation): string {
  const dates = [d.since ? `since ${d.since}` : "", d.removal ? `removal planned ${d.removal}` : ""]
    .filter((s) => s !== "")
    .join(", ");
  return `Deprecated${dates ? ` (${dates})` : ""}: ${d.message}`;
}

function annotations(p: IRProperty): JsonObject {
  const text = [p.description ?? "", p.deprecated ? deprecationText(p.deprecated) : ""].filter((s) => s !== "");
  const out: JsonObject = {};
  if (text.length > 0) out.description = text.join("\n\n");
  if (p.deprecated) out.deprecated = true;
  if (p.readOnly) out.readOnly = true;
  return out;
}

/** A collection is always an array; the IR's `nullable` then applies to its items. */
export function propertySchema(p: IRProperty, style: RefStyle): Json {
  const value = valueSchema(p.type, p.nullable, style);
  const body: JsonObject = p.collection ? { type: "array", items: value } : value;
  return { ...annotations(p), ...body };
}
