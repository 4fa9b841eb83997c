/**
 * The name patterns of the JSON Schemas (the Edm primitives' patterns are in model/edm.ts). The
 * validation runtime (generator/runtime/src/runtime.ts) holds the same two as literals, since it is
 * shipped on its own; a test holds them equal.
 */

/** A qualified type name as `@odata.type` writes it: optional `#`, a namespace, a dot, a name. */
export const TYPE_NAME_PATTERN = "^#?[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+$";

/**
 * An instance or property annotation (or control information): `@namespace.term`,
 * `property@namespace.term`, optionally with a `#qualifier`; `@odata.*` is one such.
 */
export const ANNOTATION_KEY_PATTERN =
  "^[^@]*@[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+(?:#[A-Za-z_][A-Za-z0-9_]*)?$";
