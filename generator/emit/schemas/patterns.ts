/**
 * The OData lexical rules as regular-expression sources, for the JSON Schemas. The validators do not
 * use the date and duration patterns (they scan by hand, see validators/runtime-template.ts); a test
 * checks that the two agree on a large corpus.
 *
 * - DateTimeOffset: OData ABNF `dateTimeOffsetValue`: seconds optional, 1 to 12 fractional digits,
 *   second `60` allowed (leap second), offset `Z` or `±hh:mm` mandatory, year `-`? then 4+ digits
 *   (no leading zero beyond four digits).
 * - Duration: OData ABNF `durationValue` (day-time only, optional sign, fractional seconds of any
 *   length), with the XSD dayTimeDuration constraints the ABNF approximates: at least one component,
 *   and a `T` must be followed by at least one time component (`P` and `PT` are not durations).
 */
export const DATE_TIME_OFFSET_PATTERN =
  "^-?(?:0[0-9]{3}|[1-9][0-9]{3,})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])" +
  "T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::(?:[0-5][0-9]|60)(?:\\.[0-9]{1,12})?)?" +
  "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$";

export const DURATION_PATTERN =
  "^[-+]?P(?!$)(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?$";

/** A qualified type name as `@odata.type` writes it: optional `#`, a namespace, a dot, a name. */
export const TYPE_NAME_PATTERN = "^#?[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+$";

/**
 * An instance or property annotation (or control information): `@namespace.term`,
 * `property@namespace.term`, optionally with a `#qualifier`; `@odata.*` is one such.
 */
export const ANNOTATION_KEY_PATTERN =
  "^[^@]*@[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+(?:#[A-Za-z_][A-Za-z0-9_]*)?$";

/** The strings that stand for the IEEE 754 special values of Edm.Single and Edm.Double. */
export const FLOAT_SPECIALS = ["NaN", "INF", "-INF"] as const;

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;
