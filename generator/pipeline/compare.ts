/**
 * Check mode: compare what the generator would write with what is on disk, naming every stale,
 * missing or extra file, with a short diff for stale ones.
 */
import fg from "fast-glob";
import { readFile } from "node:fs/promises";
import { compareStrings } from "../model/diagnostics.ts";
import type { EmittedFile } from "../emit/emitter.ts";

export interface Drift {
  readonly path: string;
  readonly kind: "stale" | "missing" | "extra";
  readonly diff?: string;
}

export async function comparePackage(folder: string, files: readonly EmittedFile[]): Promise<Drift[]> {
  const onDisk = new Set(await fg("**/*", { cwd: folder, onlyFiles: true, dot: true }));
  const drift: Drift[] = [];
  for (const f of files) {
    if (!onDisk.has(f.path)) {
      drift.push({ path: f.path, kind: "missing" });
      continue;
    }
    onDisk.delete(f.path);
    const current = await readFile(`${folder}/${f.path}`, "utf8");
    if (current !== f.contents) drift.push({ path: f.path, kind: "stale", diff: shortDiff(current, f.contents) });
  }
  for (const extra of onDisk) drift.push({ path: extra, kind: "extra" });
  return drift.sort((a, b) => compareStrings(a.path, b.path));
}

/** The first differing lines with a little context: enough to see what changed. */
export function shortDiff(before: string, after: string, maxLines = 12): string {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out = [`@@ line ${start + 1} @@`];
  if (start > 0) out.push(`  ${a[start - 1]}`);
  const removed = a.slice(start, endA).map((l) => `- ${l}`);
  const added = b.slice(start, endB).map((l) => `+ ${l}`);
  const body = [
    ...removed.slice(0, maxLines / 2),
    ...(removed.length > maxLines / 2 ? [`  ... ${removed.length - maxLines / 2} more removed`] : []),
    ...added.slice(0, maxLines / 2),
    ...(added.length > maxLines / 2 ? [`  ... ${added.length - maxLines / 2} more added`] : []),
  ];
  return [...out, ...body].join("\n");
}

export function formatDrift(drift: readonly Drift[], folder: string): string {
  const lines = drift.map(
    (d) => `${d.kind.padEnd(7)} ${folder}/${d.path}${d.diff === undefined ? "" : `\n${d.diff.replace(/^/gm, "    ")}`}`,
  );
  return lines.join("\n");
}
