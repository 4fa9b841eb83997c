/**
 * The shipped spec against the facts: Graph's CSDL metadata for every call-records type and enum
 * (names, Edm types, nullability, collections, bases, abstract and open flags, navigation
 * properties and their targets, members and their values), and an IR snapshot so any change to
 * the IR is seen in review.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/ir/build.ts";
import type { IR, IRStructured, IRTypeRef } from "../../generator/model/ir.ts";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";

interface CsdlProperty {
  name: string;
  type: string;
  nullable: boolean;
}
interface CsdlNavigation {
  name: string;
  type: string;
  containsTarget: boolean;
}
interface CsdlType {
  name: string;
  base?: string;
  abstract: boolean;
  open: boolean;
  properties: CsdlProperty[];
  navigation: CsdlNavigation[];
}

/** Navigation properties the spec leaves out on purpose (their participant types are outside this graph). */
const LEFT_OUT_NAVIGATION = ["callRecord.organizer_v2", "callRecord.participants_v2"];

const csdl = readFileSync(`${FIXTURES}/reference/beta-callRecords.csdl.xml`, "utf8");
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

function csdlStructured(): Map<string, CsdlType> {
  const out = new Map<string, CsdlType>();
  const re = /<(ComplexType|EntityType)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g;
  for (const m of csdl.matchAll(re)) {
    const props = [...(m[4] ?? "").matchAll(/<Property\b([^>]*)\/>/g)].map((p) => ({
      name: attr(p[1]!, "Name")!,
      type: attr(p[1]!, "Type")!.replace(/^(Collection\()?graph\./, "$1microsoft.graph."), // `graph` is the CSDL alias
      nullable: attr(p[1]!, "Nullable") !== "false",
    }));
    const navigation = [...(m[4] ?? "").matchAll(/<NavigationProperty\b([^>]*)\/>/g)].map((p) => ({
      name: attr(p[1]!, "Name")!,
      type: attr(p[1]!, "Type")!,
      containsTarget: attr(p[1]!, "ContainsTarget") === "true",
    }));
    const base = attr(m[2]!, "BaseType");
    out.set(attr(m[2]!, "Name")!, {
      name: attr(m[2]!, "Name")!,
      ...(base === undefined ? {} : { base }),
      abstract: attr(m[2]!, "Abstract") === "true",
      open: attr(m[2]!, "OpenType") === "true",
      properties: props,
      navigation,
    });
  }
  return out;
}

function csdlEnums(): Map<string, { name: string; value: string }[]> {
  const out = new Map<string, { name: string; value: string }[]>();
  for (const m of csdl.matchAll(/<EnumType Name="([^"]+)">([\s\S]*?)<\/EnumType>/g)) {
    out.set(
      m[1]!,
      [...m[2]!.matchAll(/<Member Name="([^"]+)" Value="(\d+)"/g)].map((x) => ({ name: x[1]!, value: x[2]! })),
    );
  }
  return out;
}

/** The CSDL spelling of an IR property type: `Edm.Single`, `Collection(microsoft.graph.callRecords.media)`. */
function csdlTypeOf(ref: IRTypeRef, collection: boolean): string {
  const name = ref.kind === "primitive" ? ref.edm : ref.qname;
  return collection ? `Collection(${name})` : name;
}

const NS = "microsoft.graph.callRecords";
let ir: IR;

beforeAll(async () => {
  const result = await loadSpec(SHIPPED_SPEC);
  ir = result.ir!;
  expect(result.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(["warning collectionUpdate"]);
});

describe("the shipped spec", () => {
  it("declares every call-records complex and entity type exactly as the metadata does", () => {
    const facts = csdlStructured();
    const ours = ir.types.filter((t): t is IRStructured => t.kind !== "enum" && t.namespace === NS);
    expect(ours.map((t) => t.name).sort()).toEqual([...facts.keys()].sort());
    for (const t of ours) {
      const f = facts.get(t.name)!;
      expect({ name: t.name, base: t.baseType, abstract: t.abstract, open: t.open }).toEqual({
        name: f.name,
        base: f.base?.replace(/^graph\./, "microsoft.graph."),
        abstract: f.abstract,
        open: f.open,
      });
      expect(
        t.properties.map((p) => ({ name: p.wireName, type: csdlTypeOf(p.type, p.collection), nullable: p.nullable })),
      ).toEqual(f.properties);
      // Navigation properties: every one is a contained entity or collection (ContainsTarget), as the IR models them.
      const navFacts = f.navigation.filter((n) => !LEFT_OUT_NAVIGATION.includes(`${t.name}.${n.name}`));
      expect(navFacts.every((n) => n.containsTarget)).toBe(true);
      expect(
        t.navigation.map((n) => ({
          name: n.wireName,
          type: n.collection ? `Collection(${n.target})` : n.target,
          containsTarget: true,
        })),
      ).toEqual(navFacts);
    }
  });

  it("leaves out exactly the navigation properties it says it leaves out", () => {
    const facts = csdlStructured();
    const all = [...facts.values()].flatMap((t) => t.navigation.map((n) => `${t.name}.${n.name}`));
    for (const name of LEFT_OUT_NAVIGATION) expect(all).toContain(name);
    const callRecord = ir.types.find((t) => t.qname === `${NS}.callRecord`) as IRStructured;
    expect(callRecord.navigation.map((n) => n.wireName)).toEqual(["sessions"]);
  });

  it("declares every enum with the metadata's members, order and values", () => {
    const facts = csdlEnums();
    const ours = ir.types.filter((t) => t.kind === "enum");
    expect(ours.map((t) => t.name).sort()).toEqual([...facts.keys()].sort());
    for (const e of ours) {
      expect(e.members.map((m) => ({ name: m.name, value: m.value }))).toEqual(facts.get(e.name));
      expect(e.evolvable).toBe(e.members.some((m) => m.name === "unknownFutureValue"));
    }
  });

  it("keeps the deprecation of participantEndpoint.identity and the segment's key", () => {
    const pe = ir.types.find((t) => t.qname === `${NS}.participantEndpoint`) as IRStructured;
    expect(pe.properties.find((p) => p.wireName === "identity")?.deprecated).toEqual({
      message: "Use associatedIdentity instead.",
      since: "2023-11-06",
      removal: "2026-11-06",
    });
    const segment = ir.types.find((t) => t.qname === `${NS}.segment`) as IRStructured;
    expect(segment.key).toEqual(["id"]);
  });

  it("matches the IR snapshot", async () => {
    await expect(`${JSON.stringify(ir, null, 2)}\n`).toMatchFileSnapshot("../fixtures/shipped.ir.json");
  });
});
