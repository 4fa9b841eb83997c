/**
 * The HTTP client every generated package carries: its public surface. Options, the client
 * defaults (`createClient`), the shapes of requests and results, and the typed errors. Building
 * requests is in `client-url.ts`, sending them in `client-send.ts`; both are internal to the package.
 */
import type { ValidationError } from "./runtime.js";
/**
 * An access token sent as "Authorization: Bearer <token>": the token itself, or a function that
 * returns one (it is called before every attempt, so it may refresh an expired token).
 */
export type AccessToken = string | (() => string | Promise<string>);
/** Extra headers: a record, a Headers object or a list of name-value pairs. */
export type HeaderList =
  Readonly<Record<string, string>> | Headers | readonly (readonly [string, string])[];
/**
 * Options of a request builder (buildXRequest). Building is synchronous, so the access token is a
 * string here; the operation functions (ClientOptions) also take a token provider.
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
   * More headers. A name given here replaces the header the builder would set (names compare
   * case-insensitively), except Prefer, whose values are combined.
   */
  readonly headers?: HeaderList;
  /**
   * Sends "Prefer: include-unknown-enum-members", asking Graph for the real names of enum members
   * added after "unknownFutureValue" instead of "unknownFutureValue" itself. The response check
   * takes any string for such an enum, so a member newer than this package passes, although the
   * TypeScript types name only the members the package knows: handle other strings too.
   */
  readonly includeUnknownEnumMembers?: boolean;
}
/**
 * When and how often the client sends a request again after 429, 503, 504 or a timeout.
 *
 * The wait is the response's Retry-After (seconds or an HTTP date). When the service asks for a
 * longer wait than maxDelayMs, the call rejects at once with the GraphError, whose retryAfterMs
 * says when to try again. Without a readable Retry-After (a browser does not see Graph's: CORS
 * hides it) the client backs off exponentially with jitter: the n-th retry (from 0) waits between
 * baseDelayMs * 2^n and 1.5 times that (0.5-0.75 s, 1-1.5 s, 2-3 s, ... by default), never more
 * than maxDelayMs.
 */
export interface RetryOptions {
  /** Attempts after the first one (default 3; 0 turns retrying off). */
  readonly maxRetries?: number;
  /** The longest the client waits before one retry, in milliseconds (default 30000). */
  readonly maxDelayMs?: number;
  /** The first wait of the back-off without Retry-After, in milliseconds (default 500). */
  readonly baseDelayMs?: number;
  /** Waits; the default is a timer that the request's AbortSignal cancels. */
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}
/** How every request of a client is sent; each call may override any of them (ClientOptions). */
export interface ClientDefaults extends Omit<RequestOptions, "accessToken"> {
  /** The access token, or a function returning it, called before every attempt. */
  readonly accessToken?: AccessToken;
  /** The fetch to send with; defaults to the global fetch. */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Cancels the request, and any wait before a retry. A client's and a call's signal both apply. */
  readonly signal?: AbortSignal;
  /** Retrying after 429, 503, 504 and timeouts (on by default); false turns it off. */
  readonly retry?: RetryOptions | false;
  /**
   * The most one attempt may take, in milliseconds, from sending the request to the end of the
   * response body (default 100000, as Graph's own SDKs; false for none). An attempt that takes
   * longer is abandoned and counts as a 504: it is retried, and the call rejects with a
   * TimeoutError when no retry is left. Separate from `signal`, which stops the whole call.
   */
  readonly timeoutMs?: number | false;
}
/** Defaults shared by many calls, made by createClient and passed to each call as `client`. */
export interface Client {
  readonly defaults: ClientDefaults;
}
/** Options of an operation function: how to build the request and how to send it. */
export interface ClientOptions extends ClientDefaults {
  /** Defaults for every option not given here (headers are combined, the call's replacing the client's). */
  readonly client?: Client;
}
/** What a body of raw bytes (Edm.Stream) may be when sending it. */
export type StreamBody = Uint8Array | Blob;
/** A response body of raw bytes (Edm.Stream), with its media type. */
export interface StreamContent {
  readonly data: Uint8Array;
  /** The Content-Type of the response; "application/octet-stream" when the service sends none. */
  readonly contentType: string;
}
/** A request ready for fetch(url, { method, headers, body }). */
export interface BuiltRequest<
  TBody extends string | StreamBody | null = string | StreamBody | null,
