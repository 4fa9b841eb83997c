/**
 * The spec's YAML files as parsed documents, for what drift needs besides the IR: the position of
 * any node (an enum member, a would-be parent), the `acknowledge` maps (on any node, and at file
 * level), and which file holds a namespace.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";
import { locate as locateOffset, type LoadedFile } from "../load/load.ts";
import type { SourceLocation } from "../model/ir.ts";

/** A path inside one YAML document: map keys and sequence indices. */
export type YamlPath = readonly (string | number)[];

/** One entry of an `acknowledge` map: the node that holds the map (`owner`), the code, where the code is written. */
export interface Acknowledgement {
  readonly file: string;
  readonly owner: YamlPath;
  readonly code: string;
  readonly location: SourceLocation;
}

export class SpecDocs {
  private readonly byFile: ReadonlyMap<string, LoadedFile>;

  constructor(readonly files: readonly LoadedFile[]) {
    this.byFile = new Map(files.map((f) => [f.file, f]));
  }

  file(name: string): LoadedFile | undefined {
    return this.byFile.get(name);
  }

  /** The node at `path` and the pair holding it (undefined for a sequence item). */
  find(file: string, path: YamlPath): { node: Node | null; pair?: Pair } | undefined {
    const f = this.byFile.get(file);
    let node: Node | null = (f?.doc.contents as Node | null) ?? null;
    let pair: Pair | undefined;
    for (const step of path) {
      if (typeof step === "number" && isSeq(node)) {
        node = (node.items[step] as Node | undefined) ?? null;
        pair = undefined;
        if (node === null) return undefined;
      } else if (isMap(node)) {
        pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (pair === undefined) return undefined;
        node = (pair.value as Node | null) ?? null;
      } else return undefined;
    }
    return { node, ...(pair === undefined ? {} : { pair }) };
  }

  /** Where the node at `path` is written: its key, or the item itself; the nearest ancestor's if it is not there. */
  locate(file: string, path: YamlPath): SourceLocation | undefined {
    const f = this.byFile.get(file);
    if (f === undefined) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const hit = this.find(file, path.slice(0, n));
      if (hit === undefined) continue;
      const key = hit.pair?.key as Node | undefined;
      const offset = key?.range?.[0] ?? hit.node?.range?.[0];
      if (offset !== undefined) return locateOffset(file, f.lines, offset);
    }
    return { file, line: 1, col: 1 };
  }

  /** The reason the node at `path` gives for `code` in its `acknowledge` map. */
  acknowledged(file: string, path: YamlPath, code: string): string | undefined {
    const hit = this.find(file, [...path, "acknowledge", code]);
    return hit !== undefined && isScalar(hit.node) ? String(hit.node.value) : undefined;
  }

  /** A file-level `acknowledge` of `code` in any spec file. */
  acknowledgedInAnyFile(code: string): string | undefined {
    for (const f of this.files) {
      const reason = this.acknowledged(f.file, [], code);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }

  /** Every `acknowledge` entry of every file, in file order. */
  acknowledgements(): Acknowledgement[] {
    const out: Acknowledgement[] = [];
    for (const f of this.files)
      for (const { path, node } of acknowledgers(f.doc.contents)) {
        const map = node.get("acknowledge");
        if (!isMap(map)) continue;
        for (const entry of map.items) {
          if (!isScalar(entry.key)) continue;
          const offset = entry.key.range?.[0] ?? 0;
          out.push({
            file: f.file,
            owner: path,
            code: String(entry.key.value),
            location: locateOffset(f.file, f.lines, offset),
          });
        }
      }
    return out;
  }

  /** A file that declares types of `namespace`: `prefer` if it does, else the first in code-unit order. */
  fileOfNamespace(namespace: string, prefer: string): string | undefined {
    if (this.namespaceOf(prefer) === namespace) return prefer;
    return this.files.find((f) => this.namespaceOf(f.file) === namespace)?.file;
  }

  /** The `namespace` a file declares, if it does. */
  namespaceOf(file: string): unknown {
    return (this.byFile.get(file)?.doc.contents as { get?: (k: string) => unknown } | null)?.get?.("namespace");
  }
}

/**
 * The maps the format lets hold an `acknowledge` map, as `check/acknowledge.ts` checks them: the
 * file, a type, enum or operation, a property or navigation property, an enum member. Only these: a
 * type or property may itself be named `acknowledge`.
 */
function acknowledgers(root: unknown): { path: YamlPath; node: YAMLMap }[] {
  if (!isMap(root)) return [];
  const out: { path: YamlPath; node: YAMLMap }[] = [{ path: [], node: root }];
  const entries = (node: unknown): [string, unknown][] =>
    isMap(node) ? node.items.flatMap((p) => (isScalar(p.key) ? [[String(p.key.value), p.value]] : [])) : [];
  for (const [section, declarations] of entries(root)) {
    if (section !== "types" && section !== "enums" && section !== "operations") continue;
    for (const [name, declaration] of entries(declarations)) {
      if (!isMap(declaration)) continue;
      out.push({ path: [section, name], node: declaration });
      for (const [part, value] of entries(declaration)) {
        if (section === "types" && (part === "properties" || part === "navigation"))
          for (const [member, node] of entries(value))
            if (isMap(node)) out.push({ path: [section, name, part, member], node });
        if (section === "enums" && part === "members" && isSeq(value))
          value.items.forEach((m, i) => {
            if (isMap(m)) out.push({ path: [section, name, part, i], node: m });
          });
      }
    }
  }
  return out;
}
