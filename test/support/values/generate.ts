/**
 * Seeded generation of valid values for any type of an IR: a random subset of the properties
 * (own and inherited), `null` where nullable, `@odata.type` sometimes (with or without `#`, naming
 * the type itself or, where the position allows it, a derived type), instance annotations, and
 * dynamic properties on open types. In response mode also what only a response carries: members of
 * evolvable enums added after the package was generated, and expanded navigation properties (own and
 * inherited; a collection as an array of its target type, a single one as the target or null).
 * Flags enums take a few members joined by ","; a stream property is left out (never inline), its
 * media annotations may be there; action bodies have their required parameters and some others.
 * Reusable by tests and scripts (agreement, fuzzing).
 */
import type {
  IR,
  IREnum,
  IRNavigation,
  IROperation,
  IRProperty,
  IRStructured,
  IRTypeRef,
} from "../../../generator/model/ir.ts";
import { Lookup } from "../../../generator/emit/lookup.ts";
import { validPrimitive } from "./primitives.ts";
import type { Rng } from "./rng.ts";

export interface GenOptions {
  /** Nesting depth after which optional structured properties are left out. */
  readonly maxDepth: number;
  /** Largest collection generated. */
  readonly maxItems: number;
  /** What the values are valid as: a request body (the default) or a response. */
  readonly mode?: "request" | "response";
}

export const DEFAULT_GEN: GenOptions = { maxDepth: 5, maxItems: 3 };

/** Members Graph might add to an evolvable enum later; none is a member of any enum here. */
const LATER_MEMBERS: readonly string[] = [
  "azureCommunicationServices2",
  "futureMember",
  "",
  "String",
  "__proto__",
  "unknownFutureValue2",
];

const ANNOTATIONS: readonly [string, unknown][] = [
  ["@odata.etag", 'W/"1"'],
  ["@odata.id", "https://example.test/x"],
  ["@ns.term", { any: ["json"] }],
  ["@Core.Description#q1", "qualified"],
];

/** A JSON object with own properties only, `__proto__` included as plain data. */
export function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

export class ValueGenerator {
  readonly lookup: Lookup;
  constructor(
    readonly ir: IR,
    readonly rng: Rng,
    readonly opts: GenOptions = DEFAULT_GEN,
  ) {
    this.lookup = new Lookup(ir);
  }

  /** A valid value of the named type (structured or enum). */
  valueOf(qname: string, depth = 0): unknown {
    const t = this.lookup.type(qname);
    if (t.kind === "enum") return this.member(t);
    return this.object(t, depth);
  }

  /** A member name; for a flags enum, a few joined by ","; in a response, sometimes a later one. */
  member(t: IREnum): string {
    if (this.response && t.evolvable && this.rng.chance(0.15)) {
      const later = this.rng.pick(t.flags ? [...LATER_MEMBERS, "a,b", "x,x"] : LATER_MEMBERS);
      if (!t.members.some((m) => m.name === later)) return later;
    }
    if (!t.flags) return this.rng.pick(t.members).name;
    const names = t.members.map((m) => m.name).filter(() => this.rng.chance(0.5));
    return (names.length > 0 ? names : [this.rng.pick(t.members).name]).reverse().join(",");
  }

  get response(): boolean {
    return this.opts.mode === "response";
  }

  /** The type a value declared as `t` is generated as: `t` or one of its descendants. */
  private concrete(t: IRStructured): IRStructured {
    const family = [t, ...this.lookup.descendants(t)];
    return this.rng.chance(0.5) ? t : this.rng.pick(family);
  }

  object(declared: IRStructured, depth: number): Record<string, unknown> {
    const r = this.rng;
    const t = this.concrete(declared);
    const out: Record<string, unknown> = {};
    // A derived type must be named; the declared type may be.
    if (t !== declared || r.chance(0.3)) setOwn(out, "@odata.type", `${r.chance(0.7) ? "#" : ""}${t.qname}`);
    for (const { property } of this.lookup.allProperties(t)) {
      if (r.chance(depth >= this.opts.maxDepth && isStructured(property.type) ? 0.9 : 0.3)) continue;
      if (isStructured(property.type) && depth >= this.opts.maxDepth + 2) continue;
      const value = this.property(property, depth);
      if (value !== undefined) setOwn(out, property.wireName, value);
      // A stream's media annotations, never its bytes.
      if (isStream(property.type) && r.chance(0.5))
        setOwn(out, `${property.wireName}@odata.mediaReadLink`, "https://x.test/s");
    }
    if (t.hasStream && r.chance(0.3)) setOwn(out, "@odata.mediaContentType", "image/png");
    if (r.chance(0.1)) {
      const [k, v] = r.pick(ANNOTATIONS);
      setOwn(out, k, structuredClone(v));
    }
    if (this.lookup.isOpen(t) && r.chance(0.5))
      setOwn(
        out,
        r.pick(["NoSound", "tenantId", "x", "__proto__", "constructor"]),
        r.pick([true, "v", 1, null, { a: [] }]),
      );
    if (this.response)
      for (const n of this.lookup.allNavigation(t))
        if (r.chance(depth < 2 ? 0.5 : 0.15)) setOwn(out, n.wireName, this.expanded(n, depth));
    return out;
  }

  /** An expanded navigation property: an array of target objects, or one (or null). */
  expanded(n: IRNavigation, depth: number): unknown {
    const target = this.lookup.structured(n.target);
    if (!n.collection) return this.rng.chance(0.15) ? null : this.object(target, depth + 1);
    const count = this.rng.int(0, depth >= this.opts.maxDepth ? 1 : this.opts.maxItems);
    return Array.from({ length: count }, () => this.object(target, depth + 1));
  }

  /** A valid value of a property, or undefined when it has none (Edm.Stream: never inline). */
  property(p: Pick<IRProperty, "type" | "nullable" | "collection">, depth: number): unknown {
    if (isStream(p.type)) return undefined;
    if (p.collection) {
      const n = this.rng.int(0, depth >= this.opts.maxDepth ? 1 : this.opts.maxItems);
      return Array.from({ length: n }, () => this.single(p.type, p.nullable, depth + 1));
    }
    return this.single(p.type, p.nullable, depth + 1);
  }

  single(ref: IRTypeRef, nullable: boolean, depth: number): unknown {
    if (nullable && this.rng.chance(0.1)) return null;
    if (ref.kind === "primitive") return validPrimitive(this.rng, ref.edm);
    return this.valueOf(ref.qname, depth);
  }

  /** A valid action body: its required parameters, and most of its optional ones. */
  body(op: IROperation): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of op.parameters.filter((x) => x.in === "body")) {
      if (!p.required && this.rng.chance(0.3)) continue;
      setOwn(out, p.name, this.property(p, 1));
    }
    if (this.rng.chance(0.1)) setOwn(out, "@ns.term", 1);
    return out;
  }
}

export function isStream(ref: IRTypeRef): boolean {
  return ref.kind === "primitive" && ref.edm === "Edm.Stream";
}

export function isStructured(ref: IRTypeRef): boolean {
  return ref.kind === "complex" || ref.kind === "entity";
}
