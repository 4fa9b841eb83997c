/**
 * The Markdown layer: front matter, then `marked`'s lexer for the body. Everything else in
 * docs-check reads tokens, never raw Markdown text. Top-level tokens get their 1-based line on the
 * page (marked keeps each token's `raw`, and the raws of the top-level tokens add up to the source).
 */
import { Lexer, type Token, type Tokens } from "marked";
import { parse as parseYaml } from "yaml";

export interface FrontMatter {
  readonly data: Readonly<Record<string, unknown>>;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** Lines taken by the front matter, to add to body line numbers. */
  readonly lineOffset: number;
  /** The raw front-matter lines (line `i` of the page is `lines[i - 2]`), for locating keys. */
  readonly lines: readonly string[];
  readonly error?: string;
}

export interface LocatedToken {
  readonly token: Token;
  readonly line: number;
}

const FENCE = "---";

/** Split a leading `---` YAML block off the page. A page without one has empty front matter. */
export function splitFrontMatter(source: string): FrontMatter {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const end = lines[0]?.trim() === FENCE ? lines.indexOf(FENCE, 1) : -1;
  if (end < 0) return { data: {}, body: lines.join("\n"), lineOffset: 0, lines: [] };
  const base = { body: lines.slice(end + 1).join("\n"), lineOffset: end + 1, lines: lines.slice(1, end) };
  try {
    const data: unknown = parseYaml(base.lines.join("\n"));
    const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
    return { ...base, data: record };
  } catch (e) {
    return { ...base, data: {}, error: (e as Error).message.split("\n")[0] };
  }
}

/** The top-level block tokens of a Markdown text, each with its line (offset by `firstLine - 1`). */
export function lexBlocks(markdown: string, firstLine = 1): LocatedToken[] {
  let line = firstLine;
  return new Lexer({ gfm: true }).lex(markdown).map((token) => {
    const located = { token, line };
    line += newlines(token.raw);
    return located;
  });
}

export function lexInline(text: string): Token[] {
  return Lexer.lexInline(text, { gfm: true });
}

export function newlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === "\n") n++;
  return n;
}

function children(token: Token): readonly Token[] {
  return "tokens" in token && Array.isArray(token.tokens) ? token.tokens : [];
}

/** Plain text of inline tokens: link text kept, emphasis and code marks dropped. */
export function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((t) => (children(t).length > 0 ? plainText(children(t)) : "text" in t ? String(t.text) : ""))
    .join("");
}

/** Every token of `type` in a token tree, depth first. */
export function collect<T extends Token>(tokens: readonly Token[], type: string): T[] {
  return tokens.flatMap((t) => [...(t.type === type ? [t as T] : []), ...collect<T>(children(t), type)]);
}

export function codespans(tokens: readonly Token[]): string[] {
  return collect<Tokens.Codespan>(tokens, "codespan").map((t) => t.text);
}

/** The bold runs reading `TODO...`: the placeholders Graph's page generator leaves behind. */
export function todoPlaceholders(tokens: readonly Token[]): string[] {
  return collect<Tokens.Strong>(tokens, "strong")
    .map((t) => plainText(t.tokens).trim())
    .filter((text) => /^TODO\b/i.test(text));
}
