/**
 * The sending half of the generated `client.ts`: token providers, fetch, retries after 429, 503
 * and 504 as Retry-After says, and the typed outcome (the validated body, a GraphError or a
 * ResponseValidationError). Fixed text, no spec text; `String.raw`, no backtick, no `${`.
 */
export const CLIENT_SEND = String.raw`
const RETRY_STATUS: ReadonlySet<number> = new Set([429, 503, 504]);

interface RetryPolicy {
  readonly maxRetries: number;
  readonly maxDelayMs: number;
  readonly baseDelayMs: number;
  readonly sleep: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
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

function count(operation: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  throw new RequestValidationError(operation, "options", [{ path: "/retry/" + name, code: "retry", message: "retry." + name + " must be a whole number of at least 0, found " + String(value) }]);
}

function retryPolicy(operation: string, retry: RetryOptions | false | undefined): RetryPolicy {
  const r: RetryOptions = retry === false ? { maxRetries: 0 } : (retry ?? {});
  return {
    maxRetries: count(operation, "maxRetries", r.maxRetries, 3),
    maxDelayMs: count(operation, "maxDelayMs", r.maxDelayMs, 30000),
    baseDelayMs: count(operation, "baseDelayMs", r.baseDelayMs, 500),
    sleep: r.sleep ?? sleep,
  };
}

/** Retry-After in milliseconds (delta-seconds or an HTTP date), else exponential backoff; capped. */
function retryDelay(response: Response, attempt: number, policy: RetryPolicy): number {
  const header = (response.headers.get("retry-after") ?? "").trim();
  let ms: number | undefined;
  if (/^\d+$/.test(header)) ms = Number(header) * 1000;
  else if (header !== "" && !Number.isNaN(Date.parse(header))) ms = Math.max(0, Date.parse(header) - Date.now());
  return Math.min(ms ?? policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
}

async function resolveToken(operation: string, token: AccessToken | undefined): Promise<string | undefined> {
  const value: unknown = typeof token === "function" ? await token() : token;
  if (value === undefined || typeof value === "string") return value;
  throw new RequestValidationError(operation, "options", [{ path: "/accessToken", code: "accessToken", message: "the access token provider must return a string, it returned " + (value === null ? "null" : "a " + typeof value) }]);
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function graphError(operation: string, response: Response, text: string): GraphError {
  const parsed = parseBody(text);
  const body = parsed.ok ? parsed.value : text;
  const detail = isRecord(body) ? own(body, "error") : undefined;
  const error = isRecord(detail) ? (detail as GraphErrorDetail) : undefined;
  const inner = error === undefined ? undefined : own(error, "innerError") ?? own(error, "innererror");
  const innerId = isRecord(inner) ? own(inner, "request-id") : undefined;
  const requestId = response.headers.get("request-id") ?? (typeof innerId === "string" ? innerId : undefined);
  return new GraphError({ operation, status: response.status, error, requestId, body, headers: response.headers });
}

/** How each declared success status is checked: a validator, or null for no content. */
type ResponseChecks<T> = Readonly<Record<number, ((value: unknown) => ValidationResult<T>) | null>>;

async function settle<T>(operation: string, response: Response, checks: ResponseChecks<T>): Promise<T> {
  const text = await response.text();
  if (response.status < 200 || response.status > 299) throw graphError(operation, response, text);
  const requestId = response.headers.get("request-id") ?? undefined;
  const check = Object.prototype.hasOwnProperty.call(checks, response.status) ? checks[response.status] : undefined;
  const fail = (body: unknown, code: string, message: string): ResponseValidationError =>
    new ResponseValidationError(operation, response.status, [{ path: "", code, message }], body, requestId);
  if (check === undefined) {
    const declared = Object.keys(checks).join(", ");
    throw fail(text, "status", "the service answered " + response.status + ", the operation declares " + (declared === "" ? "no success status" : declared));
  }
  if (check === null) return undefined as T;
  const parsed = parseBody(text);
  if (!parsed.ok || parsed.value === undefined) throw fail(text, "json", parsed.ok ? "the response has no body" : "the response body is not JSON");
  const result = check(parsed.value);
  if (!result.ok) throw new ResponseValidationError(operation, response.status, result.errors, parsed.value, requestId);
  return result.value;
}

/**
 * @internal Sends a request: builds it (checking parameters and body before anything else), then
 * per attempt resolves the access token, fetches, and retries after 429, 503 and 504. Q is the
 * operation's query options ($select, $expand), passed through to the builder with the rest.
 */
export async function sendRequest<T, Q = {}>(
  operation: string,
  build: (options: RequestOptions & Q) => BuiltRequest,
  checks: ResponseChecks<T>,
  options: (ClientOptions & Q) | undefined,
): Promise<T> {
  const { accessToken, fetch: fetchOption, signal, retry, ...rest } = options ?? ({} as ClientOptions & Q);
  // rest is the options without those of sending: the builder's options (Q included).
  const builderOptions = rest as unknown as RequestOptions & Q;
  const unauthorized = build(builderOptions);
  const policy = retryPolicy(operation, retry);
  const send = fetchOption ?? globalThis.fetch;
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    const token = await resolveToken(operation, accessToken);
    const request = token === undefined ? unauthorized : build({ ...builderOptions, accessToken: token });
    const response = await send(request.url, { method: request.method, headers: request.headers, body: request.body, signal: signal ?? null });
    if (attempt >= policy.maxRetries || !RETRY_STATUS.has(response.status)) return settle(operation, response, checks);
    await response.body?.cancel().catch(() => undefined);
    await policy.sleep(retryDelay(response, attempt, policy), signal);
  }
}
`;
