/**
 * The Edm primitive types: one table, one entry per primitive, holding everything every stage needs
 * to know about it. Adding a primitive means adding its name to `EdmPrimitive` and its entry to
 * `EDM`; the compiler then names every other place that must learn it (`Record` keys, `switch`es
 * over `PrimitiveSpec` fields), and the tests walk the table.
 *
 * The wire forms follow OData JSON 4.01 and the OData ABNF (`odataabnf`, construction rules). Where
 * the generator is deliberately stricter or looser than the ABNF, `deviation` says so; the README
 * lists every one.
 */

export type EdmPrimitive =
  | "Edm.String"
  | "Edm.Boolean"
  | "Edm.Byte"
  | "Edm.SByte"
  | "Edm.Int16"
  | "Edm.Int32"
  | "Edm.Int64"
  | "Edm.Single"
  | "Edm.Double"
  | "Edm.Decimal"
  | "Edm.Guid"
  | "Edm.Date"
  | "Edm.TimeOfDay"
  | "Edm.DateTimeOffset"
  | "Edm.Duration"
  | "Edm.Binary"
  | "Edm.Stream"
  | "Edm.Untyped";

/** A JSON Schema (draft 2020-12) fragment, as plain data. */
export type SchemaFragment = boolean | { readonly [keyword: string]: unknown };

/**
 * How a value of the primitive is written as a function parameter in a URL (OData ABNF
 * `primitiveLiteral`): `quoted` in single quotes with `'` doubled (`'o''brien'`); `bare` as it is
 * (`3`, `true`, `2024-01-01`, a Guid); `prefixed` as `<prefix>'...'` (`duration'P1D'`,
 * `binary'AQID'`); `none` when it cannot be a URL literal at all.
 */
export type LiteralForm =
  | { readonly kind: "quoted" }
  | { readonly kind: "bare" }
  | { readonly kind: "prefixed"; readonly prefix: string }
  | { readonly kind: "none" };

export interface PrimitiveSpec {
  /**
   * The JSON value it is on the wire: `any` for Edm.Untyped (any JSON value, null included), `none`
   * for Edm.Stream (never inline: only its `@odata.media*` annotations appear in a body).
   */
  readonly json: "string" | "number" | "integer" | "boolean" | "float" | "any" | "none";
  /** Its TypeScript type (`ODataFloat` is declared by the generated package). */
  readonly ts: string;
  /** A JSDoc sentence ending: `Edm.Int16`, "<doc>". */
  readonly doc: string;
  /** The JSON Schema of a non-null value. */
  readonly schema: SchemaFragment;
  /**
   * The runtime check of a non-null value, a function `(x: unknown) => boolean` exported by the
   * package's validation runtime under this name.
   */
  readonly test: string;
  /**
   * The error code when the check fails although the JSON type is right (`"PT"` for a duration,
   * `300` for an Edm.Byte); a value of the wrong JSON type is always a `type` error.
   */
  readonly code: "format" | "range" | "type";
  /** What an error message says was expected: "an integer from 0 to 255 (Byte)". */
  readonly expected: string;
  /** Its URL literal form, for function parameters. */
  readonly literal: LiteralForm;
  /** The names the Graph docs pages use for it in property tables (`Int32`, `String`, ...). */
  readonly docs: readonly string[];
  /** Values it accepts and near misses it refuses, for tests. */
  readonly samples: { readonly valid: readonly unknown[]; readonly invalid: readonly unknown[] };
  /** Where it differs from the OData ABNF on purpose, said for the README. */
  readonly deviation?: string;
}

/** ABNF `year "-" month "-" day` (the day is not checked against the month, as in the ABNF). */
const DATE = "-?(?:0[0-9]{3}|[1-9][0-9]{3,})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
/** ABNF `timeOfDayValue`: `hour ":" minute [":" second ["." 1*12DIGIT]]`, second 60 for a leap second. */
const TIME_OF_DAY = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::(?:[0-5][0-9]|60)(?:\\.[0-9]{1,12})?)?";

