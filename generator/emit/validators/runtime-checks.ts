/**
 * Source of the value checks and error reporters of the generated runtime. Each primitive kind has
 * a check (`isInt32`...) used on the fast path, and a reporter that, once the check has failed,
 * works out which problem it was (null, wrong type, out of range, bad format), pushes the error and
 * returns false; or returns true at once when errors are not being collected (the caller stops).
 * A property is named by its RFC 6901 reference token (its key, escaped if need be, without the
 * "/"); its JSON Pointer, with the item index, is built here, on error only.
 */
export const RUNTIME_CHECKS = `/** @internal */
export function isInt32(x: unknown): boolean {
  return typeof x === "number" && Number.isInteger(x) && x >= -2147483648 && x <= 2147483647;
}
/** @internal */
export function isInt64(x: unknown): boolean {
  return typeof x === "number" && Number.isInteger(x);
}
/** @internal Edm.Single and Edm.Double: a finite number, or "NaN", "INF", "-INF". */
export function isFloat(x: unknown): boolean {
  return typeof x === "number" ? Number.isFinite(x) : x === "NaN" || x === "INF" || x === "-INF";
}
/** @internal */
export function isDateTimeOffsetValue(x: unknown): boolean {
  return typeof x === "string" && isDateTimeOffset(x);
}
/** @internal */
export function isDurationValue(x: unknown): boolean {
  return typeof x === "string" && isDuration(x);
}

/** A string shown between quotes: as is when it is short printable ASCII, else as JSON. */
function quote(x: string): string {
  const n = x.length;
  for (let i = 0; i < n && n <= 80; i++) {
    const c = x.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) return JSON.stringify(n > 80 ? x.slice(0, 77) + "..." : x);
  }
  return n > 80 ? JSON.stringify(x.slice(0, 77) + "...") : '"' + x + '"';
}

function show(x: unknown): string {
  if (typeof x === "string") return quote(x);
  return Array.isArray(x) ? "an array" : typeof x === "object" && x !== null ? "an object" : String(x);
}

/** The RFC 6901 reference token of a key, with its "/". */
function token(key: string): string {
  return key.indexOf("~") < 0 && key.indexOf("/") < 0 ? "/" + key : "/" + key.replace(/~/g, "~0").replace(/\\//g, "~1");
}

/** The JSON Pointer of a declared property (by its reference token, escaped) or of its item. */
function pointer(t: string, index: number | undefined): string {
  return index === undefined ? "/" + t : "/" + t + "/" + index;
}

/** said: the first part of the message, "expected ..., found ", built once per reporter. */
function push(e: ValidationError[], path: string, code: string, said: string, x: unknown): false {
  e.push({ path, code, message: said + (code === "null" ? "null, which is not allowed here" : show(x)) });
  return false;
}

/** Null, the wrong JSON type, or (right type) the given code. */
function report(e: Errors, x: unknown, key: string, index: number | undefined, said: string, type: string, code: string): boolean {
  if (e === null) return true;
  return push(e, pointer(key, index), x === null ? "null" : typeof x !== type ? "type" : code, said, x);
}

const found = (expected: string): string => "expected " + expected + ", found ";
const STRING = found("a string");
const BOOLEAN = found("true or false");
const INT32 = found("an integer from -2147483648 to 2147483647 (Int32)");
const INT64 = found("an integer (Int64)");
const FLOAT = found('a number, or "NaN", "INF" or "-INF"');
const DATE_TIME_OFFSET = found('an ISO 8601 date-time with offset such as "2020-02-25T18:52:21.2169889Z"');
const DURATION = found('an ISO 8601 duration such as "PT0.016S"');
const ARRAY = found("an array");

/** @internal */
export function badString(e: Errors, x: unknown, key: string, index?: number): boolean {
  return report(e, x, key, index, STRING, "string", "type");
}
/** @internal */
export function badBoolean(e: Errors, x: unknown, key: string, index?: number): boolean {
  return report(e, x, key, index, BOOLEAN, "boolean", "type");
}
/** @internal */
export function badInt32(e: Errors, x: unknown, key: string, index?: number): boolean {
  return report(e, x, key, index, INT32, "number", Number.isInteger(x) ? "range" : "type");
}
/** @internal */
export function badInt64(e: Errors, x: unknown, key: string, index?: number): boolean {
  return report(e, x, key, index, INT64, "number", "type");
}
/** @internal */
export function badFloat(e: Errors, x: unknown, key: string, index?: number): boolean {
  return report(e, x, key, index, FLOAT, "-", "type");
}
/** @internal */
export function badDateTimeOffset(e: Errors, x: unknown, key: string, index?: number): boolean {
  return report(e, x, key, index, DATE_TIME_OFFSET, "string", "format");
}
/** @internal */
export function badDuration(e: Errors, x: unknown, key: string, index?: number): boolean {
  return report(e, x, key, index, DURATION, "string", "format");
}
/** @internal An enum's member names, as a list (for messages) and a set. */
export interface Members {
  readonly list: readonly string[];
  readonly set: ReadonlySet<unknown>;
  /** The start of the message: "expected one of ..., found ". */
  readonly expected: string;
  /** The same for an evolvable enum in a response. */
  readonly later: string;
}
/** @internal */
export function members(list: readonly string[]): Members {
  const expected = "one of " + list.map((m) => JSON.stringify(m)).join(", ");
  return { list, set: new Set<unknown>(list), expected: found(expected), later: found("a string: " + expected + ", or a member added later") };
}
/** @internal */
export function badEnum(e: Errors, x: unknown, m: Members, key: string, index?: number): boolean {
  return report(e, x, key, index, m.expected, "string", "enum");
}
/**
 * @internal The leaf checks of the generated bodies: each returns true when the body must stop (the
 * value is wrong and errors are not being collected); a wrong value is reported otherwise.
 */
export function vString(e: Errors, x: unknown, p: string, i?: number): boolean {
  return typeof x !== "string" && badString(e, x, p, i);
}
/** @internal */
export function vStringOrNull(e: Errors, x: unknown, p: string, i?: number): boolean {
  return x !== null && typeof x !== "string" && badString(e, x, p, i);
}
/** @internal */
export function vBoolean(e: Errors, x: unknown, p: string, i?: number): boolean {
  return typeof x !== "boolean" && badBoolean(e, x, p, i);
}
/** @internal */
export function vBooleanOrNull(e: Errors, x: unknown, p: string, i?: number): boolean {
  return x !== null && typeof x !== "boolean" && badBoolean(e, x, p, i);
}
/** @internal */
export function vInt32(e: Errors, x: unknown, p: string, i?: number): boolean {
  return !isInt32(x) && badInt32(e, x, p, i);
}
/** @internal */
export function vInt32OrNull(e: Errors, x: unknown, p: string, i?: number): boolean {
  return x !== null && !isInt32(x) && badInt32(e, x, p, i);
}
/** @internal */
export function vInt64(e: Errors, x: unknown, p: string, i?: number): boolean {
  return !isInt64(x) && badInt64(e, x, p, i);
}
/** @internal */
export function vInt64OrNull(e: Errors, x: unknown, p: string, i?: number): boolean {
  return x !== null && !isInt64(x) && badInt64(e, x, p, i);
}
/** @internal */
export function vFloat(e: Errors, x: unknown, p: string, i?: number): boolean {
  return !isFloat(x) && badFloat(e, x, p, i);
}
/** @internal */
export function vFloatOrNull(e: Errors, x: unknown, p: string, i?: number): boolean {
  return x !== null && !isFloat(x) && badFloat(e, x, p, i);
}
/** @internal */
export function vDateTimeOffset(e: Errors, x: unknown, p: string, i?: number): boolean {
  return !isDateTimeOffsetValue(x) && badDateTimeOffset(e, x, p, i);
}
/** @internal */
export function vDateTimeOffsetOrNull(e: Errors, x: unknown, p: string, i?: number): boolean {
  return x !== null && !isDateTimeOffsetValue(x) && badDateTimeOffset(e, x, p, i);
}
/** @internal */
export function vDuration(e: Errors, x: unknown, p: string, i?: number): boolean {
  return !isDurationValue(x) && badDuration(e, x, p, i);
}
/** @internal */
export function vDurationOrNull(e: Errors, x: unknown, p: string, i?: number): boolean {
  return x !== null && !isDurationValue(x) && badDuration(e, x, p, i);
}
/** @internal */
export function vEnum(e: Errors, x: unknown, m: Members, p: string, i?: number): boolean {
  return !m.set.has(x) && badEnum(e, x, m, p, i);
}
/** @internal */
export function vEnumOrNull(e: Errors, x: unknown, m: Members, p: string, i?: number): boolean {
  return x !== null && !m.set.has(x) && badEnum(e, x, m, p, i);
}
/**
 * @internal An evolvable enum (it has unknownFutureValue): in a response (s false) any string is
 * taken, since Graph sends members added later when asked (Prefer: include-unknown-enum-members).
 */
export function vEvolvable(e: Errors, x: unknown, m: Members, s: boolean, p: string, i?: number): boolean {
  return !m.set.has(x) && (s || typeof x !== "string") && badEvolvable(e, x, m, s, p, i);
}
/** @internal */
export function badEvolvable(e: Errors, x: unknown, m: Members, s: boolean, p: string, i?: number): boolean {
  return report(e, x, p, i, s ? m.expected : m.later, "string", "enum");
}
/** @internal */
export function vEvolvableOrNull(e: Errors, x: unknown, m: Members, s: boolean, p: string, i?: number): boolean {
  return x !== null && !m.set.has(x) && (s || typeof x !== "string") && badEvolvable(e, x, m, s, p, i);
}

/** @internal A collection is never null; its items are checked one by one. */
export function badArray(e: Errors, x: unknown, key: string): boolean {
  return report(e, x, key, undefined, ARRAY, "-", "type");
}
/** @internal Errors of a nested value (pushed since i) get its path in front; true to stop. */
export function nest(e: Errors, i: number, key: string, index?: number): boolean {
  if (e === null) return true;
  const prefix = pointer(key, index);
  for (; i < e.length; i++) e[i]!.path = prefix + e[i]!.path;
  return false;
}

/** @internal The names of a closed type: declared (with @odata.type), and its navigation properties. */
export interface Keys {
  readonly names: ReadonlySet<string>;
  readonly navigation: ReadonlySet<string>;
}
/** @internal A closed type's names: its base's, then its own. */
export function keys(base: Keys | null, own: readonly string[], navigation: readonly string[] = []): Keys {
  return {
    names: new Set<string>(["@odata.type", ...(base === null ? [] : base.names), ...own]),
    navigation: new Set<string>([...(base === null ? [] : base.navigation), ...navigation]),
  };
}

/** A declared name close to a misspelt one: the same but for case, or for one character. */
function suggest(key: string, names: ReadonlySet<string>): string | undefined {
  const k = key.toLowerCase();
  for (const name of names) {
    const n = name.toLowerCase();
    if (n === k) return name;
    const [a, b] = n.length < k.length ? [n, k] : [k, n];
    if (b.length - a.length > 1) continue;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.slice(i + (a.length === b.length ? 1 : 0)) === b.slice(i + 1)) return name;
  }
  return undefined;
}

/**
 * @internal The number of keys a for-in loop visits: every own enumerable string key, and any
 * enumerable inherited one. Never fewer than the own keys, so when it equals the number of declared
 * own properties a body found, there is no other own key; otherwise knownKeys decides exactly. No
 * array is allocated, unlike Object.keys.
 */
export function keyCount(v: object): number {
  let c = 0;
  for (const _k in v) c++;
  return c;
}

/** @internal Request mode: every own key must be declared or be an instance annotation. */
export function knownKeys(v: object, e: Errors, declared: Keys, qname: string): boolean {
  let ok = true;
  for (const key of Object.keys(v)) {
    if (declared.names.has(key) || ANNOTATION.test(key)) continue;
    if (e === null) return false;
    ok = false;
    if (declared.navigation.has(key)) {
      navigationInRequest(e, key, qname);
      continue;
    }
    const near = suggest(key, declared.names);
    const hint = near === undefined ? "" : '; did you mean "' + near + '"?';
    e.push({ path: token(key), code: "unknownProperty", message: "unknown property " + JSON.stringify(key) + ": " + qname + " declares no such property" + hint });
  }
  return ok;
}

/** @internal A navigation property in a request body (true: stop). */
export function navigationInRequest(e: Errors, key: string, qname: string): boolean {
  if (e === null) return true;
  const message = "unknown property " + JSON.stringify(key) + ": a navigation property of " + qname + ", present only in a response that expands it, never in a request body";
  e.push({ path: token(key), code: "unknownProperty", message });
  return false;
}

/** @internal A type's family: each member's two @odata.type spellings to the body that checks it. */
export interface Family {
  readonly qname: string;
  /** The declared type's own two spellings: the check functions' fast path compares with them. */
  readonly hash: string;
  readonly body: Body;
  readonly table: ReadonlyMap<unknown, Body>;
  readonly known: ReadonlySet<unknown>;
}
/** @internal The first name and body are the declared type's own. */
export function family(known: ReadonlySet<unknown>, qnames: readonly string[], bodies: readonly Body[]): Family {
  const table = new Map<unknown, Body>();
  qnames.forEach((q, i) => table.set("#" + q, bodies[i]!).set(q, bodies[i]!));
  return { qname: qnames[0]!, hash: "#" + qnames[0]!, body: bodies[0]!, table, known };
}
/** @internal Both @odata.type spellings of every given type. */
export function known(qnames: readonly string[]): ReadonlySet<unknown> {
  return new Set<unknown>(qnames.flatMap((q) => ["#" + q, q]));
}

/**
 * @internal Checks a value declared as the family's type (t: its @odata.type, as the check function
 * read it, monomorphically): an object, checked as the type its @odata.type names (with or without "#"), which must be the declared type or derived from it. In
 * response mode a well-formed name this package does not know is tolerated and the value is
 * checked as the declared type.
 */
export function dispatch(v: unknown, t: unknown, e: Errors, m: boolean, f: Family): boolean {
  if (!isObject(v)) return e !== null && push(e, "", v === null ? "null" : "type", found("an object (" + f.qname + ")"), v);
  if (t === undefined || !ownType(v)) return f.body(v, e, m, 0);
  const b = f.table.get(t);
  if (b !== undefined) return b(v, e, m, 1);
  if (!m && typeof t === "string" && !f.known.has(t) && TYPE_NAME.test(t)) return f.body(v, e, m, 1);
  if (e === null) return false;
  push(e, "/@odata.type", "odataType", found('a type name such as "#' + f.qname + '": ' + f.qname + " or a type derived from it"), t);
  f.body(v, e, m, 1);
  return false;
}
`;
