/**
 * The Type column of a docs property table, mapped to Edm and compared with the spec. The docs are
 * known to be looser than the metadata in two ways, which are warnings, not errors: `Double` for an
 * Edm.Single, and `String` for an enum.
 */
import type { IRProperty } from "../model/ir.ts";
import { findType, refLabel, type SpecIndex } from "./spec-index.ts";

export interface DocsType {
  /** The type as written, without `collection` or a trailing remark in parentheses. */
  readonly name: string;
  readonly collection: boolean;
  /** `Edm.X` when the docs name a primitive type. */
  readonly edm?: string;
}

export interface TypeFinding {
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly message: string;
}

const PRIMITIVES = [
  "Binary",
  "Boolean",
  "Byte",
  "Date",
  "DateTimeOffset",
  "Decimal",
  "Double",
  "Duration",
  "Guid",
  "Int16",
  "Int32",
  "Int64",
  "SByte",
  "Single",
  "Stream",
  "String",
  "TimeOfDay",
];

function withoutRemarks(text: string): string {
  const open = text.indexOf("(");
  return open > 0 && text.endsWith(")") && !text.startsWith("Collection(") ? text.slice(0, open).trim() : text.trim();
}

export function parseDocsType(text: string): DocsType {
  let name = withoutRemarks(text);
  let collection = false;
  if (name.startsWith("Collection(") && name.endsWith(")")) [name, collection] = [name.slice(11, -1).trim(), true];
  else if (name.toLowerCase().endsWith(" collection")) [name, collection] = [name.slice(0, -11).trim(), true];
  const bare = name.startsWith("Edm.") ? name.slice(4) : name;
  const primitive = PRIMITIVES.find((p) => p.toLowerCase() === bare.toLowerCase());
  return { name, collection, edm: primitive === undefined ? undefined : `Edm.${primitive}` };
}

function mismatch(prop: IRProperty, docs: DocsType, written: string): TypeFinding {
  return {
    severity: "error",
    code: "type-mismatch",
    message: `${prop.wireName}: docs say ${written}, spec says ${refLabel(prop.type, prop.collection)}`,
  };
}

function looser(prop: IRProperty, written: string, why: string): TypeFinding {
  return {
    severity: "warning",
    code: "docs-looser",
    message: `${prop.wireName}: docs say ${written}, spec says ${refLabel(prop.type, prop.collection)} (${why})`,
  };
}

/** Compare one docs Type cell with a spec property; undefined when they agree. */
export function compareType(
  index: SpecIndex,
  prop: IRProperty,
  written: string,
  namespace?: string,
): TypeFinding | undefined {
  const docs = parseDocsType(written);
  if (docs.collection !== prop.collection) return mismatch(prop, docs, written);
  const ref = prop.type;
  if (ref.kind === "primitive") {
    if (docs.edm === ref.edm) return undefined;
    return docs.edm === "Edm.Double" && ref.edm === "Edm.Single"
      ? looser(prop, written, "the docs write Double for every Edm.Single")
      : mismatch(prop, docs, written);
  }
  if (ref.kind === "enum" && docs.edm === "Edm.String")
    return looser(prop, written, "the docs write String for an enum");
  if (docs.edm !== undefined) return mismatch(prop, docs, written);
  const named = findType(index, docs.name, namespace);
  if (named === undefined)
    return {
      severity: "error",
      code: "unknown-type",
      message: `${prop.wireName}: docs type ${docs.name} is not a type of the spec (spec says ${refLabel(ref, prop.collection)})`,
    };
  return named.qname === ref.qname ? undefined : mismatch(prop, docs, written);
}
