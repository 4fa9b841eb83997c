/**
 * The spec format, written once as shapes. The checker walks spec files against it and
 * `format-schema.ts` turns it into `spec/spec.schema.json` for editors.
 *
 * The `Raw*` interfaces are the plain data the walker yields (a field is present only when it had
 * the right form). The checker then adds what it resolved, once: the fields marked "resolved" hold
 * what a reference names, so that the IR builder only reads.
 */
import { ACKNOWLEDGE_CODES } from "../model/acknowledge.ts";
import { ENUM_UNDERLYING } from "../model/edm.ts";
import type { IRPathSegment, IRTypeRef, ParameterLocation } from "../model/ir.ts";
import type { Field, Shape } from "./shape.ts";
import {
  BIDI_CONTROLS,
  IDENTIFIER_FOLLOWING,
  IDENTIFIER_LEADING,
  MAX_IDENTIFIER,
  PLAIN_WIRE_NAME,
} from "./identifiers.ts";

const str = (doc: string, extra: Partial<Extract<Shape, { kind: "string" }>> = {}): Shape => ({
  kind: "string",
  doc,
  ...extra,
});
const bool = (doc: string): Shape => ({ kind: "boolean", doc });
const int = (doc: string, min?: number): Shape => ({ kind: "integer", doc, ...(min === undefined ? {} : { min }) });
const req = (shape: Shape): Field => ({ shape, required: true });
const opt = (shape: Shape): Field => ({ shape });
const obj = (doc: string, fields: Record<string, Field>, elsewhere?: Record<string, string>): Shape => ({
  kind: "object",
  doc,
  fields,
  ...(elsewhere === undefined ? {} : { elsewhere }),
});
const map = (doc: string, keyDoc: string, value: Shape, keyPattern?: RegExp): Shape => ({
  kind: "map",
  doc,
  keyDoc,
  value,
  ...(keyPattern === undefined ? {} : { keyPattern }),
});
const list = (doc: string, item: Shape): Shape => ({ kind: "list", doc, item });

/** A semantic version; each number at most 15 digits, so that it stays exact as a JavaScript number. */
export const SEMVER =
  /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An OData simple identifier, for editors, from the checker's rule (`check/identifiers.ts`). */
const IDENTIFIER = `${IDENTIFIER_LEADING}${IDENTIFIER_FOLLOWING}{0,${MAX_IDENTIFIER - 1}}`;
/** At the start of a pattern: no bidirectional control anywhere after (identifiers may hold other format characters). */
const NO_BIDI = `(?![\\s\\S]*[${BIDI_CONTROLS}])`;
export const NAME = new RegExp(`^${NO_BIDI}${IDENTIFIER}$`, "u");
/** A property's key: an identifier, or a plain JSON key the checker keeps with a warning (`request-id`). */
const PROPERTY_KEY = new RegExp(`${NAME.source}|${PLAIN_WIRE_NAME.source}`, "u");
export const NAMESPACE = new RegExp(`^${NO_BIDI}${IDENTIFIER}(?:\\.${IDENTIFIER})*$`, "u");
const QUALIFIED = new RegExp(`^${NO_BIDI}${IDENTIFIER}(?:\\.${IDENTIFIER})+$`, "u");
export const OPERATION_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export const QUERY_OPTIONS = ["$select", "$expand", "$filter", "$orderby", "$top", "$skip", "$count"] as const;
export const PARAMETER_LOCATIONS = [
  "path",
  "query",
  "function",
  "body",
] as const satisfies readonly ParameterLocation[];
export const UNDERLYING_TYPES = Object.keys(ENUM_UNDERLYING) as (keyof typeof ENUM_UNDERLYING)[];

const description = opt(str("What this is, in a sentence or two. Shown in editors and in the generated JSDoc."));

const ACKNOWLEDGE_KEY = (() => {
  const names = Object.keys(ACKNOWLEDGE_CODES);
  const plain = names.filter((n) => !n.endsWith(":"));
  const prefixed = names.filter((n) => n.endsWith(":")).map((n) => n.slice(0, -1));
  return new RegExp(`^(?:${plain.join("|")}|(?:${prefixed.join("|")}):.+)$`);
})();