/** The regular-expression sources of the string primitives, shared by the schemas and the runtime tests. */
export const PATTERNS = {
  date: `^${DATE}$`,
  timeOfDay: `^${TIME_OF_DAY}$`,
  /** ABNF `dateTimeOffsetValue`; `T` and `Z` are case-insensitive there, as in RFC 3339. */
  dateTimeOffset: `^${DATE}[Tt]${TIME_OF_DAY}(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`,
  /**
   * ABNF `durationValue` (its letters case-insensitive), with one constraint of XSD's
   * dayTimeDuration the ABNF leaves out: at least one component, and a `T` followed by one.
   */
  duration: "^-?[Pp](?!$)(?:[0-9]+[Dd])?(?:[Tt](?=[0-9])(?:[0-9]+[Hh])?(?:[0-9]+[Mm])?(?:[0-9]+(?:\\.[0-9]+)?[Ss])?)?$",
  guid: `^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$`,
  /**
   * ABNF `binaryValue` in either RFC 4648 alphabet (`+/` or `-_`), padding optional; the last
   * character of a partial group must leave the unused bits zero, as the ABNF requires.
   */
  binary: "^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}[AEIMQUYcgkosw048]=?|[A-Za-z0-9+/_-][AQgw](?:==)?)?$",
} as const;

const INT = (min: number, max: number) => ({ type: "integer", minimum: min, maximum: max }) as const;

