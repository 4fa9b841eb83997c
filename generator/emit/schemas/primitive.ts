/** The schema of one Edm primitive value, with or without `null`, from the primitive table. */
import { EDM, type EdmPrimitive, type SchemaFragment } from "../../model/edm.ts";
import type { Json, JsonObject } from "./json.ts";
import { DATE_TIME_OFFSET_PATTERN, DURATION_PATTERN } from "./patterns.ts";

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

/** Until the validators follow today's ABNF (issue #19), the schemas keep their two earlier patterns. */
const EARLIER: Partial<Record<EdmPrimitive, SchemaFragment>> = {
  "Edm.DateTimeOffset": { type: "string", pattern: DATE_TIME_OFFSET_PATTERN },
  "Edm.Duration": { type: "string", pattern: DURATION_PATTERN },
};

export function primitiveSchema(edm: EdmPrimitive, nullable: boolean): JsonObject {
  const fragment = EARLIER[edm] ?? EDM[edm].schema;
  if (edm === "Edm.Untyped" || !nullable) return asObject(fragment);
  return withNull(fragment);
}
