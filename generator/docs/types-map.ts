/**
 * The Type column of a docs property table, mapped to Edm and compared with the spec. The names the
 * docs use for each primitive come from the `EDM` table (`EDM[p].docs`: `Int32` and `Integer`,
 * `Guid` and `GUID`, `DateTimeOffset` and `DateTime`, ...), compared without regard to case, with or
 * without `Edm.`. The docs are known to be looser than the metadata in two ways, which are
 * warnings, not errors: a name of one primitive that is another primitive's own name (`Double` for
 * an Edm.Single), and `String` for an enum.
 */
import { EDM, EDM_PRIMITIVES, type EdmPrimitive } from "../model/edm.ts";
import { csdlTypeName, type IRProperty } from "../model/ir.ts";
import { findType, type SpecIndex } from "./spec-index.ts";

export interface DocsType {
  /** The type as written, without `collection` or a trailing remark in parentheses. */
  readonly name: string;
  readonly collection: boolean;
  /** The primitive the docs name, when they name one: the one whose own name it is, else the first that lists it. */
  readonly edm?: EdmPrimitive;
}

export interface TypeFinding {
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly message: string;
  /** What the spec has and what the docs write. */
  readonly expected: string;
  readonly found: string;
}

/** A primitive's own name: `Edm.Int32` -> `int32` (lower case, as names are compared). */
const ownName = (p: EdmPrimitive): string => p.slice(4).toLowerCase();

/** Does the docs name `name` (lower case, without `Edm.`) stand for `p`? */
function names(p: EdmPrimitive, name: string): boolean {
  return name === ownName(p) || EDM[p].docs.some((d) => d.toLowerCase() === name);
}

function withoutRemarks(text: string): string {
  const open = text.indexOf("(");
  return open > 0 && text.endsWith(")") && !text.startsWith("Collection(") ? text.slice(0, open).trim() : text.trim();
}

export function parseDocsType(text: string): DocsType {
  let name = withoutRemarks(text);
  let collection = false;
  if (name.startsWith("Collection(") && name.endsWith(")")) [name, collection] = [name.slice(11, -1).trim(), true];
  else if (name.toLowerCase().endsWith(" collection")) [name, collection] = [name.slice(0, -11).trim(), true];
  const bare = (name.startsWith("Edm.") ? name.slice(4) : name).toLowerCase();
  const edm = EDM_PRIMITIVES.find((p) => ownName(p) === bare) ?? EDM_PRIMITIVES.find((p) => names(p, bare));
  return { name, collection, ...(edm === undefined ? {} : { edm }) };
}

function finding(prop: IRProperty, written: string, severity: "error" | "warning", why?: string): TypeFinding {
  const expected = csdlTypeName(prop.type, prop.collection);
  const message = `${prop.wireName}: docs say ${written}, spec says ${expected}${why === undefined ? "" : ` (${why})`}`;
  return { severity, code: severity === "error" ? "type-mismatch" : "docs-looser", message, expected, found: written };
}

/** A primitive the docs name: the spec's, one of its other names, or another primitive's own name. */
function comparePrimitive(
  prop: IRProperty,
  spec: EdmPrimitive,
  docs: DocsType,
  written: string,
): TypeFinding | undefined {
  const bare = (docs.name.startsWith("Edm.") ? docs.name.slice(4) : docs.name).toLowerCase();
  if (!names(spec, bare)) return finding(prop, written, "error");
  const other = EDM_PRIMITIVES.find((p) => p !== spec && ownName(p) === bare);
  return other === undefined
    ? undefined
    : finding(prop, written, "warning", `the docs write ${docs.name} for every ${spec}`);
}

/** Compare one docs Type cell with a spec property; undefined when they agree. */
export function compareType(
  index: SpecIndex,
  prop: IRProperty,
  written: string,
  namespace?: string,
): TypeFinding | undefined {
  const docs = parseDocsType(written);
  if (docs.collection !== prop.collection) return finding(prop, written, "error");
  const ref = prop.type;
  if (ref.kind === "primitive") return comparePrimitive(prop, ref.edm, docs, written);
  if (ref.kind === "enum" && docs.edm === "Edm.String")
    return finding(prop, written, "warning", "the docs write String for an enum");
  if (docs.edm !== undefined) return finding(prop, written, "error");
  const named = findType(index, docs.name, namespace);
  if (named === undefined)
    return {
      severity: "error",
      code: "unknown-type",
      message: `${prop.wireName}: docs type ${docs.name} is not a type of the spec (spec says ${csdlTypeName(ref, prop.collection)})`,
      expected: csdlTypeName(ref, prop.collection),
      found: written,
    };
  return named.qname === ref.qname ? undefined : finding(prop, written, "error");
}
