/**
 * Source of the error reporters of the generated runtime. A reporter runs once a fast check has
 * failed: it works out which problem it was (null, wrong type, out of range, bad format), pushes the
 * error and returns false; or returns true at once when errors are not being collected (the caller
 * stops). A property is named by its RFC 6901 reference token (its key, escaped if need be); its
 * path is built here relative to the object, on error only, and each enclosing value's check
 * function puts its own place in front (`nest`) as it returns.
 *
 * Errors are cheap to build, since a body full of placeholders has dozens: each string is built
 * left to right from its long prefix, so V8 makes cons strings (a pointer pair, nothing copied)
 * rather than copying short flat strings; and how a string found is shown (between quotes after a
 * scan of its characters, or as JSON when it needs escapes or is cut) is remembered for the rest of
 * the run, since one wrong value tends to come many times (a template's placeholders). The memo is
 * emptied when the run ends, so it keeps no payload text between calls.
 */
export const RUNTIME_REPORT = `/** True when every character can be shown between quotes as it is. */
function printable(x: string): boolean {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const c = x.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) return false;
  }
  return true;
}

/** How each string found in this run is shown (emptied by run). */
const SHOWN = new Map<string, string>();
function shown(x: string): string {
  let s = SHOWN.get(x);
  if (s === undefined) {
    s = x.length > 80 ? JSON.stringify(x.slice(0, 77) + "...") : printable(x) ? '"' + x + '"' : JSON.stringify(x);
    if (SHOWN.size >= 256) SHOWN.clear();
    SHOWN.set(x, s);
  }
  return s;
}

/** said ("expected ..., found ") followed by what was found. */
function describe(said: string, code: string, x: unknown): string {
  if (code === "null") return said + "null, which is not allowed here";
  if (typeof x === "string") return said + shown(x);
  if (typeof x !== "object" || x === null) return said + String(x);
  return said + (Array.isArray(x) ? "an array" : "an object");
}

/** The RFC 6901 reference token of a key. */
function escaped(key: string): string {
  return key.indexOf("~") < 0 && key.indexOf("/") < 0 ? key : key.replace(/~/g, "~0").replace(/\\//g, "~1");
}

/** Pushes an error; false, so that a reporter can end with it. */
function push(e: ValidationError[], path: string, code: string, said: string, x: unknown): false {
  e.push({ path, code, message: describe(said, code, x) });
  return false;
}

/** Null, the wrong JSON type, or (right type) the given code; at the declared property t, or its item. */
function report(e: Errors, x: unknown, t: string, index: number | undefined, said: string, type: string, code: string): boolean {
  if (e === null) return true;
  const c = x === null ? "null" : typeof x !== type ? "type" : code;
  return push(e, index === undefined ? "/" + t : "/" + t + "/" + index, c, said, x);
}

/**
 * @internal What a check function returns (stop), once the errors its value added (since i) have
 * had the value's place put in front of their paths: the declared property t, or its item index.
 * A value checked on its own (t undefined) is at "".
 */
export function nest(e: Errors, i: number, t: string | undefined, index: number | undefined, stop: boolean): boolean {
  if (e !== null && i < e.length && t !== undefined) prefix(e, i, index === undefined ? "/" + t : "/" + t + "/" + index);
  return stop;
}
function prefix(e: ValidationError[], i: number, p: string): void {
  for (; i < e.length; i++) e[i]!.path = p + e[i]!.path;
}

const found = (expected: string): string => "expected " + expected + ", found ";
const STRING = found("a string");
const BOOLEAN = found("true or false");
const INT32 = found("an integer from -2147483648 to 2147483647 (Int32)");
const INT64 = found("an integer (Int64)");
const FLOAT = found('a number, or "NaN", "INF" or "-INF"');
const DATE_TIME_OFFSET_FOUND = found('an ISO 8601 date-time with offset such as "2020-02-25T18:52:21.2169889Z"');
const DURATION = found('an ISO 8601 duration such as "PT0.016S"');
const ARRAY = found("an array");

/** @internal */
export function badString(e: Errors, x: unknown, t: string, index?: number): boolean {
  return report(e, x, t, index, STRING, "string", "type");
}
/** @internal */
export function badBoolean(e: Errors, x: unknown, t: string, index?: number): boolean {
  return report(e, x, t, index, BOOLEAN, "boolean", "type");
}
/** @internal */
export function badInt32(e: Errors, x: unknown, t: string, index?: number): boolean {
  return report(e, x, t, index, INT32, "number", Number.isInteger(x) ? "range" : "type");
}
/** @internal */
export function badInt64(e: Errors, x: unknown, t: string, index?: number): boolean {
  return report(e, x, t, index, INT64, "number", "type");
}
/** @internal */
export function badFloat(e: Errors, x: unknown, t: string, index?: number): boolean {
  return report(e, x, t, index, FLOAT, "-", "type");
}
/** @internal */
export function badDateTimeOffset(e: Errors, x: unknown, t: string, index?: number): boolean {
  return report(e, x, t, index, DATE_TIME_OFFSET_FOUND, "string", "format");
}
/** @internal */
export function badDuration(e: Errors, x: unknown, t: string, index?: number): boolean {
  return report(e, x, t, index, DURATION, "string", "format");
}
/** @internal A collection is never null; its items are checked one by one. */
export function badArray(e: Errors, x: unknown, t: string): boolean {
  return report(e, x, t, undefined, ARRAY, "-", "type");
}
`;
