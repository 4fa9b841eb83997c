/**
 * Building a request from an operation's description (`Operation`, which `operations.js` writes
 * once per operation as plain data) and the caller's values: the body checked first, as the JSON
 * that will be sent; the path with every parameter encoded; the query; the headers. Internal to
 * the package: `operations.js` calls `buildRequest`, `client-send.ts` the parts it needs.
 *
 * Encoding. A path parameter fills one segment, percent-encoded so that only the RFC 3986
 * unreserved characters pass as they are: `/`, `?`, `#`, `%`, spaces and non-ASCII can never change
 * the path. A parameter that is exactly "." or ".." is refused, not encoded: the WHATWG URL parser,
 * which fetch uses, reads "%2E%2E" as ".." and would remove a segment.
 *
 * A function's parameters are OData literals inside the call (`f(a=1,b='x')`), each in the form of
 * its type (URL conventions 5.1.1.6, ABNF `primitiveLiteral`): a string quoted with `'` doubled; an
 * enum (flags too) `ns.enum'member'`; a duration `duration'P1D'`, binary `binary'AQID'`; a Guid,
 * date, time, number or boolean bare; null as `null`. The syntax (`'`, the prefix) is written as it
 * is, and the value inside is percent-encoded like a path parameter, but for `:`, which a path may
 * hold (dates stay readable: `2024-01-01T00:00:00Z`). A collection or structured value is passed
 * by a parameter alias: `f(p=@p)?@p=<the JSON, percent-encoded>`. An optional parameter left
 * undefined is left out of the call.
 */
import { RequestValidationError, type BuiltRequest, type RequestOptions, type StreamBody } from "./client.js";
import { isObject, type ValidateOptions, type ValidationError, type ValidationResult } from "./runtime.js";

/** @internal How a path or query parameter is checked: its JSON kind. */
export type ParameterKind = "string" | "number" | "boolean";

/** @internal A value check of the validation runtime or an enum's `isE`. */
export type Test = (value: unknown) => boolean;

/**
 * @internal Whether a value passes a value check. A check that throws (one written for strings
 * only, given a number) counts as a refusal: a value the check cannot read is not of its type.
 */
export function passes(test: Test | undefined, value: unknown): boolean {
  try {
    return test?.(value) === true;
  } catch {
    return false;
  }
}

/** @internal A type's validator (`validateT`), or an action's (`validateOpBody`). */
export type Validate = (value: unknown, options?: ValidateOptions) => ValidationResult<unknown>;

/** @internal A segment filled by a parameter (`{callRecordId}`). */
export interface PathParameter {
  readonly param: string;
  /** Default "string". */
  readonly kind?: ParameterKind;
}

/** @internal One parameter of a function call, written as an OData literal (see the file comment). */
export interface FunctionArgument {
  readonly name: string;
  /** Its type, for messages: `Edm.String`, or a qualified name. */
  readonly type: string;
  /** `bare` (`3`), `quoted` (`'x'`, after `prefix` if any), or `alias` (`@p`, the JSON in the query). */
  readonly form: "bare" | "quoted" | "alias";
  /** What comes before the quoted value: an enum's qualified name, `duration`, `binary`. */
  readonly prefix?: string;
  /** The check of a primitive or enum value (of each item of a collection). */
  readonly test?: Test;
  /** The check of a structured value (of each item of a collection), in request mode. */
  readonly validate?: Validate;
  readonly collection?: boolean;
  /** May it (an item of a collection) be null? */
  readonly nullable?: boolean;
  /** false: may be left out (Core.OptionalParameter). Default true. */
  readonly required?: boolean;
}

/**
 * @internal A function call segment, `name(a=...,b=...)`, made by `functionCall`: its text comes
 * from the code that writes literals, which a bundle carries only when an operation it imports
 * calls a function.
 */
export interface FunctionCall {
  /** The segment's text; an argument passed by alias adds its query pair to `aliases`. */
  readonly text: (operation: string, params: unknown, aliases: string[]) => string;
}

/** @internal A path segment: written as it is, a parameter, or a function call. */
export type PathPart = string | PathParameter | FunctionCall;

/** @internal A parameter of the query string (`?top=5`). */
export interface QueryParameter {
  readonly name: string;
  /** Default "string". */
  readonly kind?: ParameterKind;
  /** Default false. */
  readonly required?: boolean;
}

