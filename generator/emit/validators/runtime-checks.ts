/**
 * Source of the value checks and error reporters of the generated runtime. Each primitive kind has
 * a check (`isInt32`...) used on the fast path, and a reporter that, once the check has failed,
 * works out which problem it was (null, wrong type, out of range, bad format), pushes the error and
 * returns false; or returns true at once when errors are not being collected (the caller stops).
 * The path of a property is a literal of the generated code; an item index is added here.
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

function token(key: string): string {
  return "/" + key.replace(/~/g, "~0").replace(/\\//g, "~1");
}

/** The JSON Pointer of a property (path, "/name", a literal of the generated code) or of its item. */
function pointer(path: string, index: number | undefined): string {
  return index === undefined ? path : path + "/" + index;
}

function push(e: ValidationError[], path: string, code: string, expected: string, x: unknown): false {
  const found = code === "null" ? "null, which is not allowed here" : show(x);
  e.push({ path, code, message: "expected " + expected + ", found " + found });
  return false;
}

/** Null, the wrong JSON type, or (right type) the given code. */
function report(e: Errors, x: unknown, path: string, index: number | undefined, expected: string, type: string, code: string): boolean {
  if (e === null) return true;
  return push(e, pointer(path, index), x === null ? "null" : typeof x !== type ? "type" : code, expected, x);
}

/** @internal */
export function badString(e: Errors, x: unknown, path: string, index?: number): boolean {
  return report(e, x, path, index, "a string", "string", "type");
}
/** @internal */
export function badBoolean(e: Errors, x: unknown, path: string, index?: number): boolean {
  return report(e, x, path, index, "true or false", "boolean", "type");
}
/** @internal */
export function badInt32(e: Errors, x: unknown, path: string, index?: number): boolean {
  const expected = "an integer from -2147483648 to 2147483647 (Int32)";
  return report(e, x, path, index, expected, "number", Number.isInteger(x) ? "range" : "type");
}
/** @internal */
export function badInt64(e: Errors, x: unknown, path: string, index?: number): boolean {
  return report(e, x, path, index, "an integer (Int64)", "number", "type");
}
/** @internal */
export function badFloat(e: Errors, x: unknown, path: string, index?: number): boolean {
  return report(e, x, path, index, 'a number, or "NaN", "INF" or "-INF"', "-", "type");
}
/** @internal */
export function badDateTimeOffset(e: Errors, x: unknown, path: string, index?: number): boolean {
  const expected = 'an ISO 8601 date-time with offset such as "2020-02-25T18:52:21.2169889Z"';
  return report(e, x, path, index, expected, "string", "format");
}
/** @internal */
export function badDuration(e: Errors, x: unknown, path: string, index?: number): boolean {
  return report(e, x, path, index, 'an ISO 8601 duration such as "PT0.016S"', "string", "format");
}
/** @internal An enum's member names, as a list (for messages) and a set. */
export interface Members {
  readonly list: readonly string[];
  readonly set: ReadonlySet<unknown>;
  readonly expected: string;
}
/** @internal */
export function members(list: readonly string[]): Members {
  return { list, set: new Set<unknown>(list), expected: "one of " + list.map((m) => JSON.stringify(m)).join(", ") };
}
/** @internal */
export function badEnum(e: Errors, x: unknown, m: Members, path: string, index?: number): boolean {
  return report(e, x, path, index, m.expected, "string", "enum");
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

/** @internal A collection is never null; its items are checked one by one. */
export function badArray(e: Errors, x: unknown, path: string): boolean {
  return report(e, x, path, undefined, "an array", "-", "type");
}
/** @internal Errors of a nested value (pushed since i) get its path in front; true to stop. */
export function nest(e: Errors, i: number, path: string, index?: number): boolean {
  if (e === null) return true;
  const prefix = pointer(path, index);
  for (; i < e.length; i++) e[i]!.path = prefix + e[i]!.path;
  return false;
}

/** @internal The declared names of a closed type: its base's, its own, and @odata.type. */
export function keys(base: ReadonlySet<string> | null, own: readonly string[]): ReadonlySet<string> {
  return new Set<string>(["@odata.type", ...(base ?? []), ...own]);
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

/** @internal Request mode: every own key must be declared or be an instance annotation. */
export function knownKeys(v: object, e: Errors, declared: ReadonlySet<string>, qname: string): boolean {
  let ok = true;
  for (const key of Object.keys(v)) {
    if (declared.has(key) || ANNOTATION.test(key)) continue;
    if (e === null) return false;
    ok = false;
    const near = suggest(key, declared);
    const hint = near === undefined ? "" : '; did you mean "' + near + '"?';
    e.push({ path: token(key), code: "unknownProperty", message: "unknown property " + JSON.stringify(key) + ": " + qname + " declares no such property" + hint });
  }
  return ok;
}

/** @internal A type's family: each member's two @odata.type spellings to the body that checks it. */
export interface Family {
  readonly qname: string;
  readonly body: Body;
  readonly table: ReadonlyMap<unknown, Body>;
  readonly known: ReadonlySet<unknown>;
}
/** @internal The first name and body are the declared type's own. */
export function family(known: ReadonlySet<unknown>, qnames: readonly string[], bodies: readonly Body[]): Family {
  const table = new Map<unknown, Body>();
  qnames.forEach((q, i) => table.set("#" + q, bodies[i]!).set(q, bodies[i]!));
  return { qname: qnames[0]!, body: bodies[0]!, table, known };
}
/** @internal Both @odata.type spellings of every given type. */
export function known(qnames: readonly string[]): ReadonlySet<unknown> {
  return new Set<unknown>(qnames.flatMap((q) => ["#" + q, q]));
}

/**
 * @internal Checks a value declared as the family's type: an object, checked as the type its
 * @odata.type names (with or without "#"), which must be the declared type or derived from it. In
 * response mode a well-formed name this package does not know is tolerated and the value is
 * checked as the declared type.
 */
export function dispatch(v: unknown, e: Errors, m: boolean, f: Family): boolean {
  if (!isObject(v)) return e !== null && push(e, "", v === null ? "null" : "type", "an object (" + f.qname + ")", v);
  const t = v["@odata.type"];
  if (t === undefined || !own(v, "@odata.type")) return f.body(v, e, m, 0);
  const b = f.table.get(t);
  if (b !== undefined) return b(v, e, m, 1);
  if (!m && typeof t === "string" && !f.known.has(t) && TYPE_NAME.test(t)) return f.body(v, e, m, 1);
  if (e === null) return false;
  push(e, "/@odata.type", "odataType", 'a type name such as "#' + f.qname + '": ' + f.qname + " or a type derived from it", t);
  f.body(v, e, m, 1);
  return false;
}
`;
