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
import { RequestValidationError } from "./client.js";
import { isObject } from "./runtime.js";
/**
 * @internal Whether a value passes a value check. A check that throws (one written for strings
 * only, given a number) counts as a refusal: a value the check cannot read is not of its type.
 */
export function passes(test, value) {
  try {
    return test?.(value) === true;
  } catch {
    return false;
  }
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible ASCII and Latin-1, spaces and tabs inside: no CR, LF or NUL can split a header. */
const HEADER_VALUE = /^(?:[\x21-\x7E\x80-\xFF](?:[\t\x20-\x7E\x80-\xFF]*[\x21-\x7E\x80-\xFF])?)?$/;
/**
 * @internal A JSON Pointer segment for a name. (runtime.ts escapes keys the same way, unexported: an
 * export of its own would add to every package's runtime.js.)
 */
export function pointer(name) {
  return `/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
/** @internal A request refused before anything is sent, with one problem. */
export function invalid(operation, part, path, code, message) {
  return new RequestValidationError(operation, part, [{ path, code, message }]);
}
/** @internal What a value is, for messages: "nothing", "null", "a string", "an array"... */
export function found(value) {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return value === "" ? "an empty string" : "a string";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
/** @internal The own property of an object, or undefined (inherited ones, __proto__ included, never count). */
export function own(o, key) {
  return typeof o === "object" && o !== null && Object.prototype.hasOwnProperty.call(o, key)
    ? o[key]
    : undefined;
}
/** @internal Percent-encodes everything but the RFC 3986 unreserved characters; undefined for lone surrogates. */
export function encodeStrict(text) {
  try {
    return encodeURIComponent(text).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    return undefined;
  }
}
/** The text of a parameter value, or undefined when it is missing, empty or of the wrong kind. */
function parameterText(value, kind) {
  if (kind === "string") return typeof value === "string" && value !== "" ? value : undefined;
  if (kind === "number")
    return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
  return typeof value === "boolean" ? String(value) : undefined;
}
function expected(kind) {
  return kind === "string"
    ? "a non-empty string"
    : kind === "number"
      ? "a finite number"
      : "a boolean";
}
/** A path or query parameter's encoded text, or undefined when it is not given. */
function parameter(id, params, name, kind, where) {
  const value = own(params, name);
  if (value === undefined) return undefined;
  const what = `${where} parameter ${JSON.stringify(name)}`;
  const text = parameterText(value, kind);
  if (text === undefined)
    throw invalid(
      id,
      "params",
      pointer(name),
      "parameter",
      `${what} must be ${expected(kind)}, found ${found(value)}`,
    );
  const encoded = encodeStrict(text);
  if (encoded === undefined)
    throw invalid(
      id,
      "params",
      pointer(name),
      "parameter",
      `${what} is not well-formed Unicode (a lone surrogate)`,
    );
  return encoded;
}
function pathSegment(id, params, p) {
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
    const why =
      "a dot-segment that URL parsers (fetch included) remove from the path even when it is percent-encoded";
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
function literalText(id, name, text) {
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
export function asSent(value) {
  let text;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    return {
      problem: `it cannot be written as JSON (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  if (text === undefined) return { problem: `it is not a JSON value, found ${found(value)}` };
  return { text, sent: JSON.parse(text) };
}
function itemErrors(value, arg, at) {
  if (value === null) {
    return arg.nullable === true
      ? []
      : [{ path: at, code: "null", message: `expected ${arg.type}, found null` }];
  }
  if (arg.validate !== undefined) {
    const r = arg.validate(value, { mode: "request" });
    return r.ok ? [] : r.errors.map((e) => ({ ...e, path: at + e.path }));
  }
  return passes(arg.test, value)
    ? []
    : [{ path: at, code: "type", message: `expected ${arg.type}` }];
}
/** The problems of an alias value (as sent): a collection is an array whose items are checked. */
function aliasErrors(sent, arg) {
  if (arg.collection !== true) return itemErrors(sent, arg, "");
  if (!Array.isArray(sent))
    return [{ path: "", code: "type", message: `expected an array of ${arg.type}` }];
  return sent.flatMap((item, i) => itemErrors(item, arg, `/${i}`));
}
/** One `name=literal` of a call, or undefined when an optional parameter is left out; an alias adds its query pair. */
function argument(id, params, arg, aliases) {
  const value = own(params, arg.name);
  const name = literalText(id, arg.name, arg.name);
  const what = `function parameter ${JSON.stringify(arg.name)}`;
  const refuse = (message, path = "") =>
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
export function functionCall(name, args) {
  const text = (id, params, aliases) => {
    const written = args.flatMap((a) => {
      const literal = argument(id, params, a, aliases);
      return literal === undefined ? [] : [literal];
    });
    return `${name}(${written.join(",")})`;
  };
  return { text };
}
/** @internal The path after the base URL (`/a/b`, `/` when empty) and the aliases its calls need. */
export function pathOf(op, params) {
  const aliases = [];
  const segments = op.path.map((p) =>
    typeof p === "string"
      ? p
      : "param" in p
        ? pathSegment(op.id, params, p)
        : p.text(op.id, params, aliases),
  );
  return { path: `/${segments.join("/")}`, aliases };
}
/** @internal The query string ("" or "?a=1&b=2") of the query parameters given, in the order listed, then the aliases. */
export function queryOf(op, params, aliases) {
  const pairs = [];
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
export function baseUrlOf(operation, base) {
  let url;
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
function headerValue(operation, name, value) {
  if (typeof value !== "string" || !HEADER_VALUE.test(value)) {
    const message = `header ${JSON.stringify(name)} must be a string of visible characters with no line break, found ${found(value)}`;
    throw invalid(operation, "options", `/headers${pointer(name)}`, "header", message);
  }
  return value;
}
/** @internal The caller's headers as name-value pairs, from a record, a Headers object or a list of pairs. */
export function headerEntries(headers) {
  if (headers === undefined) return [];
  if (typeof Headers === "function" && headers instanceof Headers) {
    const out = [];
    headers.forEach((value, name) => out.push([name, value]));
    return out;
  }
  if (Array.isArray(headers)) return headers.map((pair) => [String(pair[0]), pair[1]]);
  return Object.keys(headers).map((name) => [name, own(headers, name)]);
}
/**
 * @internal The headers of a request: Accept, the body's Content-Type, Authorization, Prefer, then
 * the caller's (each replacing the one of its name, compared case-insensitively; Prefer combined).
 */
export function headersOf(operation, fixed, options) {
  const out = new Map();
  const set = (name, value) => void out.set(name.toLowerCase(), [name, value]);
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
function isStreamBody(value) {
  return value instanceof Uint8Array || (typeof Blob === "function" && value instanceof Blob);
}
/** @internal The body as sent (JSON text or bytes) and its media type, once checked; null when the operation sends none. */
export function bodyOf(op, body) {
  const spec = op.body;
  if (spec === undefined) return { body: null, contentType: undefined };
  if (spec.kind === "stream") {
    if (!isStreamBody(body))
      throw invalid(
        op.id,
        "body",
        "",
        "type",
        `the body must be a Uint8Array or a Blob, found ${found(body)}`,
      );
    const type = typeof Blob === "function" && body instanceof Blob ? body.type : "";
    return { body, contentType: type === "" ? "application/octet-stream" : type };
  }
  const json = asSent(spec.kind === "value" ? { value: body } : body);
  if ("problem" in json)
    throw invalid(op.id, "body", "", "json", `the body cannot be sent: ${json.problem}`);
  const errors = bodyErrors(spec, json.sent);
  if (errors.length > 0) throw new RequestValidationError(op.id, "body", errors);
  return { body: json.text, contentType: "application/json" };
}
function bodyErrors(spec, sent) {
  if (spec.kind === "value") {
    const value = sent.value;
    return passes(spec.test, value)
      ? []
      : [{ path: "", code: "type", message: `expected ${spec.type}, found ${found(value)}` }];
  }
  if (spec.kind === "object") {
    const r = spec.validate(sent, { mode: "request" });
    return r.ok ? [] : r.errors;
  }
  if (!Array.isArray(sent)) return [{ path: "", code: "type", message: "expected an array" }];
  return sent.flatMap((item, i) => {
    const r = spec.validate(item, { mode: "request" });
    return r.ok ? [] : r.errors.map((e) => ({ ...e, path: `/${i}${e.path}` }));
  });
}
/** @internal The Accept header: JSON, unless the operation answers with raw bytes. */
export function acceptOf(op) {
  return Object.values(op.responses).some((r) => r.kind === "stream") ? "*/*" : "application/json";
}
/**
 * @internal Checks and builds everything but the headers, in a fixed order: the body (as the JSON
 * that will be sent), then the parameters, the query options and the base URL. Refuses a URL whose
 * parsed path is not the path built (belt and braces: no parameter can change it).
 */
export function prepareRequest(op, params, body, options) {
  const sent = bodyOf(op, body);
  const { path, aliases } = pathOf(op, params);
  const plain = queryOf(op, params, aliases);
  const query =
    op.queryOptions === undefined
      ? withoutQueryOptions(op, plain, options)
      : op.queryOptions.write(op, plain, options);
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
export function buildRequest(op, params, body, options) {
  const prepared = prepareRequest(op, params, body, options);
  const headers = headersOf(
    op.id,
    { accept: acceptOf(op), contentType: prepared.contentType },
    options,
  );
  return { method: prepared.method, url: prepared.url, headers, body: prepared.body };
}
function selectText(id, shape, select, path) {
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
    .map((name, i) => {
      if (typeof name !== "string" || !shape.properties.includes(name)) {
        const what = typeof name === "string" ? JSON.stringify(name) : found(name);
        throw invalid(
          id,
          "options",
          `${path}/${i}`,
          "select",
          `${what} is not a property of ${shape.name}`,
        );
      }
      return encodeStrict(name) ?? "";
    })
    .join(",");
}
function navigationOf(shape, name) {
  return Object.prototype.hasOwnProperty.call(shape.navigation, name)
    ? shape.navigation[name]
    : undefined;
}
function expandItem(id, nav, name, value, at) {
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
  const nested = [];
  if (value["expand"] !== undefined) {
    const inner = expandText(id, nav.target(), value["expand"], `${at}/expand`);
    if (inner !== undefined) nested.push(`$expand=${inner}`);
  }
  if (value["select"] !== undefined)
    nested.push(`$select=${selectText(id, nav.target(), value["select"], `${at}/select`)}`);
  return nested.length === 0 ? encoded : `${encoded}(${nested.join(";")})`;
}
function expandText(id, shape, expand, path) {
  if (!isObject(expand)) {
    throw invalid(
      id,
      "options",
      path,
      "expand",
      `expand must be an object naming navigation properties, found ${found(expand)}`,
    );
  }
  const items = [];
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
function withoutQueryOptions(op, query, options) {
  for (const name of ["select", "expand"]) {
    if (own(options, name) !== undefined) {
      throw invalid(op.id, "options", `/${name}`, name, `${op.id} does not accept $${name}`);
    }
  }
  return query;
}
/** @internal The query options $select and $expand on a type's shape (see `QueryOptions`). */
export function queryOptions(accepts, shape) {
  return { accepts, shape, write: withQueryOptions, expanded: checkExpanded };
}
/**
 * @internal Appends the OData query options ($select, then $expand) to a query string ("" or
 * "?a=1"), written as OData writes them: `$`, `(`, `)`, `,`, `;` and `=` literal, names
 * percent-encoded. Refuses an option the operation does not accept, a name that is not a property
 * or navigation property of its type, and a nested option other than expand and select, so no
 * option can inject syntax.
 */
export function withQueryOptions(op, query, options) {
  const pairs = [];
  const select = own(options, "select");
  const expand = own(options, "expand");
  const accepts = op.queryOptions?.accepts ?? [];
  if (select !== undefined) {
    if (!accepts.includes("$select"))
      throw invalid(op.id, "options", "/select", "select", `${op.id} does not accept $select`);
    pairs.push(`$select=${selectText(op.id, op.queryOptions.shape, select, "/select")}`);
  }
  if (expand !== undefined) {
    if (!accepts.includes("$expand"))
      throw invalid(op.id, "options", "/expand", "expand", `${op.id} does not accept $expand`);
    const text = expandText(op.id, op.queryOptions.shape, expand, "/expand");
    if (text !== undefined) pairs.push(`$expand=${text}`);
  }
  if (pairs.length === 0) return query;
  return `${query === "" ? "?" : `${query}&`}${pairs.join("&")}`;
}
function expandedErrors(shape, value, expand, path) {
  if (!isObject(expand)) return [];
  const errors = [];
  for (const name of Object.keys(expand)) {
    const tree = expand[name];
    const nav = navigationOf(shape, name);
    if (tree === undefined || nav === undefined) continue;
    const at = path + pointer(name);
    const nested = isObject(tree) ? tree["expand"] : undefined;
    const item = own(value, name);
    // The response's validator has checked the item: an array of the target type, or it or null.
    const inside = (v, p) => {
      if (isObject(v)) errors.push(...expandedErrors(nav.target(), v, nested, p));
    };
    if (item === undefined) {
      errors.push({
        path: at,
        code: "expanded",
        message: `the expanded navigation property ${JSON.stringify(name)} is missing`,
      });
    } else if (nav.collection) {
      if (Array.isArray(item)) item.forEach((x, i) => inside(x, `${at}/${i}`));
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
export function checkExpanded(shape, value, expand) {
  return isObject(value) && expand !== undefined ? expandedErrors(shape, value, expand, "") : [];
}
