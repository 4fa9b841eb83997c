/**
 * The validation runtime every generated package carries (`runtime.js`): the result types, the check
 * of each Edm primitive (the `test` named in `model/edm.ts`), and the helpers the generated
 * validators call. It holds no spec text: what a package knows of its types (names, properties,
 * enum members, the Edm table's messages) is written into `validators.js`, which calls this.
 *
 * Each structured type has two checks in validators.js, which both call this runtime:
 * - `validT(v, m)`, the verdict: true when `v` is a valid value of the type (`m`: request mode,
 *   strict); it stops at the first problem and builds nothing. `isT` is this, and so is the first
 *   pass of `validateT`, which is all `validateT` does for a valid value.
 * - `checkT(v, m)`, the report: it runs only on a value found wrong, inside `run`, and reports every
 *   problem to the report `run` holds open (a nested value is checked `inside` its parent's place,
 *   so that the report's path follows it).
 * Two functions, not one, because V8 keeps type feedback and optimised code per function: when one
 * function served both, the report's walk over wrong values (other shapes, every property there)
 * made the verdict on valid values slower (the benchmark, `npm run bench`, measured it; see
 * ARCHITECTURE.md). They are not copies: the verdict has no reporting, the report no early exit.
 */
/** The errors `validateT` collects unless told otherwise. */
const MAX_ERRORS = 100;
/**
 * The report being made: `run` opens one for the value it checks, and puts back the one before
 * when it ends (a getter may validate another value while a report is open).
 */
let report = { errors: [], at: "", max: 0, lastFound: "", lastShown: "" };
// ---------------------------------------------------------------------------------------------
// The Edm primitives: the `test` of each entry of model/edm.ts, a non-null value's check.
// ---------------------------------------------------------------------------------------------
/** @internal Edm.String. */
export function isString(x) {
  return typeof x === "string";
}
/** @internal Edm.Boolean. */
export function isBoolean(x) {
  return typeof x === "boolean";
}
/** @internal Edm.Byte. */
export function isByte(x) {
  return Number.isInteger(x) && x >= 0 && x <= 255;
}
/** @internal Edm.SByte. */
export function isSByte(x) {
  return Number.isInteger(x) && x >= -128 && x <= 127;
}
/** @internal Edm.Int16. */
export function isInt16(x) {
  return Number.isInteger(x) && x >= -32768 && x <= 32767;
}
/** @internal Edm.Int32. */
export function isInt32(x) {
  return Number.isInteger(x) && x >= -2147483648 && x <= 2147483647;
}
/** @internal Edm.Int64: any integer (a double holds no more; see the README). */
export function isInt64(x) {
  return Number.isInteger(x);
}
/** @internal Edm.Single and Edm.Double: a finite number, or "NaN", "INF", "-INF". */
export function isFloat(x) {
  return typeof x === "number" ? Number.isFinite(x) : x === "NaN" || x === "INF" || x === "-INF";
}
/** @internal Edm.Decimal: a finite number. */
export function isDecimal(x) {
  return typeof x === "number" && Number.isFinite(x);
}
/** @internal Edm.Stream: never inline. */
export function isNever(_x) {
  return false;
}
/** @internal Edm.Untyped: any JSON value. */
export function isAny(_x) {
  return true;
}
/*
 * The string primitives are scanned by hand, character by character, as the OData ABNF reads them
 * (the patterns of model/edm.ts say the same; a test compares both on many near misses). Every read
 * is in bounds: an out-of-bounds charCodeAt is NaN, which costs V8 a slow path.
 */
