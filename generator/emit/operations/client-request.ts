/**
 * The request-building half of the generated `client.ts`: parameters to path segments and query
 * pairs, base URL and headers. Fixed text, no spec text; `String.raw`, no backtick, no `${`.
 *
 * Encoding: only RFC 3986 unreserved characters pass as they are, everything else (UTF-8) is
 * percent-encoded. A parameter that is exactly "." or ".." is refused, not encoded: the WHATWG URL
 * parser, which fetch uses, reads "%2E%2E" as ".." and would remove a path segment.
 */
export const CLIENT_REQUEST = String.raw`
/** How a parameter's value is written: its Edm type's JSON kind. */
type ParameterKind = "string" | "number" | "boolean";

const HEADER_NAME = /^[!#$%&'*+.^_\x60|~0-9A-Za-z-]+$/;
/** Visible ASCII and Latin-1, spaces and tabs inside: no CR, LF or NUL can split a header. */
const HEADER_VALUE = /^(?:[\x21-\x7E\x80-\xFF](?:[\t\x20-\x7E\x80-\xFF]*[\x21-\x7E\x80-\xFF])?)?$/;

function pointer(name: string): string {
  return "/" + name.replace(/~/g, "~0").replace(/\//g, "~1");
}

function invalid(operation: string, part: "params" | "options", path: string, code: string, message: string): RequestValidationError {
  return new RequestValidationError(operation, part, [{ path, code, message }]);
}

function found(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return value === "" ? "an empty string" : "a string";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : "a " + typeof value;
}

function ownValue(o: unknown, key: string): unknown {
  return typeof o === "object" && o !== null && Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
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

/** Percent-encodes everything but the RFC 3986 unreserved characters; undefined for lone surrogates. */
function encodeStrict(text: string): string | undefined {
  try {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  } catch {
    return undefined;
  }
}

function parameter(operation: string, params: unknown, name: string, kind: ParameterKind, where: string): string | undefined {
  const value = ownValue(params, name);
  if (value === undefined) return undefined;
  const text = parameterText(value, kind);
  if (text === undefined) throw invalid(operation, "params", pointer(name), "parameter", where + " parameter " + JSON.stringify(name) + " must be " + expected(kind) + ", found " + found(value));
  const encoded = encodeStrict(text);
  if (encoded === undefined) throw invalid(operation, "params", pointer(name), "parameter", where + " parameter " + JSON.stringify(name) + " is not well-formed Unicode (a lone surrogate)");
  return encoded;
}

/** @internal One path segment from a required parameter, percent-encoded. */
export function pathParameter(operation: string, params: unknown, name: string, kind: ParameterKind): string {
  const segment = parameter(operation, params, name, kind, "path");
  if (segment === undefined) throw invalid(operation, "params", pointer(name), "parameter", "path parameter " + JSON.stringify(name) + " is required and must be " + expected(kind) + ", found nothing");
  if (segment === "." || segment === "..") {
    throw invalid(operation, "params", pointer(name), "parameter", "path parameter " + JSON.stringify(name) + " is " + JSON.stringify(segment) + ", a dot-segment that URL parsers (fetch included) remove from the path even when it is percent-encoded, so it cannot be sent");
  }
  return segment;
}

/** @internal The query string ("" or "?a=1&b=2") of the query parameters given, in the order listed. */
export function queryParameters(operation: string, params: unknown, list: readonly (readonly [string, ParameterKind, boolean])[]): string {
  const pairs: string[] = [];
  for (const [name, kind, required] of list) {
    const value = parameter(operation, params, name, kind, "query");
    if (value === undefined && required) throw invalid(operation, "params", pointer(name), "parameter", "query parameter " + JSON.stringify(name) + " is required and must be " + expected(kind) + ", found nothing");
    if (value !== undefined) pairs.push((encodeStrict(name) ?? "") + "=" + value);
  }
  return pairs.length === 0 ? "" : "?" + pairs.join("&");
}

/** The base URL, normalised by the URL parser: its origin, and its path without a trailing "/". */
function baseUrlOf(operation: string, base: unknown): { origin: string; path: string } {
  let url: URL | undefined;
  try {
    url = typeof base === "string" ? new URL(base) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:") || url.search !== "" || url.hash !== "") {
    throw invalid(operation, "options", "/baseUrl", "baseUrl", "baseUrl must be an http(s) URL with no query or fragment, found " + JSON.stringify(base));
  }
  return { origin: url.origin, path: url.pathname.replace(/\/+$/, "") };
}

function headerValue(operation: string, name: string, value: unknown): string {
  if (typeof value !== "string" || !HEADER_VALUE.test(value)) {
    throw invalid(operation, "options", "/headers" + pointer(name), "header", "header " + JSON.stringify(name) + " must be a string of visible characters with no line break, found " + found(value));
  }
  return value;
}

/** The caller's headers as name-value pairs, from a record, a Headers object or a list of pairs. */
function headerEntries(headers: RequestOptions["headers"]): [string, unknown][] {
  if (headers === undefined) return [];
  if (typeof Headers === "function" && headers instanceof Headers) {
    const out: [string, unknown][] = [];
    headers.forEach((value, name) => out.push([name, value]));
    return out;
  }
  if (Array.isArray(headers)) return headers.map((pair: readonly [unknown, unknown]) => [String(pair[0]), pair[1]]);
  return Object.keys(headers).map((name) => [name, ownValue(headers, name)]);
}

function headersOf(operation: string, hasBody: boolean, options: RequestOptions | undefined): Record<string, string> {
  const out = new Map<string, [string, string]>();
  const set = (name: string, value: string): void => void out.set(name.toLowerCase(), [name, value]);
  set("Accept", "application/json");
  if (hasBody) set("Content-Type", "application/json");
  const token = options?.accessToken;
  if (token !== undefined) {
    if (typeof token !== "string" || token === "" || !HEADER_VALUE.test(token)) {
      throw invalid(operation, "options", "/accessToken", "accessToken", "the access token must be a non-empty string of visible characters, found " + found(token));
    }
    set("Authorization", "Bearer " + token);
  }
  if (options?.includeUnknownEnumMembers === true) set("Prefer", "include-unknown-enum-members");
  for (const [name, raw] of headerEntries(options?.headers)) {
    if (!HEADER_NAME.test(name)) throw invalid(operation, "options", "/headers" + pointer(name), "header", JSON.stringify(name) + " is not an HTTP header name");
    const value = headerValue(operation, name, raw);
    const prefer = name.toLowerCase() === "prefer" ? out.get("prefer") : undefined;
    set(name, prefer === undefined ? value : prefer[1] + ", " + value);
  }
  return Object.fromEntries(out.values());
}

/**
 * @internal The request, once the body is checked and the path built: base URL, headers. Refuses
 * a URL whose parsed path is not the path built (belt and braces: no parameter can change it).
 */
export function prepareRequest<TBody extends string | null>(
  operation: string,
  method: BuiltRequest["method"],
  defaultBaseUrl: string,
  path: string,
  query: string,
  body: TBody,
  options: RequestOptions | undefined,
): BuiltRequest<TBody> {
  const base = baseUrlOf(operation, options?.baseUrl ?? defaultBaseUrl);
  const url = base.origin + base.path + path + query;
  if (new URL(url).pathname !== base.path + path) {
    throw invalid(operation, "params", "", "parameter", "the parameters would change the request path");
  }
  return { method, url, headers: headersOf(operation, body !== null, options), body };
}
`;
