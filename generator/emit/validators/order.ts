/**
 * The order of the property checks in a type's check: cheapest first, so that `isT` (which stops at
 * the first problem) spends as little as possible on an invalid value. Costs are rough relative
 * units measured on the generated code (a typeof test is 1; an object costs about 5 before its
 * properties); a string scanned by hand costs in proportion to its length, which the Edm table's
 * first valid sample stands for (a date-time about 12, a duration 4). Ties keep spec order.
 * `validateT` reports its errors in the same order.
 */
import { EDM, type EdmPrimitive } from "../../model/edm.ts";
import type { IRStructured, IRTypeRef } from "../../model/ir.ts";
import type { Lookup } from "../lookup.ts";

const ENUM_COST = 2;
const OBJECT_COST = 5;
const DISPATCH_COST = 2;
/** A collection is guessed to hold a few items. */
const COLLECTION_FACTOR = 3;
/** A type met again while its own cost is being worked out (a recursive graph). */
const RECURSION_COST = 50;

/** What a check reads of a property: its type and whether it is a collection. */
interface Checked {
  readonly type: IRTypeRef;
  readonly collection: boolean;
}

function primitiveCost(edm: EdmPrimitive): number {
  const spec = EDM[edm];
  const scanned = typeof spec.schema === "object" && typeof spec.schema.pattern === "string";
  const sample = spec.samples.valid[0];
  return scanned && typeof sample === "string" ? 1 + Math.ceil(sample.length / 3) : 1;
}

function refCost(lookup: Lookup, ref: IRTypeRef, visiting: Set<string>): number {
  if (ref.kind === "primitive") return primitiveCost(ref.edm);
  if (ref.kind === "enum") return ENUM_COST;
  return typeCost(lookup, lookup.structured(ref.qname), visiting);
}

function typeCost(lookup: Lookup, t: IRStructured, visiting: Set<string>): number {
  if (visiting.has(t.qname)) return RECURSION_COST;
  visiting.add(t.qname);
  const props = lookup
    .allProperties(t)
    .reduce((sum, { property }) => sum + propertyCost(lookup, property, visiting), 0);
  visiting.delete(t.qname);
  return OBJECT_COST + (t.derived.length > 0 ? DISPATCH_COST : 0) + props;
}

function propertyCost(lookup: Lookup, p: Checked, visiting: Set<string>): number {
  const one = refCost(lookup, p.type, visiting);
  return p.collection ? 1 + COLLECTION_FACTOR * one : one;
}

/** The properties (or parameters) of a check in check order: by estimated cost, stable. */
export function checkOrder<P extends Checked>(lookup: Lookup, props: readonly P[]): P[] {
  const costs = new Map(props.map((p) => [p, propertyCost(lookup, p, new Set())]));
  return [...props].sort((a, b) => costs.get(a)! - costs.get(b)!);
}
