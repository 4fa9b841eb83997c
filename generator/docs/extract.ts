/**
 * From Markdown tokens to the page model (`page.ts`): headings, tables, annotated code blocks and
 * the `**TODO: ...**` placeholders, each with its line.
 */
import type { Token, Tokens } from "marked";
import { jsonError } from "./http.ts";
import {
  codespans,
  lexBlocks,
  lexInline,
  plainText,
  splitFrontMatter,
  todoPlaceholders,
  type FrontMatter,
} from "./markdown.ts";
import type { Annotation, Cell, CodeBlock, DocsPage, ParseProblem, Placeholder, Table } from "./page.ts";

interface Walk {
  heading: string;
  title?: string;
  namespace?: string;
  pending?: Annotation;
  readonly tables: Table[];
  readonly blocks: CodeBlock[];
  readonly placeholders: Placeholder[];
  readonly problems: ParseProblem[];
}

export function extractPage(file: string, source: string): DocsPage {
  const front = splitFrontMatter(source);
  const walk: Walk = { heading: "", tables: [], blocks: [], placeholders: [], problems: [] };
  frontMatterPlaceholders(front, walk);
  if (front.error !== undefined)
    walk.problems.push({ message: `front matter is not valid YAML: ${front.error}`, line: 1 });
  for (const { token, line } of lexBlocks(front.body, front.lineOffset + 1)) visit(token, line, walk);
  const { title, namespace, tables, blocks, placeholders, problems } = walk;
  return { file, frontMatter: front.data, title, namespace, tables, blocks, placeholders, problems };
}

function frontMatterPlaceholders(front: FrontMatter, walk: Walk): void {
  for (const [key, value] of Object.entries(front.data)) {
    if (typeof value !== "string") continue;
    const line = front.lines.findIndex((l) => l.startsWith(`${key}:`)) + 2;
    for (const text of todoPlaceholders(lexInline(value))) walk.placeholders.push({ text, line });
  }
}

function visit(token: Token, line: number, walk: Walk): void {
  if (token.type === "heading") onHeading(token as Tokens.Heading, walk);
  else if (token.type === "paragraph") onParagraph(token as Tokens.Paragraph, walk);
  else if (token.type === "html") onHtml(token as Tokens.HTML, line, walk);
  else if (token.type === "code") onCode(token as Tokens.Code, line, walk);
  if (token.type === "table") onTable(token as Tokens.Table, line, walk);
  else if (token.type !== "code" && token.type !== "html") addPlaceholders([token], line, walk);
}

function addPlaceholders(tokens: readonly Token[], line: number, walk: Walk): void {
  for (const text of todoPlaceholders(tokens)) walk.placeholders.push({ text, line });
}

function onHeading(token: Tokens.Heading, walk: Walk): void {
  walk.heading = plainText(token.tokens).trim();
  if (token.depth === 1 && walk.title === undefined) walk.title = walk.heading;
}

function onParagraph(token: Tokens.Paragraph, walk: Walk): void {
  const text = plainText(token.tokens).trim();
  const label = "Namespace:";
  if (walk.namespace === undefined && text.startsWith(label))
    walk.namespace = text.slice(label.length).trim().split(/\s/)[0];
}

/** An HTML comment holding a JSON object with `blockType` annotates the next code block. */
function onHtml(token: Tokens.HTML, line: number, walk: Walk): void {
  const raw = token.raw.trim();
  if (!raw.startsWith("<!--") || !raw.endsWith("-->")) return;
  const inner = raw.slice(4, -3);
  if (!inner.trim().startsWith("{")) return;
  try {
    const data: unknown = JSON.parse(inner);
    if (typeof data === "object" && data !== null && "blockType" in data) walk.pending = { data, line };
  } catch (e) {
    const where = jsonError(e, inner);
    const message = `block annotation is not valid JSON: ${where.message} (column ${where.column}); the block after it is not checked`;
    walk.problems.push({ message, line: line + where.lineOffset });
  }
}

function onCode(token: Tokens.Code, line: number, walk: Walk): void {
  const lang = (token.lang ?? "").trim().toLowerCase();
  walk.blocks.push({ lang, text: token.text, line, heading: walk.heading, annotation: walk.pending });
  walk.pending = undefined;
}

function cell(c: Tokens.TableCell): Cell {
  return { text: plainText(c.tokens).trim(), codes: codespans(c.tokens) };
}

function onTable(token: Tokens.Table, line: number, walk: Walk): void {
  const headers = token.header.map((h) => plainText(h.tokens).trim());
  walk.tables.push({ heading: walk.heading, headers, rows: token.rows.map((r) => r.map(cell)), line });
  token.rows.forEach((row, i) =>
    addPlaceholders(
      row.flatMap((c) => c.tokens),
      line + 2 + i,
      walk,
    ),
  );
}
