/**
 * `spec/spec.schema.json`, derived from the same shapes the checker walks, so that an editor with
 * yaml-language-server completes and flags exactly what `npm run generate` accepts structurally.
 */
import { SPEC_FILE } from "./format.ts";
import type { Shape } from "./shape.ts";

function toSchema(shape: Shape): Record<string, unknown> {
  const description = shape.doc;
  switch (shape.kind) {
    case "string":
      return {
        type: "string",
        description,
        ...(shape.oneOf === undefined ? {} : { enum: [...shape.oneOf] }),
        ...(shape.pattern === undefined ? {} : { pattern: shape.pattern.source }),
      };
    case "boolean":
      return { type: "boolean", description };
    case "integer":
      return { type: "integer", description, ...(shape.min === undefined ? {} : { minimum: shape.min }) };
    case "object": {
      const required = Object.entries(shape.fields)
        .filter(([, f]) => f.required === true)
        .map(([k]) => k);
      return {
        type: "object",
        description,
        properties: Object.fromEntries(Object.entries(shape.fields).map(([k, f]) => [k, toSchema(f.shape)])),
        ...(required.length > 0 ? { required } : {}),
        additionalProperties: false,
      };
    }
    case "map":
      return {
        type: ["object", "null"],
        description,
        propertyNames: { description: shape.keyDoc },
        additionalProperties: toSchema(shape.value),
      };
    case "list":
      return { type: "array", description, items: toSchema(shape.item) };
    case "either":
      return { description, anyOf: shape.options.map(toSchema) };
  }
}

export function specFormatSchema(): string {
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://graph-schema-codegen.invalid/spec.schema.json",
    title: "graph-schema-codegen spec file",
    ...toSchema(SPEC_FILE),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