export const EDM: Readonly<Record<EdmPrimitive, PrimitiveSpec>> = {
  "Edm.String": {
    json: "string",
    ts: "string",
    doc: "text",
    schema: { type: "string" },
    test: "isString",
    code: "type",
    expected: "a string",
    literal: { kind: "quoted" },
    docs: ["String"],
    samples: { valid: ["", "text", "o'brien", "\u2028"], invalid: [1, true, {}, []] },
  },
  "Edm.Boolean": {
    json: "boolean",
    ts: "boolean",
    doc: "true or false",
    schema: { type: "boolean" },
    test: "isBoolean",
    code: "type",
    expected: "true or false",
    literal: { kind: "bare" },
    docs: ["Boolean"],
    samples: { valid: [true, false], invalid: ["true", 0, 1] },
  },
  "Edm.Byte": {
    json: "integer",
    ts: "number",
    doc: "an integer from 0 to 255",
    schema: INT(0, 255),
    test: "isByte",
    code: "range",
    expected: "an integer from 0 to 255 (Byte)",
    literal: { kind: "bare" },
    docs: ["Byte"],
    samples: { valid: [0, 255, 7], invalid: [-1, 256, 1.5, "1"] },
  },
  "Edm.SByte": {
    json: "integer",
    ts: "number",
    doc: "an integer from -128 to 127",
    schema: INT(-128, 127),
    test: "isSByte",
    code: "range",
    expected: "an integer from -128 to 127 (SByte)",
    literal: { kind: "bare" },
    docs: ["SByte"],
    samples: { valid: [-128, 127, 0], invalid: [-129, 128, 0.5, "0"] },
  },
  "Edm.Int16": {
    json: "integer",
    ts: "number",
    doc: "an integer from -32768 to 32767",
    schema: INT(-32768, 32767),
    test: "isInt16",
    code: "range",
    expected: "an integer from -32768 to 32767 (Int16)",
    literal: { kind: "bare" },
    docs: ["Int16"],
    samples: { valid: [-32768, 32767, 0], invalid: [-32769, 32768, 1.25, "1"] },
  },
  "Edm.Int32": {
    json: "integer",
    ts: "number",
    doc: "an integer from -2147483648 to 2147483647",
    schema: INT(-2147483648, 2147483647),
    test: "isInt32",
    code: "range",
    expected: "an integer from -2147483648 to 2147483647 (Int32)",
    literal: { kind: "bare" },
    docs: ["Int32", "Integer"],
    samples: { valid: [-2147483648, 2147483647, 0], invalid: [2147483648, -2147483649, 2.5, "3"] },
  },
  "Edm.Int64": {
    json: "integer",
    ts: "number",
    doc: "an integer",
    schema: { type: "integer" },
    test: "isInt64",
    code: "range",
    expected: "an integer (Int64)",
    literal: { kind: "bare" },
    docs: ["Int64"],
    samples: { valid: [0, -1, 9007199254740991], invalid: [0.5, "1", Number.NaN] },
    deviation:
      "Edm.Int64 is a JSON number of any integer value: a double cannot hold every 64-bit integer exactly, " +
      "so the range is not checked (the service sends Int64 as a number unless asked for IEEE754Compatible).",
  },
  "Edm.Single": {
    json: "float",
    ts: "ODataFloat",
    doc: 'a number, or "NaN", "INF" or "-INF"',
    schema: { anyOf: [{ type: "number" }, { enum: ["NaN", "INF", "-INF"] }] },
    test: "isFloat",
    code: "type",
    expected: 'a number, or "NaN", "INF" or "-INF"',
    literal: { kind: "bare" },
    docs: ["Single", "Double", "Float"],
    samples: { valid: [0, 1.5, -2e10, "NaN", "INF", "-INF"], invalid: ["Single", "1.5", "inf", true] },
  },
  "Edm.Double": {
    json: "float",
    ts: "ODataFloat",
    doc: 'a number, or "NaN", "INF" or "-INF"',
    schema: { anyOf: [{ type: "number" }, { enum: ["NaN", "INF", "-INF"] }] },
    test: "isFloat",
    code: "type",
    expected: 'a number, or "NaN", "INF" or "-INF"',
    literal: { kind: "bare" },
    docs: ["Double", "Float"],
    samples: { valid: [0, 1.5, -2e10, "NaN", "INF", "-INF"], invalid: ["Double", "1.5", "-inf", null] },
  },
  "Edm.Decimal": {
    json: "number",
    ts: "number",
    doc: "a decimal number",
    schema: { type: "number" },
    test: "isDecimal",
    code: "type",
    expected: "a number",
    literal: { kind: "bare" },
    docs: ["Decimal"],
    samples: { valid: [0, 1.25, -3], invalid: ["1.25", "NaN", true] },
    deviation:
      'Edm.Decimal is a JSON number; the strings the ABNF also allows ("NaN", "INF") are refused, as JSON ' +
      "without IEEE754Compatible has no string form of a decimal.",
  },
  "Edm.Guid": {
    json: "string",
    ts: "string",
    doc: 'a GUID such as "01234567-89ab-cdef-0123-456789abcdef"',
    schema: { type: "string", pattern: PATTERNS.guid },
    test: "isGuid",
    code: "format",
    expected: 'a GUID such as "01234567-89ab-cdef-0123-456789abcdef"',
    literal: { kind: "bare" },
    docs: ["Guid", "GUID"],
    samples: {
      valid: ["01234567-89ab-cdef-0123-456789ABCDEF", "00000000-0000-0000-0000-000000000000"],
      invalid: [
        "01234567-89ab-cdef-0123-456789abcde",
        "{01234567-89ab-cdef-0123-456789abcdef}",
        "0123456789abcdef0123456789abcdef",
        1,
      ],
    },
  },
  "Edm.Date": {
    json: "string",
    ts: "string",
    doc: 'a date such as "2024-02-29"',
    schema: { type: "string", pattern: PATTERNS.date },
    test: "isDate",
    code: "format",
    expected: 'a date such as "2024-02-29"',
    literal: { kind: "bare" },
    docs: ["Date"],
    samples: {
      valid: ["2024-02-29", "-0001-01-01", "12024-12-31"],
      invalid: ["2024-2-29", "2024-13-01", "02024-01-01", "2024-01-01T00:00:00Z"],
    },
  },
  "Edm.TimeOfDay": {
    json: "string",
    ts: "string",
    doc: 'a time of day such as "13:45:30.5"',
    schema: { type: "string", pattern: PATTERNS.timeOfDay },
    test: "isTimeOfDay",
    code: "format",
    expected: 'a time of day such as "13:45:30.5"',
    literal: { kind: "bare" },
    docs: ["TimeOfDay"],
    samples: {
      valid: ["13:45", "13:45:30", "23:59:60.123456789012"],
      invalid: ["24:00", "13:45:30.", "1:45", "13:45:30.1234567890123"],
    },
  },
  "Edm.DateTimeOffset": {
    json: "string",
    ts: "string",
    doc: 'a date and time with an offset, such as "2020-02-25T18:52:21.2169889Z"',
    schema: { type: "string", pattern: PATTERNS.dateTimeOffset },
    test: "isDateTimeOffset",
    code: "format",
    expected: 'an ISO 8601 date-time with offset such as "2020-02-25T18:52:21.2169889Z"',
    literal: { kind: "bare" },
    docs: ["DateTimeOffset", "DateTime"],
    samples: {
      valid: ["2016-12-31T23:56:48.8437798+03:00", "2020-02-25T18:52Z", "2020-02-25t18:52:21z"],
      invalid: ["2020-02-25 18:52:21Z", "2020-02-25T18:52:21", "2020-02-25T18:52:21.1234567890123Z", "String"],
    },
  },
  "Edm.Duration": {
    json: "string",
    ts: "string",
    doc: 'an ISO 8601 duration such as "PT0.016S" (may be negative)',
    schema: { type: "string", pattern: PATTERNS.duration },
    test: "isDuration",
    code: "format",
    expected: 'an ISO 8601 duration such as "PT0.016S"',
    literal: { kind: "prefixed", prefix: "duration" },
    docs: ["Duration", "TimeSpan"],
    samples: {
      valid: ["PT0.016S", "-PT2M17.1009318S", "P1DT2H", "p1d"],
      invalid: ["PT", "P", "+P1D", "P1Y", "PT1.S", "Single"],
    },
    deviation:
      "Edm.Duration needs at least one component after `P` and after `T` (`P` and `PT` are refused), as in " +
      "XSD's dayTimeDuration, which the ABNF approximates.",
  },
  "Edm.Binary": {
    json: "string",
    ts: "string",
    doc: "base64 text (either RFC 4648 alphabet, padding optional)",
    schema: { type: "string", pattern: PATTERNS.binary },
    test: "isBinary",
    code: "format",
    expected: "base64 text",
    literal: { kind: "prefixed", prefix: "binary" },
    docs: ["Binary"],
    samples: { valid: ["", "AQID", "AQ==", "AQ", "+/8=", "-_8"], invalid: ["A", "AQ=", "AR==", "AQI*", 1] },
    deviation:
      "Edm.Binary takes the standard base64 alphabet (`+` and `/`) as well as the URL-safe one the ABNF names, " +
      "because Graph sends standard base64.",
  },
  "Edm.Stream": {
    json: "none",
    ts: "never",
    doc: "a stream, never inline: read and written through its own request",
    schema: false,
    test: "isNever",
    code: "type",
    expected: "no inline value (a stream is read and written through its own request)",
    literal: { kind: "none" },
    docs: ["Stream"],
    samples: { valid: [], invalid: ["AQID", null, {}] },
  },
  "Edm.Untyped": {
    json: "any",
    ts: "unknown",
    doc: "any JSON value",
    schema: true,
    test: "isAny",
    code: "type",
    expected: "any JSON value",
    literal: { kind: "none" },
    docs: ["Untyped", "Json"],
    samples: { valid: [null, 1, "x", [1, { a: null }], { nested: true }], invalid: [] },
  },
};

/** Every primitive, in the table's order. */
export const EDM_PRIMITIVES: readonly EdmPrimitive[] = Object.keys(EDM) as EdmPrimitive[];

export function isEdmPrimitive(name: string): name is EdmPrimitive {
  return Object.prototype.hasOwnProperty.call(EDM, name);
}

/** The integer primitives an enum may have underneath, with their ranges (Int64's as text). */
export const ENUM_UNDERLYING = {
  "Edm.Byte": { min: "0", max: "255" },
  "Edm.SByte": { min: "-128", max: "127" },
  "Edm.Int16": { min: "-32768", max: "32767" },
  "Edm.Int32": { min: "-2147483648", max: "2147483647" },
  "Edm.Int64": { min: "-9223372036854775808", max: "9223372036854775807" },
} as const;
