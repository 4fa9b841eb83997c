/** TypeScript type expressions for IR type references, read from the `EDM` table. */
import { EDM, type EdmPrimitive } from "../../model/edm.ts";
import type { IRFacets, IRStructured, IRTypeRef } from "../../model/ir.ts";
import type { Lookup } from "../lookup.ts";

/** The name of the union accepting a type and everything derived from it (`AnyEndpoint`). */
export function anyName(t: IRStructured): string {
  return `Any${t.tsName}`;
}

/** Never a value in a body (`Edm.Stream`): only its `@odata.media*` annotations appear there. */
export function neverInline(ref: IRTypeRef): boolean {
  return ref.kind === "primitive" && EDM[ref.edm].json === "none";
}

/** Its TypeScript type holds `null` already (`Edm.Untyped`, any JSON value: `unknown`). */
function holdsNull(ref: IRTypeRef): boolean {
  return ref.kind === "primitive" && EDM[ref.edm].json === "any";
}

/** The type a position declared as `ref` accepts. */
export function refType(lookup: Lookup, ref: IRTypeRef): string {
  if (ref.kind === "primitive") return EDM[ref.edm].ts;
  const t = lookup.type(ref.qname);
  if (t.kind !== "enum" && t.derived.length > 0) return anyName(t);
  return t.tsName;
}

/** A value slot: a property or a parameter. */
export interface Slot {
  readonly type: IRTypeRef;
  readonly collection: boolean;
  readonly nullable: boolean;
}

/** The type of a slot, as the members of its union (`["string", "null"]`) or the one type. */
export function slotTypeParts(lookup: Lookup, slot: Slot): string[] {
  const base = refType(lookup, slot.type);
  const withNull = slot.nullable && !holdsNull(slot.type);
  if (slot.collection) return [withNull ? `(${base} | null)[]` : `${base}[]`];
  return withNull ? [base, "null"] : [base];
}

/**
 * Whether the TypeScript type says all there is to know about a primitive's values: its type is
 * the JSON type, and the check is of that type only (`Edm.String`, `Edm.Boolean`).
 */
function saysItAll(edm: EdmPrimitive): boolean {
  const spec = EDM[edm];
  return spec.ts === spec.json && spec.code === "type";
}

/** The facets of a property, for its comment. */
function facetNote(facets: IRFacets | undefined): string | undefined {
  if (facets === undefined) return undefined;
  const parts = [
    facets.maxLength === undefined ? "" : `maxLength ${facets.maxLength}`,
    facets.precision === undefined ? "" : `precision ${facets.precision}`,
    facets.scale === undefined ? "" : `scale ${facets.scale}`,
  ].filter((s) => s !== "");
  return parts.length === 0 ? undefined : `Facets: ${parts.join(", ")}.`;
}

/** The comment sentences saying what a slot's type is on the wire, beyond its TypeScript type. */
export function typeNotes(lookup: Lookup, ref: IRTypeRef, facets?: IRFacets): string[] {
  const notes: string[] = [];
  if (ref.kind === "primitive") {
    if (!saysItAll(ref.edm) || facets !== undefined) notes.push(`Type: \`${ref.edm}\`, ${EDM[ref.edm].doc}.`);
  } else if (lookup.type(ref.qname).kind !== "enum") notes.push(`Type: \`${ref.qname}\`.`);
  const facet = facetNote(facets);
  if (facet !== undefined) notes.push(facet);
  return notes;
}
