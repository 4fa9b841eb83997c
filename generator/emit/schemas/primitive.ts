/** The schema of one Edm primitive value, with or without `null`. */
import type { EdmPrimitive } from "../../ir/types.ts";
import type { JsonObject } from "./json.ts";
import { DATE_TIME_OFFSET_PATTERN, DURATION_PATTERN, FLOAT_SPECIALS, INT32_MAX, INT32_MIN } from "./patterns.ts";

/** `type` alone, or `[type, "null"]` (the one union Ajv's strict mode allows). */
function typed(type: string, nullable: boolean): JsonObject {
  return { type: nullable ? [type, "null"] : type };
}

export function primitiveSchema(edm: EdmPrimitive, nullable: boolean): JsonObject {
  switch (edm) {
    case "Edm.String":
      return typed("string", nullable);
    case "Edm.Boolean":
      return typed("boolean", nullable);
    case "Edm.Int32":
      return { ...typed("integer", nullable), minimum: INT32_MIN, maximum: INT32_MAX };
    case "Edm.Int64":
      return typed("integer", nullable);
    case "Edm.Single":
    case "Edm.Double":
      // A finite JSON number, or one of the three strings OData uses for the IEEE 754 specials.
      return { anyOf: [typed("number", nullable), { enum: [...FLOAT_SPECIALS] }] };
    case "Edm.DateTimeOffset":
      return { ...typed("string", nullable), pattern: DATE_TIME_OFFSET_PATTERN };
    case "Edm.Duration":
      return { ...typed("string", nullable), pattern: DURATION_PATTERN };
  }
}
