/**
 * How one schema refers to another, and the `$id`s. The bundle refers inside itself
 * (`#/$defs/<qualified name>`); the per-type files refer to their siblings by relative URI.
 */
import type { IR } from "../../model/ir.ts";

export type RefStyle = "bundle" | "files";

/**
 * What a qualified name may not contain to be a file name on any system: a path separator, a
 * control character or a character Windows refuses; nor may it start with a dot. The checker
 * allows Unicode letters, so the name is otherwise used as it is.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_IN_FILE_NAME = /[\u0000-\u001f\u007f/\\<>:"|?*]|^\./u;

export function schemaFileName(qname: string): string {
  if (NOT_IN_FILE_NAME.test(qname)) {
    throw new Error(`internal error: qualified name ${JSON.stringify(qname)} is not usable as a file name`);
  }
  return `${qname}.schema.json`;
}

/** The per-type file's name as a relative URI reference (percent-encoded). */
export function schemaFileUri(qname: string): string {
  return encodeURIComponent(schemaFileName(qname));
}

/** RFC 6901 escaping of one reference token, then percent-encoding for a URI fragment. */
function fragmentToken(token: string): string {
  return encodeURIComponent(token.replace(/~/g, "~0").replace(/\//g, "~1"));
}

export function refTo(style: RefStyle, qname: string): string {
  return style === "bundle" ? `#/$defs/${fragmentToken(qname)}` : schemaFileUri(qname);
}

/** The base URI of the package's schemas. `.invalid` (RFC 2606): an identifier, never fetched. */
export function schemaBaseUri(ir: IR): string {
  const major = ir.api.specVersion.split(".")[0] ?? "0";
  return `https://graph-codegen.invalid/${encodeURIComponent(ir.api.apiVersion)}/v${encodeURIComponent(major)}/schemas/`;
}

export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
