/**
 * `drift --write`: applies the metadata's facts to the spec's YAML as text edits at the positions
 * the parser gives, so that every byte the fix does not touch (comments, descriptions, quoting,
 * line breaks, blank lines) stays exactly as it was and the change reads as a small diff.
 *
 * What it may do (each is a fact of the metadata about something the spec already describes):
 * set or remove a flag (`nullable`, `collection`, `abstract`, `open`, `hasStream`, `flags`,
 * `containsTarget`, `underlying`, `base`, `key`), change a property's or navigation's type, add a
 * property, navigation property or enum member the metadata has (with its description), add a
 * derived type the metadata has (when the spec declares every type it uses), change a member's
 * value, and remove a property, navigation property or enum member the metadata no longer has.
 * What it never does: remove a type or an operation, change a type's kind, touch operations, or
 * add anything that would refer to a type the spec does not declare; those stay reported.
 * Acknowledged findings are left alone.
 */
import { Document, isMap, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import type { Finding, Fix } from "./drift.ts";
import type { SpecDocs, YamlPath } from "./spec-docs.ts";
import { structuredText } from "./write-spec.ts";

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Among insertions at one offset, the lower rank ends up first. */
  readonly rank: number;
}

export interface WriteResult {
  /** New texts of the files that changed, by spec-relative path. */
  readonly files: ReadonlyMap<string, string>;
  readonly applied: readonly Finding[];
  /** Findings `--write` does not fix (no fix, or acknowledged). */
  readonly left: readonly Finding[];
}

/** Keys in the order the format writes them: an added key goes after the ones before it here. */
const KEY_ORDER = [
  "function",
  "action",
  "method",
  "path",
  "kind",
  "base",
  "abstract",
  "open",
  "hasStream",
  "key",
  "tsName",
  "flags",
  "underlying",
  "type",
  "collection",
  "nullable",
  "readOnly",
  "containsTarget",
  "maxLength",
  "precision",
  "scale",
  "description",
  "deprecated",
  "acknowledge",
  "properties",
  "navigation",
  "members",
];

const FORMAT = { lineWidth: 100, flowCollectionPadding: false } as const;

export function applyFixes(docs: SpecDocs, findings: readonly Finding[]): WriteResult {
  const edits = new Map<string, Edit[]>();
  const applied: Finding[] = [];
  const left: Finding[] = [];
  for (const f of findings) {
    const edit = f.fix === undefined || f.acknowledged !== undefined ? undefined : editFor(docs, f.fix);
    if (edit === undefined) {
      left.push(f);
      continue;
    }
    edits.set(f.fix!.file, [...(edits.get(f.fix!.file) ?? []), edit]);
    applied.push(f);
  }
  const files = new Map<string, string>();
  for (const [file, list] of edits) {
    const text = applyEdits(docs.file(file)!.text, list);
    const check = parseDocument(text);
    if (check.errors.length > 0) throw new Error(`internal error, please report: --write made ${file} invalid YAML`);
    files.set(file, text);
  }
  return { files, applied, left };
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.rank - a.rank);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlaps an edit already made: left for the next run
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

function editFor(docs: SpecDocs, fix: Fix): Edit | undefined {
  const file = docs.file(fix.file);
  if (file === undefined) return undefined;
  const text = file.text;
  switch (fix.kind) {
    case "set":
      return setKey(text, mapAt(docs, fix.file, fix.path), fix.key, inline(fix.value));
    case "delete":
      return deleteKey(text, mapAt(docs, fix.file, fix.path), fix.key);
    case "addEntry":
      return addEntry(docs, fix.file, text, fix.path, fix.key, fix.value, fix.after);
    case "addMember":
      return addItem(text, seqAt(docs, fix.file, fix.path), inline(fix.value));
    case "setMember": {
      const item = seqAt(docs, fix.file, fix.path)?.items[fix.index] as Node | undefined;
      return item?.range ? { start: item.range[0], end: item.range[1], text: inline(fix.value), rank: 0 } : undefined;
    }
    case "removeMember":
      return removeItem(text, seqAt(docs, fix.file, fix.path), fix.index);
    case "addType": {
      const types = mapAt(docs, fix.file, ["types"]);
      const namespace = String(docs.file(fix.file)!.doc.get("namespace"));
      const block = structuredText(fix.type, namespace, fix.name, new Set(fix.leftOut));
      if (types === undefined) return undefined;
      const place: Place = fix.after === undefined ? "last" : placeAfter(types, fix.after);
      return addBlock(text, types, block, place, true);
    }
  }
}

function mapAt(docs: SpecDocs, file: string, path: YamlPath): YAMLMap | undefined {
  const node = docs.find(file, path)?.node;
  return isMap(node) ? node : undefined;
}

function seqAt(docs: SpecDocs, file: string, path: YamlPath): YAMLSeq | undefined {
  const node = docs.find(file, path)?.node;
  return isSeq(node) ? node : undefined;
}

/** A value as YAML on one line: a scalar, or a flow list or map. */
function inline(value: unknown): string {
  const doc = new Document(value);
  if (isSeq(doc.contents) || isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString({ ...FORMAT, lineWidth: 0 }).trimEnd();
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === key);
}

function start(node: unknown): number {
  return (node as Node).range![0];
}

