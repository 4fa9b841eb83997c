/**
 * The source of the generated `runtime.ts`: the result types, the OData scanners and the small
 * helpers the generated validators call. It contains no spec text, only the OData patterns of
 * `schemas/patterns.ts`, spliced as checked regular-expression literals.
 *
 * Calling convention of the generated checks: `(value, errors, strict)` returns whether to stop:
 * true when the value is wrong and `errors` is `null` (the `isT` path, which stops at the first
 * problem); with an array, every problem is pushed to it and the check goes on, and the value is
 * valid when nothing was pushed. `strict` is true for request mode. One verdict for both, read in
 * one place, and no check has to carry the error count it started with.
 */
import { _, regex } from "../code.ts";
import { ANNOTATION_KEY_PATTERN, TYPE_NAME_PATTERN } from "../schemas/patterns.ts";
import { RUNTIME_CHECKS } from "./runtime-checks.ts";
import { RUNTIME_DISPATCH } from "./runtime-dispatch.ts";
import { RUNTIME_REPORT } from "./runtime-report.ts";
import { RUNTIME_SCANNERS } from "./runtime-scanners.ts";

const RUNTIME_HEAD = `/** A problem found in a value. */
export interface ValidationError {
  /** JSON Pointer (RFC 6901) to the offending value; "" is the value itself. */
  path: string;
  /**
   * Stable and machine-readable: "type" (wrong JSON type), "null" (null where not nullable),
   * "enum" (not a member name), "format" (a date-time or duration that does not match the OData
   * syntax), "range" (an Int32 out of range), "unknownProperty", "odataType" (an @odata.type that
   * does not name the declared type or a type derived from it).
   */
  code: string;
  /** For people: what was expected and what was found. */
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /**
   * "request" (the default) checks a body about to be sent: unknown properties are errors.
   * "response" checks a body received: unknown properties, and an @odata.type naming a type this
   * package does not know, are tolerated, so that what the service adds tomorrow does not break
   * today's client.
   */
  readonly mode?: "request" | "response";
}

/** @internal Where problems go: an array, or null to stop at the first one. */
export type Errors = ValidationError[] | null;
/**
 * @internal The check of one exact type (true: stop); n counts the own properties already
 * accounted for, o is what inherits(v) gave (see there).
 */
export type Body = (v: Record<string, unknown>, e: Errors, m: boolean, n: number, o: object) => boolean;
/** @internal The check of a declared type (true: stop). */
export type Check = (v: unknown, e: Errors, m: boolean) => boolean;


const hasOwn = Object.prototype.hasOwnProperty;
/** @internal Object.prototype. */
export const OP: object = Object.prototype;
/** @internal */
export function own(o: object, k: string): boolean {
  return hasOwn.call(o, k);
}
/**
 * @internal What a property read from v may have been inherited through, for the bodies' test of
 * own properties: when v's prototype is Object.prototype or null, a read "v[k] !== undefined" is
 * an own property unless "k in Object.prototype" (so __proto__, constructor and any polluted name
 * take the exact hasOwnProperty road); for any other v, v itself, in which every k read is, so
 * that every read takes that road. Worked out once per object. Each type's guard writes this rule
 * out rather than call it (a call cost 6% of isSegment): a change here is a change there too.
 */
export function inherits(v: object): object {
  const q: unknown = Object.getPrototypeOf(v);
  return q === OP || q === null ? OP : v;
}
/** @internal The bodies' test, for a read of v[k] that was not undefined; o = inherits(v). */
export function has(v: object, k: string, o: object): boolean {
  return !(k in o) || hasOwn.call(v, k);
}
/** @internal */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** @internal True for request mode (the default). */
export function strict(options: ValidateOptions | undefined): boolean {
  return options === undefined || options === null || options.mode !== "response";
}
/**
 * @internal validateT: the test world's verdict first (no error, no path is built for a valid
 * value); only a value found wrong is walked again by the check world, which reports every problem.
 */
export function run<T>(value: unknown, test: Check, check: Check, options: ValidateOptions | undefined): ValidationResult<T> {
  const m = strict(options);
  if (!test(value, null, m)) return { ok: true, value: value as T };
  const errors: ValidationError[] = [];
  const up = under;
  under = "/";
  check(value, errors, m);
  under = up;
  forget();
  return errors.length === 0 ? { ok: true, value: value as T } : { ok: false, errors };
}
`;

function patterns(): string {
  return _`const ANNOTATION = ${regex(ANNOTATION_KEY_PATTERN)};
const TYPE_NAME = ${regex(TYPE_NAME_PATTERN)};
/** True for an instance or property annotation name such as "@odata.etag" or "name@ns.term". */
export function isAnnotationKey(key: string): boolean {
  return ANNOTATION.test(key);
}
/** True for a well-formed qualified type name, with or without the leading "#". */
export function isTypeName(name: string): boolean {
  return TYPE_NAME.test(name);
}
`.toString();
}

export function runtimeSource(): string {
  return [RUNTIME_HEAD, patterns(), RUNTIME_SCANNERS, RUNTIME_REPORT, RUNTIME_CHECKS, RUNTIME_DISPATCH].join("\n");
}