> {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The base URL, the path with every parameter percent-encoded, and the query, if any. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON text of the body, its bytes (Edm.Stream), or null when the operation sends none. */
  readonly body: TBody;
}
/** The page of an OData collection response: the items and the link to the next page, if there is one. */
export interface CollectionResponse<T> {
  readonly value: T[];
  readonly "@odata.nextLink"?: string;
  readonly [annotation: string]: unknown;
}
/** Options of an iterator over every item of a paged collection. */
export interface PagingOptions {
  /**
   * The most pages fetched (default 100, at least 1). When the last page allowed still links to
   * another one, the iterator throws a PageLimitError instead of following it.
   */
  readonly maxPages?: number;
}
/** The names $select takes for a type: its properties, without annotations such as "@odata.type". */
export type SelectableOf<T> = Exclude<
  Extract<keyof T, string>,
  "@odata.type" | `${string}@${string}`
>;
/**
 * An expansion E checked against a navigation map N at every depth: a name that is not a
 * navigation property, a nested option other than expand and select, or a selected name that is
 * not a property becomes never, so the call does not compile.
 */
export type CheckedExpand<E, N> = {
  readonly [K in keyof E]: K extends keyof N
    ? E[K] extends true
      ? true
      : N[K] extends {
            readonly target: infer T;
            readonly navigation: infer M;
          }
        ? {
            readonly [O in keyof E[K]]: O extends "expand"
              ? CheckedExpand<E[K][O], M>
              : O extends "select"
                ? readonly SelectableOf<T>[]
                : never;
          }
        : never
    : never;
};
/**
 * A request that was not sent because it is invalid: a parameter is missing or cannot be sent, the
 * body does not match the operation's body type (checked in request mode, as the JSON that would be
 * sent: unknown properties are errors), or an option is unusable. Each problem has a JSON Pointer
 * path into the part named.
 */
export declare class RequestValidationError extends Error {
  readonly name = "RequestValidationError";
  readonly operation: string;
  readonly part: "params" | "body" | "options";
  readonly errors: readonly ValidationError[];
  constructor(
    operation: string,
    part: "params" | "body" | "options",
    errors: readonly ValidationError[],
  );
}
/** The "error" object of a Graph error response. */
export interface GraphErrorDetail {
  readonly code?: string;
  readonly message?: string;
  readonly innerError?: unknown;
  readonly [other: string]: unknown;
}
/** What a GraphError is made of. */
export interface GraphErrorInit {
  readonly operation: string;
  readonly status: number;
  readonly error: GraphErrorDetail | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly headers: Headers;
  readonly retryAfterMs: number | undefined;
}
/**
 * The service answered with an error status: after the retries allowed, or at once when its
 * Retry-After asks for a longer wait than RetryOptions.maxDelayMs allows.
 */
export declare class GraphError extends Error {
  readonly name = "GraphError";
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
  /** The wait the response's Retry-After asks for, in milliseconds, when it has a readable one. */
  readonly retryAfterMs: number | undefined;
  constructor(init: GraphErrorInit);
}
/**
 * A successful response that is not what the operation declares: a status it does not declare, no
 * body where one is declared or a body where none is, a body that is not JSON, or a value its
 * type's check (response mode, tolerant of properties Graph adds later) refuses. Also a next link
 * the paging iterator will not follow.
 */
export declare class ResponseValidationError extends Error {
  readonly name = "ResponseValidationError";
  readonly operation: string;
  readonly status: number;
  readonly errors: readonly ValidationError[];
  /** The response body: parsed JSON, or the text when it is not JSON. */
  readonly body: unknown;
  readonly requestId: string | undefined;
  constructor(
    operation: string,
    status: number,
    errors: readonly ValidationError[],
    body: unknown,
    requestId: string | undefined,
  );
}
/**
 * No attempt finished within ClientDefaults.timeoutMs (after the retries allowed): the service
 * accepted the request, or not, and did not answer in time.
 */
export declare class TimeoutError extends Error {
  readonly name = "TimeoutError";
  readonly operation: string;
  readonly timeoutMs: number;
  /** How many attempts were made, every one timed out or answered 429, 503 or 504. */
  readonly attempts: number;
  constructor(operation: string, timeoutMs: number, attempts: number);
}
/** A paged collection had more pages than PagingOptions.maxPages allows. */
export declare class PageLimitError extends Error {
  readonly name = "PageLimitError";
  readonly operation: string;
  readonly maxPages: number;
  /** The link to the page that was not fetched. */
  readonly nextLink: string;
  constructor(operation: string, maxPages: number, nextLink: string);
}
/**
 * Defaults for many calls: pass the result as `client` in each call's options. Options a call
 * gives win over the client's; headers are combined (a call's header replaces the client's of the
 * same name); a client's and a call's AbortSignal both cancel. The options are checked here, so a
 * bad base URL, header, retry policy or timeout fails at once rather than on the first call.
 *
 * @example
 * const client = createClient({ accessToken: getToken, timeoutMs: 30_000 });
 * await getCallRecord({ callRecordId }, { client, select: ["id"] });
 */
export declare function createClient(defaults: ClientDefaults): Client;
