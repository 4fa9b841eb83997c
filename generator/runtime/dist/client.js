function summary(errors) {
  const shown = errors
    .slice(0, 3)
    .map((e) => `${e.path === "" ? "" : `${e.path}: `}${e.message} (${e.code})`);
  const more = errors.length > 3 ? `; and ${errors.length - 3} more` : "";
  return shown.join("; ") + more;
}
/**
 * A request that was not sent because it is invalid: a parameter is missing or cannot be sent, the
 * body does not match the operation's body type (checked in request mode, as the JSON that would be
 * sent: unknown properties are errors), or an option is unusable. Each problem has a JSON Pointer
 * path into the part named.
 */
export class RequestValidationError extends Error {
  name = "RequestValidationError";
  operation;
  part;
  errors;
  constructor(operation, part, errors) {
    super(`${operation}: invalid request ${part}: ${summary(errors)}`);
    this.operation = operation;
    this.part = part;
    this.errors = errors;
  }
}
/**
 * The service answered with an error status: after the retries allowed, or at once when its
 * Retry-After asks for a longer wait than RetryOptions.maxDelayMs allows.
 */
export class GraphError extends Error {
  name = "GraphError";
  operation;
  status;
  /** Graph's error.code ("itemNotFound"), or undefined when the body is not a Graph error. */
  code;
  /** Graph's "error" object: code, message and innerError, or undefined. */
  error;
  /** The request-id response header (else innerError's "request-id"), for Microsoft support. */
  requestId;
  /** The response body: parsed JSON, or the text when it is not JSON, or undefined when empty. */
  body;
  headers;
  /** The wait the response's Retry-After asks for, in milliseconds, when it has a readable one. */
  retryAfterMs;
  constructor(init) {
    const code = typeof init.error?.code === "string" ? init.error.code : undefined;
    const text =
      typeof init.error?.message === "string"
        ? init.error.message
        : "the service answered with an error";
    const wait = init.retryAfterMs === undefined ? "" : ` (Retry-After: ${init.retryAfterMs} ms)`;
    super(
      `${init.operation}: HTTP ${init.status}${code === undefined ? "" : ` ${code}`}: ${text}${wait}`,
    );
    this.operation = init.operation;
    this.status = init.status;
    this.code = code;
    this.error = init.error;
    this.requestId = init.requestId;
    this.body = init.body;
    this.headers = init.headers;
    this.retryAfterMs = init.retryAfterMs;
  }
}
/**
 * A successful response that is not what the operation declares: a status it does not declare, no
 * body where one is declared or a body where none is, a body that is not JSON, or a value its
 * type's check (response mode, tolerant of properties Graph adds later) refuses. Also a next link
 * the paging iterator will not follow.
 */
export class ResponseValidationError extends Error {
  name = "ResponseValidationError";
  operation;
  status;
  errors;
  /** The response body: parsed JSON, or the text when it is not JSON. */
  body;
  requestId;
  constructor(operation, status, errors, body, requestId) {
    super(`${operation}: invalid response (HTTP ${status}): ${summary(errors)}`);
    this.operation = operation;
    this.status = status;
    this.errors = errors;
    this.body = body;
    this.requestId = requestId;
  }
}
/**
 * No attempt finished within ClientDefaults.timeoutMs (after the retries allowed): the service
 * accepted the request, or not, and did not answer in time.
 */
export class TimeoutError extends Error {
  name = "TimeoutError";
  operation;
  timeoutMs;
  /** How many attempts were made, every one timed out or answered 429, 503 or 504. */
  attempts;
  constructor(operation, timeoutMs, attempts) {
    super(
      `${operation}: no answer within ${timeoutMs} ms (timeoutMs), ${attempts} attempt${attempts === 1 ? "" : "s"}`,
    );
    this.operation = operation;
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }
}
/** A paged collection had more pages than PagingOptions.maxPages allows. */
export class PageLimitError extends Error {
  name = "PageLimitError";
  operation;
  maxPages;
  /** The link to the page that was not fetched. */
  nextLink;
  constructor(operation, maxPages, nextLink) {
    super(
      `${operation}: the collection has more than ${maxPages} pages (maxPages); the next page is not fetched`,
    );
    this.operation = operation;
    this.maxPages = maxPages;
    this.nextLink = nextLink;
  }
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
export function createClient(defaults) {
  checkDefaults("createClient", defaults);
  return Object.freeze({ defaults: Object.freeze({ ...defaults }) });
}
/** @internal Refuses options that could never be sent: checked before anything else is done. */
export function checkDefaults(operation, options) {
  const fail = (path, code, message) =>
    new RequestValidationError(operation, "options", [{ path, code, message }]);
  if (typeof options !== "object" || options === null)
    throw fail("", "options", "the options must be an object");
  const timeout = options.timeoutMs;
  if (timeout !== undefined && timeout !== false && !isDuration(timeout, 1)) {
    throw fail(
      "/timeoutMs",
      "timeoutMs",
      `timeoutMs must be false or a whole number from 1 to ${MAX_TIMER}`,
    );
  }
  const retry = options.retry;
  if (retry === undefined || retry === false) return;
  for (const [name, min] of [
    ["maxRetries", 0],
    ["maxDelayMs", 0],
    ["baseDelayMs", 0],
  ]) {
    const value = retry[name];
    if (value !== undefined && !(name === "maxRetries" ? isCount(value) : isDuration(value, min))) {
      throw fail(
        `/retry/${name}`,
        "retry",
        `retry.${name} must be a whole number of at least ${min}`,
      );
    }
  }
}
/** @internal The longest wait a timer can take (setTimeout fires at once beyond it). */
export const MAX_TIMER = 2147483647;
function isCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
function isDuration(value, min) {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= MAX_TIMER;
}
