/** TypeScript type expressions for IR type references. */
import { EDM } from "../../model/edm.ts";
import type { IRProperty, IRStructured, IRType, IRTypeRef } from "../../model/ir.ts";
import { Lookup } from "../lookup.ts";

/** The name of the union accepting a type and everything derived from it (`AnyEndpoint`). */
export function anyName(t: IRStructured): string {
  return `Any${t.tsName}`;
}

/** The type a position declared as `ref` accepts. */
export function refType(lookup: Lookup, ref: IRTypeRef): string {
  if (ref.kind === "primitive") return EDM[ref.edm].ts;
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
  if (ref.edm === "Edm.String" || ref.edm === "Edm.Boolean") return undefined;
  return `Type: \`${ref.edm}\`, ${EDM[ref.edm].doc}.`;
}
