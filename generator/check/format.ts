/**
 * The spec format, written once as shapes. The checker walks spec files against it and
 * `format-schema.ts` turns it into `spec/spec.schema.json` for editors.
 */
import type { Field, Shape } from "./shape.ts";

const str = (doc: string, extra: Partial<Extract<Shape, { kind: "string" }>> = {}): Shape => ({
  kind: "string",
  doc,
  ...extra,
});
const bool = (doc: string): Shape => ({ kind: "boolean", doc });
const req = (shape: Shape): Field => ({ shape, required: true });
const opt = (shape: Shape): Field => ({ shape });
const obj = (doc: string, fields: Record<string, Field>): Shape => ({ kind: "object", doc, fields });
const map = (doc: string, keyDoc: string, value: Shape): Shape => ({ kind: "map", doc, keyDoc, value });
const list = (doc: string, item: Shape): Shape => ({ kind: "list", doc, item });

/** A semantic version; each number at most 15 digits, so that it stays exact as a JavaScript number. */
export const SEMVER =
  /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const NAMESPACE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export const OPERATION_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export const QUERY_OPTIONS = ["$select", "$expand", "$filter", "$orderby", "$top", "$skip", "$count"] as const;

const description = opt(str("What this is, in a sentence or two. Shown in editors and in the generated JSDoc."));

const typeRef = str(
  "A type: an Edm primitive (`Edm.String`, `Edm.Int32`, `Edm.Int64`, `Edm.Single`, `Edm.Double`, `Edm.Boolean`, `Edm.DateTimeOffset`, `Edm.Duration`), a qualified name (`microsoft.graph.identity`) or a name in this file's namespace (`endpoint`).",
);

const deprecation = obj("Marks the property as deprecated.", {
  message: req(str("What to use instead.")),
  since: opt(str("When it was deprecated (YYYY-MM-DD).", { pattern: ISO_DATE, patternHint: "a date YYYY-MM-DD" })),
  removal: opt(str("When it stops working (YYYY-MM-DD).", { pattern: ISO_DATE, patternHint: "a date YYYY-MM-DD" })),
});

const property = obj("A structural property. The map key is its wire name, exactly as the API spells it.", {
  type: req(typeRef),
  collection: opt(bool("A collection: the value is always an array (never null). Default false.")),
  nullable: opt(bool("May the value (for a collection: each item) be null? Default true, as in CSDL.")),
  readOnly: opt(bool("Set by the service; a client does not send it. Default false.")),
  description,
  deprecated: opt(deprecation),
});

const navigation = obj(
  "A navigation property: a contained entity or collection, present in a response only when expanded.",
  {
    type: req(str("The entity type it leads to.")),
    collection: opt(bool("A collection of entities. Default false.")),
    description,
  },
);

const structured = obj("An entity or complex type. The map key is its name inside the file's namespace.", {
  kind: opt(
    str("`entity` (has a key, addressable) or `complex` (a value). Default complex.", { oneOf: ["entity", "complex"] }),
  ),
  base: opt(str("The type this one derives from; it inherits its properties.")),
  abstract: opt(bool("No value is ever of exactly this type, only of a derived one. Default false.")),
  open: opt(bool("Values may carry dynamic properties not declared here. Default false.")),
  key: opt(list("The key properties of an entity type.", str("A property name."))),
  description,
  properties: opt(map("Properties in the order they should appear.", "the wire name", property)),
  navigation: opt(map("Navigation properties.", "the wire name", navigation)),
});

const member = {
  kind: "either",
  doc: "a member name, or a mapping with name, value and description",
  options: [
    str("A member name; its value is its position."),
    obj("A member with an explicit value.", {
      name: req(str("The member name as sent on the wire.")),
      value: opt({ kind: "integer", doc: "The numeric value.", min: 0 }),
      description,
    }),
  ],
} as const satisfies Shape;

const enumType = obj("An enumeration. The map key is its name inside the file's namespace.", {
  description,
  members: req(list("Members in order. `unknownFutureValue` marks an evolvable enum.", member)),
});

const parameter = obj("A parameter. The map key is its name, as written in the path template for path parameters.", {
  in: req(str("Where it goes.", { oneOf: ["path", "query"] })),
  type: opt(str("Its type. Default Edm.String.")),
  required: opt(bool("Required? Path parameters always are.")),
  description,
});

