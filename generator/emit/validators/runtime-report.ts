/**
 * Source of the error reporters of the generated runtime. A reporter runs once a fast check has
 * failed: it works out which problem it was (null, wrong type, out of range, bad format), pushes the
 * error and returns false; or returns true at once when errors are not being collected (the caller
 * stops). A property is named by its RFC 6901 reference token (its key, escaped if need be); its
 * path is the place of the object being checked with a "/" (`under`, which the check world's
 * `dispatch` keeps as it goes in and out of values) followed by the token, built on error only.
 *
 * Errors are cheap to build, since a body full of placeholders has dozens: each string is built
 * left to right from its long prefix, so V8 makes cons strings (a pointer pair, nothing copied)
 * rather than copying short flat strings; and how the last string found was shown (between quotes
 * after a scan of its characters, or as JSON when it needs escapes or is cut) is kept for the next
 * error, since one wrong value tends to come many times in a row (a template's placeholders). It
 * is forgotten when the run ends, so no payload text is kept between calls.
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

/**
 * How the last string found was shown, kept for the next error: one wrong value tends to come many
 * times in a row (a template's placeholders), and comparing with the last one is cheaper than a
 * Map's lookup. run empties it, so no payload text is kept between calls.
 */
let lastFound = "";
let lastShown = '""';
function shown(x: string): string {
  if (x === lastFound) return lastShown;
  lastFound = x;
  return (lastShown = x.length > 80 ? JSON.stringify(x.slice(0, 77) + "...") : printable(x) ? '"' + x + '"' : JSON.stringify(x));
}
/** Forgets the last string shown (run calls it when it ends). */
function forget(): void {
  lastFound = "";
  lastShown = '""';
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

/**
 * The JSON Pointer of the value the check world is in, followed by "/" (so that an error's path is
 * one concatenation): set by dispatch on the way in (one string per value entered, and only on a
 * wrong value, since only then does the check world run), put back on the way out, and "/" when a
 * run starts. The test world never reads or writes it.
 */
let under = "/";

/** Pushes an error; false, so that a reporter can end with it. */
function push(e: ValidationError[], path: string, code: string, said: string, x: unknown): false {
  e.push({ path, code, message: describe(said, code, x) });
  return false;
}

/** Null, the wrong JSON type, or (right type) the given code; at the declared property t, or its item. */
function report(e: Errors, x: unknown, t: string, index: number | undefined, said: string, type: string, code: string): boolean {
  if (e === null) return true;
  const c = x === null ? "null" : typeof x !== type ? "type" : code;
  return push(e, index === undefined ? under + t : under + t + "/" + index, c, said, x);
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
