/**
 * Source of the value checks of the generated runtime. Each primitive kind has a check (`isInt32`...)
 * and a leaf check for the bodies (`vInt32`...) that runs it and, once it has failed, calls the
 * kind's reporter (`runtime-report.ts`). The leaf checks are small, so V8 inlines them into the
 * bodies; the reporters, which run only on failure, stay out of line.
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

/** @internal An enum's member names, as a list (for messages) and a set. */
export interface Members {
  readonly list: readonly string[];
  readonly set: ReadonlySet<unknown>;
  /** The start of the message: "expected one of ..., found ". */
  readonly expected: string;
  /** The same for an evolvable enum in a response. */
  readonly later: string;
}
/** @internal From the member names, each followed by "," (which no member name contains). */
export function members(names: string): Members {
  const list = names.split(",");
  list.pop();
  const expected = "one of " + list.map((m) => JSON.stringify(m)).join(", ");
  return { list, set: new Set<unknown>(list), expected: found(expected), later: found("a string: " + expected + ", or a member added later") };
}
/** @internal */
export function badEnum(e: Errors, x: unknown, m: Members, key: string, index?: number): boolean {
  return report(e, x, key, index, m.expected, "string", "enum");
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
/**
 * @internal An evolvable enum (it has unknownFutureValue): in a response (s false) any string is
 * taken, since Graph sends members added later when asked (Prefer: include-unknown-enum-members).
 */
export function vEvolvable(e: Errors, x: unknown, m: Members, s: boolean, p: string, i?: number): boolean {
  return !m.set.has(x) && (s || typeof x !== "string") && badEvolvable(e, x, m, s, p, i);
}
/** @internal */
export function badEvolvable(e: Errors, x: unknown, m: Members, s: boolean, p: string, i?: number): boolean {
  return report(e, x, p, i, s ? m.expected : m.later, "string", "enum");
}
/** @internal */
export function vEvolvableOrNull(e: Errors, x: unknown, m: Members, s: boolean, p: string, i?: number): boolean {
  return x !== null && !m.set.has(x) && (s || typeof x !== "string") && badEvolvable(e, x, m, s, p, i);
}
`;
