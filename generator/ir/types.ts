/**
 * The intermediate representation: plain, readonly, JSON-serialisable data.
 *
 * Every emitter reads only this. Names here are the spec's own names (wire names, qualified type
 * names); the identifiers an emitter gives them are computed by that emitter through
 * `generator/emit/names.ts`, except `tsName`, which is fixed once for the whole package so that the
 * types, validators and request builders agree on it.
 */

/** Where something was written in the spec, for diagnostics and banners. */
export interface SourceLocation {
  readonly file: string; // relative to the spec root, always with `/`
  readonly line: number; // 1-based
  readonly col: number; // 1-based
}

export type EdmPrimitive =
  | "Edm.String"
  | "Edm.Boolean"
  | "Edm.Int32"
  | "Edm.Int64"
  | "Edm.Single"
  | "Edm.Double"
  | "Edm.DateTimeOffset"
  | "Edm.Duration";

export const EDM_PRIMITIVES: readonly EdmPrimitive[] = [
  "Edm.String",
  "Edm.Boolean",
  "Edm.Int32",
  "Edm.Int64",
  "Edm.Single",
  "Edm.Double",
  "Edm.DateTimeOffset",
  "Edm.Duration",
];

/** A reference to a type: a primitive, or a named type by its qualified name. */
export type IRTypeRef =
  | { readonly kind: "primitive"; readonly edm: EdmPrimitive }
  | { readonly kind: "enum"; readonly qname: string }
  | { readonly kind: "complex"; readonly qname: string }
  | { readonly kind: "entity"; readonly qname: string };

export interface IRDeprecation {
  readonly message: string;
  readonly since?: string; // ISO date
  readonly removal?: string; // ISO date
}

export interface IRProperty {
  /** The name on the wire, exactly as the API spells it (`cpuInsufficentEventRatio`). */
  readonly wireName: string;
  readonly type: IRTypeRef;
  /** A collection-valued property: the value is always an array (CSDL), never null. */
  readonly collection: boolean;
  /** For a single value: may it be null? For a collection: may its items be null? */
  readonly nullable: boolean;
  readonly description?: string;
  readonly deprecated?: IRDeprecation;
  readonly readOnly: boolean;
  readonly source: SourceLocation;
}

/**
 * A navigation property: a contained collection or single entity that a response carries only when
 * expanded (`$expand`). Never part of a request body.
 */
export interface IRNavigation {
  readonly wireName: string;
  readonly target: string; // qualified name of an entity type
  readonly collection: boolean;
  readonly description?: string;
  readonly source: SourceLocation;
}

interface IRNamedBase {
  /** Qualified name, `microsoft.graph.callRecords.segment`. */
  readonly qname: string;
  readonly namespace: string;
  /** The name inside its namespace, `segment`. */
  readonly name: string;
  /** The TypeScript name used by every emitter for this type (`Segment`), unique in the package. */
  readonly tsName: string;
  readonly description?: string;
  readonly source: SourceLocation;
}

export interface IRStructured extends IRNamedBase {
  readonly kind: "entity" | "complex";
  readonly baseType?: string; // qualified name
  readonly abstract: boolean;
  readonly open: boolean;
  /** Entity key property names (inherited keys are repeated here); empty for complex types. */
  readonly key: readonly string[];
  /** Own properties only, in spec order. Inherited ones are found through `baseType`. */
  readonly properties: readonly IRProperty[];
  readonly navigation: readonly IRNavigation[];
  /** Direct derived types, qualified names sorted by code unit. */
  readonly derived: readonly string[];
}

export interface IREnumMember {
  readonly name: string;
  readonly value: number;
  readonly description?: string;
}

export interface IREnum extends IRNamedBase {
  readonly kind: "enum";
  readonly members: readonly IREnumMember[]; // spec order
  /** Has an `unknownFutureValue` member: Graph may add members after it. */
  readonly evolvable: boolean;
}

export type IRType = IRStructured | IREnum;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type IRPathSegment =
  { readonly kind: "literal"; readonly value: string } | { readonly kind: "param"; readonly name: string };

export interface IRParameter {
  readonly name: string;
  readonly in: "path" | "query";
  readonly type: IRTypeRef;
  readonly required: boolean;
  readonly description?: string;
  readonly source: SourceLocation;
}

export interface IRHeader {
  /** Header name as sent, e.g. `Authorization`. */
  readonly name: string;
  readonly required: boolean;
  /** A template such as `Bearer {token}`, for documentation. */
  readonly value?: string;
  readonly description?: string;
}

export interface IRBody {
  readonly type: IRTypeRef;
  readonly collection: boolean;
}

export interface IRResponse {
  readonly status: number;
  readonly description?: string;
  readonly body?: IRBody;
}

/** OData system query options an operation accepts. */
export type ODataQueryOption = "$select" | "$expand" | "$filter" | "$orderby" | "$top" | "$skip" | "$count";

/** The query options the generated client offers; the checker warns about any other a spec lists. */
export const CLIENT_QUERY_OPTIONS = ["$select", "$expand"] as const satisfies readonly ODataQueryOption[];

export interface IROperation {
  readonly kind: "operation";
  readonly id: string; // `updateSegments`
  readonly tsName: string; // PascalCase form, `UpdateSegments`
  readonly method: HttpMethod;
  /** The template as written, `/communications/callRecords/{callRecordId}/...`. */
  readonly path: string;
  readonly pathSegments: readonly IRPathSegment[];
  readonly parameters: readonly IRParameter[];
  readonly headers: readonly IRHeader[];
  readonly query: readonly ODataQueryOption[];
  readonly requestBody?: IRBody;
  readonly responses: readonly IRResponse[];
  readonly description?: string;
  readonly docsName?: string; // the docs page's example name, `update_segments`
  readonly source: SourceLocation;
}

export interface IRApi {
  /** npm package name of the generated package. */
  readonly packageName: string;
  readonly title: string;
  /** The API version, `beta`: the first folder under `generated/`. */
  readonly apiVersion: string;
  readonly baseUrl: string;
  /** The spec's own semantic version, `1.0.0`. */
  readonly specVersion: string;
  readonly description?: string;
}

export interface IR {
  readonly api: IRApi;
  /** Spec files, relative to the spec root, sorted by code unit. */
  readonly files: readonly string[];
  /** Every named type, sorted by qualified name (code unit order). */
  readonly types: readonly IRType[];
  /** Operations sorted by id. */
  readonly operations: readonly IROperation[];
}
