/**
 * Navigation properties in types: they are never part of a type's interface (a response carries
 * them only when expanded). Instead each entity type with navigation gets a map from each
 * navigation property to where it leads, and the generic `Expanded<T, N, E>` (in the prelude)
 * computes the type of a result expanded with `E`: every expanded property present, nested
 * expansions applied, a single one `null` only where it may be null.
 */
import type { IRNavigation, IRStructured } from "../../model/ir.ts";
import { jsDoc, propertyKey } from "../escape.ts";
import { interfaceDeclaration, type Statement } from "../layout.ts";
import type { Lookup } from "../lookup.ts";
import { anyName } from "./typeref.ts";

export function navigationMapName(t: IRStructured): string {
  return `${t.tsName}Navigation`;
}

function navigationNote(n: IRNavigation, target: IRStructured): string {
  const shape = n.collection ? "a collection" : n.nullable ? "a single entity or null" : "a single entity, never null";
  const contained = n.containsTarget
    ? ` Contained: its entities are addressed through this property (\`.../${n.wireName}/{id}\`).`
    : "";
  return `Navigation to \`${target.qname}\` (${shape}); present only when expanded.${contained}`;
}

/** The navigation map of an entity type, or undefined when it has none. */
export function emitNavigationMap(lookup: Lookup, t: IRStructured): Statement | undefined {
  const nav = lookup.allNavigation(t);
  if (nav.length === 0) return undefined;
  const members = nav.map((n) => {
    const target = lookup.structured(n.target);
    const value = target.derived.length > 0 ? anyName(target) : target.tsName;
    const targetMap = lookup.allNavigation(target).length > 0 ? navigationMapName(target) : "{}";
    const nullable = !n.collection && n.nullable;
    return {
      doc: jsDoc([n.description ?? "", navigationNote(n, target)].filter((s) => s !== "")),
      key: propertyKey(n.wireName),
      parts: [`NavigationTarget<${value}, ${targetMap}, ${n.collection}, ${nullable}>`],
    };
  });
  const doc = jsDoc([`The navigation properties of \`${t.qname}\`, for \`Expanded\` and \`ExpandTree\`.`]);
  return interfaceDeclaration(doc, `export interface ${navigationMapName(t)}`, members);
}
