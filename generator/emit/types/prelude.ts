/**
 * The helper types of `types/odata-helpers.d.ts`, each written as prettier lays it out. Each group is
 * declared only when a spec type needs it. All are exported, so that a declaration module may import
 * any name it mentions (a property key may be spelt like one); `types.d.ts`, and so the package
 * entry, re-exports only the public ones. The others' names (`FlagsOf`, `FlagsLoosely`,
 * `NestedExpand`, `ExpandedValue`) are reserved all the same (`ir/names.ts`).
 */
import { jsDoc } from "../escape.ts";
import { written } from "../layout.ts";
import type { Helper } from "../modules.ts";

const helper = (name: string, isPublic: boolean, doc: string, code: string): Helper => ({
  name,
  public: isPublic,
  statement: written(doc === "" ? code : `${jsDoc([doc])}\n${code}`),
});

export const ODATA_FLOAT: Helper = helper(
  "ODataFloat",
  true,
  "`Edm.Single` and `Edm.Double` on the wire: a JSON number, or one of the strings OData uses for the " +
    "values JSON cannot hold.",
  'export type ODataFloat = number | "NaN" | "INF" | "-INF";',
);

/**
 * Open types: `T` names only the declared properties, so that a misspelt name stays an error in an
 * object literal (an index signature `[name: string]: unknown` on `T` itself would accept any name,
 * misspelt ones included); a value with dynamic properties is this.
 */
export const WITH_DYNAMIC_PROPERTIES: Helper = helper(
  "WithDynamicProperties",
  true,
  "A value of the open type `T` with dynamic properties: any other name, holding any JSON value. `T` " +
    "itself names only the declared properties, so that a misspelt name is an error in an object literal " +
    "of type `T`; a `WithDynamicProperties<T>` is a `T`, and its declared properties keep their types.",
  "export type WithDynamicProperties<T> = T & { [dynamicProperty: string]: unknown };",
);

/** Flags enums with at most this many members are typed exactly (six make 1,956 values, seven 13,699). */
export const EXACT_FLAGS_MEMBERS = 6;

export const FLAGS_OF: Helper = helper(
  "FlagsOf",
  false,
  "A value of a flags enum whose members are `M`: member names joined by `,`, each at most once, in any order.",
  [
    "export type FlagsOf<M extends string, All extends string = M> = M extends string",
    "  ? M | `${M},${FlagsOf<Exclude<All, M>>}`",
    "  : never;",
  ].join("\n"),
);

export const FLAGS_LOOSELY: Helper = helper(
  "FlagsLoosely",
  false,
  `A value of a flags enum with more than ${EXACT_FLAGS_MEMBERS} members \`M\`, too many for an exact ` +
    `union (seven make 13,699 values): a member name, or names joined by \`,\` whose first and last are ` +
    `members. Every valid value is one; a name repeated or unknown in the middle is not caught here (the ` +
    `validators catch it).`,
  "export type FlagsLoosely<M extends string> = M | `${M},${M}` | `${M},${string},${M}`;",
);

export const NAVIGATION: readonly Helper[] = [
  helper(
    "NavigationTarget",
    true,
    "Where a navigation property leads: the entity type it reaches, that type's own navigation map, " +
      "whether it is a collection, and whether a single one may be null.",
    [
      "export interface NavigationTarget<T, N, C extends boolean, Nullable extends boolean> {",
      "  readonly target: T;",
      "  readonly navigation: N;",
      "  readonly collection: C;",
      "  readonly nullable: Nullable;",
      "}",
    ].join("\n"),
  ),
  helper(
    "ExpandTree",
    true,
    "Which navigation properties to expand (`$expand`) on a type whose navigation map is `N`: `true`, or " +
      "options for the nested request.",
    ["export type ExpandTree<N> = {", "  readonly [K in keyof N]?: true | ExpandOptionsOf<N[K]>;", "};"].join("\n"),
  ),
  helper(
    "ExpandOptionsOf",
    true,
    "The nested `$expand` and `$select` of one expanded navigation property.",
    [
      "export type ExpandOptionsOf<X> =",
      "  X extends NavigationTarget<infer T, infer M, boolean, boolean>",
      "    ? { readonly expand?: ExpandTree<M>; readonly select?: readonly Extract<keyof T, string>[] }",
      "    : never;",
    ].join("\n"),
  ),
  helper(
    "NestedExpand",
    false,
    "",
    [
      "export type NestedExpand<O> = O extends { readonly expand?: infer X }",
      "  ? X extends object",
      "    ? X",
      "    : {}",
      "  : {};",
    ].join("\n"),
  ),
  helper(
    "ExpandedValue",
    false,
    "The value of an expanded navigation property whose target is `X`, expanded further with the options `O`.",
    [
      "export type ExpandedValue<X, O> =",
      "  X extends NavigationTarget<infer U, infer M, infer C, infer Nullable>",
      "    ? C extends true",
      "      ? Expanded<U, M, NestedExpand<O>>[]",
      "      : Nullable extends true",
      "        ? Expanded<U, M, NestedExpand<O>> | null",
      "        : Expanded<U, M, NestedExpand<O>>",
      "    : never;",
    ].join("\n"),
  ),
  helper(
    "Expanded",
    true,
    "`T` as a response carries it when expanded with `E`: each expanded navigation property present (a " +
      "collection as an array, a single entity, or null where it may be null), nested expansions applied.",
    [
      "export type Expanded<T, N, E> = T & {",
      "  -readonly [K in Extract<keyof E, keyof N>]-?: ExpandedValue<N[K], E[K]>;",
      "};",
    ].join("\n"),
  ),
];
