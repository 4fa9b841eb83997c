/**
 * The schema of an action's body: an object of its `in: body` parameters (each nullable, a
 * collection, required as the IR says), with no `@odata.type` (its parameters are no typed value)
 * and, in request mode, no other key but instance annotations. In both bundles as
 * `$defs["<opId>:body"]`.
 */
import type { IROperation, IRParameter, IRProperty } from "../../model/ir.ts";
import { bodyParameters } from "../lookup.ts";
import { record, type JsonObject } from "./json.ts";
import { ANNOTATION_KEY_PATTERN } from "./patterns.ts";
import { propertySchema } from "./property.ts";
import type { RefStyle } from "./refs.ts";
import { ODATA_TYPE, type SchemaMode } from "./structured.ts";

/** The `$defs` key of an operation's body. */
export function bodyKey(op: IROperation): string {
  return `${op.id}:body`;
}

/** A parameter read as the property it is in the body. */
function asProperty(p: IRParameter): IRProperty {
  return {
    wireName: p.name,
    type: p.type,
    collection: p.collection,
    nullable: p.nullable,
    readOnly: false,
    ...(p.description === undefined ? {} : { description: p.description }),
    source: p.source,
  };
}

export function bodySchema(op: IROperation, style: RefStyle, mode: SchemaMode): JsonObject {
  const params = bodyParameters(op);
  const out: JsonObject = {
    description: `The body of ${op.odataName ?? op.id}: its parameters.`,
    type: "object",
    properties: record([
      [ODATA_TYPE, false],
      ...params.map((p) => [p.name, propertySchema(asProperty(p), style)] as const),
    ]),
  };
  const required = params.filter((p) => p.required).map((p) => p.name);
  if (required.length > 0) out.required = required;
  if (mode === "request") {
    out.patternProperties = record([[ANNOTATION_KEY_PATTERN, true]]);
    out.additionalProperties = false;
  }
  return out;
}