const acknowledge = opt(
  map(
    "Differences or warnings kept on purpose: a code (a checker warning such as `collectionUpdate`, " +
      "or a drift code such as `nullable` or `missingProperty:<name>`) and the reason.",
    "the code",
    str("Why the spec keeps it this way."),
    ACKNOWLEDGE_KEY,
  ),
);

const typeRef = str(
  "A type: an Edm primitive (`Edm.String`, `Edm.Int32`, `Edm.Guid`, `Edm.Date`, `Edm.Stream`, ...), " +
    "a qualified name (`microsoft.graph.identity`) or a name in this file's namespace (`endpoint`).",
);

const tsName = opt(
  str("Pins the TypeScript name (a PascalCase identifier), instead of the one derived from the spec name.", {
    schemaPattern: /^[A-Za-z_$][A-Za-z0-9_$]*$/,
  }),
);

const deprecation = obj("Marks the property as deprecated.", {
  message: req(str("What to use instead.")),
  since: opt(str("When it was deprecated (YYYY-MM-DD).", { pattern: ISO_DATE, patternHint: "a date YYYY-MM-DD" })),
  removal: opt(str("When it stops working (YYYY-MM-DD).", { pattern: ISO_DATE, patternHint: "a date YYYY-MM-DD" })),
});

const property = obj(
  "A structural property. The map key is its wire name, exactly as the API spells it.",
  {
    type: req(typeRef),
    collection: opt(bool("A collection: the value is always an array (never null). Default false.")),
    nullable: opt(bool("May the value (for a collection: each item) be null? Default true, as in CSDL.")),
    readOnly: opt(bool("Set by the service; a client does not send it. Default false.")),
    maxLength: opt(int("The longest value (Edm.String, Edm.Binary, Edm.Stream). Documentation only.", 1)),
    precision: opt(int("Digits of an Edm.Decimal, or decimals of a second (temporal types). Documentation only.", 0)),
    scale: opt({
      kind: "either",
      doc: "an integer, or `variable`",
      options: [
        int("Digits right of the decimal point of an Edm.Decimal. Documentation only.", 0),
        str("Any number of digits right of the decimal point.", { oneOf: ["variable"] }),
      ],
    }),
    description,
    deprecated: opt(deprecation),
    acknowledge,
  },
  {
    containsTarget: "`containsTarget` belongs to a navigation property (under `navigation:`)",
    target: "a navigation property's type is its target (under `navigation:`)",
    in: "`in` belongs to an operation's parameter",
  },
);

const navigation = obj(
  "A navigation property: a related entity or collection of entities, present in a response only when expanded.",
  {
    type: req(str("The entity type it leads to.")),
    collection: opt(bool("A collection of entities. Default false.")),
    nullable: opt(bool("For a single entity: may it be null when expanded? Default true.")),
    containsTarget: opt(bool("Containment: its entities are addressed through this one. Default false.")),
    description,
    acknowledge,
  },
  {
    readOnly: "a navigation property is never sent, so it has no `readOnly`",
    maxLength: "facets belong to structural properties of primitive types",
  },
);

const structured = obj(
  "An entity or complex type. The map key is its name inside the file's namespace.",
  {
    kind: opt(
      str("`entity` (has a key, addressable) or `complex` (a value). Default complex.", {
        oneOf: ["entity", "complex"],
      }),
    ),
    base: opt(str("The type this one derives from; it inherits its properties.")),
    abstract: opt(bool("No value is ever of exactly this type, only of a derived one. Default false.")),
    open: opt(bool("Values may carry dynamic properties (any JSON value) not declared here. Default false.")),
    hasStream: opt(bool("A media entity: its bytes are read and written at `.../$value`. Entity types only.")),
    key: opt(
      list(
        "The key properties of an entity type; when given, not empty. " +
          "An entity type with no key of its own or inherited is keyless.",
        str("A property name."),
      ),
    ),
    tsName,
    description,
    acknowledge,
    properties: opt(map("Properties in the order they should appear.", "the wire name", property, PROPERTY_KEY)),
    navigation: opt(map("Navigation properties.", "the wire name", navigation, NAME)),
  },
  {
    members: "`members` belongs to an enum (under `enums:`)",
    flags: "`flags` belongs to an enum (under `enums:`)",
    containsTarget: "`containsTarget` belongs to a navigation property",
  },
);

