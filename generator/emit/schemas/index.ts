/**
 * JSON Schemas (draft 2020-12): one file per type with its own `$id`, referring to its siblings, and
 * `bundle.schema.json` with every type under `$defs`, keyed by qualified name. Both say what the
 * validators check in request mode; `bundle.response.schema.json` says what they check in response
 * mode (unknown properties, a well-formed `@odata.type` outside the declared type's family and
 * unknown members of evolvable enums tolerated; expanded navigation properties declared). Both
 * bundles also hold each action's body, as `$defs["<opId>:body"]`.
 */
import type { IRType } from "../../model/ir.ts";
import type { EmittedFile, Emitter } from "../emitter.ts";
import { enumSchema } from "./enum.ts";
import { bodyOperations, Lookup } from "../lookup.ts";
import { bodyKey, bodySchema } from "./body.ts";
import { jsonText, record, type JsonObject } from "./json.ts";
import { DRAFT_2020_12, schemaBaseUri, schemaFileName, schemaFileUri, type RefStyle } from "./refs.ts";
import { structuredSchema, type SchemaMode } from "./structured.ts";

function typeSchema(lookup: Lookup, t: IRType, style: RefStyle, mode: SchemaMode): JsonObject {
  if (t.kind === "enum") return enumSchema(t, mode);
  return structuredSchema(t, { lookup, style, mode });
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
  const bodies = bodyOperations(ir).map((op) => [bodyKey(op), bodySchema(op, "bundle", mode)] as const);
  const defs = record([...entries, ...bodies]);
  const doc: JsonObject = { $schema: DRAFT_2020_12, $id: schemaBaseUri(ir) + name, title: ir.api.title };
  doc.description =
    mode === "request"
      ? "Every type of the API, checked as a request body is: unknown properties are errors."
      : "Every type of the API, checked as a response is: unknown properties, types derived later and unknown members of evolvable enums are tolerated; expanded navigation properties are checked.";
  doc.$defs = defs;
  return { path: `schemas/${name}`, contents: jsonText(doc) };
}

export const emitSchemas: Emitter = (ir) => {
  const lookup = new Lookup(ir);
  return [bundle(lookup, "request"), bundle(lookup, "response"), ...ir.types.map((t) => typeFile(lookup, t))];
};
