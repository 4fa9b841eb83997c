/**
 * Sending a request built by `client-url.ts`: the options of a call merged with its client's, a
 * token provider asked before every attempt, a timeout per attempt, retries after 429, 503, 504 and
 * timeouts, and the typed outcome (the checked result, a GraphError, a ResponseValidationError, a
 * TimeoutError). Paging follows `@odata.nextLink` through the same machinery. Internal to the
 * package: `operations.js` calls `sendRequest` and `sendPages`.
 *
 * Success responses: each declared status says what it carries (`ResponseSpec`). No body: the
 * call resolves to undefined, and a body there is an error; a body: it must be there, be JSON (or
 * bytes, for a stream), and pass its check; a primitive arrives as `{ "value": ... }` and resolves
 * to the value. A status that is not declared is an error too.
 */
import {
  checkDefaults,
  GraphError,
  MAX_TIMER,
  PageLimitError,
  ResponseValidationError,
  TimeoutError,
  type AccessToken,
  type ClientDefaults,
  type ClientOptions,
  type CollectionResponse,
  type GraphErrorDetail,
  type PagingOptions,
  type RequestOptions,
  type StreamContent,
} from "./client.js";
import {
  acceptOf,
  baseUrlOf,
  found,
  headerEntries,
  headersOf,
  invalid,
  own,
  passes,
  prepareRequest,
  type Operation,
  type PreparedRequest,
  type ResponseSpec,
} from "./client-url.js";
import type { ValidationError } from "./runtime.js";

/** Statuses worth another attempt: throttled, unavailable, gateway timeout (as is a timeout of ours). */
function isRetryStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/** Graph's own SDKs wait 100 seconds for an answer. */
const DEFAULT_TIMEOUT_MS = 100_000;

interface RetryPolicy {
  readonly maxRetries: number;
  readonly maxDelayMs: number;
  readonly baseDelayMs: number;
  readonly sleep: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

/** A call's options, merged with its client's and checked. */
interface Sending {
  readonly builder: RequestOptions & Record<string, unknown>;
  readonly accessToken: AccessToken | undefined;
  readonly fetch: (url: string, init: RequestInit) => Promise<Response>;
  readonly signal: AbortSignal | undefined;
  readonly policy: RetryPolicy;
  readonly timeoutMs: number | false;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted === true) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Both signals in one: aborted when either is, with its reason. */
function eitherSignal(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (a === undefined || b === undefined || a === b) return a ?? b;
  const controller = new AbortController();
  for (const s of [a, b]) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener("abort", () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/** The call's options over its client's defaults: each given option wins; headers are combined. */
function merged(options: ClientOptions | undefined): ClientOptions {
  const client = options?.client;
  if (client === undefined) return options ?? {};
  const defaults: ClientDefaults = client.defaults;
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined));
  const headers = [...headerEntries(defaults.headers), ...headerEntries(options?.headers)] as [string, string][];
  const signal = eitherSignal(defaults.signal, options?.signal);
  return {
    ...defaults,
    ...given,
    ...(headers.length === 0 ? {} : { headers: combined(headers) }),
    ...(signal === undefined ? {} : { signal }),
  };
}

/** Header pairs where a later name replaces an earlier one (case-insensitively); the caller's Prefer is combined later. */
function combined(pairs: readonly [string, string][]): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    const before = out.get(key);
    out.set(key, key === "prefer" && before !== undefined ? [name, `${before[1]}, ${value}`] : [name, value]);
  }
  return [...out.values()];
}

