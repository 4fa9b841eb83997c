/**
 * Stage 1, load: find the spec files and parse each with positions.
 *
 * Files are found with fast-glob and sorted by code unit, so the order the file system returns them
 * in never changes the result. A YAML syntax error becomes a diagnostic; the other files are still
 * parsed so that every problem is reported in one run.
 */
import { readFile } from "node:fs/promises";
import { isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import { compareStrings, type Diagnostic } from "../model/diagnostics.ts";
import type { SourceLocation } from "../model/ir.ts";
import { findSpecFiles } from "./files.ts";

export interface LoadedFile {
  /** Relative to the spec root, `/`-separated. */
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

export interface LoadResult {
  readonly files: readonly LoadedFile[];
  readonly diagnostics: readonly Diagnostic[];
}

export async function loadSpecFiles(specDir: string, files?: readonly string[]): Promise<LoadResult> {
  const names = files ?? (await findSpecFiles(specDir));
  const texts = await Promise.all(names.map((f) => readFile(`${specDir}/${f}`, "utf8")));
  return parseSpecTexts(names.map((file, i) => ({ file, text: texts[i]! })));
}

/** Parses already-read texts: the entry point for tests and for the in-memory pipeline. */
export function parseSpecTexts(inputs: readonly { file: string; text: string }[]): LoadResult {
  const sorted = [...inputs].sort((a, b) => compareStrings(a.file, b.file));
  const files: LoadedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, text } of sorted) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    diagnostics.push(...yamlDiagnostics(file, text, doc, lines));
    files.push({ file, text, doc, lines });
  }
  return { files, diagnostics };
}

/**
 * A plain hint for each of yaml's error codes a spec author meets; the parser's own message says
 * what it saw, this says what to do.
 */
const YAML_HINTS: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: "YAML indents with spaces only: replace the tab on this line with spaces",
  BAD_INDENT: "the entries of one mapping or list start at the same column; check this line's indentation",
  MISSING_CHAR: "a quote, bracket or brace opened here is not closed",
  BLOCK_AS_IMPLICIT_KEY: "a key and its `:` stay on one line; is a `:` missing, or a line indented too far?",
  MULTILINE_IMPLICIT_KEY: "a key and its `:` stay on one line; is a `:` missing, or a line indented too far?",
  UNEXPECTED_TOKEN:
    "put the value in quotes if it holds characters such as `: `, ` #`, `[`, `{` or starts with `@` or a backquote",
  BAD_SCALAR_START: "a plain value cannot start with this character; put the value in quotes",
  BAD_DQ_ESCAPE: 'in "double quotes" a backslash starts an escape: write \\\\ for one, or use single quotes',
  MULTIPLE_DOCS: "a spec file holds one YAML document: remove the `---`, or split the file in two",
  KEY_OVER_1024_CHARS: "a key on one line is at most 1024 characters",
  BAD_ALIAS: "an alias (*name) refers to an anchor (&name) written before it",
  UNRESOLVED_ALIAS: "an alias (*name) refers to an anchor (&name) written before it",
  BLOCK_IN_FLOW: "inside [ ] or { } everything stays in flow style: no `- ` items or `key:` lines",
  NON_STRING_KEY: "keys are plain names: write the key as text",
};
const DEFAULT_HINT = "the file is not valid YAML here; its other checks run once it parses";
const FLOW_HINT =
  "a [ or { opened here is closed before its block ends, and the lines inside it are indented past its key";

function hintOf(e: { code: string; message: string }): string {
  if (e.code === "BAD_INDENT" && /\bflow\b/i.test(e.message)) return FLOW_HINT;
  return YAML_HINTS[e.code] ?? DEFAULT_HINT;
}

/**
 * The parser's problems in one file. After the first syntax error the parser's reading of the rest
 * is unreliable (one tab can make every later entry "badly indented", or a key look repeated), so
 * only the first is reported, with a plain hint and how many complaints follow from it. Without a
 * syntax error, every duplicate key and warning is reported.
 */
function yamlDiagnostics(file: string, text: string, doc: Document.Parsed, lines: LineCounter): Diagnostic[] {
  const syntax = doc.errors.filter((e) => e.code !== "DUPLICATE_KEY");
  const first = syntax[0];
  if (first !== undefined) {
    const more = doc.errors.length - 1;
    const after =
      more === 0
        ? ""
        : ` (the parser's ${more} later ${more === 1 ? "complaint" : "complaints"} here may follow from this one)`;
    return [
      {
        severity: "error",
        code: "yamlSyntax",
        message: firstLine(first.message),
        location: locate(file, lines, first.pos[0]),
        specPath: "",
        hint: `${hintOf(first)}${after}`,
      },
    ];
  }
  return [...doc.errors, ...doc.warnings].map((e) => ({
    severity: doc.errors.includes(e as never) ? "error" : "warning",
    code: e.code === "DUPLICATE_KEY" ? "duplicateName" : "yamlSyntax",
    message:
      e.code === "DUPLICATE_KEY"
        ? `key ${keyAt(doc, text, e.pos[0])} appears twice in the same mapping`
        : firstLine(e.message),
    location: locate(file, lines, e.pos[0]),
    specPath: "",
    ...(e.code === "DUPLICATE_KEY" ? {} : { hint: hintOf(e) }),
  }));
}

/**
 * The key that starts at `offset`, quoted, as the text wrote it (yaml reports a duplicate key by
 * its first character only): a scalar key's value, or else the source up to the end of its line.
 */
function keyAt(doc: Document.Parsed, text: string, offset: number): string {
  let key: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        key = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return JSON.stringify(key ?? text.slice(offset).split(/\r?\n/)[0]!.trim());
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

export function locate(file: string, lines: LineCounter, offset: number): SourceLocation {
  const p = lines.linePos(offset);
  return { file, line: p.line, col: p.col };
}
