/**
 * The source of the generated `runtime.ts`: the result types, the OData scanners and the small
 * helpers the generated validators call. It contains no spec text, only the OData patterns of
 * `schemas/patterns.ts`, spliced as checked regular-expression literals.
 *
 * Calling convention of the generated checks: `(value, errors, strict)` returns whether the value is
 * valid. `errors` is an array to push every problem to (paths relative to the value), or `null` to
 * stop at the first problem (the `isT` path). `strict` is true for request mode.
 */
import { _, regex } from "../code.ts";
import { ANNOTATION_KEY_PATTERN, TYPE_NAME_PATTERN } from "../schemas/patterns.ts";
import { RUNTIME_CHECKS } from "./runtime-checks.ts";
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
/** @internal The check of one exact type; n counts the own properties already accounted for. */
export type Body = (v: Record<string, unknown>, e: Errors, m: boolean, n: number) => boolean;
/** @internal */
export type Check = (v: unknown, e: Errors, m: boolean) => boolean;

const hasOwn = Object.prototype.hasOwnProperty;
/**
 * @internal Object.prototype. When an object's prototype is Object.prototype or null (the body
 * checks), "v.p !== undefined" means an own property p, unless Object.prototype has a p itself.
 */
export const OP: { readonly [k: string]: unknown } = Object.prototype as { readonly [k: string]: unknown };
/** @internal */
export function own(o: object, k: string): boolean {
  return hasOwn.call(o, k);
}
/** @internal Whether the object's "@odata.type" is its own (cheaply, as the bodies do). */
export function ownType(v: object): boolean {
  const q: unknown = Object.getPrototypeOf(v);
  return ((q === OP || q === null) && OP["@odata.type"] === undefined) || hasOwn.call(v, "@odata.type");
}
/** @internal */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** @internal True for request mode (the default). */
export function strict(options: ValidateOptions | undefined): boolean {
  return options === undefined || options === null || options.mode !== "response";
}
/** @internal */
export function run<T>(value: unknown, check: Check, options: ValidateOptions | undefined): ValidationResult<T> {
  const errors: ValidationError[] = [];
  return check(value, errors, strict(options)) ? { ok: true, value: value as T } : { ok: false, errors };
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
  return [RUNTIME_HEAD, patterns(), RUNTIME_SCANNERS, RUNTIME_CHECKS].join("\n");
}
