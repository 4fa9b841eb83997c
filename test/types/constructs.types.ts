/**
 * Type tests for every construct of the spec `test/fixtures/constructs/spec/`, against its golden
 * output: each `@ts-expect-error` line must be an error (else TypeScript reports the directive as
 * unused), and every other line compiles.
 */
import type {
  AnyNode,
  AnyShape,
  ArchiveItemBody,
  Bag,
  Circle,
  Expanded,
  Folder,
  FolderNavigation,
  Item,
  Leaf,
  Log,
  Mask,
  Node,
  Permission,
  Rights,
  WithDynamicProperties,
} from "../fixtures/constructs/expected/types.js";

/** True when `A` and `B` are the same type (not merely assignable both ways). */
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

// Every primitive, as the wire has it.
export const item: Item = {
  id: "i1",
  string: "o'brien",
  boolean: false,
  byte: 255,
  sByte: -128,
  int16: -32768,
  int32: 2147483647,
  int64: 9007199254740991,
  single: "NaN",
  double: -1.5,
  decimal: 1.25,
  guid: "01234567-89ab-cdef-0123-456789abcdef",
  date: "2024-02-29",
  timeOfDay: "13:45:30.5",
  dateTimeOffset: "2020-02-25T18:52:21.2169889Z",
  duration: "-PT2M17.1009318S",
  binary: "AQID",
  untyped: { any: ["json", 1, null] },
  anything: [null, 1, "x", [{}]],
  guids: ["00000000-0000-0000-0000-000000000000"],
  "stream@odata.mediaReadLink": "https://example.test/items/i1/stream",
  "stream@odata.mediaContentType": "image/png",
};
export const untypedNull: Item = { untyped: null };

// A stream is never a value in a body; its annotations are strings.
// @ts-expect-error a stream property holds no value
export const inlineStream: Item = { stream: "AQID" };
// @ts-expect-error a media link is a URL
export const numericLink: Item = { "stream@odata.mediaReadLink": 1 };
// A media entity carries its own media annotations.
export const media: Item = {
  id: "p",
  "@odata.mediaReadLink": "https://example.test/p/$value",
  "@odata.mediaEtag": "1",
};
// @ts-expect-error the media type is a string
export const numericType: Item = { "@odata.mediaContentType": 1 };

// Facets are documentation; a non-nullable property refuses null.
// @ts-expect-error code is not nullable
export const nullCode: Item = { code: null };

// A flags value: member names joined by ",", each at most once, in any order.
export const permissions: Permission[] = ["read", "read,write", "execute,write,read", "write,execute"];
// @ts-expect-error a member named twice
export const twice: Permission = "read,read";
// @ts-expect-error no spaces
export const spaced: Permission = "read, write";
// @ts-expect-error not a member
export const unknownFlag: Permission = "read,delete";
// @ts-expect-error the empty string is no value
export const empty: Permission = "";
export const masks: Mask[] = ["none", "top,low", "none,low,top"];
// Eight members: the first and the last name are checked.
export const rights: Rights[] = ["a", "h,a", "a,b,c,d,e,f,g,h", "h,g,f,e,d,c,b,a"];
// @ts-expect-error an unknown last name
export const badRights: Rights = "a,z";
// @ts-expect-error an unknown first name
export const badFirst: Rights = "z,a,b";

// An open type: a misspelt declared name is an error; dynamic properties go through WithDynamicProperties.
// @ts-expect-error "nmae" is not a property of Bag
export const typo: Bag = { nmae: "x" };
export const dynamic: WithDynamicProperties<Bag> = { name: "x", custom: { deep: [1] }, other: null };
export const asBag: Bag = dynamic;
export const custom: unknown = dynamic["custom"];
// @ts-expect-error a declared property keeps its type
export const wrongName: WithDynamicProperties<Bag> = { name: 1 };

// A keyless entity is an ordinary object type.
export const log: Log = { message: "m" };

// Navigation: containment and nullability decide what an expansion holds.
declare const folder: Expanded<Folder, FolderNavigation, { children: true; owner: true; parent: true }>;
export const children: Item[] = folder.children;
export const owner: Item = folder.owner;
// @ts-expect-error a nullable single navigation may be null
export const parent: Folder = folder.parent;
export const parentOrNull: Folder | null = folder.parent;

// An action's body: required parameters must be there, optional ones may be left out.
export const body: ArchiveItemBody = {
  reason: "old",
  tags: [],
  until: null,
  shapes: [{ "@odata.type": "#test.c.circle", radius: 1 }, null],
};
// @ts-expect-error reason is required
export const noReason: ArchiveItemBody = { tags: [] };
// @ts-expect-error "reasons" is not a parameter
export const misspelt: ArchiveItemBody = { reason: "x", tags: [], reasons: "y" };
// @ts-expect-error tags is not nullable
export const nullTags: ArchiveItemBody = { reason: "x", tags: null };

// Issue #17 item 7: comparing @odata.type with either spelling narrows in both branches.
export function hashed(s: AnyShape): number | undefined {
  if (s["@odata.type"] === "#test.c.circle") {
    const only: Equal<typeof s, Circle & { "@odata.type": "#test.c.circle" }> = true;
    return only ? undefined : 0;
  }
  const rest: Equal<typeof s, Exclude<AnyShape, { "@odata.type": "#test.c.circle" }>> = true;
  if (s["@odata.type"] === "test.c.circle") return rest ? 1 : 0;
  // @ts-expect-error neither spelling of circle is left: only squares
  return s.radius;
}

export function plain(s: AnyShape): number | undefined {
  if (s["@odata.type"] !== "test.c.circle") {
    const rest: Equal<typeof s, Exclude<AnyShape, { "@odata.type": "test.c.circle" }>> = true;
    return rest ? undefined : 0;
  }
  const only: Equal<typeof s, Circle & { "@odata.type": "test.c.circle" }> = true;
  return only ? 1 : 0;
}

export function nodes(n: AnyNode): string {
  if (n["@odata.type"] === "#test.c.leaf" || n["@odata.type"] === "test.c.leaf") return `leaf ${n.weight ?? 0}`;
  const base: Equal<typeof n, Node> = true;
  // @ts-expect-error a node that is not a leaf has no weight
  return `${base} ${n.weight}`;
}

export function leaves(n: AnyNode): Leaf | undefined {
  switch (n["@odata.type"]) {
    case "#test.c.leaf":
    case "test.c.leaf":
      return n;
    default: {
      const base: Equal<typeof n, Node> = true;
      return base ? undefined : undefined;
    }
  }
}
