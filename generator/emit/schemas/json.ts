/**
 * JSON Schema values under construction. Objects keyed by spec text (`properties`, `$defs`) are
 * null-prototype records, so a property named `__proto__` or `constructor` is ordinary data.
 */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/** A null-prototype object filled from entries, in order. */
export function record(entries: Iterable<readonly [string, Json]>): JsonObject {
  const out = Object.create(null) as JsonObject;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** Stable JSON text: two-space indent, `\n` line endings, a final newline. */
export function jsonText(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