/** @internal A navigation property in a shape: where it leads (a function, as shapes refer to each other in cycles). */
export interface NavigationShape {
  readonly target: () => Shape;
  readonly collection: boolean;
}

/** @internal What $select and $expand may name on an entity type, and where its navigation leads. */
export interface Shape {
  /** The qualified name, for messages. */
  readonly name: string;
  readonly properties: readonly string[];
  readonly navigation: Readonly<Record<string, NavigationShape>>;
}

/**
 * @internal The OData query options an operation accepts, on the entity type of its response, made
 * by `queryOptions`: with the code that writes them and checks what was expanded, which a bundle
 * carries only when an operation it imports takes them.
 */
export interface QueryOptions {
  readonly accepts: readonly ("$select" | "$expand")[];
  readonly shape: Shape;
  /** Appends $select and $expand from the options to a query string. */
  readonly write: (op: Operation, query: string, options: unknown) => string;
  /** The problems of a response item that lacks a navigation property the request expanded. */
  readonly expanded: (shape: Shape, value: unknown, expand: unknown) => ValidationError[];
}

/** @internal What an operation sends as its body. */
export type RequestBodySpec =
  /** An object (an entity, a complex value, an action's parameters), checked by `validate`. */
  | { readonly kind: "object"; readonly validate: Validate }
  /** An array of such objects. */
  | { readonly kind: "array"; readonly validate: Validate }
  /** A primitive or enum, sent as `{ "value": ... }`. */
  | { readonly kind: "value"; readonly type: string; readonly test: Test }
  /** Raw bytes (Edm.Stream). */
  | { readonly kind: "stream" };

/** @internal What a declared success response carries, and how it is checked. */
export type ResponseSpec =
  /** No body. */
  | { readonly kind: "none" }
  /** An object checked by `validate`; `shape` when the operation accepts $expand on it. */
  | { readonly kind: "object"; readonly validate: Validate; readonly shape?: Shape }
  /** A page (`{ value: [...] }`) of such objects. */
  | { readonly kind: "page"; readonly validate: Validate; readonly shape?: Shape }
  /** A primitive or enum, `{ "value": ... }` on the wire: the call resolves to the value itself. */
  | { readonly kind: "value"; readonly type: string; readonly test: Test }
  /** A page of primitives or enums. */
  | { readonly kind: "values"; readonly type: string; readonly test: Test }
  /** Raw bytes (Edm.Stream). */
  | { readonly kind: "stream" };

