/**
 * The schema of an enumeration: its member names, or for a flags enum member names joined by ","
 * (each at most once: a pattern whose lookahead refuses a name met twice). In response mode an
 * evolvable enum (one with `unknownFutureValue`) also takes any other string: with
 * `Prefer: include-unknown-enum-members` Graph sends members added after this package was generated.
 */
import type { IREnum } from "../../model/ir.ts";
import type { JsonObject } from "./json.ts";
import type { SchemaMode } from "./structured.ts";

/** A member name as a regular expression (for the `u` flag, which allows escaping only syntax characters). */
function literal(name: string): string {
  return name.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/** Member names joined by ",", each at most once, at least one. */
export function flagsPattern(names: readonly string[]): string {
  const one = `(?:${names.map(literal).join("|")})`;
  return `^(?!(?:[^,]*,)*([^,]*),(?:[^,]*,)*\\1(?:,|$))${one}(?:,${one})*$`;
}

export function enumSchema(e: IREnum, mode: SchemaMode): JsonObject {
  const out: JsonObject = {};
  if (e.description !== undefined) out.description = e.description;
  const names = e.members.map((m) => m.name);
  const known: JsonObject = e.flags ? { type: "string", pattern: flagsPattern(names) } : { enum: names };
  if (mode === "request" || !e.evolvable) return { ...out, ...known };
  const later: JsonObject = { type: "string", description: "A member added after this package was generated." };
  return { ...out, anyOf: [known, later] };
}
