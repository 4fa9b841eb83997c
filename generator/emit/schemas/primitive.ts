/** The schema of one Edm primitive value, with or without `null`, from the primitive table. */
import { EDM, type EdmPrimitive, type SchemaFragment } from "../../model/edm.ts";
import type { Json, JsonObject } from "./json.ts";

/** A fragment with `null` added to its (first) JSON type: `[type, "null"]`, the one union Ajv's strict mode allows. */
function withNull(fragment: SchemaFragment): JsonObject {
  if (typeof fragment === "boolean") return asObject(fragment);
  const out = { ...fragment } as JsonObject;
  if (typeof out.type === "string") return { ...out, type: [out.type, "null"] };
  if (Array.isArray(out.anyOf)) {
    const [first, ...rest] = out.anyOf as SchemaFragment[];
    return { ...out, anyOf: [withNull(first!), ...(rest as Json[])] };
  }
  return { anyOf: [out, { type: "null" }] };
}

/** `true` and `false` as the objects that mean the same, so that annotations can go beside them. */
function asObject(fragment: SchemaFragment): JsonObject {
  if (fragment === true) return {};
  if (fragment === false) return { not: {} };
  return fragment as JsonObject;
}

/**
 * A value of the primitive; `nullable` adds null, except to Edm.Untyped (any JSON value, null
 * included) and Edm.Stream (never inline, not even as null).
 */
export function primitiveSchema(edm: EdmPrimitive, nullable: boolean): JsonObject {
  const spec = EDM[edm];
  if (!nullable || spec.json === "any" || spec.json === "none") return asObject(spec.schema);
  return withNull(spec.schema);
}
