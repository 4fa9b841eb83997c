/**
 * Source of the OData scanners in the generated runtime. They accept exactly what the patterns of
 * `schemas/patterns.ts` accept (a test compares them on a large corpus); no Date.parse, which is
 * lenient.
 *
 * A date-time is tested with the schemas' own pattern (`DATE_TIME_OFFSET` in the runtime), which V8
 * compiles to native code: measured on 28-character date-times, that is cheaper than the ~30
 * characters read one at a time, each `charCodeAt` costing some 30 machine instructions. A duration
 * is short (`PT0.016S`), so there a regular expression's fixed cost of a call outweighs the reads
 * and a hand-written scanner wins. Every read is in bounds: an out-of-bounds charCodeAt is NaN,
 * which costs V8 a slow path, so each read is guarded by a length check done before it.
 */
export const RUNTIME_SCANNERS = `/**
 * OData dateTimeOffsetValue: year "-" month "-" day "T" hour ":" minute
 * [":" second ["." 1*12DIGIT]] ("Z" / sign hour ":" minute). Seconds may be omitted; second 60 is a
 * leap second; the year has four or more digits (no leading zero beyond four) and may be negative.
 * The day is 01 to 31 whatever the month, as the ABNF says.
 */
export function isDateTimeOffset(s: string): boolean {
  return DATE_TIME_OFFSET.test(s);
}

/**
 * OData durationValue (a day-time duration): [sign] "P" [n "D"] ["T" [n "H"] [n "M"] [n ["." n] "S"]],
 * with at least one component and at least one after a "T" ("P" and "PT" are not durations).
 */
export function isDuration(s: string): boolean {
  const n = s.length;
  let i = 0;
  let c = n > 0 ? s.charCodeAt(0) : 0;
  if (c === 43 || c === 45) c = n > 1 ? s.charCodeAt((i = 1)) : 0;
  if (c !== 80 || i + 2 > n) return false;
  c = s.charCodeAt(++i);
  if (c !== 84) {
    // Days: digits, then "D", then the end or the time part.
    const d = i;
    while ((c - 48) >>> 0 < 10 && ++i < n) c = s.charCodeAt(i);
    if (i === d || i === n || c !== 68) return false;
    if (++i === n) return true;
    if (s.charCodeAt(i) !== 84) return false;
  }
  if (++i === n) return false;
  // The time components, in the order H, M, S, each optional, at least one.
  let stage = 0;
  for (;;) {
    const d = i;
    c = s.charCodeAt(i);
    while ((c - 48) >>> 0 < 10 && ++i < n) c = s.charCodeAt(i);
    if (i === d || i === n) return false;
    if (c === 72 && stage === 0) stage = 1;
    else if (c === 77 && stage < 2) stage = 2;
    else {
      if (c === 46) {
        const f = ++i;
        if (i === n) return false;
        c = s.charCodeAt(i);
        while ((c - 48) >>> 0 < 10 && ++i < n) c = s.charCodeAt(i);
        if (i === f || i === n) return false;
      }
      return c === 83 && i + 1 === n;
    }
    if (++i === n) return true;
  }
}
`;
