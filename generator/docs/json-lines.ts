/**
 * Page lines of JSON Pointers inside an example body, so that each example problem points at its
 * own line. The body is read again with `yaml` (JSON is YAML), which keeps source ranges.
 */
import { LineCounter, parseDocument, type Document } from "yaml";

export interface JsonLines {
  /** The page line of the value at `pointer`, or of the body's first line if it cannot be found. */
  lineOf(pointer: string): number;
}

function keys(pointer: string): (string | number)[] {
  return pointer
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((t) => (/^(0|[1-9]\d*)$/.test(t) ? Number(t) : t));
}

export function jsonLines(text: string, firstLine: number): JsonLines {
  const counter = new LineCounter();
  let doc: Document | undefined;
  try {
    doc = parseDocument(text, { lineCounter: counter, strict: false, uniqueKeys: false });
  } catch {
    doc = undefined;
  }
  return {
    lineOf(pointer: string): number {
      const node = doc?.getIn(keys(pointer), true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      return offset === undefined ? firstLine : firstLine + counter.linePos(offset).line - 1;
    },
  };
}
