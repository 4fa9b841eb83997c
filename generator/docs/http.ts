/**
 * HTTP example blocks: a request line (`PATCH https://...`) or a status line (`HTTP/1.1 200 OK`),
 * headers, then the JSON body. Plain `json` blocks are a body alone.
 */
import type { CodeBlock } from "./page.ts";

export interface HttpHeader {
  readonly name: string;
  readonly value: string;
}

export interface HttpMessage {
  readonly method?: string;
  /** The request target as written, URL or path. */
  readonly target?: string;
  readonly status?: number;
  readonly headers: readonly HttpHeader[];
  /** The body text, absent when the block has none. */
  readonly body?: string;
  /** Page line of the body's first line. */
  readonly bodyLine: number;
}

export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly line: number };

const VERSION_SEGMENT = /^(beta|v\d+(\.\d+)?)$/;

function isBodyStart(line: string): boolean {
  const t = line.trimStart();
  return t.startsWith("{") || t.startsWith("[");
}

function startLine(line: string): Pick<HttpMessage, "method" | "target" | "status"> {
  const [first = "", second = ""] = line.trim().split(/\s+/);
  if (first.startsWith("HTTP/")) return { status: Number.parseInt(second, 10) };
  return { method: first.toUpperCase(), target: second };
}

function header(line: string): HttpHeader | undefined {
  const colon = line.indexOf(":");
  return colon > 0 ? { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() } : undefined;
}

/** Split an example block into start line, headers and body. */
export function parseHttp(block: CodeBlock): HttpMessage {
  const lines = block.text.split("\n");
  let i = lines.findIndex((l) => l.trim() !== "");
  if (i < 0) return { headers: [], bodyLine: block.line + 1 };
  if (block.lang === "json" || isBodyStart(lines[i]!)) return bodyFrom(lines, i, [], {}, block.line);
  const start = startLine(lines[i]!);
  const headers: HttpHeader[] = [];
  for (i++; i < lines.length && lines[i]!.trim() !== "" && !isBodyStart(lines[i]!); i++) {
    const h = header(lines[i]!);
    if (h !== undefined) headers.push(h);
  }
  return bodyFrom(lines, i, headers, start, block.line);
}

function bodyFrom(lines: string[], from: number, headers: HttpHeader[], start: object, fence: number): HttpMessage {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  const body = lines.slice(i).join("\n").trim();
  return { ...start, headers, body: body === "" ? undefined : body, bodyLine: fence + 1 + i };
}

/** The request lines of an `HTTP request` section block: one `METHOD /path` per line. */
export function requestLines(block: CodeBlock): { method: string; target: string; line: number }[] {
  return block.text
    .split("\n")
    .map((text, i) => ({ ...startLine(text), line: block.line + 1 + i }))
    .filter(
      (r): r is { method: string; target: string; line: number } =>
        r.method !== undefined && r.method !== "" && r.target !== "",
    );
}

/** The path of a request target, without scheme, host, API version or query: `/a/{id}/b`. */
export function pathOf(target: string): string {
  const noQuery = target.split("?")[0]!;
  const path = /^https?:\/\//i.test(noQuery) ? safeDecode(new URL(noQuery).pathname) : noQuery;
  const segments = path.split("/").filter((s) => s !== "");
  if (segments.length > 0 && VERSION_SEGMENT.test(segments[0]!)) segments.shift();
  return "/" + segments.join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Where a `JSON.parse` error is, as a line offset and a column inside `text`, and what it says. */
export function jsonError(error: unknown, text: string): { message: string; lineOffset: number; column: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const at = /\bat position (\d+)/.exec(raw);
  const offset = at ? Number(at[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  const message = raw
    .split(" in JSON at position")[0]!
    .replace(/^Unexpected end of JSON input$/, "the JSON ends too early");
  return { message, lineOffset: before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parse a JSON body; a syntax error comes back with its page line. */
export function parseJson(text: string, firstLine: number): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const where = jsonError(e, text);
    return { ok: false, message: `${where.message} (column ${where.column})`, line: firstLine + where.lineOffset };
  }
}
