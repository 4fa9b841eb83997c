/** TypeScript type expressions for IR type references. */
import type { EdmPrimitive, IRProperty, IRStructured, IRType, IRTypeRef } from "../../ir/types.ts";
import { Lookup } from "../lookup.ts";

const PRIMITIVE_TS: Readonly<Record<EdmPrimitive, string>> = {
  "Edm.String": "string",
  "Edm.Boolean": "boolean",
  "Edm.Int32": "number",
  "Edm.Int64": "number",
  "Edm.Single": "ODataFloat",
  "Edm.Double": "ODataFloat",
  "Edm.DateTimeOffset": "string",
  "Edm.Duration": "string",
};

/** The name of the union accepting a type and everything derived from it (`AnyEndpoint`). */
export function anyName(t: IRStructured): string {
  return `Any${t.tsName}`;
}

/** The type a position declared as `ref` accepts. */
export function refType(lookup: Lookup, ref: IRTypeRef): string {
  if (ref.kind === "primitive") return PRIMITIVE_TS[ref.edm];
  const t = lookup.type(ref.qname);
  if (t.kind !== "enum" && t.derived.length > 0) return anyName(t);
  return t.tsName;
}

/** The type of a property, as the members of its union (`["string", "null"]`) or the one type. */
export function propertyTypeParts(lookup: Lookup, p: IRProperty): string[] {
  const base = refType(lookup, p.type);
  if (p.collection) return [p.nullable ? `(${base} | null)[]` : `${base}[]`];
  return p.nullable ? [base, "null"] : [base];
}

/** The JSDoc sentence saying what an Edm primitive accepts on the wire. */
export function formatNote(ref: IRTypeRef, lookup: Lookup): string | undefined {
  if (ref.kind !== "primitive") {
    const t: IRType = lookup.type(ref.qname);
    return t.kind === "enum" ? undefined : `Type: \`${t.qname}\`.`;
  }
  switch (ref.edm) {
    case "Edm.Int32":
      return "Type: `Edm.Int32`, an integer from -2147483648 to 2147483647.";
    case "Edm.Int64":
      return "Type: `Edm.Int64`, an integer.";
    case "Edm.Single":
    case "Edm.Double":
      return `Type: \`${ref.edm}\`, a number, or "NaN", "INF" or "-INF".`;
    case "Edm.DateTimeOffset":
      return 'Type: `Edm.DateTimeOffset`, a date and time with an offset, such as "2020-02-25T18:52:21.2169889Z".';
    case "Edm.Duration":
      return 'Type: `Edm.Duration`, an ISO 8601 duration such as "PT0.016S" (may be negative).';
    default:
      return undefined;
  }
}