/** True for an ASCII digit's code. */
function digit(c) {
  return c >= 48 && c <= 57;
}
/** The value of the two digits at i, or -1 (also out of bounds, where charCodeAt gives NaN). */
function two(s, i) {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
/**
 * Where the ABNF `dateValue` that starts at i ends, or -1: [ "-" ] year "-" month "-" day, the year
 * four digits, or more without a leading zero; the day 01 to 31 whatever the month.
 */
function dateEnd(s, i) {
  const n = s.length;
  if (i < n && s.charCodeAt(i) === 45) i++;
  const y = i;
  let c = 0;
  while (i < n && digit((c = s.charCodeAt(i)))) i++;
  if (i - y < 4 || (i - y > 4 && s.charCodeAt(y) === 48) || i + 6 > n || c !== 45) return -1;
  const month = two(s, i + 1);
  const day = two(s, i + 4);
  return month >= 1 && month <= 12 && s.charCodeAt(i + 3) === 45 && day >= 1 && day <= 31
    ? i + 6
    : -1;
}
/**
 * Where the ABNF `timeOfDayValue` that starts at i ends, or -1: hour ":" minute [ ":" second
 * [ "." 1*12DIGIT ] ], second 60 for a leap second.
 */
function timeEnd(s, i) {
  const n = s.length;
  if (i + 5 > n) return -1;
  const hour = two(s, i);
  const minute = two(s, i + 3);
  if (hour < 0 || hour > 23 || s.charCodeAt(i + 2) !== 58 || minute < 0 || minute > 59) return -1;
  i += 5;
  if (i === n || s.charCodeAt(i) !== 58) return i;
  if (i + 3 > n) return -1;
  const second = two(s, i + 1);
  if (second < 0 || second > 60) return -1;
  i += 3;
  if (i === n || s.charCodeAt(i) !== 46) return i;
  const f = ++i;
  while (i < n && digit(s.charCodeAt(i))) i++;
  return i === f || i - f > 12 ? -1 : i;
}
/** @internal Edm.Date: the ABNF `dateValue`, such as "2024-02-29". */
export function isDate(x) {
  return typeof x === "string" && dateEnd(x, 0) === x.length;
}
/** @internal Edm.TimeOfDay: the ABNF `timeOfDayValue`, such as "13:45:30.5". */
export function isTimeOfDay(x) {
  return typeof x === "string" && timeEnd(x, 0) === x.length;
}
/**
 * Edm.DateTimeOffset: the OData ABNF `dateTimeOffsetValue`, date "T" time ("Z" / sign hour ":"
 * minute), such as "2020-02-25T18:52:21.2169889Z": seconds may be left out, `T` and `Z` may be
 * written in lower case (as RFC 3339 allows). No Date.parse, which is lenient. Written out rather
 * than made of dateEnd and timeEnd, which cost a fifth more: this one is on the hot path of every
 * Graph payload.
 */
export function isDateTimeOffset(x) {
  if (typeof x !== "string") return false;
  const n = x.length;
  let i = n > 0 && x.charCodeAt(0) === 45 ? 1 : 0;
  const y = i;
  let c = 0;
  while (i < n && (c = x.charCodeAt(i)) >= 48 && c <= 57) i++;
  // Year, then "-MM-DDThh:mm": 13 characters at least, all in bounds below.
  if (i - y < 4 || (i - y > 4 && x.charCodeAt(y) === 48) || n < i + 13 || c !== 45) return false;
  let v = two(x, i + 1);
  if (v < 1 || v > 12 || x.charCodeAt(i + 3) !== 45) return false;
  v = two(x, i + 4);
  if (v < 1 || v > 31 || (x.charCodeAt(i + 6) | 32) !== 116) return false;
  v = two(x, i + 7);
  if (v < 0 || v > 23 || x.charCodeAt(i + 9) !== 58) return false;
  v = two(x, i + 10);
  if (v < 0 || v > 59) return false;
  i += 12;
  c = i < n ? x.charCodeAt(i) : 0;
  if (c === 58) {
    v = i + 2 < n ? two(x, i + 1) : -1;
    if (v < 0 || v > 60) return false;
    i += 3;
    c = i < n ? x.charCodeAt(i) : 0;
    if (c === 46) {
      const f = ++i;
      while (i < n && (c = x.charCodeAt(i)) >= 48 && c <= 57) i++;
      if (i === f || i - f > 12 || i === n) return false;
    }
  }
  if ((c | 32) === 122) return i + 1 === n;
  if ((c !== 43 && c !== 45) || i + 6 !== n || x.charCodeAt(i + 3) !== 58) return false;
  v = two(x, i + 1);
  if (v < 0 || v > 23) return false;
  v = two(x, i + 4);
  return v >= 0 && v <= 59;
}
/**
 * Edm.Duration: the OData ABNF `durationValue` (a day-time duration, its letters in either case):
 * [ "-" ] "P" [ n "D" ] [ "T" [ n "H" ] [ n "M" ] [ n [ "." n ] "S" ] ], such as "-PT2M17.1009318S",
 * with at least one component after the "P" and after a "T" ("P" and "PT" are not durations).
 */
export function isDuration(x) {
  if (typeof x !== "string") return false;
  const n = x.length;
  let i = n > 0 && x.charCodeAt(0) === 45 ? 1 : 0;
  if (i + 2 > n || (x.charCodeAt(i) | 32) !== 112) return false;
  let c = x.charCodeAt(++i);
  if ((c | 32) !== 116) {
    // Days: digits, then "D", then the end or the time part.
    const d = i;
    while ((c - 48) >>> 0 < 10 && ++i < n) c = x.charCodeAt(i);
    if (i === d || i === n || (c | 32) !== 100) return false;
    if (++i === n) return true;
    if ((x.charCodeAt(i) | 32) !== 116) return false;
  }
  if (++i === n) return false;
  // The time components H, M, S, in that order, each at most once, at least one.
  let stage = 0;
  for (;;) {
    const d = i;
    c = x.charCodeAt(i);
    while ((c - 48) >>> 0 < 10 && ++i < n) c = x.charCodeAt(i);
    if (i === d || i === n) return false;
    if ((c | 32) === 104 && stage === 0) stage = 1;
    else if ((c | 32) === 109 && stage < 2) stage = 2;
    else {
      if (c === 46) {
        const f = ++i;
        if (i === n) return false;
        c = x.charCodeAt(i);
        while ((c - 48) >>> 0 < 10 && ++i < n) c = x.charCodeAt(i);
        if (i === f || i === n) return false;
      }
      return (c | 32) === 115 && i + 1 === n;
    }
    if (++i === n) return true;
  }
}
/** True for a hexadecimal digit's code. */
function hex(c) {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
}
/** @internal Edm.Guid: 8-4-4-4-12 hexadecimal digits, such as "01234567-89ab-cdef-0123-456789abcdef". */
export function isGuid(x) {
  if (typeof x !== "string" || x.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = x.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23 ? c !== 45 : !hex(c)) return false;
  }
  return true;
}
/** True for a character of either base64 alphabet of RFC 4648: A-Z a-z 0-9 + / - _. */
function base64(c) {
  const l = c | 32;
  return (
    (l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 45 || c === 95
  );
}
/** The base64 values whose low four bits are zero (A Q g w), and those whose low two are (every fourth). */
const LAST_OF_TWO = "AQgw";
const LAST_OF_THREE = "AEIMQUYcgkosw048";
/**
 * @internal Edm.Binary: base64 text in either RFC 4648 alphabet, padding optional; the last character
 * of a partial group leaves the unused bits zero, as the ABNF `binaryValue` requires.
 */
export function isBinary(x) {
  if (typeof x !== "string") return false;
  let n = x.length;
  const pad =
    n > 0 && x.charCodeAt(n - 1) === 61 ? (n > 1 && x.charCodeAt(n - 2) === 61 ? 2 : 1) : 0;
  n -= pad;
  for (let i = 0; i < n; i++) if (!base64(x.charCodeAt(i))) return false;
  const rest = n % 4;
  if (rest === 0) return pad === 0;
  if (rest === 1 || (pad !== 0 && pad !== 4 - rest)) return false;
  return (rest === 2 ? LAST_OF_TWO : LAST_OF_THREE).includes(x.charAt(n - 1));
}
// ---------------------------------------------------------------------------------------------
// Names: instance annotations, @odata.type.
// ---------------------------------------------------------------------------------------------
/** The patterns of emit/schemas/patterns.ts (a test holds them equal), so the schemas say the same. */
const ANNOTATION =
  /^[^@]*@[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?:#[A-Za-z_][A-Za-z0-9_]*)?$/;
const TYPE_NAME = /^#?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;
/** True for an instance or property annotation name such as "@odata.etag" or "name@ns.term". */
export function isAnnotationKey(key) {
  return ANNOTATION.test(key);
}
/** True for a well-formed qualified type name, with or without the leading "#". */
export function isTypeName(name) {
  return TYPE_NAME.test(name);
}
// ---------------------------------------------------------------------------------------------
// Objects and own properties.
// ---------------------------------------------------------------------------------------------
const hasOwn = Object.prototype.hasOwnProperty;
const OP = Object.prototype;
/** @internal */
export function own(v, k) {
  return hasOwn.call(v, k);
}
/**
 * @internal What a property read from v may have been inherited through, for the checks' test of
 * own properties, `x !== undefined && (!(k in o) || own(v, k))`: when v's prototype is
 * Object.prototype or null, a read that is not undefined is an own property unless
 * Object.prototype has that name (so `__proto__`, `constructor` and any polluted name take the
 * exact road); for any other v, v itself, in which every name read is, so that every read takes
 * that road. With the key a constant, V8 makes `k in o` a constant for a plain object.
 */
export function inherits(v) {
  const proto = Object.getPrototypeOf(v);
  return proto === OP || proto === null ? OP : v;
}
/** @internal True when v's own properties include "@odata.type" (a read of it found something). */
export function hasType(v, o) {
  return !("@odata.type" in o) || hasOwn.call(v, "@odata.type");
}
/** @internal A JSON object: not null, not an array. */
export function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
/**
 * @internal The number of keys a for-in loop visits: every own enumerable string key, and any
 * enumerable inherited one. Never fewer than the own keys, so when it equals the number of declared
 * own properties a check found, there is no other own key; otherwise unknownKeys decides exactly. No
 * array is allocated, unlike Object.keys.
 */
export function keyCount(v) {
  let c = 0;
  for (const _k in v) c++;
  return c;
}
/** @internal */
export function primitive(json, code, expected) {
  return { json, code, expected: "expected " + expected + ", found " };
}
/** @internal */
export function enumeration(list, flags, evolvable) {
  return { list, set: new Set(list), flags, evolvable, expected: "" };
}
/**
 * @internal A flags enum's value: member names joined by ",", each at most once, no spaces, at
 * least one.
 */
export function isFlags(x, t) {
  if (typeof x !== "string") return false;
  const names = x.split(",");
  if (names.length === 1) return t.set.has(x);
  const seen = new Set();
  for (const name of names) {
    if (!t.set.has(name) || seen.has(name)) return false;
    seen.add(name);
  }
  return true;
}
/**
 * @internal A structured type from its qualified name, its base (or null), its own property names,
 * its own navigation property names, and whether it is open (then `declared` is null).
 */
export function structured(qname, base, properties, navigation, open) {
  const names = open ? null : new Set(["@odata.type", ...(base?.declared ?? []), ...properties]);
  const navs = new Set([...(base?.navigation ?? []), ...navigation]);
  return { qname, hashed: "#" + qname, owner: qname, declared: names, navigation: navs };
}
/**
 * @internal An action's body, from its parameters' names and the action's name: its parameters are
 * its properties; it has no @odata.type.
 */
export function parameters(names, operation) {
  const owner = "the body of " + operation;
  return { qname: owner, hashed: "", owner, declared: new Set(names), navigation: new Set() };
}
/** @internal True when t, a value's own @odata.type, names the type itself (with or without "#"). */
export function named(t, type) {
  return t === type.hashed || t === type.qname;
}
/** @internal From the derived types' qualified names and their checks (the verdicts, then the reports). */
export function family(qnames, valid, check) {
  const table = new Map();
  qnames.forEach((q, i) => {
    const member = { valid: valid[i], check: check[i] };
    table.set("#" + q, member).set(q, member);
  });
  return table;
}
/**
 * @internal Whether a value's own @odata.type t, which names neither its declared type nor a type
 * derived from it, is tolerated: in a response (m false), a well-formed type name (a type derived
 * later; the value is checked as the declared type); in a request, never.
 */
export function tolerated(t, m) {
  return !m && typeof t === "string" && TYPE_NAME.test(t);
}
/**
 * @internal Request mode, once the count found more keys than declared properties: whether an own
 * key is neither declared nor an instance annotation.
 */
export function hasUnknownKey(v, type) {
  const declared = type.declared;
  for (const key of Object.keys(v)) if (!declared.has(key) && !ANNOTATION.test(key)) return true;
  return false;
}
// ---------------------------------------------------------------------------------------------
// Running a check, and the path of the value it is in.
// ---------------------------------------------------------------------------------------------
/** @internal True for request mode (the default). */
export function strict(options) {
  return options === undefined || options === null || options.mode !== "response";
}
function maxErrors(options) {
  const max = options?.maxErrors;
  return typeof max === "number" && max >= 1 ? max : MAX_ERRORS;
}
/** What `push` throws when the sink is full: `run` catches it, and the report ends there. */
const FULL = Symbol("full");
/**
 * @internal validateT: the verdict first (nothing is built for a valid value); only a value found
 * wrong is walked again by the report.
 */
export function run(value, valid, check, options) {
  const m = strict(options);
  if (valid(value, m)) return { ok: true, value: value };
  const outer = report;
  const sink = (report = {
    errors: [],
    at: "",
    max: maxErrors(options),
    lastFound: "",
    lastShown: "",
  });
  let truncated = false;
  try {
    check(value, m);
  } catch (stop) {
    if (stop !== FULL) throw stop;
    truncated = true;
  } finally {
    report = outer;
  }
  const errors = sink.errors;
  if (errors.length === 0) return { ok: true, value: value };
  return truncated ? { ok: false, errors, truncated: true } : { ok: false, errors };
}
/** The RFC 6901 reference token of a key. */
function escaped(key) {
  return key.indexOf("~") < 0 && key.indexOf("/") < 0
    ? key
    : key.replace(/~/g, "~0").replace(/\//g, "~1");
}
/**
 * The path of v's property (or of its item index), from the property's RFC 6901 reference token:
 * the generated checks pass the key itself, or, for a key with "~" or "/", its escaped form.
 */
function pathOf(e, token, index) {
  return index === undefined ? e.at + "/" + token : e.at + "/" + token + "/" + index;
}
/**
 * @internal The report on a value nested in the one being reported on, at its property's key (a
 * reference token) and, for an item, its index: the report's path moves there, and back.
 */
export function inside(v, m, check, key, index) {
  const e = report;
  const up = e.at;
  e.at = pathOf(e, key, index);
  check(v, m);
  e.at = up;
}
// ---------------------------------------------------------------------------------------------
// Reporting. A reporter runs once a check has found a problem: it pushes the error, or, when the
// sink is full, ends the report. Messages are built left to right from their long prefix, so V8
// makes cons strings (nothing copied).
// ---------------------------------------------------------------------------------------------
/** True when every character can be shown between quotes as it is. */
function printable(x) {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const c = x.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) return false;
  }
  return true;
}
/**
 * A string found, as a message shows it: between quotes, as JSON when it needs escapes, cut when
 * long. The last one is kept in the sink: one wrong value tends to come many times in a row (a
 * template's placeholders), and comparing with it is cheaper than showing it again.
 */
function shown(e, x) {
  if (x === e.lastFound && e.lastShown !== "") return e.lastShown;
  e.lastFound = x;
  const text =
    x.length > 80
      ? JSON.stringify(x.slice(0, 77) + "...")
      : printable(x)
        ? '"' + x + '"'
        : JSON.stringify(x);
  return (e.lastShown = text);
}
/** said ("expected ..., found ") followed by what was found. */
function describe(e, said, code, x) {
  if (code === "null") return said + "null, which is not allowed here";
  if (typeof x === "string") return said + shown(e, x);
  if (typeof x !== "object" || x === null) return said + String(x);
  return said + (Array.isArray(x) ? "an array" : "an object");
}
/** Pushes an error, or, when the sink already holds its most, ends the report (`run` catches it). */
function push(e, path, code, message) {
  if (e.errors.length >= e.max) throw FULL;
  e.errors.push({ path, code, message });
}
/** Whether x is the JSON value a primitive is: if not, the error is "type", whatever the check. */
function rightJson(json, x) {
  if (json === "string" || json === "boolean") return typeof x === json;
  if (json === "integer") return Number.isInteger(x);
  if (json === "number") return typeof x === "number" && Number.isFinite(x);
  return json !== "float";
}
/** @internal A primitive value its test refused, at v's property key (or its item index). */
export function fail(x, p, key, index) {
  const e = report;
  const code = x === null ? "null" : rightJson(p.json, x) ? p.code : "type";
  push(e, pathOf(e, key, index), code, describe(e, p.expected, code, x));
}
/** What an enumeration's errors say was expected: its member names. */
function members(t) {
  if (t.expected !== "") return t.expected;
  const listed = t.list.map((m) => JSON.stringify(m)).join(", ");
  t.expected = t.flags
    ? "one or more of " + listed + ', joined by "," (each at most once)'
    : "one of " + listed;
  return t.expected;
}
/**
 * @internal A value that is not a member of its enumeration. In a response (m false) an evolvable
 * enum takes any string, so then a string was never wrong and the message says so.
 */
export function failEnum(x, t, m, key, index) {
  const e = report;
  const code = x === null ? "null" : typeof x === "string" ? "enum" : "type";
  const said =
    t.evolvable && !m ? "a string: " + members(t) + ", or a member added later" : members(t);
  push(e, pathOf(e, key, index), code, describe(e, "expected " + said + ", found ", code, x));
}
/** @internal A collection that is not an array (its items are checked one by one). */
export function notArray(x, key) {
  const e = report;
  const code = x === null ? "null" : "type";
  push(e, pathOf(e, key, undefined), code, describe(e, "expected an array, found ", code, x));
}
/** @internal A value declared as a structured type that is not an object. */
export function notObject(v, type) {
  const e = report;
  const code = v === null ? "null" : "type";
  push(e, e.at, code, describe(e, "expected an object (" + type.owner + "), found ", code, v));
}
/** @internal A value's own @odata.type t that names neither its declared type nor one derived from it. */
export function wrongType(t, type) {
  const e = report;
  const said =
    'expected a type name such as "' +
    type.hashed +
    '": ' +
    type.qname +
    " or a type derived from it, found ";
  push(e, e.at + "/@odata.type", "odataType", describe(e, said, "odataType", t));
}
/** @internal An @odata.type in an action's body, which has no type. */
export function typeInBody(t, type) {
  const e = report;
  const said = "expected no @odata.type in " + type.owner + ", found ";
  push(e, e.at + "/@odata.type", "odataType", describe(e, said, "odataType", t));
}
/** @internal A required parameter of an action's body that is not there. */
export function missing(key, type) {
  const e = report;
  push(
    e,
    pathOf(e, key, undefined),
    "required",
    "missing " + JSON.stringify(key) + ": " + type.owner + " requires it",
  );
}
/** @internal A navigation property in a request body. */
export function navigationInRequest(key, type) {
  const e = report;
  const message =
    "unknown property " +
    JSON.stringify(key) +
    ": a navigation property of " +
    type.qname +
    ", present only in a response that expands it, never in a request body";
  push(e, pathOf(e, escaped(key), undefined), "unknownProperty", message);
}
/** A declared name close to a misspelt one: the same but for case, or for one character. */
function suggest(key, names) {
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
 * @internal Request mode, once the count found more keys than declared properties: every own key
 * that is neither declared nor an instance annotation is reported.
 */
export function unknownKeys(v, type) {
  const e = report;
  const declared = type.declared;
  for (const key of Object.keys(v)) {
    if (declared.has(key) || ANNOTATION.test(key)) continue;
    if (type.navigation.has(key)) {
      navigationInRequest(key, type);
      continue;
    }
    const near = suggest(key, declared);
    const hint = near === undefined ? "" : '; did you mean "' + near + '"?';
    const message =
      "unknown property " +
      JSON.stringify(key) +
      ": " +
      type.owner +
      " declares no such property" +
      hint;
    push(e, pathOf(e, escaped(key), undefined), "unknownProperty", message);
  }
}
