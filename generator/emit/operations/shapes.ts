/**
 * `$select` and `$expand`: what an operation's query options apply to (the entity or complex type
 * of its 200 response, else its first success body), and the shapes the client checks them with:
 * one module-level constant per entity type they can reach (its qualified name, property names,
 * and navigation properties, each leading to its target's shape through a function, since shapes
 * refer to each other in cycles). An operation refers to its root's shape only, so a bundle that
 * imports one operation carries the shapes that operation can reach, and no other.
 */
import { CLIENT_QUERY_OPTIONS, type IROperation, type IRStructured } from "../../model/ir.ts";
import { camelCase, propertyKey, stringLiteral } from "../escape.ts";
import type { Name } from "../code.ts";
import { navigationMapName } from "../types/navigation.ts";
import { staticTypeName } from "../validators/names.ts";
import type { OperationsContext } from "./context.ts";
import { array, atom, object, type Literal } from "./objects.ts";

/** What an operation's `$select`/`$expand` apply to, or undefined when it accepts neither. */
export interface QueryTarget {
  readonly root: IRStructured;
  readonly accepts: readonly ("$select" | "$expand")[];
  /** `$expand` is accepted and the root has navigation properties. */
  readonly expand: boolean;
}

/** The structured type of the operation's 200 response (else its first success body). */
export function responseRoot(cx: OperationsContext, op: IROperation): IRStructured | undefined {
  const success = op.responses.filter((r) => r.status >= 200 && r.status <= 299 && r.body !== undefined);
  const r = success.find((x) => x.status === 200) ?? success[0];
  if (r?.body === undefined || (r.body.type.kind !== "entity" && r.body.type.kind !== "complex")) return undefined;
  return cx.lookup.structured(r.body.type.qname);
}

export function queryTarget(cx: OperationsContext, op: IROperation): QueryTarget | undefined {
  const accepts = CLIENT_QUERY_OPTIONS.filter((q) => op.query.includes(q));
  const root = responseRoot(cx, op);
  if (accepts.length === 0 || root === undefined) return undefined;
  return { root, accepts, expand: accepts.includes("$expand") && cx.lookup.allNavigation(root).length > 0 };
}

/** The types the declarations of a query target use: the item's static type and, with `$expand`, its navigation map. */
export function queryTypes(cx: OperationsContext, q: QueryTarget): { item: string; navigation?: string } {
  const item = staticTypeName(q.root);
  if (!q.expand) return { item };
  return { item, navigation: navigationMapName(q.root) };
}

/** The module-level name of a type's shape (`sessionShape`). */
export function shapeName(cx: OperationsContext, t: IRStructured): Name {
  return cx.local(`shape:${t.qname}`, `${camelCase(t.tsName) || "type"}Shape`);
}

/** Every type whose shape the operations need: their roots and what their navigation reaches, by qualified name. */
export function shapedTypes(cx: OperationsContext): IRStructured[] {
  const seen = new Map<string, IRStructured>();
  const visit = (t: IRStructured): void => {
    if (seen.has(t.qname)) return;
    seen.set(t.qname, t);
    for (const n of cx.lookup.allNavigation(t)) visit(cx.lookup.structured(n.target));
  };
  for (const op of cx.ir.operations) {
    const q = queryTarget(cx, op);
    if (q !== undefined) visit(q.root);
  }
  return [...seen.values()].sort((a, b) => (a.qname < b.qname ? -1 : a.qname > b.qname ? 1 : 0));
}

/** A shape's value: `{ name, properties, navigation }`. */
export function shape(cx: OperationsContext, t: IRStructured): Literal {
  const properties = cx.lookup.allProperties(t).map(({ property }) => atom(stringLiteral(property.wireName)));
  const navigation = cx.lookup.allNavigation(t).map((n) => {
    const target = shapeName(cx, cx.lookup.structured(n.target));
    const to = object([
      ["target", atom(`() => ${target.str}`)],
      ["collection", atom(String(n.collection))],
    ]);
    return [objectKey(n.wireName), to] as const;
  });
  return object(
    [
      ["name", atom(stringLiteral(t.qname))],
      ["properties", array(properties)],
      ["navigation", object(navigation)],
    ],
    true,
  );
}

/**
 * A key of an object literal as prettier writes it: an identifier or a simple number bare (prettier
 * unquotes `"1"`), anything else quoted.
 */
export function objectKey(k: string): string {
  const simpleNumber = /^(?:\d+|\d+\.\d+)$/.test(k) && String(Number(k)) === k;
  return simpleNumber ? k : propertyKey(k);
}
