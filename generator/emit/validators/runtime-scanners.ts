/**
 * Source of the hand-written OData scanners in the generated runtime. They accept exactly what the
 * patterns of `schemas/patterns.ts` accept (a test compares them on a large corpus): no Date.parse,
 * which is lenient, and no regular expression. Measured on Graph's 28-character date-times, the
 * scanner and V8's compiled form of the schemas' pattern cost the same (about 75 ns each on the
 * reference machine, most of it the character reads), so the rule, a scanner, costs
 * nothing. Every read is in bounds: an out-of-bounds charCodeAt is NaN, which costs V8 a slow path,
 * so each read is guarded by a length check done before it.
 */
export const RUNTIME_SCANNERS = `/** The value of the two digits at i, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * OData dateTimeOffsetValue: year "-" month "-" day "T" hour ":" minute
 * [":" second ["." 1*12DIGIT]] ("Z" / sign hour ":" minute). Seconds may be omitted; second 60 is a
 * leap second; the year has four or more digits (no leading zero beyond four) and may be negative.
 * The day is 01 to 31 whatever the month, as the ABNF says.
 */
export function isDateTimeOffset(s: string): boolean {
  const n = s.length;
  let i = n > 0 && s.charCodeAt(0) === 45 ? 1 : 0;
  const y = i;
  let c = 0;
  while (i < n && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
  if (i - y < 4 || (i - y > 4 && s.charCodeAt(y) === 48) || n < i + 13 || c !== 45) return false;
  let v = twoDigits(s, i + 1);
  if (v < 1 || v > 12 || s.charCodeAt(i + 3) !== 45) return false;
  v = twoDigits(s, i + 4);
  if (v < 1 || v > 31 || s.charCodeAt(i + 6) !== 84) return false;
  v = twoDigits(s, i + 7);
  if (v < 0 || v > 23 || s.charCodeAt(i + 9) !== 58) return false;
  v = twoDigits(s, i + 10);
  if (v < 0 || v > 59) return false;
  i += 12;
  c = i < n ? s.charCodeAt(i) : 0;
  if (c === 58) {
    v = i + 2 < n ? twoDigits(s, i + 1) : -1;
    if (v < 0 || v > 60) return false;
    i += 3;
    c = i < n ? s.charCodeAt(i) : 0;
    if (c === 46) {
      const f = ++i;
      while (i < n && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
      if (i === f || i - f > 12 || i === n) return false;
    }
  }
  if (c === 90) return i + 1 === n;
  if ((c !== 43 && c !== 45) || i + 6 !== n || s.charCodeAt(i + 3) !== 58) return false;
  v = twoDigits(s, i + 1);
  if (v < 0 || v > 23) return false;
  v = twoDigits(s, i + 4);
  return v >= 0 && v <= 59;
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