/** End of a pair's content (not of the comments and blank lines after it). */
function pairEnd(pair: Pair): number {
  return (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range![1];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** The start of the line after the one `offset` ends (or `offset`, when it is already a line start). */
function nextLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i + 1;
}

function rankOf(key: string): number {
  const i = KEY_ORDER.indexOf(key);
  return i < 0 ? KEY_ORDER.length : i;
}

function setKey(text: string, map: YAMLMap | undefined, key: string, value: string): Edit | undefined {
  if (map === undefined) return undefined;
  const pair = pairOf(map, key);
  const valueNode = pair?.value as Node | undefined;
  if (valueNode?.range) return { start: valueNode.range[0], end: valueNode.range[1], text: value, rank: 0 };
  if (map.flow) {
    const close = map.range![1] - 1;
    const sep = map.items.length > 0 ? ", " : "";
    return { start: close, end: close, text: `${sep}${key}: ${value}`, rank: rankOf(key) };
  }
  const first = map.items[0];
  if (first === undefined) return undefined;
  const indent = " ".repeat(start(first.key) - lineStart(text, start(first.key)));
  const before = [...map.items]
    .reverse()
    .find((p) => rankOf(String((p.key as { value?: unknown }).value)) < rankOf(key));
  const at = before === undefined ? lineStart(text, start(first.key)) : nextLine(text, pairEnd(before));
  return { start: at, end: at, text: `${indent}${key}: ${value}\n`, rank: rankOf(key) };
}

function deleteKey(text: string, map: YAMLMap | undefined, key: string): Edit | undefined {
  const pair = map === undefined ? undefined : pairOf(map, key);
  if (map === undefined || pair === undefined) return undefined;
  if (map.flow) {
    const i = map.items.indexOf(pair);
    const from = i === 0 ? start(pair.key) : pairEnd(map.items[i - 1]!);
    const to = i === 0 && map.items.length > 1 ? start(map.items[1]!.key) : pairEnd(pair);
    return { start: from, end: to, text: "", rank: 0 };
  }
  return { start: lineStart(text, start(pair.key)), end: nextLine(text, pairEnd(pair)), text: "", rank: 0 };
}

/** A new `key:` block (a property, a navigation property) in the map at `path`, or the map itself when absent. */
function addEntry(
  docs: SpecDocs,
  file: string,
  text: string,
  path: YamlPath,
  key: string,
  value: unknown,
  afterKey: string | undefined,
): Edit | undefined {
  const map = mapAt(docs, file, path);
  if (map !== undefined) return addBlock(text, map, block({ [key]: value }), placeAfter(map, afterKey), false);
  const parent = mapAt(docs, file, path.slice(0, -1));
  const name = String(path[path.length - 1]);
  if (parent === undefined) return undefined;
  return addBlock(text, parent, block({ [name]: { [key]: value } }), byRank(parent, name), false, rankOf(name));
}

function block(value: Record<string, unknown>): string {
  return new Document(value).toString(FORMAT);
}

/** Where a block goes in a map: after a pair, first, or last. */
type Place = { readonly after: Pair } | "first" | "last";

/** Inserts a block (YAML text at indentation 0) into a block map at `place`, indented like the map's keys. */
function addBlock(
  text: string,
  map: YAMLMap,
  yamlText: string,
  place: Place,
  blankLine: boolean,
  rank = 0,
): Edit | undefined {
  const first = map.items[0];
  if (first === undefined || map.flow) return undefined;
  const indent = " ".repeat(start(first.key) - lineStart(text, start(first.key)));
  const anchor = place === "first" ? undefined : place === "last" ? map.items[map.items.length - 1] : place.after;
  const at = anchor === undefined ? lineStart(text, start(first.key)) : nextLine(text, pairEnd(anchor));
  const lines = yamlText
    .trimEnd()
    .split("\n")
    .map((l) => (l === "" ? "" : indent + l));
  const body = `${lines.join("\n")}\n`;
  return { start: at, end: at, text: blankLine ? (anchor === undefined ? `${body}\n` : `\n${body}`) : body, rank };
}

/** After the pair named `key`, or first when there is none. */
function placeAfter(map: YAMLMap, key: string | undefined): Place {
  const pair = key === undefined ? undefined : pairOf(map, key);
  return pair === undefined ? "first" : { after: pair };
}

/** After the last pair whose key comes before `key` in the format's order. */
function byRank(map: YAMLMap, key: string): Place {
  const pair = [...map.items].reverse().find((p) => rankOf(String((p.key as { value?: unknown }).value)) < rankOf(key));
  return pair === undefined ? "first" : { after: pair };
}

function addItem(text: string, seq: YAMLSeq | undefined, value: string): Edit | undefined {
  if (!seq?.range) return undefined;
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (seq.flow) {
    const close = seq.range[1] - 1;
    return { start: close, end: close, text: last === undefined ? value : `, ${value}`, rank: 0 };
  }
  if (!last?.range) return undefined;
  const dash = text.lastIndexOf("-", last.range[0]);
  const indent = " ".repeat(dash - lineStart(text, dash));
  const at = nextLine(text, last.range[1]);
  return { start: at, end: at, text: `${indent}- ${value}\n`, rank: 0 };
}

function removeItem(text: string, seq: YAMLSeq | undefined, index: number): Edit | undefined {
  const item = seq?.items[index] as Node | undefined;
  if (seq === undefined || !item?.range) return undefined;
  if (seq.flow) {
    const prev = seq.items[index - 1] as Node | undefined;
    const next = seq.items[index + 1] as Node | undefined;
    if (prev?.range) return { start: prev.range[1], end: item.range[1], text: "", rank: 0 };
    if (next?.range) return { start: item.range[0], end: next.range[0], text: "", rank: 0 };
    return { start: item.range[0], end: item.range[1], text: "", rank: 0 };
  }
  const dash = text.lastIndexOf("-", item.range[0]);
  return { start: lineStart(text, dash), end: nextLine(text, item.range[1]), text: "", rank: 0 };
}