const member = {
  kind: "either",
  doc: "a member name, or a mapping with name, value and description",
  options: [
    str("A member name; its value is its position (not allowed in a flags enum)."),
    obj("A member with an explicit value.", {
      name: req(str("The member name as sent on the wire.", { schemaPattern: NAME })),
      value: opt({
        kind: "integerText",
        doc: "The numeric value, within the underlying type's range (it may be negative or 64-bit).",
      }),
      description,
      acknowledge,
    }),
  ],
} as const satisfies Shape;

const enumType = obj(
  "An enumeration. The map key is its name inside the file's namespace.",
  {
    description,
    flags: opt(bool("A flags enum: a value is member names joined by `,`. Every member needs a `value`.")),
    underlying: opt(str("The integer type underneath. Default Edm.Int32.", { oneOf: UNDERLYING_TYPES })),
    tsName,
    acknowledge,
    members: req(list("Members in order. `unknownFutureValue` marks an evolvable enum.", member)),
  },
  {
    properties: "`properties` belongs to an entity or complex type (under `types:`)",
    values: "a member's value is written on the member: `- { name: read, value: 1 }`",
  },
);

const parameter = obj(
  "A parameter. The map key is its name, as written in the path template for path and function parameters.",
  {
    in: req(
      str("Where it goes: a path segment, the query string, a function call in the path, or the action's JSON body.", {
        oneOf: PARAMETER_LOCATIONS,
      }),
    ),
    type: opt(str("Its type. Default Edm.String.")),
    collection: opt(bool("A collection (function and body parameters only). Default false.")),
    nullable: opt(bool("May it be null (function and body parameters only)? Default true.")),
    required: opt(
      bool("Must the caller give it? Path: always. Query: default false. Function and body: default true."),
    ),
    description,
  },
);

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

const qualifiedName = (doc: string): Shape => str(doc, { schemaPattern: QUALIFIED });

const operation = obj(
  "An operation. The map key is its id (`updateSegments`), which names the generated functions.",
  {
    method: req(str("The HTTP method.", { oneOf: HTTP_METHODS })),
    path: req(
      str(
        "The path template, relative to the base URL, with `{name}` for each path parameter " +
          "and `name(a={a})` for a function call.",
      ),
    ),
    function: opt(qualifiedName("Makes this an OData function (GET, path ends in a call of it): its qualified name.")),
    action: opt(qualifiedName("Makes this an OData action (POST, path ends in its name): its qualified name.")),
    description,
    docsName: opt(str("The `name` of the docs page's example request, for docs-check.")),
    parameters: opt(map("Path, query, function and body parameters.", "the parameter name", parameter, NAME)),
    headers: opt(map("Request headers.", "the header name", header)),
    query: opt(
      list(
        "OData system query options the operation accepts. The generated client offers `$select` and `$expand`; " +
          "any other is warned about, and not offered.",
        str("A query option.", { oneOf: QUERY_OPTIONS }),
      ),
    ),
    requestBody: opt(body),
    responses: req(map("Responses by status code.", "the status code", response)),
    acknowledge,
  },
  { body: "a request body is `requestBody`; a response's body sits under its status in `responses`" },
);

const containerMember = (what: string): Shape =>
  obj(`${what}. The map key is its name, the first segment of the URLs of its entities.`, {
    type: req(str("Its entity type.")),
    description,
  });

const container = obj("The service's entity container: where entities are addressed from. Names are unique.", {
  entitySets: opt(map("Entity sets.", "the entity set name", containerMember("An entity set"), NAME)),
  singletons: opt(map("Singletons.", "the singleton name", containerMember("A singleton"), NAME)),
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
  namespace: opt(
    str(
      "The service's main namespace, whose types keep simple TypeScript names. " +
        "Default: the declared namespace with the fewest dots.",
      { schemaPattern: NAMESPACE },
    ),
  ),
  description,
});

