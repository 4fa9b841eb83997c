/**
 * The order of the property checks in a body: cheapest first, so that `isT` (which stops at the
 * first problem) spends as little as possible on an invalid value. Costs are rough relative units
 * measured on the generated code (a typeof test is 1; an object costs about 5 before its
 * properties; scanning a date-time about 9); ties keep spec order. `validateT` reports its errors
 * in the same order.
 */
import type { IRProperty, IRStructured, IRTypeRef } from "../../model/ir.ts";
import type { Lookup } from "../lookup.ts";

const PRIMITIVE_COST: Readonly<Record<string, number>> = {
  "Edm.String": 1,
  "Edm.Boolean": 1,
  "Edm.Int32": 1,
  "Edm.Int64": 1,
  "Edm.Single": 1,
  "Edm.Double": 1,
  "Edm.Duration": 4,
  "Edm.DateTimeOffset": 9,
};
const ENUM_COST = 2;
const OBJECT_COST = 5;
const DISPATCH_COST = 2;
/** A collection is guessed to hold a few items. */
const COLLECTION_FACTOR = 3;
/** A type met again while its own cost is being worked out (a recursive graph). */
const RECURSION_COST = 50;

function refCost(lookup: Lookup, ref: IRTypeRef, visiting: Set<string>): number {
  if (ref.kind === "primitive") return PRIMITIVE_COST[ref.edm] ?? 1;
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

function propertyCost(lookup: Lookup, p: IRProperty, visiting: Set<string>): number {
  const one = refCost(lookup, p.type, visiting);
  return p.collection ? 1 + COLLECTION_FACTOR * one : one;
}

/** The properties of a body in check order: by estimated cost, stable. */
export function checkOrder(lookup: Lookup, props: readonly IRProperty[]): IRProperty[] {
  const costs = new Map(props.map((p) => [p, propertyCost(lookup, p, new Set())]));
  return [...props].sort((a, b) => costs.get(a)! - costs.get(b)!);
}
