/**
 * The only roads from spec text to emitted code: one helper per output context.
 *
 * Spec text is untrusted. Every string that reaches a TypeScript, JavaScript or JSDoc sink goes
 * through exactly one of these functions; nothing else splices spec text into code. The identifier
 * rules themselves are vocabulary (`model/names.ts`): the IR fixes names with them too.
 */
import { isBareKey } from "../model/names.ts";

export { camelCase, isSafeIdentifier } from "../model/names.ts";

/**
 * A JS/TS string literal. JSON.stringify escapes quotes, backslashes and control characters; the
 * line and paragraph separators are escaped too, so the literal is safe in any JS context.
 */
export function stringLiteral(s: string): string {
  return JSON.stringify(s)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A property key in an object literal or interface: bare when it is an identifier, else quoted. */
export function propertyKey(s: string): string {
  return isBareKey(s) ? s : stringLiteral(s);
}

/**
 * Text for a JSDoc block. `*\/` cannot close the comment, `@` at a line start cannot start a tag
 * the author did not write, line endings are normalised, and the separators that some tools read
 * as line breaks become spaces. The result is a list of lines without the leading ` * `.
 */
export function jsDocLines(text: string): string[] {
  const normalised = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, " ")
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .trim();
  return normalised.split("\n").map((line) => line.trimEnd().replace(/^(\s*)@/, "$1\\@"));
}

/** A whole JSDoc comment from lines of plain text and already-formed tag lines. */
export function jsDoc(paragraphs: readonly string[], tags: readonly string[] = []): string {
  const body: string[] = [];
  for (const p of paragraphs) {
    if (body.length > 0) body.push("");
    body.push(...jsDocLines(p));
  }
  for (const t of tags) body.push(...jsDocTagLines(t));
  if (body.length === 0) return "";
  return ["/**", ...body.map((l) => (l === "" ? " *" : ` * ${l}`)), " */"].join("\n");
}

/** A tag line: the tag name is ours, the text after it is escaped like any other JSDoc text. */
function jsDocTagLines(tag: string): string[] {
  const m = /^(@[a-zA-Z]+)(?:\s+([\s\S]*))?$/.exec(tag);
  if (!m) throw new Error(`internal error: malformed JSDoc tag ${JSON.stringify(tag)}`);
  const text = m[2] === undefined ? [] : jsDocLines(m[2]);
  if (text.length === 0) return [m[1]!];
  return [`${m[1]} ${text[0]}`, ...text.slice(1)];
}

/** Text for a `//` comment is never produced from spec text: there is deliberately no helper. */

/**
 * Inline Markdown text (a README line, a changelog item): one line, with every character that
 * Markdown or HTML could read as syntax escaped, so spec text stays text.
 */
export function markdownText(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>#|&!]/g, (c) => `\\${c}`);
}

/**
 * Text inside a block comment, JS (`/* ... *\/`) or HTML (`<!-- ... -->`): one line, and neither
 * comment can be closed from inside it.
 */
export function commentText(s: string): string {
  return s
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/\*\//g, "*\\/")
    .replace(/--(!?)>/g, "--\\$1>");
}
