/**
 * What a name in the spec may be. Every name that reaches emitted code (types, enums, members,
 * properties, navigation properties, parameters, namespace segments, container members) is an
 * OData simple identifier: the ABNF's `odataIdentifier` (odata-abnf-construction-rules,
 * `identifierLeadingCharacter *127identifierCharacter`), which CSDL calls SimpleIdentifier:
 * a letter (Unicode L or Nl) or `_`, then letters, `_`, decimal digits (Nd), marks (Mn, Mc),
 * connector punctuation (Pc) or format characters (Cf), at most 128 characters in all.
 *
 * One deliberate restriction (the README says why): the bidirectional embedding, override and
 * isolate controls (U+202A-U+202E, U+2066-U+2069), format characters that CSDL allows, are refused:
 * they make code read differently from how it runs ("Trojan Source", CVE-2021-42574).
 */

/** A simple identifier's first character and the others, as regex source: `format.ts` builds the editors' pattern from them. */
export const IDENTIFIER_LEADING = "[\\p{L}\\p{Nl}_]";
export const IDENTIFIER_FOLLOWING = "[\\p{L}\\p{Nl}\\p{Nd}\\p{Mn}\\p{Mc}\\p{Pc}\\p{Cf}_]";
const LEADING = new RegExp(`^${IDENTIFIER_LEADING}$`, "u");
const FOLLOWING = new RegExp(`^${IDENTIFIER_FOLLOWING}$`, "u");
/** The bidirectional controls a name may not hold (as a character class's body). */
export const BIDI_CONTROLS = "\\u202A-\\u202E\\u2066-\\u2069";
const BIDI_CONTROL = new RegExp(`^[${BIDI_CONTROLS}]$`, "u");

/** CSDL: a simple identifier has at most 128 characters, a namespace at most 511. */
export const MAX_IDENTIFIER = 128;
export const MAX_NAMESPACE = 511;

/** The usual limit of one file or folder name (ext4, APFS, NTFS count at most 255 bytes or units). */
export const MAX_FILE_NAME_BYTES = 255;

/** Why `name` is not an OData simple identifier, or undefined when it is one. */
export function identifierProblem(name: string): string | undefined {
  const chars = [...name];
  if (chars.length === 0) return "it is empty";
  if (chars.length > MAX_IDENTIFIER)
    return `it has ${chars.length} characters, more than the ${MAX_IDENTIFIER} OData allows`;
  if (!LEADING.test(chars[0]!)) return `it starts with ${describeChar(chars[0]!)}; a name starts with a letter or _`;
  const bad = chars.find((c) => !FOLLOWING.test(c));
  if (bad !== undefined) return `it contains ${describeChar(bad)}; a name holds letters, digits and _ only`;
  const bidi = chars.find((c) => BIDI_CONTROL.test(c));
  if (bidi !== undefined)
    return `it contains the bidirectional control ${describeChar(bidi)}, which makes code read otherwise than it runs`;
  return undefined;
}

/**
 * A structural property name that is not an identifier but still a plain JSON key Graph's own
 * metadata uses (`request-id`): printable, no space, none of `@` and `#`, which would make it read
 * as an annotation (`prop@odata.type`) or a qualifier, and not starting with `$`, which OData keeps
 * for its own names (`$value`). Emitted code only ever quotes it. (Bidirectional controls are
 * format characters, `\p{Cf}`, so they are refused too.) The editor schema takes a property key
 * that is an identifier or matches this; the checker warns about the second kind.
 */
export const PLAIN_WIRE_NAME = new RegExp(`^(?!\\$)[^\\s@#\\p{Cc}\\p{Cf}\\p{Cs}]{1,${MAX_IDENTIFIER}}$`, "u");

export function isPlainWireName(name: string): boolean {
  return PLAIN_WIRE_NAME.test(name);
}

/** Why `ns` is not a namespace (simple identifiers joined by `.`), or undefined when it is one. */
export function namespaceProblem(ns: string): string | undefined {
  if ([...ns].length > MAX_NAMESPACE) return `it is longer than the ${MAX_NAMESPACE} characters OData allows`;
  for (const part of ns.split(".")) {
    const problem = identifierProblem(part);
    if (problem !== undefined) return `its part ${quoteName(part)} is not a name: ${problem}`;
  }
  return undefined;
}

/** Why `qname` is not a qualified name (a namespace, `.`, a simple identifier), or undefined. */
export function qualifiedNameProblem(qname: string): string | undefined {
  const dot = qname.lastIndexOf(".");
  if (dot < 0) return "it has no namespace (write namespace.name)";
  const name = qname.slice(dot + 1);
  return namespaceProblem(qname.slice(0, dot)) ?? prefix(`its name ${quoteName(name)}`, identifierProblem(name));
}

function prefix(what: string, problem: string | undefined): string | undefined {
  return problem === undefined ? undefined : `${what}: ${problem}`;
}

function describeChar(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c)) return `"${c}" (${code})`;
  return code === "U+0020" ? "a space" : code;
}

/** A name quoted for a message, shortened when it is long: `"aaaa…" (300 characters)`. */
export function quoteName(name: string): string {
  const chars = [...name];
  if (chars.length <= 60) return JSON.stringify(name);
  return `${JSON.stringify(`${chars.slice(0, 40).join("")}…`)} (${chars.length} characters)`;
}

/** Bytes of `s` in UTF-8, as a file system counts a name. */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, "utf8");
}
