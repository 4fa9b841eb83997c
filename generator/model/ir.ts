/**
 * The intermediate representation: plain, readonly, JSON-serialisable data, resolved once.
 *
 * Every emitter reads only this. Names here are the spec's own (wire names, qualified type names);
 * `tsName` is the one exception, fixed once for the whole package (`ir/names.ts`) so that the
 * types, validators and request builders agree on it. Every reference is already resolved: a
 * `IRTypeRef` says what it points at, and a qualified name in it is always declared in `IR.types`.
 */
import type { EdmPrimitive, ENUM_UNDERLYING } from "./edm.ts";

export type { EdmPrimitive } from "./edm.ts";

/** Where something was written in the spec, for diagnostics and banners. */
export interface SourceLocation {
  readonly file: string; // relative to the spec root, always with `/`
  readonly line: number; // 1-based
  readonly col: number; // 1-based
}

/** A reference to a type: a primitive, or a named type by its qualified name. */
export type IRTypeRef =
  | { readonly kind: "primitive"; readonly edm: EdmPrimitive }
  | { readonly kind: "enum"; readonly qname: string }
  | { readonly kind: "complex"; readonly qname: string }
  | { readonly kind: "entity"; readonly qname: string };

/** The name a reference refers to: `Edm.String`, or a named type's qualified name. */
export function refName(ref: IRTypeRef): string {
  return ref.kind === "primitive" ? ref.edm : ref.qname;
}

/** The CSDL spelling of a reference: `Edm.Single`, `Collection(microsoft.graph.callRecords.media)`. */
export function csdlTypeName(ref: IRTypeRef, collection = false): string {
  return collection ? `Collection(${refName(ref)})` : refName(ref);
}

/**
 * Differences from the service metadata (or warnings) that the spec keeps on purpose: a code
 * (`nullable`, `collectionUpdate`, `missingProperty:foo`) to the reason the spec gives for it.
 */
export type IRAcknowledged = Readonly<Record<string, string>>;

export interface IRDeprecation {
  readonly message: string;
  readonly since?: string; // ISO date
  readonly removal?: string; // ISO date
}

/** CSDL facets of a primitive property; documentation only (the wire form does not depend on them). */
export interface IRFacets {
  readonly maxLength?: number;
  readonly precision?: number;
  readonly scale?: number | "variable";
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
  readonly facets?: IRFacets;
  readonly acknowledged?: IRAcknowledged;
  readonly source: SourceLocation;
}

/**
 * A navigation property: a related entity or collection of entities, present in a response only
 * when expanded (`$expand`), never part of a request body.
 */
export interface IRNavigation {
  readonly wireName: string;
  readonly target: string; // qualified name of an entity type
  readonly collection: boolean;
  /** For a single-valued one: may it be null when expanded? (CSDL default true.) */
  readonly nullable: boolean;
  /** A containment navigation (`ContainsTarget`): its entities are addressed through the container. */
  readonly containsTarget: boolean;
  readonly description?: string;
  readonly acknowledged?: IRAcknowledged;
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
  readonly acknowledged?: IRAcknowledged;
  readonly source: SourceLocation;
}

export interface IRStructured extends IRNamedBase {
  readonly kind: "entity" | "complex";
  readonly baseType?: string; // qualified name
  readonly abstract: boolean;
  /** Values may carry dynamic properties (any JSON value) besides the declared ones. */
  readonly open: boolean;
  /** A media entity (`HasStream`): its bytes are read and written at `.../$value`. */
  readonly hasStream: boolean;
  /**
   * Entity key property names, inherited keys repeated here; empty for complex types and for keyless
   * entity types (a singleton's type may have no key).
   */
  readonly key: readonly string[];
  /** Own properties only, in spec order. Inherited ones are found through `baseType`. */
  readonly properties: readonly IRProperty[];
  readonly navigation: readonly IRNavigation[];
  /** Direct derived types, qualified names sorted by code unit. */
  readonly derived: readonly string[];
}

export interface IREnumMember {
  /** The name, which is also the wire form. */
  readonly name: string;
  /** The numeric value as decimal text (it may not fit a double: Int64 members). */
  readonly value: string;
  readonly description?: string;
  readonly acknowledged?: IRAcknowledged;
}

