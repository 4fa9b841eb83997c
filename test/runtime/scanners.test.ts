/**
 * The string primitives the runtime scans by hand, on the cases that name a rule of the OData ABNF
 * (and the test cases of its 2023 erratum): each one accepted or refused as the ABNF says, except
 * where model/edm.ts documents a deliberate difference. The patterns agree on many more (edm.test.ts).
 */
import { describe, expect, it } from "vitest";
import {
  isBinary,
  isDate,
  isDateTimeOffset,
  isDuration,
  isGuid,
  isTimeOfDay,
} from "../../generator/runtime/src/runtime.ts";

const cases: [string, (x: unknown) => boolean, string[], string[]][] = [
  [
    "DateTimeOffset",
    isDateTimeOffset,
    [
      "2016-12-31T23:56:48.8437798+03:00",
      "2020-02-25T18:52:21.2169889Z",
      "2014-01-01T00:00Z",
      "2016-12-31T23:59:60Z",
      "0000-01-01T00:00:00Z",
      "-0001-01-01T00:00Z",
      "10000-01-01T00:00Z",
      "2020-02-25T18:52:21.123456789012-12:30",
      // "T" and "Z" are case-insensitive literals of the ABNF, as in RFC 3339.
      "2020-02-25t18:52Z",
      "2020-02-25T18:52:21z",
    ],
    [
      "",
      "2020-02-25",
      "2020-02-25T18:52:21",
      "2020-02-25T18:52:21.1234567890123Z",
      "2020-02-25T18:52:61Z",
      "2020-13-01T00:00Z",
      "2020-02-25T24:00Z",
      "02020-01-01T00:00Z",
      "2020-02-25T18:52:21.Z",
      "2020-02-25T18:52+0300",
      "2020-02-25T18:52:21+03:00 ",
      "2020-02-25 18:52:21Z",
    ],
  ],
  [
    "Duration",
    isDuration,
    [
      "-PT2M17.1009318S",
      "PT0.016S",
      "PT1S",
      "P1DT2H",
      "P12DT23H59M59.999999999999S",
      "P0D",
      "PT3M0.6498984S",
      "pt1s",
      "p1dT2h",
    ],
    // "Duration - no plus allowed" (the ABNF's erratum); "P" and "PT" need a component (README).
    [
      "",
      "P",
      "PT",
      "-P",
      "+PT1M",
      "+P1D",
      "P1Y",
      "P1M",
      "P1W",
      "PT1.S",
      "PT.5S",
      "P1DT",
      "PT1M1H",
      "PT1H1H",
      "PT1,5S",
      "1S",
      "PT1S ",
    ],
  ],
  [
    "Date",
    isDate,
    ["2024-02-29", "-0001-01-01", "12024-12-31", "0000-01-31"],
    ["2024-2-29", "2024-13-01", "02024-01-01", "2024-01-32", "2024-01-01T00:00Z"],
  ],
  [
    "TimeOfDay",
    isTimeOfDay,
    ["13:45", "13:45:30", "23:59:60.123456789012", "00:00:00.0"],
    ["24:00", "13:45:30.", "1:45", "13:45:30.1234567890123", "13:45Z", "13:60"],
  ],
  [
    "Guid",
    isGuid,
    ["01234567-89ab-cdef-0123-456789ABCDEF"],
    [
      "01234567-89ab-cdef-0123-456789abcdeg",
      "0123456789abcdef0123456789abcdef",
      "{01234567-89ab-cdef-0123-456789abcdef}",
    ],
  ],
  // Both RFC 4648 alphabets (Graph sends standard base64), padding optional, unused bits zero.
  [
    "Binary",
    isBinary,
    ["", "AQID", "AQ==", "AQ", "AQI=", "AQI", "+/8=", "-_8", "AQID+_-/"],
    ["A", "AQ=", "AR==", "AQJ=", "AQI*", "AQID=", "=", "AQ==AQ=="],
  ],
];

describe.each(cases)("the %s scanner", (_name, scan, valid, invalid) => {
  it.each(valid)("accepts %j", (s) => expect(scan(s)).toBe(true));
  it.each(invalid)("refuses %j", (s) => expect(scan(s)).toBe(false));
  it("refuses what is not a string", () => {
    for (const x of [null, undefined, 1, {}, [], true]) expect(scan(x)).toBe(false);
  });
});
