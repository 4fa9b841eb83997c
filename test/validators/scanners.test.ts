/**
 * The hand-written scanners of the generated runtime accept exactly what the OData patterns of the
 * JSON Schemas accept: the facts' examples, near misses, and a large seeded corpus of mutations.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DATE_TIME_OFFSET_PATTERN, DURATION_PATTERN } from "../../generator/emit/schemas/patterns.ts";
import { SHIPPED_SPEC } from "../support/fixtures.ts";
import { Rng, validDateTimeOffset, validDuration } from "../support/values/index.ts";
import { loadPackage } from "./support/package.ts";

type Scanner = (s: string) => boolean;
let isDateTimeOffset: Scanner;
let isDuration: Scanner;
beforeAll(async () => {
  const { runtime } = await loadPackage(SHIPPED_SPEC);
  isDateTimeOffset = runtime.isDateTimeOffset as Scanner;
  isDuration = runtime.isDuration as Scanner;
});

describe("the DateTimeOffset scanner", () => {
  it.each([
    "2016-12-31T23:56:48.8437798+03:00",
    "2020-02-25T18:52:21.2169889Z",
    "2014-01-01T00:00Z",
    "2016-12-31T23:59:60Z",
    "0000-01-01T00:00:00Z",
    "-0001-01-01T00:00Z",
    "10000-01-01T00:00Z",
    "2020-02-25T18:52:21.123456789012-12:30",
  ])("accepts %s", (s) => expect(isDateTimeOffset(s)).toBe(true));

  it.each([
    "",
    "2020-02-25",
    "2020-02-25T18:52:21",
    "2020-02-25T18:52:21.1234567890123Z",
    "2020-02-25T18:52:61Z",
    "2020-13-01T00:00Z",
    "2020-02-25T24:00Z",
    "2020-02-25t18:52Z",
    "02020-01-01T00:00Z",
    "2020-02-25T18:52:21.Z",
    "2020-02-25T18:52+0300",
    "2020-02-25T18:52:21+03:00 ",
  ])("refuses %j", (s) => expect(isDateTimeOffset(s)).toBe(false));
});

describe("the Duration scanner", () => {
  it.each([
    "-PT2M17.1009318S",
    "PT0.016S",
    "PT1S",
    "P1DT2H",
    "P12DT23H59M59.999999999999S",
    "+PT1M",
    "P0D",
    "PT3M0.6498984S",
  ])("accepts %s", (s) => expect(isDuration(s)).toBe(true));

  it.each([
    "",
    "P",
    "PT",
    "-P",
    "P1Y",
    "P1M",
    "P1W",
    "PT1.S",
    "PT.5S",
    "P1DT",
    "PT1M1H",
    "PT1H1H",
    "pt1s",
    "PT1,5S",
    "1S",
    "PT1S ",
  ])("refuses %j", (s) => expect(isDuration(s)).toBe(false));
});

/** Valid strings with a character changed, dropped or inserted: near misses, and some still valid. */
function corpus(seed: number, valid: (r: Rng) => string, n: number): string[] {
  const r = new Rng(seed);
  const alphabet = [..."0123456789-+:.TZPDHMSWY tz\u0660"];
  return Array.from({ length: n }, () => {
    const a = [...valid(r)];
    for (let k = r.int(0, 3); k > 0; k--) {
      const i = r.int(0, a.length);
      const op = r.int(0, 2);
      if (op === 0 && i < a.length) a[i] = r.pick(alphabet);
      else if (op === 1) a.splice(i, 1);
      else a.splice(i, 0, r.pick(alphabet));
    }
    return a.join("");
  });
}

describe("scanners and schema patterns", () => {
  it.each([
    ["DateTimeOffset", DATE_TIME_OFFSET_PATTERN, validDateTimeOffset, () => isDateTimeOffset],
    ["Duration", DURATION_PATTERN, validDuration, () => isDuration],
  ] as const)("agree on 50000 %s near misses", (_name, pattern, valid, scanner) => {
    const re = new RegExp(pattern, "u");
    const strings = corpus(42, valid, 50_000);
    const differ = strings.filter((s) => scanner()(s) !== re.test(s));
    expect(differ).toEqual([]);
    const accepted = strings.filter((s) => re.test(s)).length;
    expect(accepted).toBeGreaterThan(5_000);
    expect(accepted).toBeLessThan(45_000);
  });
});
