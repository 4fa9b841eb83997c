/**
 * The first half of the generated `client.ts`: the public types and error classes of the request
 * builders and the client. Fixed text: no spec text reaches it, so it needs no escaping. Written
 * with `String.raw` so that backslashes stay as written; it holds no backtick and no `${`.
 */
export const CLIENT_API = String.raw`import type { ValidationError, ValidationResult } from "./runtime.js";

/**
 * An access token sent as "Authorization: Bearer <token>": the token itself, or a function that
 * returns one (it is called before every attempt, so it may refresh an expired token).
 */
export type AccessToken = string | (() => string | Promise<string>);

/**
 * Options of a request builder (buildXRequest). Building is synchronous, so the access token is a
 * string here; the client (ClientOptions) also takes a token provider.
 */
export interface RequestOptions {
  /**
   * The service root the operation's path is appended to: an http(s) URL with no query or
   * fragment. Defaults to the spec's base URL.
   */
  readonly baseUrl?: string;
  /** Sent as "Authorization: Bearer <accessToken>". */
  readonly accessToken?: string;
  /**
   * More headers: a record, a Headers object or a list of pairs. A name given here replaces the
   * header the builder would set (names compare case-insensitively), except Prefer, whose values
   * are combined.
   */
  readonly headers?: Readonly<Record<string, string>> | Headers | readonly (readonly [string, string])[];
  /**
   * Sends "Prefer: include-unknown-enum-members", asking Graph for the real names of enum members
   * added after "unknownFutureValue" instead of "unknownFutureValue" itself. The response check
   * takes any string for such an enum, so a member newer than this package passes, although the
   * TypeScript types name only the members the package knows: handle other strings too.
   */
  readonly includeUnknownEnumMembers?: boolean;
}

/** When and how often the client sends a request again after 429, 503 or 504. */
export interface RetryOptions {
  /** Attempts after the first one (default 3; 0 turns retrying off). */
  readonly maxRetries?: number;
  /** The longest the client waits before one retry, in milliseconds (default 30000). */
  readonly maxDelayMs?: number;
  /**
   * The wait when the response has no usable Retry-After header, in milliseconds, doubled on
   * every retry (default 500).
   */
  readonly baseDelayMs?: number;
  /** Waits; the default is a timer that the request's AbortSignal cancels. */
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

/** Options of an operation function: those of the builder, and how to send. */
export interface ClientOptions extends Omit<RequestOptions, "accessToken"> {
  /** The access token, or a function returning it, called before every attempt. */
  readonly accessToken?: AccessToken;
  /** The fetch to send with; defaults to the global fetch. */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Cancels the request, and any wait before a retry. */
  readonly signal?: AbortSignal;
  /** Retrying after 429, 503 and 504 (on by default); false turns it off. */
  readonly retry?: RetryOptions | false;
}

/** A request ready for fetch(url, { method, headers, body }). */
export interface BuiltRequest<TBody extends string | null = string | null> {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The base URL, the path with every parameter percent-encoded, and the query, if any. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON text of the body, or null when the operation sends none. */
  readonly body: TBody;
}

function summary(errors: readonly ValidationError[]): string {
  const shown = errors.slice(0, 3).map((e) => (e.path === "" ? "" : e.path + ": ") + e.message + " (" + e.code + ")");
  const more = errors.length > 3 ? "; and " + (errors.length - 3) + " more" : "";
  return shown.join("; ") + more;
}

/**
 * A request that was not sent because it is invalid: a parameter is missing or cannot be sent, the
 * body does not match the operation's body type (checked in request mode: unknown properties are
 * errors), or an option is unusable. Each problem has a JSON Pointer path into the part named.
 */
export class RequestValidationError extends Error {
  override readonly name = "RequestValidationError";
  constructor(
    readonly operation: string,
    readonly part: "params" | "body" | "options",
    readonly errors: readonly ValidationError[],
  ) {
    super(operation + ": invalid request " + part + ": " + summary(errors));
  }
}

/** The "error" object of a Graph error response. */
export interface GraphErrorDetail {
  readonly code?: string;
  readonly message?: string;
  readonly innerError?: unknown;
  readonly [other: string]: unknown;
}

/** The service answered with an error status (after any retries). */
export class GraphError extends Error {
  override readonly name = "GraphError";
  readonly operation: string;
  readonly status: number;
  /** Graph's error.code ("itemNotFound"), or undefined when the body is not a Graph error. */
  readonly code: string | undefined;
  /** Graph's "error" object: code, message and innerError, or undefined. */
  readonly error: GraphErrorDetail | undefined;
  /** The request-id response header (else innerError's "request-id"), for Microsoft support. */
  readonly requestId: string | undefined;
  /** The response body: parsed JSON, or the text when it is not JSON, or undefined when empty. */
  readonly body: unknown;
  readonly headers: Headers;
  constructor(init: {
    readonly operation: string;
    readonly status: number;
    readonly error: GraphErrorDetail | undefined;
    readonly requestId: string | undefined;
    readonly body: unknown;
    readonly headers: Headers;
  }) {
    const code = typeof init.error?.code === "string" ? init.error.code : undefined;
    const text = typeof init.error?.message === "string" ? init.error.message : "the service answered with an error";
    super(init.operation + ": HTTP " + init.status + (code === undefined ? "" : " " + code) + ": " + text);
    this.operation = init.operation;
    this.status = init.status;
    this.code = code;
    this.error = init.error;
    this.requestId = init.requestId;
    this.body = init.body;
    this.headers = init.headers;
  }
}

/**
 * A successful response whose body is not what the operation declares: not JSON, a status the
 * spec does not declare, or a value its type's validator (response mode, tolerant of properties
 * Graph adds later) refuses.
 */
export class ResponseValidationError extends Error {
  override readonly name = "ResponseValidationError";
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly errors: readonly ValidationError[],
    /** The response body: parsed JSON, or the text when it is not JSON. */
    readonly body: unknown,
    readonly requestId: string | undefined,
  ) {
    super(operation + ": invalid response (HTTP " + status + "): " + summary(errors));
  }
}

/** @internal Checks every item of an array with a validator, prefixing the paths with the index. */
export function checkEach<T>(value: unknown, check: (item: unknown) => ValidationResult<T>): ValidationResult<T[]> {
  if (!Array.isArray(value)) return { ok: false, errors: [{ path: "", code: "type", message: "expected an array" }] };
  const errors: ValidationError[] = [];
  value.forEach((item, i) => {
    const r = check(item);
    if (!r.ok) for (const e of r.errors) errors.push({ path: "/" + i + e.path, code: e.code, message: e.message });
  });
  return errors.length === 0 ? { ok: true, value: value as T[] } : { ok: false, errors };
}

/** The page of an OData collection response: the items and the link to the next page, if there is one. */
export interface CollectionResponse<T> {
  readonly value: T[];
  readonly "@odata.nextLink"?: string;
  readonly [annotation: string]: unknown;
}

/** @internal Checks an OData collection response, an object whose "value" holds the items. */
export function checkPage<T>(value: unknown, check: (item: unknown) => ValidationResult<T>): ValidationResult<CollectionResponse<T>> {
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  const items = isObject && Object.prototype.hasOwnProperty.call(value, "value") ? (value as Record<string, unknown>)["value"] : undefined;
  if (!isObject) return { ok: false, errors: [{ path: "", code: "type", message: "expected an object with a \"value\" array" }] };
  const r = checkEach(items, check);
  const errors = r.ok ? [] : r.errors.map((e) => ({ path: "/value" + e.path, code: e.code, message: e.message }));
  const next = (value as Record<string, unknown>)["@odata.nextLink"];
  if (Object.prototype.hasOwnProperty.call(value, "@odata.nextLink") && typeof next !== "string") {
    errors.push({ path: "/@odata.nextLink", code: "type", message: "expected a string (the URL of the next page)" });
  }
  return errors.length === 0 ? { ok: true, value: value as CollectionResponse<T> } : { ok: false, errors };
}
`;
