/**
 * The `@odata.type` spellings of types and type families, over the per-run `Lookup`
 * (`emit/lookup.ts`), shared by the schema and validator emitters.
 */
import type { IR, IRNavigation, IRStructured } from "../../model/ir.ts";
import type { Lookup } from "../lookup.ts";

export function structuredTypes(ir: IR): IRStructured[] {
  return ir.types.filter((t): t is IRStructured => t.kind !== "enum");
}

/** The two spellings of `@odata.type` that name a type: with and without the leading `#`. */
export function odataTypeNames(qname: string): [string, string] {
  return [`#${qname}`, qname];
}

/** Inherited navigation properties first (root first), then the type's own. */
export function allNavigation(lookup: Lookup, t: IRStructured): IRNavigation[] {
  return [...lookup.ancestors(t), t].flatMap((owner) => owner.navigation);
}
