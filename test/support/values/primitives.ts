/**
 * Valid and invalid values of each Edm primitive, OData-style, in one table over the primitives (the
 * compiler names a new one here too): dates with and without seconds, up to twelve fractional digits,
 * leap seconds, offsets, either case of the ABNF's letters; durations with signs and fractions; the
 * float specials; integer boundaries; GUIDs; base64 in both alphabets; any JSON for Edm.Untyped. The
 * invalid ones are near misses, the kind a person or a careless serializer produces.
 */
import type { EdmPrimitive } from "../../../generator/model/ir.ts";
import type { Rng } from "./rng.ts";

const two = (r: Rng, lo: number, hi: number): string => String(r.int(lo, hi)).padStart(2, "0");
/** One of the ABNF's case-insensitive letters, mostly as written. */
const letter = (r: Rng, upper: string): string => (r.chance(0.9) ? upper : upper.toLowerCase());

export function validDate(r: Rng): string {
  const year = r.chance(0.9) ? String(r.int(1970, 2099)) : r.pick(["0000", "-0001", "10000", "0999", "-12345"]);
  return `${year}-${two(r, 1, 12)}-${two(r, 1, 31)}`;
}

export function validTimeOfDay(r: Rng): string {
  let s = `${two(r, 0, 23)}:${two(r, 0, 59)}`;
  if (r.chance(0.85)) {
    s += `:${r.chance(0.02) ? "60" : two(r, 0, 59)}`;
    if (r.chance(0.7)) s += `.${r.digits(r.pick([1, 3, 7, 7, 7, 12]))}`;
  }
  return s;
}

export function validDateTimeOffset(r: Rng): string {
  const offset = r.chance(0.6) ? letter(r, "Z") : `${r.pick(["+", "-"])}${two(r, 0, 23)}:${two(r, 0, 59)}`;
  return `${validDate(r)}${letter(r, "T")}${validTimeOfDay(r)}${offset}`;
}

export function validDuration(r: Rng): string {
  const sign = r.pick(["", "", "", "-"]);
  const days = r.chance(0.2) ? `${r.int(0, 40)}${letter(r, "D")}` : "";
  const parts = [
    r.chance(0.3) ? `${r.int(0, 30)}${letter(r, "H")}` : "",
    r.chance(0.4) ? `${r.int(0, 90)}${letter(r, "M")}` : "",
  ];
  const sec = r.chance(0.8)
    ? `${r.int(0, 100)}${r.chance(0.7) ? `.${r.digits(r.int(1, 9))}` : ""}${letter(r, "S")}`
    : "";
  let time = parts.join("") + sec;
  if (days === "" && time === "") time = "0S";
  return `${sign}${letter(r, "P")}${days}${time === "" ? "" : `${letter(r, "T")}${time}`}`;
}

export function validGuid(r: Rng): string {
  const hex = (n: number): string => Array.from({ length: n }, () => r.pick([..."0123456789abcdefABCDEF"])).join("");
  return [hex(8), hex(4), hex(4), hex(4), hex(12)].join("-");
}

export function validBinary(r: Rng): string {
  const bytes = Buffer.from(Array.from({ length: r.int(0, 20) }, () => r.int(0, 255)));
  const text = bytes.toString(r.chance(0.5) ? "base64" : "base64url");
  return r.chance(0.5)
    ? text.replace(/=+$/, "")
    : text.length % 4 === 0
      ? text
      : text.padEnd(Math.ceil(text.length / 4) * 4, "=");
}

/** Any JSON value, a little nested. */
export function anyJson(r: Rng, depth = 0): unknown {
  const roll = r.int(0, depth > 2 ? 4 : 6);
  if (roll === 0) return null;
  if (roll === 1) return r.chance(0.5);
  if (roll === 2) return r.pick([0, -1.5, 1e300, 42]);
  if (roll === 3) return r.pick(["", "text", "__proto__", "PT1S"]);
  if (roll === 4) return r.pick([[], {}]);
  if (roll === 5) return Array.from({ length: r.int(0, 3) }, () => anyJson(r, depth + 1));
  return Object.fromEntries(Array.from({ length: r.int(0, 3) }, (_, i) => [`k${i}`, anyJson(r, depth + 1)]));
}

