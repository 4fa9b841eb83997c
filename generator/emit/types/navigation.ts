/**
 * Navigation properties in types: they are never part of a type's interface (a response carries
 * them only when expanded). Instead each entity type with navigation gets a map from each
 * navigation property to where it leads, and the generic `Expanded<T, N, E>` (in the prelude)
 * computes the type of a result expanded with `E`: every expanded property present, nested
 * expansions applied to the entities it reaches.
 */
import type { IRNavigation, IRStructured } from "../../model/ir.ts";
import { jsDoc, propertyKey } from "../escape.ts";
import { interfaceDeclaration, interfaceSource, type Statement } from "../layout.ts";
import type { Lookup } from "../lookup.ts";
import { anyName } from "./typeref.ts";

/**
 * Written as TypeScript prints it in a declaration file (a type literal on several lines), so that
 * `types.d.ts` can be this text as it is.
 */
export const NAVIGATION_PRELUDE = `${jsDoc(["Where a navigation property leads: the entity type it reaches, that type's own navigation map, and whether it is a collection."])}
export interface NavigationTarget<T, N, C extends boolean> {
  readonly target: T;
  readonly navigation: N;
  readonly collection: C;
}

${jsDoc(["Which navigation properties to expand (`$expand`) on a type whose navigation map is `N`: `true`, or options for the nested request."])}
export type ExpandTree<N> = {
  readonly [K in keyof N]?: true | ExpandOptionsOf<N[K]>;
};

${jsDoc(["The nested `$expand` and `$select` of one expanded navigation property."])}
export type ExpandOptionsOf<X> =
  X extends NavigationTarget<infer T, infer M, boolean>
    ? {
        readonly expand?: ExpandTree<M>;
        readonly select?: readonly Extract<keyof T, string>[];
      }
    : never;

type NestedExpand<O> = O extends {
  readonly expand?: infer X;
}
  ? X extends object
    ? X
    : {}
  : {};

${jsDoc(["`T` as a response carries it when expanded with `E`: each expanded navigation property present (a collection as an array, a single entity or null), nested expansions applied."])}
export type Expanded<T, N, E> = T & {
  -readonly [K in Extract<keyof E, keyof N>]-?: N[K] extends NavigationTarget<infer U, infer M, infer C>
    ? C extends true
      ? Expanded<U, M, NestedExpand<E[K]>>[]
      : Expanded<U, M, NestedExpand<E[K]>> | null
    : never;
};`;

/** Own and inherited navigation properties, root first. */
export function allNavigation(lookup: Lookup, t: IRStructured): IRNavigation[] {
  return [...lookup.ancestors(t), t].flatMap((x) => x.navigation);
}

export function navigationMapName(t: IRStructured): string {
  return `${t.tsName}Navigation`;
}

/** The navigation map of an entity type (its `.ts` text and `.d.ts` statement), or undefined when it has none. */
export function emitNavigationMap(lookup: Lookup, t: IRStructured): { ts: string; dts: Statement } | undefined {
  const nav = allNavigation(lookup, t);
  if (nav.length === 0) return undefined;
  const members = nav.map((n) => {
    const target = lookup.structured(n.target);
    const value = target.derived.length > 0 ? anyName(target) : target.tsName;
    const targetMap = allNavigation(lookup, target).length > 0 ? navigationMapName(target) : "{}";
    const doc = jsDoc(
      [
        n.description ?? "",
        `Navigation to \`${target.qname}\`${n.collection ? " (a collection)" : ""}; present only when expanded.`,
      ].filter((s) => s !== ""),
    );
    return { doc, key: propertyKey(n.wireName), parts: [`NavigationTarget<${value}, ${targetMap}, ${n.collection}>`] };
  });
  const doc = jsDoc([`The navigation properties of \`${t.qname}\`, for \`Expanded\` and \`ExpandTree\`.`]);
  const head = `export interface ${navigationMapName(t)}`;
  return { ts: interfaceSource(doc, head, members), dts: interfaceDeclaration(doc, head, members) };
}
