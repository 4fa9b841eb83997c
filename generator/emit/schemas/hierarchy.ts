/**
 * The structured types of the IR, and the `@odata.type` spellings of a type, shared by the schema
 * and validator emitters.
 */
import type { IR, IRStructured } from "../../model/ir.ts";

export function structuredTypes(ir: IR): IRStructured[] {
  return ir.types.filter((t): t is IRStructured => t.kind !== "enum");
}

/** The two spellings of `@odata.type` that name a type: with and without the leading `#`. */
export function odataTypeNames(qname: string): [string, string] {
  return [`#${qname}`, qname];
}