const BAD_DATE_TIMES = [
  "",
  "2020-02-25",
  "2020-02-25T18:52:21",
  "2020-02-25T18:52Z:00",
  "2020-13-01T00:00Z",
  "2020-00-10T00:00Z",
  "2020-02-32T00:00Z",
  "2020-02-25T24:00Z",
  "2020-02-25T18:60Z",
  "2020-02-25T18:52:61Z",
  "2020-02-25 18:52:21Z",
  "2020-02-25T18:52:21.Z",
  "2020-02-25T18:52:21.1234567890123Z",
  "2020-02-25T18:52:21+0300",
  "20-02-25T18:52Z",
  "02020-02-25T18:52Z",
  "2020-2-25T18:52Z",
  "2020-02-25T18:52:21.2169889",
  "Sat, 25 Feb 2020",
  "2020-02-25T18:52:21+24:00",
  "2020-02-25T18:52:21+03:60",
  "+2020-02-25T18:52Z",
  "--2020-02-25T18:52Z",
  "2020-02-25T1:52Z",
];
const BAD_DURATIONS = [
  "",
  "P",
  "PT",
  "-P",
  "-PT",
  "+P1D",
  "+PT1M",
  "P1Y",
  "P1M",
  "P1W",
  "PT1.S",
  "PT.5S",
  "P1DT",
  "PT1H1H",
  "PT1M1H",
  "PT1S1M",
  "1S",
  "PT1,5S",
  "P-1D",
  "PT-1S",
  "+-PT1S",
  "PT1HS",
  "P1D1H",
  "PT 1S",
  "P1.5D",
  "PT1.5H",
  "PTS",
  "Single",
  "00:00:01",
];
const BAD_DATES = ["2024-2-29", "2024-13-01", "02024-01-01", "2024-01-01T00:00:00Z", "2024-01-00", "24-01-01", ""];
const BAD_TIMES = ["24:00", "13:45:30.", "1:45", "13:45:30.1234567890123", "13:60", "13:45:61", "13:45Z", ""];
const BAD_GUIDS = [
  "01234567-89ab-cdef-0123-456789abcde",
  "{01234567-89ab-cdef-0123-456789abcdef}",
  "0123456789abcdef0123456789abcdef",
  "01234567-89ab-cdef-0123-456789abcdeg",
  "01234567_89ab-cdef-0123-456789abcdef",
  "",
];
const BAD_BINARIES = ["A", "AQ=", "AR==", "AQI*", "AQID=", "A===", "=", "AQ==AQ==", "AQ I"];

/** A random near miss: a known bad one, or a valid one with a character changed, dropped or added. */
export function mangle(r: Rng, valid: string, known: readonly string[], alphabet: string): string {
  if (known.length > 0 && r.chance(0.4)) return r.pick(known);
  const a = [...valid];
  for (let k = r.int(1, 2); k > 0; k--) {
    const i = r.int(0, a.length);
    const c = r.pick([...alphabet]);
    const op = r.int(0, 2);
    if (op === 0 && i < a.length) a[i] = c;
    else if (op === 1) a.splice(i, 1);
    else a.splice(i, 0, c);
  }
  return a.join("");
}

/** The characters near misses are made of: the ABNF's own, in both cases, and a few strangers. */
export const NEAR_MISS_ALPHABET = "0123456789-+:.TZPDHMSWYtzpdhmsyAQgwEe=/_ \u0660";

export interface PrimitiveValues {
  /** A valid value, or undefined when there is none (Edm.Stream: never inline). */
  readonly valid: (r: Rng) => unknown;
  /** A value of the right JSON type but wrong for the Edm type, or a boundary that is out (undefined: none). */
  readonly invalid: (r: Rng) => unknown;
}

const range = (min: number, max: number): PrimitiveValues => ({
  valid: (r) => r.pick([min, max, 0, r.int(min, max)]),
  invalid: (r) => r.pick([min - 1, max + 1, 0.5, -1.25, String(min), 1e300]),
});

