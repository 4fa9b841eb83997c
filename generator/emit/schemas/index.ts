/**
 * JSON Schemas (draft 2020-12): one file per type with its own `$id`, referring to its siblings, and
 * `bundle.schema.json` with every type under `$defs`, keyed by qualified name. Both say what the
 * validators check in request mode; `bundle.response.schema.json` says what they check in response
 * mode (unknown properties and well-formed unknown `@odata.type` names tolerated).
 */
import type { IR, IRType } from "../../ir/types.ts";
import type { EmittedFile, Emitter } from "../emitter.ts";
import { enumSchema } from "./enum.ts";
import { Lookup } from "../lookup.ts";
import { allTypeNames } from "./hierarchy.ts";
import { jsonText, record, type JsonObject } from "./json.ts";
import { DRAFT_2020_12, schemaBaseUri, schemaFileName, schemaFileUri, type RefStyle } from "./refs.ts";
import { structuredSchema, type SchemaMode } from "./structured.ts";

function typeSchema(lookup: Lookup, t: IRType, style: RefStyle, mode: SchemaMode): JsonObject {
  if (t.kind === "enum") return enumSchema(t);
  return structuredSchema(t, { lookup, style, mode, knownTypeNames: allTypeNames(lookup.ir) });
}

function typeFile(ir: IR, t: IRType): EmittedFile {
  const head: JsonObject = { $schema: DRAFT_2020_12, $id: schemaBaseUri(ir) + schemaFileUri(t.qname), title: t.qname };
  return { path: `schemas/${schemaFileName(t.qname)}`, contents: jsonText({ ...head, ...typeSchema(new Lookup(ir), t, "files", "request") }) };
}

function bundle(ir: IR, mode: SchemaMode): EmittedFile {
  const name = mode === "request" ? "bundle.schema.json" : "bundle.response.schema.json";
  const lookup = new Lookup(ir);
  const defs = record(ir.types.map((t) => [t.qname, typeSchema(lookup, t, "bundle", mode)] as const));
  const doc: JsonObject = { $schema: DRAFT_2020_12, $id: schemaBaseUri(ir) + name, title: ir.api.title };
  doc.description = mode === "request"
    ? "Every type of the API, checked as a request body is: unknown properties are errors."
    : "Every type of the API, checked as a response is: unknown properties and unknown derived types are tolerated.";
  doc.$defs = defs;
  return { path: `schemas/${name}`, contents: jsonText(doc) };
}

export const emitSchemas: Emitter = (ir) => [
  bundle(ir, "request"),
  bundle(ir, "response"),
  ...ir.types.map((t) => typeFile(ir, t)),
];
