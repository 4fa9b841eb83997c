/**
 * The only roads from spec text to emitted code: one helper per output context.
 *
 * Spec text is untrusted. Every string that reaches a TypeScript, JavaScript or JSDoc sink goes
 * through exactly one of these functions; nothing else splices spec text into code.
 */

/** Reserved words of JavaScript (strict mode) and names TypeScript refuses as type names. */
const RESERVED = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "await",
  "arguments",
  "eval",
  "undefined",
  "NaN",
  "Infinity",
  // TypeScript type-position keywords and built-in type names
  "any",
  "unknown",
  "never",
  "object",
  "string",
  "number",
  "boolean",
  "symbol",
  "bigint",
  "type",
  "keyof",
  "infer",
  "is",
  "asserts",
  "readonly",
  "unique",
  "declare",
  "namespace",
  "module",
  "abstract",
  "as",
  "satisfies",
  "accessor",
  "out",
  "global",
  // names the generated modules use themselves
  "Object",
  "Array",
  "JSON",
  "Number",
  "String",
  "Boolean",
  "Math",
  "Promise",
  "Error",
  "Record",
  "Partial",
  "Readonly",
  "Date",
  "Map",
  "Set",
  "Symbol",
  "URL",
  "URLSearchParams",
  "Headers",
  "Response",
  "Request",
  "AbortSignal",
  "fetch",
  "globalThis",
  // TypeScript's global types: a module that declares or imports a spec type of one of these names
  // could no longer use the global (a type named `extract` made types.ts's `Extract<...>` not
  // generic). A test holds every global type the emitted declarations refer to in this list.
  "Extract",
  "Exclude",
  "Omit",
  "Pick",
  "NonNullable",
  "ReturnType",
  "Required",
  "Awaited",
  "Parameters",
  "InstanceType",
  "ConstructorParameters",
  "NoInfer",
  "ThisType",
  "Uppercase",
  "Lowercase",
  "Capitalize",
  "Uncapitalize",
  "Function",
  "RegExp",
  "Iterable",
  "IterableIterator",
  "AsyncIterable",
  "AsyncIterableIterator",
  "AsyncGenerator",
  "Generator",
  "PromiseLike",
  "ReadonlyArray",
  "ReadonlyMap",
  "ReadonlySet",
  "WeakMap",
  "WeakSet",
  "ArrayLike",
  "PropertyKey",
  "RequestInit",
  "HeadersInit",
  "BodyInit",
  "Uint8Array",
  "ArrayBuffer",
  "TemplateStringsArray",
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `s` may be used as-is as a JS binding or TS type name. */
export function isSafeIdentifier(s: string): boolean {
  return IDENTIFIER.test(s) && !RESERVED.has(s);
}

/** True when `s` may be written unquoted as a property key (reserved words are fine there). */
export function isBareKey(s: string): boolean {
  return IDENTIFIER.test(s);
}

/**
 * Turns spec text into an identifier deterministically: ASCII letters and digits kept, every other
 * run of characters becomes a word break, a leading digit gets `_`, a reserved word gets `_`.
 * Returns "" when nothing usable is left; the caller decides what to do (and reports it).
 */
export function toIdentifierWords(s: string): string[] {
  return s.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
}

export function pascalCase(s: string): string {
  const words = toIdentifierWords(s);
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  return guardIdentifier(joined);
}

export function camelCase(s: string): string {
  const p = pascalCase(s).replace(/^_+/, "");
  if (p === "") return "";
  return guardIdentifier(p[0]!.toLowerCase() + p.slice(1));
}

function guardIdentifier(s: string): string {
  if (s === "") return "";
  const lead = /^[0-9]/.test(s) ? `_${s}` : s;
  return RESERVED.has(lead) ? `${lead}_` : lead;
}

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

/** Property access: `.name` when safe, `["name"]` otherwise. */
export function propertyAccess(s: string): string {
  return isBareKey(s) ? `.${s}` : `[${stringLiteral(s)}]`;
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

/**
 * Text without its blank lines: TypeScript prints `.js` and `.d.ts` without them, and prettier
 * keeps one where it finds one, so a module rendered by an emitter drops them to format alike.
 * Only for code whose strings and comments hold no blank line (the code builder's literals never
 * do; `jsDoc` writes ` *` for an empty line).
 */
export function withoutBlankLines(text: string): string {
  return (
    text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .join("\n") + (text.endsWith("\n") ? "\n" : "")
  );
}
