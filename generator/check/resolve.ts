/**
 * Stage 2b: every type reference of the spec resolved once. Each resolved reference is kept in the
 * model beside the text it came from (`ref`, `baseRef`), so the checks that follow and the IR
 * builder read it and never resolve again. A reference that names nothing is reported here, once.
 */
import { compareStrings, hintFor } from "../model/diagnostics.ts";
import { EDM_PRIMITIVES, isEdmPrimitive } from "../model/edm.ts";
import type { IRTypeRef } from "../model/ir.ts";
import { operationBodies, type Decl, type Reporter, type SpecModel } from "./model.ts";

/** CSDL primitive types the generator does not support (yet): said so, never "did you mean" another. */
const SPATIAL = ["Collection", "LineString", "MultiLineString", "MultiPoint", "MultiPolygon", "Point", "Polygon"];
const UNSUPPORTED_EDM: ReadonlySet<string> = new Set([
  ...["Geography", "Geometry"].flatMap((a) => [`Edm.${a}`, ...SPATIAL.map((c) => `Edm.${a}${c}`)]),
  "Edm.PrimitiveType",
  "Edm.ComplexType",
  "Edm.EntityType",
  "Edm.AnnotationPath",
  "Edm.PropertyPath",
  "Edm.NavigationPropertyPath",
  "Edm.AnyPropertyPath",
  "Edm.ModelElementPath",
]);

/** What a written reference names, or undefined. The only place a type reference is resolved. */
function resolveTypeRef(model: SpecModel, namespace: string, ref: string): IRTypeRef | undefined {
  if (ref.startsWith("Edm.")) return isEdmPrimitive(ref) ? { kind: "primitive", edm: ref } : undefined;
  const qname = ref.includes(".") ? ref : `${namespace}.${ref}`;
  const s = model.structured.get(qname);
  if (s !== undefined) return { kind: s.raw.kind === "entity" ? "entity" : "complex", qname };
  if (model.enums.has(qname)) return { kind: "enum", qname };
  return undefined;
}

export function resolveReferences(model: SpecModel, reporter: Reporter): void {
  const resolve = (decl: Decl<unknown>, sub: readonly string[], text: string, what?: string): IRTypeRef | undefined => {
    const ref = resolveTypeRef(model, decl.namespace, text);
    if (ref === undefined) unresolved(model, reporter, decl, sub, text, what);
    return ref;
  };
  for (const decl of model.structured.values()) {
    const raw = decl.raw;
    if (raw.base !== undefined) raw.baseRef = resolve(decl, ["base"], raw.base, "base type");
    for (const [name, p] of raw.properties ?? [])
      if (p.type !== undefined) p.ref = resolve(decl, ["properties", name, "type"], p.type);
    for (const [name, n] of raw.navigation ?? [])
      if (n.type !== undefined) n.ref = resolve(decl, ["navigation", name, "type"], n.type);
  }
  for (const decl of model.operations.values()) {
    for (const [name, p] of decl.raw.parameters ?? [])
      p.ref = resolve(decl, ["parameters", name, "type"], p.type ?? "Edm.String");
    for (const [sub, body] of operationBodies(decl.raw))
      if (body.type !== undefined) body.ref = resolve(decl, [...sub, "type"], body.type);
  }
  for (const decl of model.container.values())
    if (decl.raw.type !== undefined) decl.raw.ref = resolve(decl, ["type"], decl.raw.type, "entity type");
}

/**
 * Reports a type reference that resolves to nothing ("type" is what the message calls it, such as
 * "base type"). While a file is unreadable a name that is not Edm's is left unreported: that file
 * may declare it, and the syntax error is the problem to fix first; the next run reports it if not.
 */
function unresolved(
  model: SpecModel,
  reporter: Reporter,
  decl: Decl<unknown>,
  sub: readonly string[],
  ref: string,
  what = "type",
): void {
  const supported = `the Edm types a spec can use: ${EDM_PRIMITIVES.join(", ")}`;
  if (UNSUPPORTED_EDM.has(ref)) {
    reporter.error(decl, sub, "unsupportedType", `${what} "${ref}" is not supported by the generator`, {
      hint: supported,
    });
    return;
  }
  if (model.unreadable.length > 0 && !ref.startsWith("Edm.")) return;
  reporter.error(decl, sub, "unresolvedType", `${what} "${ref}" is not declared`, {
    hint: typeRefHint(model, decl.namespace, ref) ?? (ref.startsWith("Edm.") ? supported : undefined),
  });
}

/** The "did you mean" for a reference that resolved to nothing. */
function typeRefHint(model: SpecModel, namespace: string, ref: string): string | undefined {
  const collection = /^Collection\((.*)\)$/.exec(ref);
  if (collection !== null) return `write \`type: ${collection[1]}\` with \`collection: true\``;
  if (ref.startsWith("Edm.")) return hintFor(ref, EDM_PRIMITIVES);
  const names = [...model.structured.keys(), ...model.enums.keys()];
  if (ref.includes(".")) return hintFor(ref, names);
  const local = names.filter((q) => q.startsWith(`${namespace}.`)).map((q) => q.slice(namespace.length + 1));
  // A simple name declared in another namespace (or written in a file without one): its qualified name.
  const elsewhere = names.filter((q) => q.endsWith(`.${ref}`)).sort(compareStrings);
  const qualify =
    elsewhere.length > 0
      ? `did you mean "${elsewhere[0]}"? (a name of another namespace is written qualified)`
      : undefined;
  return hintFor(ref, local) ?? qualify ?? hintFor(ref, names);
}
