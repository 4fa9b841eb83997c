/**
 * Mutations of a valid value, one node at a time: the wrong JSON type, null where it may not be,
 * boundary and out-of-range numbers, bad dates and durations, bad enum members, unknown keys
 * (`__proto__` and `constructor` among them, and navigation property names), a wrong, unknown or
 * malformed `@odata.type`. Expanded navigation properties are walked like collections and values.
 */
import type { IROperation, IRStructured, IRTypeRef } from "../../../generator/model/ir.ts";
import type { Lookup } from "../../../generator/emit/lookup.ts";
import { isStream, isStructured, setOwn, type ValueGenerator } from "./generate.ts";
import { invalidPrimitive } from "./primitives.ts";

type Container = Record<string, unknown> | unknown[];

export type Slot =
  | {
      readonly kind: "value";
      readonly parent: Container;
      readonly key: string | number;
      readonly ref: IRTypeRef;
      readonly nullable: boolean;
    }
  | {
      readonly kind: "collection";
      readonly parent: Record<string, unknown>;
      readonly key: string;
      readonly ref: IRTypeRef;
      readonly nullable: boolean;
    }
  | {
      readonly kind: "object";
      readonly obj: Record<string, unknown>;
      readonly type: IRStructured;
      readonly declared: IRStructured;
    };

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The type an object declared as `declared` is checked as: the one its @odata.type names, if in the family. */
export function effectiveType(lookup: Lookup, declared: IRStructured, obj: Record<string, unknown>): IRStructured {
  const t = own(obj, "@odata.type") ? obj["@odata.type"] : undefined;
  if (typeof t !== "string") return declared;
  const name = t.startsWith("#") ? t.slice(1) : t;
  return [declared, ...lookup.descendants(declared)].find((d) => d.qname === name) ?? declared;
}

/** Every node of a value with what the IR says it should be. */
export function slots(lookup: Lookup, value: unknown, declared: IRStructured): Slot[] {
  const out: Slot[] = [];
  const walkObject = (obj: unknown, decl: IRStructured): void => {
    if (!isObject(obj)) return;
    const type = effectiveType(lookup, decl, obj);
    out.push({ kind: "object", obj, type, declared: decl });
    for (const { property: p } of lookup.allProperties(type)) {
      if (!own(obj, p.wireName)) continue;
      const v = obj[p.wireName];
      if (p.collection) {
        out.push({ kind: "collection", parent: obj, key: p.wireName, ref: p.type, nullable: p.nullable });
        if (Array.isArray(v)) v.forEach((item, i) => walkValue(v, i, item, p.type, p.nullable));
      } else walkValue(obj, p.wireName, v, p.type, p.nullable);
    }
    for (const n of lookup.allNavigation(type)) {
      if (!own(obj, n.wireName)) continue;
      const v = obj[n.wireName];
      const ref: IRTypeRef = { kind: "entity", qname: n.target };
      if (n.collection) {
        out.push({ kind: "collection", parent: obj, key: n.wireName, ref, nullable: false });
        if (Array.isArray(v)) v.forEach((item, i) => walkValue(v, i, item, ref, false));
      } else walkValue(obj, n.wireName, v, ref, true);
    }
  };
  const walkValue = (parent: Container, key: string | number, v: unknown, ref: IRTypeRef, nullable: boolean): void => {
    out.push({ kind: "value", parent, key, ref, nullable });
    if (isStructured(ref) && ref.kind !== "primitive" && ref.kind !== "enum")
      walkObject(v, lookup.structured(ref.qname));
  };
  walkObject(value, declared);
  return out;
}

function put(parent: Container, key: string | number, v: unknown): void {
  if (Array.isArray(parent)) parent[key as number] = v;
  else setOwn(parent, String(key), v);
}

const WRONG_TYPES: readonly unknown[] = [0, 1.5, "text", true, [], {}, [1]];
/** A fresh copy: a later mutation must never change the shared list (or make a cycle). */
const wrongType = (g: ValueGenerator): unknown => structuredClone(g.rng.pick(WRONG_TYPES));

