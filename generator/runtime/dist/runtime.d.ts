/**
 * The validation runtime every generated package carries (`runtime.js`): the result types, the check
 * of each Edm primitive (the `test` named in `model/edm.ts`), and the helpers the generated
 * validators call. It holds no spec text: what a package knows of its types (names, properties,
 * enum members, the Edm table's messages) is written into `validators.js`, which calls this.
 *
 * Each structured type has two checks in validators.js, which both call this runtime:
 * - `validT(v, m)`, the verdict: true when `v` is a valid value of the type (`m`: request mode,
 *   strict); it stops at the first problem and builds nothing. `isT` is this, and so is the first
 *   pass of `validateT`, which is all `validateT` does for a valid value.
 * - `checkT(v, m)`, the report: it runs only on a value found wrong, inside `run`, and reports every
 *   problem to the report `run` holds open (a nested value is checked `inside` its parent's place,
 *   so that the report's path follows it).
 * Two functions, not one, because V8 keeps type feedback and optimised code per function: when one
 * function served both, the report's walk over wrong values (other shapes, every property there)
 * made the verdict on valid values slower (the benchmark, `npm run bench`, measured it; see
 * ARCHITECTURE.md). They are not copies: the verdict has no reporting, the report no early exit.
 */
/** A problem found in a value. */
export interface ValidationError {
  /** JSON Pointer (RFC 6901) to the offending value; "" is the value itself. */
  path: string;
  /**
   * Stable and machine-readable: "type" (wrong JSON type), "null" (null where not nullable),
   * "enum" (not a member name), "format" (a string that does not match the OData syntax of its
   * Edm type), "range" (an integer out of its Edm type's range), "unknownProperty", "required" (an
   * action's required parameter left out), "odataType" (an @odata.type that does not name the
   * declared type or a type derived from it).
   */
  code: string;
  /** For people: what was expected and what was found. */
  message: string;
}
/**
 * What `validateT` gives: the value, typed, or the problems found. `truncated` is there when the
 * check stopped at `maxErrors` problems: the value has more.
 */
export type ValidationResult<T> =
  | {
      ok: true;
      value: T;
    }
  | {
      ok: false;
      errors: ValidationError[];
      truncated?: true;
    };
export interface ValidateOptions {
  /**
   * "request" (the default) checks a body about to be sent: unknown properties are errors.
   * "response" checks a body received: unknown properties, an @odata.type naming a type outside
   * the declared one's family (a type derived later), and members added later to an evolvable enum
   * are tolerated, so that what the service adds tomorrow does not break today's client.
   */
  readonly mode?: "request" | "response";
  /**
   * The most problems `validateT` collects (default 100): the check stops at the next one and the
   * result says `truncated: true`, so that a hostile value with millions of problems costs little.
   */
  readonly maxErrors?: number;
}
/**
 * Edm.DateTimeOffset: the OData ABNF `dateTimeOffsetValue`, date "T" time ("Z" / sign hour ":"
 * minute), such as "2020-02-25T18:52:21.2169889Z": seconds may be left out, `T` and `Z` may be
 * written in lower case (as RFC 3339 allows). No Date.parse, which is lenient. Written out rather
 * than made of dateEnd and timeEnd, which cost a fifth more: this one is on the hot path of every
 * Graph payload.
 */
export declare function isDateTimeOffset(x: unknown): boolean;
/**
 * Edm.Duration: the OData ABNF `durationValue` (a day-time duration, its letters in either case):
 * [ "-" ] "P" [ n "D" ] [ "T" [ n "H" ] [ n "M" ] [ n [ "." n ] "S" ] ], such as "-PT2M17.1009318S",
 * with at least one component after the "P" and after a "T" ("P" and "PT" are not durations).
 */
export declare function isDuration(x: unknown): boolean;
/** True for an instance or property annotation name such as "@odata.etag" or "name@ns.term". */
export declare function isAnnotationKey(key: string): boolean;
/** True for a well-formed qualified type name, with or without the leading "#". */
export declare function isTypeName(name: string): boolean;
