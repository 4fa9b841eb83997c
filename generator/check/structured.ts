/**
 * Stage 2b: checks on entity and complex types — type references, bases and cycles, redefined
 * properties, keys, wire names.
 */
import { baseChain, resolveTypeRef, unresolved, type Decl, type Reporter, type SpecModel } from "./model.ts";
import type { RawStructured } from "./format.ts";

/** Names a type or enum may have: they sit inside qualified names and URI fragments. */
export const TYPE_NAME = /^[^\s.@#/()\\,:;'"`*${}[\]<>|?=&%+!~^]+$/u;

/** Why a wire name cannot be one, or undefined when it can. */
export function wireNameProblem(name: string): string | undefined {
  if (name.length === 0) return "it is empty";
  if (name.length > 128) return "it is longer than 128 characters";
  if (name.includes("@")) return "it contains `@`, which marks an instance annotation on the wire";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "it contains a control character";
  if (/^\$|^#/.test(name)) return "it starts with `$` or `#`, which OData reserves";
  return undefined;
}

export function checkStructured(model: SpecModel, reporter: Reporter): void {
  for (const decl of model.structured.values()) {
    if (!TYPE_NAME.test(decl.name)) {
      reporter.error(
        decl,
        [],
        "invalidName",
        `"${decl.name}" cannot be a type name: use letters, digits and _ (no dots, spaces or punctuation)`,
        { at: "key" },
      );
    }
    checkBase(model, decl, reporter);
    checkProperties(model, decl, reporter);
    checkKey(model, decl, reporter);
    checkNavigation(model, decl, reporter);
  }
}

function checkBase(model: SpecModel, decl: Decl<RawStructured>, reporter: Reporter): void {
  const base = decl.raw.base;
  if (base === undefined) return;
  const ref = resolveTypeRef(model, decl.namespace, base);
  if (ref === undefined) {
    unresolved(model, reporter, decl, ["base"], base, "base type");
    return;
  }
  if (ref.kind === "primitive" || ref.kind === "enum") {
    reporter.error(decl, ["base"], "invalidBase", `base type "${base}" is not an entity or complex type`);
    return;
  }
  const kind = decl.raw.kind ?? "complex";
  if (ref.kind !== kind) {
    reporter.error(
      decl,
      ["base"],
      "invalidBase",
      `a ${kind} type cannot derive from the ${ref.kind} type "${ref.qname}"`,
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
  while (cur?.raw.base !== undefined) {
    const ref = resolveTypeRef(model, cur.namespace, cur.raw.base);
    if (ref === undefined || ref.kind === "primitive" || ref.kind === "enum") return undefined;
    if (ref.qname === start) return [...path, start];
    if (path.includes(ref.qname)) return undefined; // a cycle further up, reported on its own members
    path.push(ref.qname);
    cur = model.structured.get(ref.qname);
  }
  return undefined;
}

function inheritedNames(model: SpecModel, decl: Decl<RawStructured>): Map<string, string> {
  const names = new Map<string, string>();
  for (const base of baseChain(model, decl.qname)) {
    for (const p of base.raw.properties?.keys() ?? []) if (!names.has(p)) names.set(p, base.qname);
    for (const p of base.raw.navigation?.keys() ?? []) if (!names.has(p)) names.set(p, base.qname);
  }
  return names;
}

function checkProperties(model: SpecModel, decl: Decl<RawStructured>, reporter: Reporter): void {
  const inherited = inheritedNames(model, decl);
  for (const [name, p] of decl.raw.properties ?? []) {
    const sub = ["properties", name];
    const problem = wireNameProblem(name);
    if (problem !== undefined)
      reporter.error(decl, sub, "invalidName", `"${name}" cannot be a wire name: ${problem}`, { at: "key" });
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
    if (p.type !== undefined && resolveTypeRef(model, decl.namespace, p.type) === undefined) {
      unresolved(model, reporter, decl, [...sub, "type"], p.type);
    }
    if (p.type !== undefined && resolveTypeRef(model, decl.namespace, p.type)?.kind === "entity") {
      reporter.error(
        decl,
        [...sub, "type"],
        "entityProperty",
        `a structural property cannot hold the entity type "${p.type}"; use a navigation property`,
      );
    }
  }
}

function checkKey(model: SpecModel, decl: Decl<RawStructured>, reporter: Reporter): void {
  const kind = decl.raw.kind ?? "complex";
  if (kind === "complex" && decl.raw.key !== undefined) {
    reporter.error(decl, ["key"], "invalidKey", "a complex type has no key; declare it as `kind: entity`");
    return;
  }
  if (kind !== "entity") return;
  const chain = baseChain(model, decl.qname);
  const ownKey = decl.raw.key;
  if (ownKey === undefined && !chain.some((b) => b.raw.key !== undefined) && decl.raw.base === undefined) {
    reporter.error(decl, [], "missingKey", "an entity type needs a `key` (or a base entity type that has one)", {
      at: "key",
    });
  }
  if (ownKey !== undefined && chain.some((b) => b.raw.key !== undefined)) {
    reporter.error(decl, ["key"], "invalidKey", "the key is inherited from the base type and cannot be redeclared");
  }
  ownKey?.forEach((k, i) => {
    const prop = decl.raw.properties?.get(k) ?? chain.map((b) => b.raw.properties?.get(k)).find((p) => p !== undefined);
    if (prop === undefined) {
      reporter.error(decl, ["key", String(i)], "invalidKey", `key property "${k}" is not a property of this type`);
    } else if (prop.nullable !== false || prop.collection === true || !(prop.type ?? "").startsWith("Edm.")) {
      reporter.error(
        decl,
        ["key", String(i)],
        "invalidKey",
        `key property "${k}" must be a single, non-nullable primitive (nullable: false)`,
      );
    }
  });
}

function checkNavigation(model: SpecModel, decl: Decl<RawStructured>, reporter: Reporter): void {
  const inherited = inheritedNames(model, decl);
  for (const [name, n] of decl.raw.navigation ?? []) {
    const sub = ["navigation", name];
    const problem = wireNameProblem(name);
    if (problem !== undefined)
      reporter.error(decl, sub, "invalidName", `"${name}" cannot be a wire name: ${problem}`, { at: "key" });
    if (decl.raw.properties?.has(name) === true || inherited.has(name)) {
      reporter.error(decl, sub, "duplicateName", `"${name}" is already a property of this type`, { at: "key" });
    }
    if (n.type === undefined) continue;
    const ref = resolveTypeRef(model, decl.namespace, n.type);
    if (ref === undefined) {
      unresolved(model, reporter, decl, [...sub, "type"], n.type);
    } else if (ref.kind !== "entity") {
      reporter.error(
        decl,
        [...sub, "type"],
        "invalidNavigation",
        `a navigation property must lead to an entity type; "${n.type}" is ${ref.kind === "primitive" ? "a primitive" : `a ${ref.kind} type`}`,
      );
    }
  }
}
