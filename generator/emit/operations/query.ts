/**
 * `$select`, `$expand` and paging in the generated `operations.ts`: what an operation's query
 * options apply to (its success response's entity type), and `entityShapes`, the one module-level
 * table of the entity types they can reach (property names, navigation properties, validator), by
 * qualified name. Spec text (qualified names, wire names) enters only as string literals and keys
 * through `_` and `key`; type names are tsNames fixed by `ir/names.ts`.
 */
import { InternalError } from "../../model/diagnostics.ts";
import { CLIENT_QUERY_OPTIONS, type IROperation, type IRStructured } from "../../model/ir.ts";
import { _, Code, join, key, Name } from "../code.ts";
import { allNavigation, navigationMapName } from "../types/navigation.ts";
import { staticTypeName } from "../validators/names.ts";
import type { ShapeContext } from "./shapes.ts";

/** The module-level table of entity shapes; reserved in `RESERVED_EXPORTS`, so no export takes it. */
export const SHAPES = new Name("entityShapes");

/** The query options the emitter supports; the spec may list others, which are not emitted yet. */
export type SupportedQuery = "$select" | "$expand";

/** What an operation's `$select`/`$expand` apply to, or undefined when it accepts neither. */
export interface QueryTarget {
  readonly root: IRStructured;
  readonly accepted: readonly SupportedQuery[];
  /** The static type of the result item (`T` or `AnyT`). */
  readonly staticType: Name;
  /** The root's navigation map, when `$expand` is accepted and the type has navigation properties. */
  readonly navigation?: Name;
}

/** The structured type of the operation's 200 response (else its first success body). */
export function responseRoot(
  cx: ShapeContext,
  op: IROperation,
): { type: IRStructured; collection: boolean } | undefined {
  const success = op.responses.filter((r) => r.status >= 200 && r.status <= 299 && r.body !== undefined);
  const r = success.find((x) => x.status === 200) ?? success[0];
  if (r?.body === undefined || (r.body.type.kind !== "entity" && r.body.type.kind !== "complex")) return undefined;
  return { type: cx.lookup.structured(r.body.type.qname), collection: r.body.collection };
}

export function queryTarget(cx: ShapeContext, op: IROperation): QueryTarget | undefined {
  const accepted = CLIENT_QUERY_OPTIONS.filter((q) => op.query.includes(q));
  const root = responseRoot(cx, op);
  if (accepted.length === 0 || root === undefined) return undefined;
  const staticType = staticTypeName(root.type);
  cx.imports.types.add(staticType);
  const hasNavigation = accepted.includes("$expand") && allNavigation(cx.lookup, root.type).length > 0;
  if (hasNavigation) {
    cx.imports.types.add(navigationMapName(root.type));
    for (const n of ["ExpandTree", "Expanded"]) cx.imports.types.add(n);
  }
  return {
    root: root.type,
    accepted,
    staticType: new Name(staticType),
    ...(hasNavigation ? { navigation: new Name(navigationMapName(root.type)) } : {}),
  };
}

/** The entity types reachable from the roots through navigation properties, sorted by qualified name. */
function reachable(cx: ShapeContext, roots: readonly IRStructured[]): IRStructured[] {
  const seen = new Map<string, IRStructured>();
  const visit = (t: IRStructured): void => {
    if (seen.has(t.qname)) return;
    seen.set(t.qname, t);
    for (const n of allNavigation(cx.lookup, t)) visit(cx.lookup.structured(n.target));
  };
  roots.forEach(visit);
  return [...seen.values()].sort((a, b) => (a.qname < b.qname ? -1 : a.qname > b.qname ? 1 : 0));
}

/** `const entityShapes: EntityShapes = { ... };`, or nothing when no operation takes query options. */
export function shapesTable(
  cx: ShapeContext,
  targets: readonly QueryTarget[],
  client: (name: string) => Name,
): Code | undefined {
  if (targets.length === 0) return undefined;
  const entries = reachable(
    cx,
    targets.map((t) => t.root),
  ).map((t) => {
    const properties = cx.lookup.allProperties(t).map(({ property }) => _`${property.wireName}`);
    const navigation = allNavigation(cx.lookup, t).map((n) => {
      const target = cx.lookup.structured(n.target);
      if (target.qname !== n.target) throw new InternalError(`navigation target ${n.target} not found`);
      return _`${key(n.wireName)}: [${n.target}, ${n.collection}]`;
    });
    const validate = `validate${t.tsName}`;
    cx.imports.validators.add(validate);
    return _`${key(t.qname)}: {
properties: [${join(properties)}],
navigation: { ${join(navigation)} },
check: (value) => ${new Name(validate)}(value, { mode: "response" }),
}`;
  });
  return _`/** The entity types that $select and $expand reach: property names, navigation properties, validator. */
const ${SHAPES}: ${client("EntityShapes")} = {
${join(entries, ",\n")},
};`;
}