export const PRIMITIVE_VALUES: Readonly<Record<EdmPrimitive, PrimitiveValues>> = {
  "Edm.String": {
    valid: (r) =>
      r.pick(["", "a", "Mac Address value", "ünïcødé ✓", 'quote " and \\ backslash', "__proto__", "line\nbreak"]),
    invalid: (r) => r.pick([1, true, ["a"], { a: 1 }]),
  },
  "Edm.Boolean": { valid: (r) => r.chance(0.5), invalid: (r) => r.pick(["true", 0, 1, "false"]) },
  "Edm.Byte": range(0, 255),
  "Edm.SByte": range(-128, 127),
  "Edm.Int16": range(-32768, 32767),
  "Edm.Int32": {
    valid: (r) => r.pick([0, 1, -1, 2147483647, -2147483648, r.int(-100000, 100000), 8, 1e9]),
    invalid: (r) => r.pick([2147483648, -2147483649, 1.5, -0.5, 1e300, "1", 4294967295, Number.MAX_SAFE_INTEGER]),
  },
  "Edm.Int64": {
    valid: (r) => r.pick([0, -1, 4294967295, 9007199254740991, -9007199254740991, 1e18, r.int(0, 1e9)]),
    invalid: (r) => r.pick([1.5, "1", "9223372036854775807", 0.1, true]),
  },
  "Edm.Single": {
    valid: (r) => r.pick([0, 0.27, -1.5, 60.25816, 3.4e38, 1e-45, 5e-324, "NaN", "INF", "-INF", r.next() * 1000]),
    invalid: (r) => r.pick(["Single", "Infinity", "-Infinity", "nan", "inf", "1.5", "", "NaN ", true]),
  },
  "Edm.Double": {
    valid: (r) => r.pick([0, 0.27, -1.5, 1.7e308, 5e-324, "NaN", "INF", "-INF", r.next() * 1000]),
    invalid: (r) => r.pick(["Double", "Infinity", "-inf", "1.5", "", " INF", false]),
  },
  "Edm.Decimal": {
    valid: (r) => r.pick([0, 1.25, -3, 12345.6789, r.next() * 100]),
    invalid: (r) => r.pick(["1.25", "NaN", "INF", true, "0"]),
  },
  "Edm.Guid": { valid: validGuid, invalid: (r) => mangle(r, validGuid(r), BAD_GUIDS, "0123456789abcdefgABCDEFG-{} ") },
  "Edm.Date": { valid: validDate, invalid: (r) => mangle(r, validDate(r), BAD_DATES, NEAR_MISS_ALPHABET) },
  "Edm.TimeOfDay": {
    valid: validTimeOfDay,
    invalid: (r) => mangle(r, validTimeOfDay(r), BAD_TIMES, NEAR_MISS_ALPHABET),
  },
  "Edm.DateTimeOffset": {
    valid: validDateTimeOffset,
    invalid: (r) => mangle(r, validDateTimeOffset(r), BAD_DATE_TIMES, NEAR_MISS_ALPHABET),
  },
  "Edm.Duration": {
    valid: validDuration,
    invalid: (r) => mangle(r, validDuration(r), BAD_DURATIONS, NEAR_MISS_ALPHABET),
  },
  "Edm.Binary": {
    valid: validBinary,
    invalid: (r) => mangle(r, validBinary(r) || "AQID", BAD_BINARIES, "AQgwEIMcs048+/-_=*. "),
  },
  "Edm.Stream": { valid: () => undefined, invalid: (r) => r.pick(["AQID", null, {}, 1, ""]) },
  "Edm.Untyped": { valid: (r) => anyJson(r), invalid: () => undefined },
};

export function validPrimitive(r: Rng, edm: EdmPrimitive): unknown {
  return PRIMITIVE_VALUES[edm].valid(r);
}

/** A near miss; for Edm.Untyped, which takes anything, a value of some other JSON type (still valid). */
export function invalidPrimitive(r: Rng, edm: EdmPrimitive): unknown {
  return PRIMITIVE_VALUES[edm].invalid(r) ?? anyJson(r);
}