/** The options of sending, from a call's options merged with its client's (`merged`), checked. */
function sendingOf(id: string, all: ClientOptions): Sending {
  checkDefaults(id, all);
  const { accessToken, fetch: fetchOption, signal, retry, timeoutMs, client: _client, ...builder } = all;
  const r = retry === false ? { maxRetries: 0 } : (retry ?? {});
  return {
    builder,
    accessToken,
    fetch: fetchOption ?? ((url, init) => globalThis.fetch(url, init)),
    signal,
    policy: {
      maxRetries: r.maxRetries ?? 3,
      maxDelayMs: r.maxDelayMs ?? 30_000,
      baseDelayMs: r.baseDelayMs ?? 500,
      sleep: r.sleep ?? sleep,
    },
    timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

/** Retry-After in milliseconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
function retryAfter(response: Response): number | undefined {
  const header = (response.headers.get("retry-after") ?? "").trim();
  if (/^\d+$/.test(header)) return Number(header) * 1000;
  const date = header === "" ? Number.NaN : Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** The back-off without Retry-After: the n-th retry waits from baseDelayMs * 2^n to 1.5 times that, capped. */
function backoff(retry: number, policy: RetryPolicy): number {
  const delay = policy.baseDelayMs * 2 ** retry;
  return Math.min(policy.maxDelayMs, Math.round(delay + Math.random() * delay * 0.5), MAX_TIMER);
}

async function resolveToken(id: string, token: AccessToken | undefined): Promise<string | undefined> {
  const value: unknown = typeof token === "function" ? await token() : token;
  if (value === undefined || typeof value === "string") return value;
  const message = `the access token provider must return a string, it returned ${found(value)}`;
  throw invalid(id, "options", "/accessToken", "accessToken", message);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function graphError(id: string, response: Response, text: string): GraphError {
  const parsed = text === "" ? { ok: true as const, value: undefined } : parseJson(text);
  const body = parsed.ok ? parsed.value : text;
  const detail = own(body, "error");
  const error = isRecord(detail) ? (detail as GraphErrorDetail) : undefined;
  const inner = own(error, "innerError") ?? own(error, "innererror");
  const innerId = own(inner, "request-id");
  const requestId = response.headers.get("request-id") ?? (typeof innerId === "string" ? innerId : undefined);
  const retryAfterMs = retryAfter(response);
  return new GraphError({
    operation: id,
    status: response.status,
    error,
    requestId,
    body,
    headers: response.headers,
    retryAfterMs,
  });
}

/** What one attempt gave: a response whose body is read (text, or bytes for a stream), or a timeout. */
type Attempt = { readonly response: Response; readonly text: string; readonly bytes?: Uint8Array } | "timeout";

/**
 * One attempt: fetch and read the whole body, under the call's signal and the attempt's own
 * timeout. A timeout is "timeout"; the call's abort rejects with its reason, as fetch does.
 */
async function attempt(
  s: Sending,
  request: PreparedRequest,
  headers: Record<string, string>,
  bytes: boolean,
): Promise<Attempt> {
  const controller = new AbortController();
  const timedOut = new Error("timeout");
  const timer = s.timeoutMs === false ? undefined : setTimeout(() => controller.abort(timedOut), s.timeoutMs);
  const onAbort = (): void => controller.abort(s.signal?.reason);
  s.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    if (s.signal?.aborted === true) throw s.signal.reason;
    // A Uint8Array on a SharedArrayBuffer is no BodyInit: fetch refuses it, as it should.
    const init = { method: request.method, headers, body: request.body as BodyInit | null, signal: controller.signal };
    const response = await s.fetch(request.url, init);
    if (!bytes) return { response, text: await response.text() };
    const data = new Uint8Array(await response.arrayBuffer());
    return { response, text: new TextDecoder().decode(data), bytes: data };
  } catch (e) {
    if (controller.signal.reason === timedOut && s.signal?.aborted !== true) return "timeout";
    throw e;
  } finally {
    clearTimeout(timer);
    s.signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * @internal Sends a prepared request: per attempt, resolves the token and sends; retries after
 * 429, 503, 504 and timeouts as the policy allows; then settles the last answer.
 */
async function send<T>(op: Operation, request: PreparedRequest, s: Sending, expand: unknown): Promise<T> {
  const bytes = Object.values(op.responses).some((r) => r.kind === "stream");
  const fixed = { accept: acceptOf(op), contentType: request.contentType };
  headersOf(op.id, fixed, s.builder); // the caller's headers are checked before the token is asked for
  for (let retry = 0; ; retry++) {
    s.signal?.throwIfAborted();
    const token = await resolveToken(op.id, s.accessToken);
    const headers = headersOf(op.id, fixed, token === undefined ? s.builder : { ...s.builder, accessToken: token });
    const result = await attempt(s, request, headers, bytes);
    const last = retry >= s.policy.maxRetries;
    if (result === "timeout") {
      if (last) throw new TimeoutError(op.id, s.timeoutMs as number, retry + 1);
      await s.policy.sleep(backoff(retry, s.policy), s.signal);
      continue;
    }
    const { response } = result;
    if (!isRetryStatus(response.status)) return settle<T>(op, result, expand);
    const wait = retryAfter(response);
    if (last || (wait !== undefined && wait > s.policy.maxDelayMs)) throw graphError(op.id, response, result.text);
    await s.policy.sleep(wait ?? backoff(retry, s.policy), s.signal);
  }
}

function responseError(
  op: Operation,
  response: Response,
  body: unknown,
  errors: ValidationError[],
): ResponseValidationError {
  return new ResponseValidationError(
    op.id,
    response.status,
    errors,
    body,
    response.headers.get("request-id") ?? undefined,
  );
}

/** The declared response's value from a successful answer, or a ResponseValidationError. */
function settle<T>(op: Operation, answer: Exclude<Attempt, "timeout">, expand: unknown): T {
  const { response, text } = answer;
  if (response.status < 200 || response.status > 299) throw graphError(op.id, response, text);
  const spec = own(op.responses, String(response.status)) as ResponseSpec | undefined;
  const fail = (code: string, message: string): ResponseValidationError =>
    responseError(op, response, text, [{ path: "", code, message }]);
  if (spec === undefined) {
    const declared = Object.keys(op.responses).join(", ");
    throw fail(
      "status",
      `the service answered ${response.status}, the operation declares ${declared === "" ? "no success status" : declared}`,
    );
  }
  if (spec.kind === "stream") {
    const contentType = response.headers.get("content-type") ?? "application/octet-stream";
    return { data: answer.bytes ?? new Uint8Array(0), contentType } satisfies StreamContent as T;
  }
  if (spec.kind === "none") {
    if (text !== "")
      throw fail("unexpectedBody", `the ${response.status} response has a body, the operation declares none for it`);
    return undefined as T;
  }
  if (text === "") throw fail("noBody", `the ${response.status} response has no body, the operation declares one`);
  const parsed = parseJson(text);
  if (!parsed.ok) throw fail("json", "the response body is not JSON");
  const errors = responseErrors(op, spec, parsed.value, expand);
  if (errors.length > 0) throw responseError(op, response, parsed.value, errors);
  return (spec.kind === "value" ? (parsed.value as { value: unknown }).value : parsed.value) as T;
}

function itemErrors(op: Operation, value: unknown, spec: ResponseSpec, expand: unknown): ValidationError[] {
  if (spec.kind === "value" || spec.kind === "values") {
    return passes(spec.test, value)
      ? []
      : [{ path: "", code: "type", message: `expected ${spec.type}, found ${found(value)}` }];
  }
  if (spec.kind !== "object" && spec.kind !== "page") return [];
  const r = spec.validate(value, { mode: "response" });
  if (!r.ok) return r.errors;
  return spec.shape === undefined || op.queryOptions === undefined
    ? []
    : op.queryOptions.expanded(spec.shape, value, expand);
}

/** The problems of a body: the object itself, `{ value }` around a primitive, or a page of items. */
function responseErrors(op: Operation, spec: ResponseSpec, body: unknown, expand: unknown): ValidationError[] {
  if (spec.kind === "object") return itemErrors(op, body, spec, expand);
  const value = own(body, "value");
  if (!isRecord(body) || value === undefined) {
    return [{ path: "", code: "type", message: `expected an object with a "value" member, found ${found(body)}` }];
  }
  if (spec.kind === "value") return itemErrors(op, value, spec, expand).map((e) => ({ ...e, path: `/value${e.path}` }));
  if (!Array.isArray(value))
    return [{ path: "/value", code: "type", message: `expected an array, found ${found(value)}` }];
  const errors = value.flatMap((item: unknown, i) =>
    itemErrors(op, item, spec, expand).map((e) => ({ ...e, path: `/value/${i}${e.path}` })),
  );
  const next = own(body, "@odata.nextLink");
  if (next !== undefined && typeof next !== "string") {
    errors.push({ path: "/@odata.nextLink", code: "type", message: "expected a string (the URL of the next page)" });
  }
  return errors;
}

/**
 * @internal Sends an operation: checks the options (merged with the client's), builds the request
 * (checking the body, then the parameters, before anything else), sends and settles it. `expand`
 * is read from the options to check that every expanded navigation property is present.
 */
export async function sendRequest<T>(
  op: Operation,
  params: unknown,
  body: unknown,
  options: ClientOptions | undefined,
): Promise<T> {
  const all = merged(options);
  const request = prepareRequest(op, params, body, all);
  return send<T>(op, request, sendingOf(op.id, all), own(options, "expand"));
}

/** The URL of the next page, or a ResponseValidationError naming where it leads when it must not be followed. */
function nextPageUrl(op: Operation, link: unknown, current: string, base: { origin: string }, body: unknown): string {
  const refuse = (message: string): ResponseValidationError =>
    new ResponseValidationError(op.id, 200, [{ path: "/@odata.nextLink", code: "nextLink", message }], body, undefined);
  if (typeof link !== "string" || link === "")
    throw refuse(`the next link must be a non-empty string, found ${found(link)}`);
  let url: URL;
  try {
    url = new URL(link, current);
  } catch {
    throw refuse("the next link is not a URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw refuse(`the next link is not an http(s) URL (${url.protocol})`);
  if (url.username !== "" || url.password !== "")
    throw refuse(`the next link to ${url.origin} carries a user name or password`);
  if (url.origin !== base.origin) {
    throw refuse(
      `the next link leads to ${url.origin}, not to the base URL's origin ${base.origin}: the access token is sent only there`,
    );
  }
  url.hash = "";
  return url.href;
}

/**
 * @internal Every item of a paged collection: sends the first request, then follows each page's
 * "@odata.nextLink" with the same headers, token provider, retry policy, timeout and AbortSignal,
 * checking every page as the first one, until a page has no next link. Every item received is
 * yielded before the next link is checked: one that leads to another origin, is not http(s) or
 * carries credentials is refused (a ResponseValidationError naming its origin) before any request
 * is sent to it. At most maxPages pages: then a PageLimitError. Stops fetching when the consumer
 * stops iterating.
 */
export async function* sendPages<T>(
  op: Operation,
  params: unknown,
  options: (ClientOptions & PagingOptions) | undefined,
): AsyncGenerator<T, void, undefined> {
  const all = merged(options);
  let request = prepareRequest(op, params, undefined, all);
  const s = sendingOf(op.id, all);
  const limit = own(options, "maxPages") ?? 100;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1) {
    throw invalid(
      op.id,
      "options",
      "/maxPages",
      "maxPages",
      `maxPages must be a whole number of at least 1, found ${String(limit)}`,
    );
  }
  const base = baseUrlOf(op.id, own(all, "baseUrl") ?? op.baseUrl);
  for (let page = 1; ; page++) {
    const result = await send<CollectionResponse<T>>(op, request, s, own(options, "expand"));
    yield* result.value;
    const link = own(result, "@odata.nextLink");
    if (link === undefined) return;
    if (page >= limit) throw new PageLimitError(op.id, limit, String(link));
    request = {
      method: "GET",
      url: nextPageUrl(op, link, request.url, base, result),
      body: null,
      contentType: undefined,
    };
  }
}