export const SPEC_FILE: Shape = obj("One spec file. Files may be split freely; names are unique across all of them.", {
  namespace: opt(
    str("The namespace of the types and enums in this file.", {
      schemaPattern: NAMESPACE,
    }),
  ),
  api: opt(api),
  container: opt(container),
  acknowledge,
  types: opt(map("Entity and complex types.", "the type name", structured, NAME)),
  enums: opt(map("Enumerations.", "the enum name", enumType, NAME)),
  operations: opt(map("Operations.", "the operation id", operation, OPERATION_ID)),
});

export type RawAcknowledge = Map<string, string>;

/** The plain data the walker yields for a file (fields are present only when valid). */
export interface RawFile {
  namespace?: string;
  api?: RawApi;
  container?: { entitySets?: Map<string, RawContainerMember>; singletons?: Map<string, RawContainerMember> };
  acknowledge?: RawAcknowledge;
  types?: Map<string, RawStructured>;
  enums?: Map<string, RawEnum>;
  operations?: Map<string, RawOperation>;
}
export interface RawApi {
  // Required keys, but like every field absent when missing or invalid (that is reported).
  package?: string;
  title?: string;
  apiVersion?: string;
  baseUrl?: string;
  specVersion?: string;
  namespace?: string;
  description?: string;
}
export interface RawContainerMember {
  type?: string;
  description?: string;
  /** Resolved: the entity type it names. */
  ref?: IRTypeRef;
}
export interface RawMember {
  name?: string;
  /** Decimal text, read exactly from the source. */
  value?: string;
  description?: string;
  acknowledge?: RawAcknowledge;
}
export interface RawEnum {
  description?: string;
  flags?: boolean;
  underlying?: (typeof UNDERLYING_TYPES)[number];
  tsName?: string;
  acknowledge?: RawAcknowledge;
  members?: (string | RawMember)[];
}
export interface RawProperty {
  type?: string;
  collection?: boolean;
  nullable?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  precision?: number;
  scale?: number | "variable";
  description?: string;
  deprecated?: { message?: string; since?: string; removal?: string };
  acknowledge?: RawAcknowledge;
  /** Resolved: what `type` names. */
  ref?: IRTypeRef;
}
export interface RawNavigation {
  type?: string;
  collection?: boolean;
  nullable?: boolean;
  containsTarget?: boolean;
  description?: string;
  acknowledge?: RawAcknowledge;
  /** Resolved: what `type` names. */
  ref?: IRTypeRef;
}
export interface RawStructured {
  kind?: "entity" | "complex";
  base?: string;
  abstract?: boolean;
  open?: boolean;
  hasStream?: boolean;
  key?: string[];
  tsName?: string;
  description?: string;
  acknowledge?: RawAcknowledge;
  properties?: Map<string, RawProperty>;
  navigation?: Map<string, RawNavigation>;
  /** Resolved: what `base` names. */
  baseRef?: IRTypeRef;
}
export interface RawParameter {
  in?: ParameterLocation;
  type?: string;
  collection?: boolean;
  nullable?: boolean;
  required?: boolean;
  description?: string;
  /** Resolved: what `type` (default Edm.String) names. */
  ref?: IRTypeRef;
}
export interface RawBody {
  type?: string;
  collection?: boolean;
  /** Resolved: what `type` names. */
  ref?: IRTypeRef;
}
export interface RawOperation {
  method?: (typeof HTTP_METHODS)[number];
  path?: string;
  function?: string;
  action?: string;
  description?: string;
  docsName?: string;
  parameters?: Map<string, RawParameter>;
  headers?: Map<string, { required?: boolean; value?: string; description?: string }>;
  query?: (typeof QUERY_OPTIONS)[number][];
  requestBody?: RawBody;
  responses?: Map<string, { description?: string; body?: RawBody }>;
  acknowledge?: RawAcknowledge;
  /** Checked: the path template's segments. */
  segments?: IRPathSegment[];
}
