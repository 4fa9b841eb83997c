/**
 * The page model: what docs-check reads from one Graph API reference page. Plain data, built by
 * `extract.ts` from Markdown tokens; the comparisons read only this.
 */
export interface Cell {
  /** Plain text of the cell (link text kept, Markdown marks dropped), trimmed. */
  readonly text: string;
  /** The code spans inside the cell, in order (`unknown`, `wired`, ...). */
  readonly codes: readonly string[];
}

export interface Table {
  /** The nearest heading above the table, without `#`s. */
  readonly heading: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Line of the header row; row `i` is on `line + 2 + i`. */
  readonly line: number;
}

/** A `<!-- { ... } -->` annotation: the docs' own JSON hint for the block that follows it. */
export interface Annotation {
  readonly data: Readonly<Record<string, unknown>>;
  readonly line: number;
}

export interface CodeBlock {
  readonly lang: string;
  readonly text: string;
  /** Line of the opening fence; the first line of `text` is `line + 1`. */
  readonly line: number;
  readonly heading: string;
  readonly annotation?: Annotation;
}

export interface Placeholder {
  readonly text: string;
  readonly line: number;
}

export interface ParseProblem {
  readonly message: string;
  readonly line: number;
}

export interface DocsPage {
  readonly file: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** The first `#` heading. */
  readonly title?: string;
  /** From the `Namespace: x.y` line. */
  readonly namespace?: string;
  readonly tables: readonly Table[];
  readonly blocks: readonly CodeBlock[];
  readonly placeholders: readonly Placeholder[];
  /** Annotations or front matter that could not be read. */
  readonly problems: readonly ParseProblem[];
}

export type PageKind = "api" | "resource" | "enum" | "unknown";

export function blockType(block: CodeBlock): string | undefined {
  const value = block.annotation?.data["blockType"];
  return typeof value === "string" ? value : undefined;
}

/**
 * The page kind: from `doc_type` in the front matter (any other doc_type, such as an overview's
 * `conceptualPageType`, is no page to check), else from the blocks it holds.
 */
export function pageKind(page: DocsPage): PageKind {
  const docType = page.frontMatter["doc_type"] ?? "";
  if (docType === "apiPageType") return "api";
  if (docType === "resourcePageType") return "resource";
  if (docType === "enumPageType") return "enum";
  if (docType !== "") return "unknown";
  const types = page.blocks.map(blockType);
  if (types.includes("resource")) return "resource";
  if (types.includes("request") || types.includes("response")) return "api";
  return "unknown";
}

/** The example name of a request block (`update_segments`): an operation's `docsName`. */
export function exampleName(block: CodeBlock): string | undefined {
  const name = block.annotation?.data["name"];
  return typeof name === "string" ? name : undefined;
}
