/**
 * Where each entity type is addressed: one canonical path per entity type and cardinality, walked
 * from the entity container's entity sets and singletons through containment navigation (the way
 * Microsoft's OpenAPI.NET.OData path provider walks a model, cut down to one path each).
 *
 * A walk step is a key (`/users` -> `/users/{userId}`, free), a containment navigation property
 * (`.../sessions`, cost 1) or a type cast to a derived type (`.../microsoft.graph.user`, cost 1).
 * The canonical path of a type is the cheapest; among equally cheap ones, one from an entity set
 * before one from a singleton (an entity set addresses every entity of the type, a singleton one),
 * then the one with fewer segments, then the first in code-unit order of its text. The walk is a
 * shortest-path search that expands each type's canonical location once, so it stays linear in
 * the model's size whatever containment cycles it has.
 */
import { compareStrings } from "../model/diagnostics.ts";
import type { CsdlModel, CsdlNavigation, CsdlProperty, CsdlStructured } from "./model.ts";
import type { TypeIndex } from "./select.ts";

export type Segment =
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "key"; readonly name: string; readonly type: string; readonly keyType: string };

export interface Location {
  readonly segments: readonly Segment[];
  /** Qualified name of the entity type addressed. */
  readonly type: string;
  readonly collection: boolean;
  readonly cost: number;
  readonly fromSingleton: boolean;
  /** `pathText(segments)`, kept for ordering. */
  readonly text: string;
}

export function pathText(segments: readonly Segment[]): string {
  return segments.map((s) => `/${s.kind === "literal" ? s.value : `{${s.name}}`}`).join("");
}

function slot(type: string, collection: boolean): string {
  return `${collection ? "C" : "S"}:${type}`;
}

/** Compares two locations by the canonical order described above. */
function compareLocations(a: Location, b: Location): number {
  return (
    a.cost - b.cost ||
    Number(a.fromSingleton) - Number(b.fromSingleton) ||
    a.segments.length - b.segments.length ||
    compareStrings(a.text, b.text)
  );
}

export class Locations {
  private readonly best = new Map<string, Location>();
  private readonly derivedCache = new Map<string, readonly string[]>();

  constructor(
    private readonly model: CsdlModel,
    private readonly index: TypeIndex,
  ) {
    this.walk();
  }

  /** The canonical location of `type` (single entity or collection), if it is addressable. */
  exact(type: string, collection: boolean): Location | undefined {
    return this.best.get(slot(type, collection));
  }

  /**
   * Where an operation bound to `type` can be invoked: its own location, or else the best one of a
   * type derived from it (an operation bound to a type applies to its derived types too).
   */
  forBinding(type: string, collection: boolean): Location | undefined {
    const own = this.exact(type, collection);
    if (own !== undefined) return own;
    let found: Location | undefined;
    for (const d of this.allDerived(type)) {
      const l = this.exact(d, collection);
      if (l !== undefined && (found === undefined || compareLocations(l, found) < 0)) found = l;
    }
    return found;
  }

  /** Structured type, with its base chain, for inherited keys and navigation. */
  structured(qname: string): CsdlStructured | undefined {
    const t = this.index.byName.get(qname);
    return t === undefined || t.kind === "enum" ? undefined : t;
  }

  /** The single key property of an entity type (own or inherited), if it has exactly one. */
  keyProperty(qname: string): CsdlProperty | undefined {
    const chain = this.chain(qname);
    const key = chain.find((t) => t.key !== undefined)?.key;
    if (key === undefined || key.length !== 1) return undefined;
    for (const t of chain) {
      const p = t.properties.find((x) => x.name === key[0]);
      if (p !== undefined) return p;
    }
    return undefined;
  }

  /** The type and its bases, nearest first (stops at a cycle or an undeclared base). */
  chain(qname: string): CsdlStructured[] {
    const out: CsdlStructured[] = [];
    for (let t = this.structured(qname); t !== undefined && !out.includes(t); t = this.structured(t.baseType ?? ""))
      out.push(t);
    return out;
  }

  /** Containment navigation of a type, inherited included, base types' first. */
  containment(qname: string): CsdlNavigation[] {
    return this.chain(qname)
      .reverse()
      .flatMap((t) => t.navigation.filter((n) => n.containsTarget));
  }

  /** Every type derived from `qname`, directly or not, nearest first. */
  allDerived(qname: string): readonly string[] {
    const cached = this.derivedCache.get(qname);
    if (cached !== undefined) return cached;
    const out: string[] = [];
    const seen = new Set<string>();
    const pending = [qname];
    for (let q = pending.shift(); q !== undefined; q = pending.shift()) {
      for (const d of this.index.derived.get(q) ?? []) {
        if (seen.has(d.qname)) continue;
        seen.add(d.qname);
        out.push(d.qname);
        pending.push(d.qname);
      }
    }
    this.derivedCache.set(qname, out);
    return out;
  }

  private walk(): void {
    const queue = new Heap<Location>(compareLocations);
    for (const m of this.model.container?.members ?? []) {
      const set = m.kind === "entitySet";
      queue.push({
        segments: [{ kind: "literal", value: m.name }],
        type: m.type,
        collection: set,
        cost: 0,
        fromSingleton: !set,
        text: `/${m.name}`,
      });
    }
    for (let l = queue.pop(); l !== undefined; l = queue.pop()) {
      const key = slot(l.type, l.collection);
      if (this.best.has(key)) continue;
      this.best.set(key, l);
      for (const next of this.steps(l)) if (!this.best.has(slot(next.type, next.collection))) queue.push(next);
    }
  }

  private steps(l: Location): Location[] {
    const out: Location[] = [];
    const step = (segment: Segment, type: string, collection: boolean, cost: number): void => {
      const segments = [...l.segments, segment];
      out.push({ ...l, segments, type, collection, cost: l.cost + cost, text: pathText(segments) });
    };
    if (l.collection) {
      const key = this.keyed(l.segments, l.type)?.at(-1);
      if (key !== undefined) step(key, l.type, false, 0);
    } else {
      for (const n of this.containment(l.type))
        step({ kind: "literal", value: n.name }, n.type.qname, n.type.collection, 1);
    }
    for (const d of this.allDerived(l.type)) step({ kind: "literal", value: d }, d, l.collection, 1);
    return out;
  }

  /**
   * `segments` followed by the key of `type`: `{callRecordId}`, the type's simple name and `Id`,
   * numbered when the path already has it; undefined when the type has no single key property.
   */
  keyed(segments: readonly Segment[], type: string): Segment[] | undefined {
    const property = this.keyProperty(type);
    if (property === undefined) return undefined;
    const base = `${type.slice(type.lastIndexOf(".") + 1)}Id`;
    const taken = new Set(segments.flatMap((s) => (s.kind === "key" ? [s.name] : [])));
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    return [...segments, { kind: "key", name, type, keyType: property.type.qname }];
  }
}

/** A binary min-heap. */
class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && this.compare(items[l]!, items[m]!) < 0) m = l;
      if (r < items.length && this.compare(items[r]!, items[m]!) < 0) m = r;
      if (m === i) break;
      [items[i], items[m]] = [items[m]!, items[i]!];
      i = m;
    }
    return top;
  }
}