function mutateValue(g: ValueGenerator, s: Slot & { kind: "value" }): void {
  const r = g.rng;
  const roll = r.int(0, 9);
  if (roll === 0) return put(s.parent, s.key, null);
  if (roll <= 2) return put(s.parent, s.key, wrongType(g));
  if (s.ref.kind === "primitive") return put(s.parent, s.key, invalidPrimitive(r, s.ref.edm));
  if (s.ref.kind === "enum") {
    const members = g.lookup.type(s.ref.qname);
    const one = members.kind === "enum" ? r.pick(members.members).name : "x";
    if (members.kind === "enum" && members.flags && r.chance(0.6)) {
      const later = g.response && members.evolvable;
      return put(
        s.parent,
        s.key,
        later
          ? r.pick([0, null, [one]])
          : r.pick([`${one},${one}`, `${one}, ${one}`, `${one},`, ",", "", `${one},x`, [one]]),
      );
    }
    // A response takes any string for an evolvable enum: mostly a non-string then, to stay a mutation.
    const later = g.response && members.kind === "enum" && members.evolvable && r.chance(0.7);
    return put(
      s.parent,
      s.key,
      later
        ? r.pick([0, 1, false, {}])
        : r.pick(["String", "", one.toUpperCase(), `${one} `, 0, 1, "unknownFutureValue2"]),
    );
  }
  put(s.parent, s.key, r.pick(["{}", [], 7, false]));
}

function mutateCollection(g: ValueGenerator, s: Slot & { kind: "collection" }): void {
  const r = g.rng;
  const v = s.parent[s.key];
  const roll = r.int(0, 4);
  if (roll === 0 || !Array.isArray(v)) return setOwn(s.parent, s.key, r.pick([null, {}, "[]", 0]));
  if (roll === 1) return void v.push(null);
  if (roll === 2) return void v.push(wrongType(g));
  v.push(g.single(s.ref, s.nullable, 9));
}

function unknownKey(g: ValueGenerator, t: IRStructured): string {
  const r = g.rng;
  const props = g.lookup.allProperties(t).map(({ property }) => property.wireName);
  const typo = props.length > 0 ? `${r.pick(props)}x` : "typo";
  const navs = g.lookup.allNavigation(t).map((n) => n.wireName);
  if (navs.length > 0 && r.chance(0.3)) return r.pick(navs);
  return r.pick([
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "foo",
    typo,
    "@bad",
    "@odata",
    "a@b",
    "x@ns.term",
    "@odata.nextLink",
    "prop@odata.type",
    "@ns.term#qual",
    "@1ns.term",
    "",
    "a/b~c",
    "callee",
    "id",
  ]);
}

function mutateObject(g: ValueGenerator, s: Slot & { kind: "object" }): void {
  const r = g.rng;
  const streams = g.lookup.allProperties(s.type).filter(({ property }) => isStream(property.type));
  if (streams.length > 0 && r.chance(0.2))
    return setOwn(s.obj, r.pick(streams).property.wireName, r.pick(["AQID", null, {}]));
  const known = g.ir.types.filter((t) => t.kind !== "enum").map((t) => t.qname);
  const roll = r.int(0, 5);
  if (roll <= 2) return setOwn(s.obj, unknownKey(g, s.type), r.pick([1, "v", null, {}, []]));
  if (roll === 3) return void delete s.obj["@odata.type"];
  const name = r.pick([
    ...known,
    "microsoft.graph.communicationsUserIdentity",
    "ns.unknownType",
    "not a type",
    "#",
    "",
    "#Collection(x.y)",
  ]);
  setOwn(s.obj, "@odata.type", r.chance(0.2) ? r.pick([42, null, true, {}]) : `${r.chance(0.6) ? "#" : ""}${name}`);
}

/** A mutated deep copy of `value` (declared as `declared`): one node changed, sometimes two. */
export function mutate(g: ValueGenerator, value: unknown, declared: IRStructured): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  const times = g.rng.chance(0.2) ? 2 : 1;
  for (let i = 0; i < times; i++) {
    const all = slots(g.lookup, copy, declared);
    if (all.length === 0) return wrongType(g);
    const s = g.rng.pick(all);
    if (s.kind === "value") mutateValue(g, s);
    else if (s.kind === "collection") mutateCollection(g, s);
    else mutateObject(g, s);
  }
  return copy;
}

/** An action's body seen as the complex type it is checked like: its parameters are its properties. */
export function bodyType(op: IROperation): IRStructured {
  const params = op.parameters.filter((p) => p.in === "body");
  return {
    kind: "complex",
    qname: `${op.id}:body`,
    namespace: "",
    name: op.id,
    tsName: `${op.tsName}Body`,
    abstract: false,
    open: false,
    hasStream: false,
    key: [],
    properties: params.map((p) => ({ ...p, wireName: p.name, readOnly: false })),
    navigation: [],
    derived: [],
    source: op.source,
  };
}

/** A mutated deep copy of an action's body: a value changed, a required parameter left out, a key added. */
export function mutateBody(g: ValueGenerator, value: Record<string, unknown>, op: IROperation): unknown {
  const required = op.parameters.filter((p) => p.in === "body" && p.required).map((p) => p.name);
  if (required.length > 0 && g.rng.chance(0.2)) {
    const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    delete copy[g.rng.pick(required)];
    return copy;
  }
  return mutate(g, value, bodyType(op));
}
