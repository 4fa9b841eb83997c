/**
 * Stand-in for the validation runtime while it is still emitted by `emit/validators` (it moves to
 * `generator/runtime/src/runtime.ts`): the two types the client imports from the package's
 * `runtime.js`, as its `runtime.d.ts` declares them. Not shipped (the build compiles `.ts` sources
 * only); delete this file once `runtime.ts` is here.
 */
/** A problem found in a value. */
export interface ValidationError {
  /** JSON Pointer (RFC 6901) to the offending value; "" is the value itself. */
  path: string;
  /** Stable and machine-readable. */
  code: string;
  /** For people: what was expected and what was found. */
  message: string;
}
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };
/** How a value is checked: as a request body (the default) or as a response. */
export interface ValidateOptions {
  readonly mode?: "request" | "response";
}
