/**
 * The schema of an enumeration: its member names. In response mode an evolvable enum (one with
 * `unknownFutureValue`) also takes any other string: with `Prefer: include-unknown-enum-members`
 * Graph sends members added after this package was generated.
 */
import type { IREnum } from "../../model/ir.ts";
import type { JsonObject } from "./json.ts";
import type { SchemaMode } from "./structured.ts";

export function enumSchema(e: IREnum, mode: SchemaMode): JsonObject {
  const out: JsonObject = {};
  if (e.description !== undefined) out.description = e.description;
  const known: JsonObject = { enum: e.members.map((m) => m.name) };
  if (mode === "request" || !e.evolvable) return { ...out, ...known };
  const later: JsonObject = { type: "string", description: "A member added after this package was generated." };
  return { ...out, anyOf: [known, later] };
}
