/**
 * Stage 2c: checks on entity and complex types: bases and cycles, redefined properties, property
 * types and facets, streams, keys, navigation properties. References are already resolved.
 */
import type { EdmPrimitive } from "../model/edm.ts";
import type { IRTypeRef } from "../model/ir.ts";
import type { RawProperty, RawStructured } from "./format.ts";
import { baseChain, structuredTarget, type Decl, type Reporter, type SpecModel } from "./model.ts";

/** The primitive types a key property may have (CSDL 4.01, Key); an enum type may be one too. */
const KEY_TYPES: ReadonlySet<EdmPrimitive> = new Set([
  "Edm.Boolean",
  "Edm.Byte",
  "Edm.Date",
  "Edm.DateTimeOffset",
  "Edm.Decimal",
  "Edm.Duration",
  "Edm.Guid",
  "Edm.Int16",
  "Edm.Int32",
  "Edm.Int64",
  "Edm.SByte",
  "Edm.String",
  "Edm.TimeOfDay",
]);

/** Which primitives take which facet (CSDL 4.01, Type Facets). */
const FACETS: Readonly<Record<"maxLength" | "precision" | "scale", readonly EdmPrimitive[]>> = {
  maxLength: ["Edm.String", "Edm.Binary", "Edm.Stream"],
  precision: ["Edm.Decimal", "Edm.DateTimeOffset", "Edm.Duration", "Edm.TimeOfDay"],
  scale: ["Edm.Decimal"],
};

export function checkStructured(model: SpecModel, reporter: Reporter): void {
  for (const decl of model.structured.values()) {
    checkBase(model, decl, reporter);
    checkProperties(model, decl, reporter);
    checkKey(model, decl, reporter);
    checkNavigation(model, decl, reporter);
    if (decl.raw.hasStream === true && decl.raw.kind !== "entity")
      reporter.error(decl, ["hasStream"], "invalidStream", "only an entity type can be a media entity (`hasStream`)");
  }
}

function checkBase(model: SpecModel, decl: Decl<RawStructured>, reporter: Reporter): void {
  const { base, baseRef } = decl.raw;
  if (base === undefined || baseRef === undefined) return;
  if (baseRef.kind === "primitive" || baseRef.kind === "enum") {
    reporter.error(decl, ["base"], "invalidBase", `base type "${base}" is not an entity or complex type`);
    return;
  }
  const kind = decl.raw.kind ?? "complex";
  if (baseRef.kind !== kind) {
    reporter.error(
      decl,
      ["base"],
      "invalidBase",
      `a ${kind} type cannot derive from the ${baseRef.kind} type "${baseRef.qname}"`,
    );
  }
  const cycle = findCycle(model, decl.qname);
  if (cycle !== undefined) {
    reporter.error(decl, ["base"], "inheritanceCycle", `inheritance cycle: ${cycle.join(" -> ")}`);
  }
}

function findCycle(model: SpecModel, start: string): string[] | undefined {
  const path = [start];
  let cur = model.structured.get(start);
  for (;;) {
    const base = structuredTarget(cur?.raw.baseRef);
    if (base === undefined) return undefined;
    if (base === start) return [...path, start];
    if (path.includes(base)) return undefined; // a cycle further up, reported on its own members
    path.push(base);
    cur = model.structured.get(base);
  }
}

function inheritedNames(model: SpecModel, decl: Decl<RawStructured>): Map<string, string> {
  const names = new Map<string, string>();
  for (const base of baseChain(model, decl.qname)) {
    for (const p of base.raw.properties?.keys() ?? []) if (!names.has(p)) names.set(p, base.qname);
    for (const p of base.raw.navigation?.keys() ?? []) if (!names.has(p)) names.set(p, base.qname);
  }
  return names;
}

function kindName(ref: IRTypeRef): string {
  if (ref.kind === "primitive") return "a primitive";
  return ref.kind === "enum" ? "an enum" : ref.kind === "complex" ? "a complex type" : "an entity type";
}

const isStream = (ref: IRTypeRef | undefined): boolean => ref?.kind === "primitive" && ref.edm === "Edm.Stream";

function checkProperties(model: SpecModel, decl: Decl<RawStructured>, reporter: Reporter): void {
  const inherited = inheritedNames(model, decl);
  for (const [name, p] of decl.raw.properties ?? []) {
    const sub = ["properties", name];
    const from = inherited.get(name);
    if (from !== undefined) {
      reporter.error(
        decl,
        sub,
        "redefinedProperty",
        `property "${name}" is already defined by the base type "${from}"; a derived type cannot redefine it`,
        { at: "key" },
      );
    }
    if (p.ref?.kind === "entity") {
      reporter.error(
        decl,
        [...sub, "type"],
        "entityProperty",
        `a structural property cannot hold the entity type "${p.type}"; use a navigation property`,
      );
    }
    if (isStream(p.ref) && p.collection === true) {
      reporter.error(
        decl,
        [...sub, "collection"],
        "invalidStream",
        "an Edm.Stream property is never a collection (each stream is read at its own URL)",
      );
    }
    checkFacets(decl, sub, p, reporter);
  }
}

