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
    for (const e of [...doc.errors, ...doc.warnings]) {
      diagnostics.push({
        severity: doc.errors.includes(e as never) ? "error" : "warning",
        code: e.code === "DUPLICATE_KEY" ? "duplicateName" : "yamlSyntax",
        message:
          e.code === "DUPLICATE_KEY"
            ? `key ${keyAt(doc, text, e.pos[0])} appears twice in the same mapping`
            : firstLine(e.message),
        location: locate(file, lines, e.pos[0]),
        specPath: "",
      });
    }
    files.push({ file, text, doc, lines });
  }
  return { files, diagnostics };
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