/** @internal An operation as `operations.js` describes it: everything but the caller's values. */
export interface Operation {
  /** The operation's id, for messages (`updateSegments`). */
  readonly id: string;
  readonly method: BuiltRequest["method"];
  /** The spec's base URL: the default of RequestOptions.baseUrl. */
  readonly baseUrl: string;
  /** The path's segments after the base URL. */
  readonly path: readonly PathPart[];
  readonly query?: readonly QueryParameter[];
  readonly queryOptions?: QueryOptions;
  readonly body?: RequestBodySpec;
  /** The declared success responses, by status. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible ASCII and Latin-1, spaces and tabs inside: no CR, LF or NUL can split a header. */
const HEADER_VALUE = /^(?:[\x21-\x7E\x80-\xFF](?:[\t\x20-\x7E\x80-\xFF]*[\x21-\x7E\x80-\xFF])?)?$/;

/**
 * @internal A JSON Pointer segment for a name. (runtime.ts escapes keys the same way, unexported: an
 * export of its own would add to every package's runtime.js.)
 */
export function pointer(name: string): string {
  return `/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** @internal A request refused before anything is sent, with one problem. */
export function invalid(
  operation: string,
  part: "params" | "body" | "options",
  path: string,
  code: string,
  message: string,
): RequestValidationError {
  return new RequestValidationError(operation, part, [{ path, code, message }]);
}

/** @internal What a value is, for messages: "nothing", "null", "a string", "an array"... */
export function found(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return value === "" ? "an empty string" : "a string";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** @internal The own property of an object, or undefined (inherited ones, __proto__ included, never count). */
export function own(o: unknown, key: string): unknown {
  return typeof o === "object" && o !== null && Object.prototype.hasOwnProperty.call(o, key)
    ? (o as Record<string, unknown>)[key]
    : undefined;
}

/** @internal Percent-encodes everything but the RFC 3986 unreserved characters; undefined for lone surrogates. */
export function encodeStrict(text: string): string | undefined {
  try {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return undefined;
  }
}

/** The text of a parameter value, or undefined when it is missing, empty or of the wrong kind. */
function parameterText(value: unknown, kind: ParameterKind): string | undefined {
  if (kind === "string") return typeof value === "string" && value !== "" ? value : undefined;
  if (kind === "number") return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
  return typeof value === "boolean" ? String(value) : undefined;
}

function expected(kind: ParameterKind): string {
  return kind === "string" ? "a non-empty string" : kind === "number" ? "a finite number" : "a boolean";
}

/** A path or query parameter's encoded text, or undefined when it is not given. */
function parameter(id: string, params: unknown, name: string, kind: ParameterKind, where: string): string | undefined {
  const value = own(params, name);
  if (value === undefined) return undefined;
  const what = `${where} parameter ${JSON.stringify(name)}`;
  const text = parameterText(value, kind);
  if (text === undefined)
    throw invalid(id, "params", pointer(name), "parameter", `${what} must be ${expected(kind)}, found ${found(value)}`);
  const encoded = encodeStrict(text);
  if (encoded === undefined)
    throw invalid(id, "params", pointer(name), "parameter", `${what} is not well-formed Unicode (a lone surrogate)`);
  return encoded;
}

function pathSegment(id: string, params: unknown, p: PathParameter): string {
  const kind = p.kind ?? "string";
  const segment = parameter(id, params, p.param, kind, "path");
  const what = `path parameter ${JSON.stringify(p.param)}`;
  if (segment === undefined)
    throw invalid(
      id,
      "params",
      pointer(p.param),
      "parameter",
      `${what} is required and must be ${expected(kind)}, found nothing`,
    );
  if (segment === "." || segment === "..") {
    const why = "a dot-segment that URL parsers (fetch included) remove from the path even when it is percent-encoded";
    throw invalid(
      id,
      "params",
      pointer(p.param),
      "parameter",
      `${what} is ${JSON.stringify(segment)}, ${why}, so it cannot be sent`,
    );
  }
  return segment;
}

/** A literal's text inside the call: percent-encoded, `:` kept (see the file comment). */
function literalText(id: string, name: string, text: string): string {
  const encoded = encodeStrict(text);
  if (encoded === undefined)
    throw invalid(
      id,
      "params",
      pointer(name),
      "parameter",
      `function parameter ${JSON.stringify(name)} is not well-formed Unicode (a lone surrogate)`,
    );
  return encoded.replace(/%3A/g, ":");
}

/**
 * @internal The JSON text of a value and the value it stands for (parsed back), so that what is
 * checked is exactly what is sent: a `toJSON` (the value's own, a class's, a nested value's) or a
 * getter cannot show the check one thing and send another. Undefined when it is not JSON at all.
 */
export function asSent(value: unknown): { text: string; sent: unknown } | { problem: string } {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    return { problem: `it cannot be written as JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (text === undefined) return { problem: `it is not a JSON value, found ${found(value)}` };
  return { text, sent: JSON.parse(text) as unknown };
}

function itemErrors(value: unknown, arg: FunctionArgument, at: string): ValidationError[] {
  if (value === null) {
    return arg.nullable === true ? [] : [{ path: at, code: "null", message: `expected ${arg.type}, found null` }];
  }
  if (arg.validate !== undefined) {
    const r = arg.validate(value, { mode: "request" });
    return r.ok ? [] : r.errors.map((e) => ({ ...e, path: at + e.path }));
  }
  return passes(arg.test, value) ? [] : [{ path: at, code: "type", message: `expected ${arg.type}` }];
}

/** The problems of an alias value (as sent): a collection is an array whose items are checked. */
function aliasErrors(sent: unknown, arg: FunctionArgument): ValidationError[] {
  if (arg.collection !== true) return itemErrors(sent, arg, "");
  if (!Array.isArray(sent)) return [{ path: "", code: "type", message: `expected an array of ${arg.type}` }];
  return sent.flatMap((item: unknown, i) => itemErrors(item, arg, `/${i}`));
}

/** One `name=literal` of a call, or undefined when an optional parameter is left out; an alias adds its query pair. */
function argument(id: string, params: unknown, arg: FunctionArgument, aliases: string[]): string | undefined {
  const value = own(params, arg.name);
  const name = literalText(id, arg.name, arg.name);
  const what = `function parameter ${JSON.stringify(arg.name)}`;
  const refuse = (message: string, path = ""): RequestValidationError =>
    invalid(id, "params", pointer(arg.name) + path, "parameter", `${what} ${message}`);
  if (value === undefined) {
    if (arg.required === false) return undefined;
    throw refuse(`is required (${arg.type}), found nothing`);
  }
  if (value === null && arg.collection !== true) {
    if (arg.nullable === true) return `${name}=null`;
    throw refuse(`may not be null (${arg.type})`);
  }
  if (arg.form === "alias") {
    const json = asSent(value);
    if ("problem" in json) throw refuse(json.problem);
    const [first] = aliasErrors(json.sent, arg);
    if (first !== undefined)
      throw refuse(
        `is not a valid ${arg.type}${arg.collection === true ? " collection" : ""}: ${first.message}`,
        first.path,
      );
    aliases.push(`@${name}=${encodeStrict(json.text) ?? ""}`);
    return `${name}=@${name}`;
  }
  if (
    !passes(arg.test, value) ||
    (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
  ) {
    throw refuse(
      `must be a valid ${arg.type}, found ${typeof value === "string" ? JSON.stringify(value) : found(value)}`,
    );
  }
  const text = String(value);
  if (arg.form === "bare") return `${name}=${literalText(id, arg.name, text)}`;
  return `${name}=${arg.prefix ?? ""}'${literalText(id, arg.name, text.replace(/'/g, "''"))}'`;
}

/** @internal A function call segment: `name(...)`, each argument written as its literal form says. */
export function functionCall(name: string, args: readonly FunctionArgument[]): FunctionCall {
  const text = (id: string, params: unknown, aliases: string[]): string => {
    const written = args.flatMap((a) => {
      const literal = argument(id, params, a, aliases);
      return literal === undefined ? [] : [literal];
    });
    return `${name}(${written.join(",")})`;
  };
  return { text };
}

/** @internal The path after the base URL (`/a/b`, `/` when empty) and the aliases its calls need. */
export function pathOf(op: Operation, params: unknown): { path: string; aliases: string[] } {
  const aliases: string[] = [];
  const segments = op.path.map((p) =>
    typeof p === "string" ? p : "param" in p ? pathSegment(op.id, params, p) : p.text(op.id, params, aliases),
  );
  return { path: `/${segments.join("/")}`, aliases };
}

/** @internal The query string ("" or "?a=1&b=2") of the query parameters given, in the order listed, then the aliases. */
export function queryOf(op: Operation, params: unknown, aliases: readonly string[]): string {
  const pairs: string[] = [];
  for (const q of op.query ?? []) {
    const kind = q.kind ?? "string";
    const value = parameter(op.id, params, q.name, kind, "query");
    if (value === undefined && q.required === true) {
      const message = `query parameter ${JSON.stringify(q.name)} is required and must be ${expected(kind)}, found nothing`;
      throw invalid(op.id, "params", pointer(q.name), "parameter", message);
    }
    if (value !== undefined) pairs.push(`${encodeStrict(q.name) ?? ""}=${value}`);
  }
  pairs.push(...aliases);
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`;
}

/** @internal The base URL, normalised by the URL parser: its origin, and its path without a trailing "/". */
export function baseUrlOf(operation: string, base: unknown): { origin: string; path: string } {
  let url: URL | undefined;
  try {
    url = typeof base === "string" ? new URL(base) : undefined;
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== "https:" && url.protocol !== "http:") ||
    url.search !== "" ||
    url.hash !== ""
  ) {
    const message = `baseUrl must be an http(s) URL with no query or fragment, found ${JSON.stringify(base)}`;
    throw invalid(operation, "options", "/baseUrl", "baseUrl", message);
  }
  return { origin: url.origin, path: url.pathname.replace(/\/+$/, "") };
}

function headerValue(operation: string, name: string, value: unknown): string {
  if (typeof value !== "string" || !HEADER_VALUE.test(value)) {
    const message = `header ${JSON.stringify(name)} must be a string of visible characters with no line break, found ${found(value)}`;
    throw invalid(operation, "options", `/headers${pointer(name)}`, "header", message);
  }
  return value;
}

/** @internal The caller's headers as name-value pairs, from a record, a Headers object or a list of pairs. */
export function headerEntries(headers: RequestOptions["headers"]): [string, unknown][] {
  if (headers === undefined) return [];
  if (typeof Headers === "function" && headers instanceof Headers) {
    const out: [string, unknown][] = [];
    headers.forEach((value, name) => out.push([name, value]));
    return out;
  }
  if (Array.isArray(headers)) return headers.map((pair: readonly [unknown, unknown]) => [String(pair[0]), pair[1]]);
  return Object.keys(headers).map((name) => [name, own(headers, name)]);
}

/**
 * @internal The headers of a request: Accept, the body's Content-Type, Authorization, Prefer, then
 * the caller's (each replacing the one of its name, compared case-insensitively; Prefer combined).
 */
export function headersOf(
  operation: string,
  fixed: { readonly accept: string; readonly contentType: string | undefined },
  options: RequestOptions | undefined,
): Record<string, string> {
  const out = new Map<string, [string, string]>();
  const set = (name: string, value: string): void => void out.set(name.toLowerCase(), [name, value]);
  set("Accept", fixed.accept);
  if (fixed.contentType !== undefined) set("Content-Type", fixed.contentType);
  const token = options?.accessToken;
  if (token !== undefined) {
    if (typeof token !== "string" || token === "" || !HEADER_VALUE.test(token)) {
      const message = `the access token must be a non-empty string of visible characters, found ${found(token)}`;
      throw invalid(operation, "options", "/accessToken", "accessToken", message);
    }
    set("Authorization", `Bearer ${token}`);
  }
  if (options?.includeUnknownEnumMembers === true) set("Prefer", "include-unknown-enum-members");
  for (const [name, raw] of headerEntries(options?.headers)) {
    if (!HEADER_NAME.test(name))
      throw invalid(
        operation,
        "options",
        `/headers${pointer(name)}`,
        "header",
        `${JSON.stringify(name)} is not an HTTP header name`,
      );
    const value = headerValue(operation, name, raw);
    const prefer = name.toLowerCase() === "prefer" ? out.get("prefer") : undefined;
    set(name, prefer === undefined ? value : `${prefer[1]}, ${value}`);
  }
  return Object.fromEntries(out.values());
}

function isStreamBody(value: unknown): value is StreamBody {
  return value instanceof Uint8Array || (typeof Blob === "function" && value instanceof Blob);
}

/** @internal The body as sent (JSON text or bytes) and its media type, once checked; null when the operation sends none. */
export function bodyOf(
  op: Operation,
  body: unknown,
): { body: string | StreamBody | null; contentType: string | undefined } {
  const spec = op.body;
  if (spec === undefined) return { body: null, contentType: undefined };
  if (spec.kind === "stream") {
    if (!isStreamBody(body))
      throw invalid(op.id, "body", "", "type", `the body must be a Uint8Array or a Blob, found ${found(body)}`);
    const type = typeof Blob === "function" && body instanceof Blob ? body.type : "";
    return { body, contentType: type === "" ? "application/octet-stream" : type };
  }
  const json = asSent(spec.kind === "value" ? { value: body } : body);
  if ("problem" in json) throw invalid(op.id, "body", "", "json", `the body cannot be sent: ${json.problem}`);
  const errors = bodyErrors(spec, json.sent);
  if (errors.length > 0) throw new RequestValidationError(op.id, "body", errors);
  return { body: json.text, contentType: "application/json" };
}

function bodyErrors(spec: Exclude<RequestBodySpec, { kind: "stream" }>, sent: unknown): ValidationError[] {
  if (spec.kind === "value") {
    const value = (sent as { value?: unknown }).value;
    return passes(spec.test, value)
      ? []
      : [{ path: "", code: "type", message: `expected ${spec.type}, found ${found(value)}` }];
  }
  if (spec.kind === "object") {
    const r = spec.validate(sent, { mode: "request" });
    return r.ok ? [] : r.errors;
  }
  if (!Array.isArray(sent)) return [{ path: "", code: "type", message: "expected an array" }];
  return sent.flatMap((item: unknown, i) => {
    const r = spec.validate(item, { mode: "request" });
    return r.ok ? [] : r.errors.map((e) => ({ ...e, path: `/${i}${e.path}` }));
  });
}

/** @internal The Accept header: JSON, unless the operation answers with raw bytes. */
export function acceptOf(op: Operation): string {
  return Object.values(op.responses).some((r) => r.kind === "stream") ? "*/*" : "application/json";
}

/** @internal A request before its headers: checked body, then URL (parameters, query options, base URL). */
export interface PreparedRequest {
  readonly method: BuiltRequest["method"];
  readonly url: string;
  readonly body: string | StreamBody | null;
  readonly contentType: string | undefined;
}

/**
 * @internal Checks and builds everything but the headers, in a fixed order: the body (as the JSON
 * that will be sent), then the parameters, the query options and the base URL. Refuses a URL whose
 * parsed path is not the path built (belt and braces: no parameter can change it).
 */
export function prepareRequest(op: Operation, params: unknown, body: unknown, options: unknown): PreparedRequest {
  const sent = bodyOf(op, body);
  const { path, aliases } = pathOf(op, params);
  const plain = queryOf(op, params, aliases);
  const query =
    op.queryOptions === undefined ? withoutQueryOptions(op, plain, options) : op.queryOptions.write(op, plain, options);
  const base = baseUrlOf(op.id, own(options, "baseUrl") ?? op.baseUrl);
  const url = base.origin + base.path + path + query;
  if (new URL(url).pathname !== base.path + path) {
    throw invalid(op.id, "params", "", "parameter", "the parameters would change the request path");
  }
  return { method: op.method, url, body: sent.body, contentType: sent.contentType };
}

/**
 * @internal The request of an operation, for `build<Op>Request`: checked and built (see
 * `prepareRequest`), with its headers.
 */
export function buildRequest(
  op: Operation,
  params: unknown,
  body: unknown,
  options: RequestOptions | undefined,
): BuiltRequest {
  const prepared = prepareRequest(op, params, body, options);
  const headers = headersOf(op.id, { accept: acceptOf(op), contentType: prepared.contentType }, options);
  return { method: prepared.method, url: prepared.url, headers, body: prepared.body };
}

function selectText(id: string, shape: Shape, select: unknown, path: string): string {
  if (!Array.isArray(select) || select.length === 0) {
    throw invalid(
      id,
      "options",
      path,
      "select",
      `select must be a non-empty array of property names, found ${found(select)}`,
    );
  }
  return select
    .map((name: unknown, i) => {
      if (typeof name !== "string" || !shape.properties.includes(name)) {
        const what = typeof name === "string" ? JSON.stringify(name) : found(name);
        throw invalid(id, "options", `${path}/${i}`, "select", `${what} is not a property of ${shape.name}`);
      }
      return encodeStrict(name) ?? "";
    })
    .join(",");
}

function navigationOf(shape: Shape, name: string): NavigationShape | undefined {
  return Object.prototype.hasOwnProperty.call(shape.navigation, name) ? shape.navigation[name] : undefined;
}

function expandItem(id: string, nav: NavigationShape, name: string, value: unknown, at: string): string {
  const encoded = encodeStrict(name) ?? "";
  if (value === true) return encoded;
  if (!isObject(value)) {
    throw invalid(
      id,
      "options",
      at,
      "expand",
      `an expanded navigation property takes true or { expand, select }, found ${found(value)}`,
    );
  }
  for (const option of Object.keys(value)) {
    if (option !== "expand" && option !== "select") {
      throw invalid(
        id,
        "options",
        at + pointer(option),
        "expand",
        `a nested expansion takes only expand and select, found ${JSON.stringify(option)}`,
      );
    }
  }
  const nested: string[] = [];
  if (value["expand"] !== undefined) {
    const inner = expandText(id, nav.target(), value["expand"], `${at}/expand`);
    if (inner !== undefined) nested.push(`$expand=${inner}`);
  }
  if (value["select"] !== undefined)
    nested.push(`$select=${selectText(id, nav.target(), value["select"], `${at}/select`)}`);
  return nested.length === 0 ? encoded : `${encoded}(${nested.join(";")})`;
}

function expandText(id: string, shape: Shape, expand: unknown, path: string): string | undefined {
  if (!isObject(expand)) {
    throw invalid(
      id,
      "options",
      path,
      "expand",
      `expand must be an object naming navigation properties, found ${found(expand)}`,
    );
  }
  const items: string[] = [];
  for (const name of Object.keys(expand)) {
    const value = expand[name];
    if (value === undefined) continue;
    const nav = navigationOf(shape, name);
    const at = path + pointer(name);
    if (nav === undefined)
      throw invalid(
        id,
        "options",
        at,
        "expand",
        `${JSON.stringify(name)} is not a navigation property of ${shape.name}`,
      );
    items.push(expandItem(id, nav, name, value, at));
  }
  return items.length === 0 ? undefined : items.join(",");
}

/** The query of an operation that takes no query options: refuses select and expand. */
function withoutQueryOptions(op: Operation, query: string, options: unknown): string {
  for (const name of ["select", "expand"]) {
    if (own(options, name) !== undefined) {
      throw invalid(op.id, "options", `/${name}`, name, `${op.id} does not accept $${name}`);
    }
  }
  return query;
}

/** @internal The query options $select and $expand on a type's shape (see `QueryOptions`). */
export function queryOptions(accepts: readonly ("$select" | "$expand")[], shape: Shape): QueryOptions {
  return { accepts, shape, write: withQueryOptions, expanded: checkExpanded };
}

/**
 * @internal Appends the OData query options ($select, then $expand) to a query string ("" or
 * "?a=1"), written as OData writes them: `$`, `(`, `)`, `,`, `;` and `=` literal, names
 * percent-encoded. Refuses an option the operation does not accept, a name that is not a property
 * or navigation property of its type, and a nested option other than expand and select, so no
 * option can inject syntax.
 */
export function withQueryOptions(op: Operation, query: string, options: unknown): string {
  const pairs: string[] = [];
  const select = own(options, "select");
  const expand = own(options, "expand");
  const accepts = op.queryOptions?.accepts ?? [];
  if (select !== undefined) {
    if (!accepts.includes("$select"))
      throw invalid(op.id, "options", "/select", "select", `${op.id} does not accept $select`);
    pairs.push(`$select=${selectText(op.id, op.queryOptions!.shape, select, "/select")}`);
  }
  if (expand !== undefined) {
    if (!accepts.includes("$expand"))
      throw invalid(op.id, "options", "/expand", "expand", `${op.id} does not accept $expand`);
    const text = expandText(op.id, op.queryOptions!.shape, expand, "/expand");
    if (text !== undefined) pairs.push(`$expand=${text}`);
  }
  if (pairs.length === 0) return query;
  return `${query === "" ? "?" : `${query}&`}${pairs.join("&")}`;
}

function expandedErrors(
  shape: Shape,
  value: Record<string, unknown>,
  expand: unknown,
  path: string,
): ValidationError[] {
  if (!isObject(expand)) return [];
  const errors: ValidationError[] = [];
  for (const name of Object.keys(expand)) {
    const tree = expand[name];
    const nav = navigationOf(shape, name);
    if (tree === undefined || nav === undefined) continue;
    const at = path + pointer(name);
    const nested = isObject(tree) ? tree["expand"] : undefined;
    const item = own(value, name);
    // The response's validator has checked the item: an array of the target type, or it or null.
    const inside = (v: unknown, p: string): void => {
      if (isObject(v)) errors.push(...expandedErrors(nav.target(), v, nested, p));
    };
    if (item === undefined) {
      errors.push({
        path: at,
        code: "expanded",
        message: `the expanded navigation property ${JSON.stringify(name)} is missing`,
      });
    } else if (nav.collection) {
      if (Array.isArray(item)) item.forEach((x: unknown, i) => inside(x, `${at}/${i}`));
    } else {
      inside(item, at);
    }
  }
  return errors;
}

/**
 * @internal After the response's own check (response mode, navigation properties included
 * wherever present), that every navigation property the request expanded is present, along the
 * expand tree: the result type promises them. Paths point into the value (/sessions/0/segments).
 */
export function checkExpanded(shape: Shape, value: unknown, expand: unknown): ValidationError[] {
  return isObject(value) && expand !== undefined ? expandedErrors(shape, value, expand, "") : [];
}