function checkFacets(decl: Decl<RawStructured>, sub: readonly string[], p: RawProperty, reporter: Reporter): void {
  if (p.ref === undefined) return;
  const edm = p.ref.kind === "primitive" ? p.ref.edm : undefined;
  for (const facet of ["maxLength", "precision", "scale"] as const) {
    if (p[facet] === undefined || (edm !== undefined && FACETS[facet].includes(edm))) continue;
    reporter.error(decl, [...sub, facet], "invalidFacet", `\`${facet}\` applies to ${FACETS[facet].join(", ")} only`, {
      at: "key",
    });
  }
  if (edm !== undefined && edm !== "Edm.Decimal" && p.precision !== undefined && p.precision > 12) {
    reporter.error(decl, [...sub, "precision"], "invalidFacet", "the precision of a temporal type is at most 12");
  }
  if (edm === "Edm.Decimal" && p.precision === 0)
    reporter.error(decl, [...sub, "precision"], "invalidFacet", "the precision of an Edm.Decimal is at least 1");
  if (typeof p.scale === "number" && p.precision !== undefined && p.scale > p.precision) {
    reporter.error(
      decl,
      [...sub, "scale"],
      "invalidFacet",
      `the scale (${p.scale}) exceeds the precision (${p.precision})`,
    );
  }
}

function checkKey(model: SpecModel, decl: Decl<RawStructured>, reporter: Reporter): void {
  const kind = decl.raw.kind ?? "complex";
  const ownKey = decl.raw.key;
  if (ownKey === undefined) return;
  if (kind === "complex") {
    reporter.error(decl, ["key"], "invalidKey", "a complex type has no key; declare it as `kind: entity`");
    return;
  }
  if (ownKey.length === 0) {
    reporter.error(decl, ["key"], "invalidKey", "`key: []` declares no key; leave `key` out for a keyless entity type");
    return;
  }
  const chain = baseChain(model, decl.qname);
  const keyed = chain.find((b) => b.raw.key !== undefined);
  if (keyed !== undefined) {
    reporter.error(
      decl,
      ["key"],
      "invalidKey",
      `the key is inherited from the base type "${keyed.qname}" and cannot be redeclared`,
    );
  }
  const seen = new Set<string>();
  ownKey.forEach((k, i) => {
    const at = ["key", String(i)];
    if (seen.has(k)) reporter.error(decl, at, "invalidKey", `key property "${k}" is listed twice`);
    seen.add(k);
    const prop = decl.raw.properties?.get(k) ?? chain.map((b) => b.raw.properties?.get(k)).find((p) => p !== undefined);
    if (prop === undefined) {
      const navigation = [decl, ...chain].some((d) => d.raw.navigation?.has(k) === true);
      reporter.error(
        decl,
        at,
        "invalidKey",
        navigation
          ? `key property "${k}" is a navigation property; a key is made of structural properties`
          : `key property "${k}" is not a property of this type or its bases`,
      );
      return;
    }
    const problem = keyProblem(prop);
    if (problem !== undefined) reporter.error(decl, at, "invalidKey", `key property "${k}" ${problem}`);
  });
}

function keyProblem(p: RawProperty): string | undefined {
  if (p.collection === true) return "is a collection; a key is a single value";
  if (p.nullable !== false) return "must not be nullable (write `nullable: false`)";
  if (p.ref === undefined || p.ref.kind === "enum") return undefined;
  if (p.ref.kind !== "primitive") return `is of the structured type "${p.ref.qname}"; a key is a primitive or an enum`;
  if (!KEY_TYPES.has(p.ref.edm))
    return `is ${p.ref.edm}, which cannot be a key (a key is one of ${[...KEY_TYPES].join(", ")}, or an enum)`;
  return undefined;
}

function checkNavigation(model: SpecModel, decl: Decl<RawStructured>, reporter: Reporter): void {
  const inherited = inheritedNames(model, decl);
  for (const [name, n] of decl.raw.navigation ?? []) {
    const sub = ["navigation", name];
    if (decl.raw.properties?.has(name) === true || inherited.has(name)) {
      reporter.error(decl, sub, "duplicateName", `"${name}" is already a property of this type`, { at: "key" });
    }
    if (n.collection === true && n.nullable !== undefined) {
      reporter.error(
        decl,
        [...sub, "nullable"],
        "invalidNavigation",
        "`nullable` is for a single-valued navigation property; a collection is never null",
        { at: "key" },
      );
    }
    if (n.ref !== undefined && n.ref.kind !== "entity") {
      reporter.error(
        decl,
        [...sub, "type"],
        "invalidNavigation",
        `a navigation property must lead to an entity type; "${n.type}" is ${kindName(n.ref)}`,
      );
    }
  }
}