const header = obj("A request header. The map key is the header name.", {
  required: opt(bool("Must the caller send it? Default false.")),
  value: opt(str("The value's form, e.g. `Bearer {token}`.")),
  description,
});

const body = obj("A request or response body.", {
  type: req(typeRef),
  collection: opt(bool("A collection: `{ value: T[] }` in a response, an array in a request. Default false.")),
});

const response = obj("A response. The map key is the HTTP status code.", {
  description,
  body: opt(body),
});

const operation = obj("An operation. The map key is its id (`updateSegments`), which names the generated functions.", {
  method: req(str("The HTTP method.", { oneOf: HTTP_METHODS })),
  path: req(str("The path template, relative to the base URL, with `{name}` for each path parameter.")),
  description,
  docsName: opt(str("The `name` of the docs page's example request, for docs-check.")),
  parameters: opt(map("Path and query parameters.", "the parameter name", parameter)),
  headers: opt(map("Request headers.", "the header name", header)),
  query: opt(
    list(
      "OData system query options the operation accepts. The generated client offers `$select` and `$expand`; any other is warned about, and not offered.",
      str("A query option.", { oneOf: QUERY_OPTIONS }),
    ),
  ),
  requestBody: opt(body),
  responses: req(map("Responses by status code.", "the status code", response)),
});

const api = obj("The API this spec describes. Exactly one spec file has it.", {
  package: req(
    str("The npm package name of the generated package.", {
      pattern: /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/,
      patternHint: "an npm package name such as @scope/name",
    }),
  ),
  title: req(str("A human title for the API.")),
  apiVersion: req(
    str("The API version, such as `beta`: the first folder under generated/.", {
      pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      patternHint: "a version label such as beta or v1.0",
    }),
  ),
  baseUrl: req(
    str("The service root; operations' paths are relative to it.", {
      pattern: /^https?:\/\/[^\s?#]+$/,
      patternHint: "an http(s) URL with no query or fragment",
    }),
  ),
  specVersion: req(
    str("This spec's own semantic version, starting at 1.0.0.", {
      pattern: SEMVER,
      patternHint: "a semantic version such as 1.0.0 (numbers of at most 15 digits)",
    }),
  ),
  description,
});

export const SPEC_FILE: Shape = obj("One spec file. Files may be split freely; names are unique across all of them.", {
  namespace: opt(
    str("The namespace of the types and enums in this file.", {
      pattern: NAMESPACE,
      patternHint: "a dotted namespace such as microsoft.graph.callRecords",
    }),
  ),
  api: opt(api),
  types: opt(map("Entity and complex types.", "the type name", structured)),
  enums: opt(map("Enumerations.", "the enum name", enumType)),
  operations: opt(map("Operations.", "the operation id", operation)),
});

/** The plain data the walker yields for a file (fields are present only when valid). */
export interface RawFile {
  namespace?: string;
  api?: {
    package: string;
    title: string;
    apiVersion: string;
    baseUrl: string;
    specVersion: string;
    description?: string;
  };
  types?: Map<string, RawStructured>;
  enums?: Map<string, { description?: string; members?: (string | RawMember)[] }>;
  operations?: Map<string, RawOperation>;
}
export interface RawMember {
  name?: string;
  value?: number;
  description?: string;
}
export interface RawProperty {
  type?: string;
  collection?: boolean;
  nullable?: boolean;
  readOnly?: boolean;
  description?: string;
  deprecated?: { message?: string; since?: string; removal?: string };
}
export interface RawStructured {
  kind?: "entity" | "complex";
  base?: string;
  abstract?: boolean;
  open?: boolean;
  key?: string[];
  description?: string;
  properties?: Map<string, RawProperty>;
  navigation?: Map<string, { type?: string; collection?: boolean; description?: string }>;
}
export interface RawOperation {
  method?: (typeof HTTP_METHODS)[number];
  path?: string;
  description?: string;
  docsName?: string;
  parameters?: Map<string, { in?: "path" | "query"; type?: string; required?: boolean; description?: string }>;
  headers?: Map<string, { required?: boolean; value?: string; description?: string }>;
  query?: (typeof QUERY_OPTIONS)[number][];
  requestBody?: { type?: string; collection?: boolean };
  responses?: Map<string, { description?: string; body?: { type?: string; collection?: boolean } }>;
}
