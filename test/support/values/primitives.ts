/**
 * Valid and invalid values of each Edm primitive, OData-style: dates with and without seconds, up to
 * twelve fractional digits, leap seconds, offsets; durations with signs and fractions; the float
 * specials; Int32 boundaries. The invalid ones are near misses, the kind a person or a careless
 * serializer produces.
 */
import type { EdmPrimitive } from "../../../generator/model/ir.ts";
import type { Rng } from "./rng.ts";

const two = (r: Rng, lo: number, hi: number): string => String(r.int(lo, hi)).padStart(2, "0");

export function validDateTimeOffset(r: Rng): string {
  const year = r.chance(0.9) ? String(r.int(1970, 2099)) : r.pick(["0000", "-0001", "10000", "0999", "-12345"]);
  let s = `${year}-${two(r, 1, 12)}-${two(r, 1, 31)}T${two(r, 0, 23)}:${two(r, 0, 59)}`;
  if (r.chance(0.85)) {
    s += `:${r.chance(0.02) ? "60" : two(r, 0, 59)}`;
    if (r.chance(0.7)) s += `.${r.digits(r.pick([1, 3, 7, 7, 7, 12]))}`;
  }
  return s + (r.chance(0.6) ? "Z" : `${r.pick(["+", "-"])}${two(r, 0, 23)}:${two(r, 0, 59)}`);
}

export function validDuration(r: Rng): string {
  const sign = r.pick(["", "", "", "-", "+"]);
  const days = r.chance(0.2) ? `${r.int(0, 40)}D` : "";
  const parts = [r.chance(0.3) ? `${r.int(0, 30)}H` : "", r.chance(0.4) ? `${r.int(0, 90)}M` : ""];
  const sec = r.chance(0.8) ? `${r.int(0, 100)}${r.chance(0.7) ? `.${r.digits(r.int(1, 9))}` : ""}S` : "";
  let time = parts.join("") + sec;
  if (days === "" && time === "") time = "0S";
  return `${sign}P${days}${time === "" ? "" : `T${time}`}`;
}

const BAD_DATES = [
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
  "2020-02-25t18:52:21z",
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
  "pt1s",
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

/** A random near miss: a known bad one, or a valid one with a character changed, dropped or added. */
function mangle(r: Rng, valid: string, known: readonly string[]): string {
  if (r.chance(0.4)) return r.pick(known);
  const a = [...valid];
  const i = r.int(0, a.length);
  const c = r.pick([..."0123456789-+:.TZPDHMS tzx"]);
  const op = r.int(0, 2);
  if (op === 0 && i < a.length) a[i] = c;
  else if (op === 1) a.splice(i, 1);
  else a.splice(i, 0, c);
  return a.join("");
}

export function validPrimitive(r: Rng, edm: EdmPrimitive): unknown {
  switch (edm) {
    case "Edm.String":
      return r.pick([
        "",
        "a",
        "Mac Address value",
        "ünïcødé ✓",
        'quote " and \\ backslash',
        "__proto__",
        "line\nbreak",
      ]);
    case "Edm.Boolean":
      return r.chance(0.5);
    case "Edm.Int32":
      return r.pick([0, 1, -1, 2147483647, -2147483648, r.int(-100000, 100000), 8, 1e9]);
    case "Edm.Int64":
      return r.pick([0, -1, 4294967295, 9007199254740991, -9007199254740991, 1e18, r.int(0, 1e9)]);
    case "Edm.Single":
    case "Edm.Double":
      return r.pick([0, 0.27, -1.5, 60.25816, 3.4e38, 1e-45, 5e-324, "NaN", "INF", "-INF", r.next() * 1000]);
    case "Edm.DateTimeOffset":
      return validDateTimeOffset(r);
    case "Edm.Duration":
      return validDuration(r);
  }
}

/** A value of the right JSON type but wrong for the Edm type, or a boundary that is out. */
export function invalidPrimitive(r: Rng, edm: EdmPrimitive): unknown {
  switch (edm) {
    case "Edm.String":
      return r.pick([1, true, ["a"], { a: 1 }]);
    case "Edm.Boolean":
      return r.pick(["true", 0, 1, "false"]);
    case "Edm.Int32":
      return r.pick([2147483648, -2147483649, 1.5, -0.5, 1e300, "1", 4294967295, Number.MAX_SAFE_INTEGER]);
    case "Edm.Int64":
      return r.pick([1.5, "1", "9223372036854775807", 0.1, true]);
    case "Edm.Single":
    case "Edm.Double":
      return r.pick(["Single", "Infinity", "-Infinity", "nan", "inf", "1.5", "", "NaN ", true]);
    case "Edm.DateTimeOffset":
      return mangle(r, validDateTimeOffset(r), BAD_DATES);
    case "Edm.Duration":
      return mangle(r, validDuration(r), BAD_DURATIONS);
  }
}