/** The integer types an enum may have underneath (CSDL `UnderlyingType`). */
export type EnumUnderlying = keyof typeof ENUM_UNDERLYING;

export interface IREnum extends IRNamedBase {
  readonly kind: "enum";
  readonly members: readonly IREnumMember[]; // spec order
  readonly underlying: EnumUnderlying;
  /** A flags enum: a value is member names joined by `,` (`"read,write"`), each at most once. */
  readonly flags: boolean;
  /** Has an `unknownFutureValue` member: Graph may add members after it. */
  readonly evolvable: boolean;
}

export type IRType = IRStructured | IREnum;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One segment of an operation's path template:
 * - `literal`: written as it is (`communications`, `microsoft.graph.callRecords.getPstnCalls`, `$value`);
 * - `param`: a whole segment holding a parameter (`{callRecordId}`), percent-encoded;
 * - `call`: a function call, `name(a={a},b={b})`: `name` is written as it is, each argument as an
 *   OData URL literal of its parameter; an optional parameter left undefined is left out.
 */
export type IRPathSegment =
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "param"; readonly name: string }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly string[] };

/**
 * Where a parameter goes: a path segment (`path`), the query string (`query`), a function call in
 * the path (`function`, as an OData URL literal), or a member of an action's JSON body (`body`).
 */
export type ParameterLocation = "path" | "query" | "function" | "body";

export interface IRParameter {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly type: IRTypeRef;
  /** A collection (function and body parameters only). */
  readonly collection: boolean;
  /** May it be null (function and body parameters only; CSDL default true)? */
  readonly nullable: boolean;
  /** Must the caller give it? Path parameters always; function parameters unless `Core.OptionalParameter`. */
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

/**
 * A request or response body. On the wire: an entity or complex type is the object itself; a
 * collection, a primitive or an enum is wrapped as `{ "value": ... }` in a response (a collection of
 * entities is a page that may link to the next); `Edm.Stream` is the raw bytes.
 */
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

/** What an operation is in OData terms: a plain request on a resource, or a bound or unbound function or action. */
export type OperationKind = "request" | "function" | "action";

export interface IROperation {
  readonly kind: "operation";
  readonly id: string; // `updateSegments`
  readonly tsName: string; // PascalCase form, `UpdateSegments`
  readonly odata: OperationKind;
  /** For a function or action: its qualified name (`microsoft.graph.callRecords.getPstnCalls`). */
  readonly odataName?: string;
  readonly method: HttpMethod;
  /** The template as written, `/communications/callRecords/{callRecordId}/...`. */
  readonly path: string;
  readonly pathSegments: readonly IRPathSegment[];
  /** In spec order. An action's `body` parameters make its request body (then `requestBody` is absent). */
  readonly parameters: readonly IRParameter[];
  readonly headers: readonly IRHeader[];
  readonly query: readonly ODataQueryOption[];
  readonly requestBody?: IRBody;
  /** Sorted by status. */
  readonly responses: readonly IRResponse[];
  readonly description?: string;
  readonly docsName?: string; // the docs page's example name, `update_segments`
  readonly acknowledged?: IRAcknowledged;
  readonly source: SourceLocation;
}

/** An entity set or singleton of the service's entity container: where entities are addressed from. */
export interface IRContainerMember {
  readonly kind: "entitySet" | "singleton";
  readonly name: string; // `users`, `communications`
  readonly type: string; // qualified name of an entity type
  readonly description?: string;
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
  /** The service's main namespace, whose types keep their simple names (`microsoft.graph`). */
  readonly mainNamespace: string;
  readonly description?: string;
  /** Where `specVersion` is written, for the semver guard's messages. */
  readonly source: SourceLocation;
}

export interface IR {
  readonly api: IRApi;
  /** Spec files, relative to the spec root, sorted by code unit. */
  readonly files: readonly string[];
  /** Every named type, sorted by qualified name (code unit order). */
  readonly types: readonly IRType[];
  /** Operations sorted by id. */
  readonly operations: readonly IROperation[];
  /** Entity sets and singletons, sorted by name. */
  readonly container: readonly IRContainerMember[];
  /** What the spec files acknowledge about things they do not declare (`missingType:<qname>`). */
  readonly acknowledged?: IRAcknowledged;
}
