/**
 * Operation ids: unique, deterministic and readable.
 *
 * Each operation brings a list of candidate ids, shortest first (`listSessions`, then
 * `listCallRecordSessions`, then one spelled from every literal segment of its path). Every
 * operation starts at its first candidate; all the operations that share an id move on to their
 * next candidate together (none keeps the short id, so which one came first never matters), until
 * no id is shared or a group has no candidates left. Those still sharing an id are numbered in
 * code-unit order of their paths: the first keeps the id, the next get `2`, `3`, ...
 */
import { compareStrings } from "../model/diagnostics.ts";

export interface Named {
  readonly candidates: readonly string[];
  /** Tie-breaker for numbering: the path, then the order the operations were made in. */
  readonly path: string;
}

export function assignIds(ops: readonly Named[]): string[] {
  const level = ops.map(() => 0);
  const current = (i: number): string => ops[i]!.candidates[Math.min(level[i]!, ops[i]!.candidates.length - 1)]!;
  for (let moved = true; moved;) {
    moved = false;
    for (const group of groups(
      ops.map((_, i) => i),
      current,
    )) {
      if (group.length < 2) continue;
      for (const i of group) {
        if (level[i]! < ops[i]!.candidates.length - 1) {
          level[i]!++;
          moved = true;
        }
      }
    }
  }
  const ids = ops.map((_, i) => current(i));
  const taken = new Set(ids);
  for (const group of groups(
    ops.map((_, i) => i),
    (i) => ids[i]!,
  )) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) => compareStrings(ops[a]!.path, ops[b]!.path) || a - b);
    for (const i of ordered.slice(1)) {
      let n = 2;
      while (taken.has(`${ids[i]}${n}`)) n++;
      ids[i] = `${ids[i]}${n}`;
      taken.add(ids[i]);
    }
  }
  return ids;
}

function groups(indices: readonly number[], key: (i: number) => string): number[][] {
  const byKey = new Map<string, number[]>();
  for (const i of indices) {
    const k = key(i);
    const list = byKey.get(k);
    if (list === undefined) byKey.set(k, [i]);
    else list.push(i);
  }
  return [...byKey.values()];
}

/** `sessions` -> `Sessions`; characters an identifier cannot hold are dropped. */
export function pascal(word: string): string {
  const clean = word.replace(/[^A-Za-z0-9_]/g, "");
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/** An id from words: `list` + `Sessions`, made a valid identifier. */
export function idOf(verb: string, ...words: readonly string[]): string {
  const id = verb + words.map(pascal).join("");
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

/** The simple name of a qualified name: `microsoft.graph.user` -> `user`. */
export function simpleName(qname: string): string {
  return qname.slice(qname.lastIndexOf(".") + 1);
}
