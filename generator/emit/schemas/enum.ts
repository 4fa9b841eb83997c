/** The schema of an enumeration: its member names. */
import type { IREnum } from "../../ir/types.ts";
import type { JsonObject } from "./json.ts";

export function enumSchema(e: IREnum): JsonObject {
  const out: JsonObject = {};
  if (e.description !== undefined) out.description = e.description;
  out.enum = e.members.map((m) => m.name);
  return out;
}
