/**
 * Looking things up in the IR the way the docs name them: a type by its qualified name or by a
 * shortened one (`callRecords.deviceInfo`, `endpoint`), properties with their inherited ones.
 */
import {
  type IR,
  type IRBody,
  type IREnum,
  type IROperation,
  type IRProperty,
  type IRStructured,
  type IRType,
  type IRTypeRef,
} from "../model/ir.ts";

export interface SpecIndex {
  readonly ir: IR;
  readonly byQname: ReadonlyMap<string, IRType>;
}

export function indexSpec(ir: IR): SpecIndex {
  return { ir, byQname: new Map(ir.types.map((t) => [t.qname, t])) };
}

/** A type named the way the docs name it; a short name must be unambiguous (or in `namespace`). */
export function findType(index: SpecIndex, name: string, namespace?: string): IRType | undefined {
  const exact = index.byQname.get(name.replace(/^#/, ""));
  if (exact !== undefined) return exact;
  const matches = index.ir.types.filter((t) => t.qname.endsWith(`.${name}`));
  if (matches.length === 1) return matches[0];
  return matches.find((t) => t.namespace === namespace);
}

export function structured(type: IRType | undefined): IRStructured | undefined {
  return type !== undefined && type.kind !== "enum" ? type : undefined;
}

export function enumType(index: SpecIndex, ref: IRTypeRef): IREnum | undefined {
  const type = ref.kind === "enum" ? index.byQname.get(ref.qname) : undefined;
  return type?.kind === "enum" ? type : undefined;
}

/** The chain from the root base type down to `type`. */
export function lineage(index: SpecIndex, type: IRStructured): IRStructured[] {
  const base = structured(type.baseType === undefined ? undefined : index.byQname.get(type.baseType));
  return [...(base === undefined ? [] : lineage(index, base)), type];
}

/** Own and inherited properties, base first. */
export function allProperties(index: SpecIndex, type: IRStructured): IRProperty[] {
  return lineage(index, type).flatMap((t) => t.properties);
}

export function navigationNames(index: SpecIndex, type: IRStructured): string[] {
  return lineage(index, type).flatMap((t) => t.navigation.map((n) => n.wireName));
}

export function operationByDocsName(index: SpecIndex, name: string): IROperation | undefined {
  return index.ir.operations.find((op) => op.docsName === name);
}

/** The structured type of a request or response body, if it has one. */
export function bodyType(index: SpecIndex, body: IRBody | undefined): IRStructured | undefined {
  return body === undefined || body.type.kind === "primitive"
    ? undefined
    : structured(index.byQname.get(body.type.qname));
}
