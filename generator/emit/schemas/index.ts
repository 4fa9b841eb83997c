/**
 * JSON Schemas (draft 2020-12): one file per type with its own `$id`, referring to its siblings, and
 * `bundle.schema.json` with every type under `$defs`, keyed by qualified name. Both say what the
 * validators check in request mode; `bundle.response.schema.json` says what they check in response
 * mode (unknown properties, well-formed unknown `@odata.type` names and unknown members of evolvable
 * enums tolerated; expanded navigation properties declared).
 */
import type { IR, IRType } from "../../model/ir.ts";
import type { EmittedFile, Emitter } from "../emitter.ts";
import { enumSchema } from "./enum.ts";
import { Lookup } from "../lookup.ts";
import { allTypeNames } from "./hierarchy.ts";
import { jsonText, record, type JsonObject } from "./json.ts";
import { DRAFT_2020_12, schemaBaseUri, schemaFileName, schemaFileUri, type RefStyle } from "./refs.ts";
import { structuredSchema, type SchemaMode } from "./structured.ts";

/** The `$defs` key of the known `@odata.type` spellings: `@` cannot start a qualified name. */
export const KNOWN_TYPE_NAMES = "@knownTypeNames";

function typeSchema(lookup: Lookup, t: IRType, style: RefStyle, mode: SchemaMode): JsonObject {
  if (t.kind === "enum") return enumSchema(t, mode);
  return structuredSchema(t, { lookup, style, mode, knownTypeNames: { $ref: `#/$defs/${KNOWN_TYPE_NAMES}` } });
}

function typeFile(lookup: Lookup, t: IRType): EmittedFile {
  const head: JsonObject = {
    $schema: DRAFT_2020_12,
    $id: schemaBaseUri(lookup.ir) + schemaFileUri(t.qname),
    title: t.qname,
  };
  return {
    path: `schemas/${schemaFileName(t.qname)}`,
    contents: jsonText({ ...head, ...typeSchema(lookup, t, "files", "request") }),
  };
}

function bundle(lookup: Lookup, mode: SchemaMode): EmittedFile {
  const ir = lookup.ir;
  const name = mode === "request" ? "bundle.schema.json" : "bundle.response.schema.json";
  const entries = ir.types.map((t) => [t.qname, typeSchema(lookup, t, "bundle", mode)] as const);
  // Response mode: one shared list of every known @odata.type, referred to by each type.
  const known = mode === "response" ? [[KNOWN_TYPE_NAMES, { enum: allTypeNames(ir) }] as const] : [];
  const defs = record([...entries, ...known]);
  const doc: JsonObject = { $schema: DRAFT_2020_12, $id: schemaBaseUri(ir) + name, title: ir.api.title };
  doc.description =
    mode === "request"
      ? "Every type of the API, checked as a request body is: unknown properties are errors."
      : "Every type of the API, checked as a response is: unknown properties, unknown derived types and unknown members of evolvable enums are tolerated; expanded navigation properties are checked.";
  doc.$defs = defs;
  return { path: `schemas/${name}`, contents: jsonText(doc) };
}

export const emitSchemas: Emitter = (ir) => {
  const lookup = new Lookup(ir);
  return [bundle(lookup, "request"), bundle(lookup, "response"), ...ir.types.map((t) => typeFile(lookup, t))];
};
