/**
 * `spec/spec.schema.json`, derived from the same shapes the checker walks, so that an editor with
 * yaml-language-server completes and flags exactly what `npm run generate` accepts structurally.
 */
import { SPEC_FILE } from "./format.ts";
import type { Shape } from "./shape.ts";

function toSchema(shape: Shape): Record<string, unknown> {
  const description = shape.doc;
  switch (shape.kind) {
    case "string": {
      const pattern = shape.pattern ?? shape.schemaPattern;
      return {
        type: "string",
        description,
        ...(shape.oneOf === undefined ? {} : { enum: [...shape.oneOf] }),
        ...(pattern === undefined ? {} : { pattern: pattern.source }),
      };
    }
    case "boolean":
      return { type: "boolean", description };
    case "integer":
      return {
        type: "integer",
        description,
        ...(shape.min === undefined ? {} : { minimum: shape.min }),
        ...(shape.max === undefined ? {} : { maximum: shape.max }),
      };
    case "integerText":
      return { type: "integer", description };
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
        type: "object",
        description,
        propertyNames: {
          description: shape.keyDoc,
          ...(shape.keyPattern === undefined ? {} : { pattern: shape.keyPattern.source }),
        },
        additionalProperties: entry(shape.value),
      };
    case "list":
      return { type: "array", description, items: toSchema(shape.item) };
    case "either":
      return { description, anyOf: shape.options.map(toSchema) };
  }
}

/** A map's entry: `name:` with nothing after it is an empty entry, allowed when nothing in it is required. */
function entry(shape: Shape): Record<string, unknown> {
  const schema = toSchema(shape);
  const empty = shape.kind === "object" && !Object.values(shape.fields).some((f) => f.required === true);
  return empty ? { ...schema, type: ["object", "null"] } : schema;
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
