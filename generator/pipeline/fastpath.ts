/**
 * The no-change fast path: when the spec, the generator and every output file are exactly what the
 * last successful write left, `generate` can stop before loading the compiler and the formatter.
 *
 * The key is the spec hash plus a hash of the generator's own sources; the verdict also needs every
 * file on disk to have the sha256 recorded at that write, so a hand-edited output file is caught.
 * The record lives outside the package (in node_modules/.cache), so it is never committed.
 *
 * Two gates. The first hashes the spec files' bytes, without parsing them, so a run with nothing
 * changed never loads the YAML parser or the checker; it repeats the warnings recorded with the
 * write. The second, after the spec is checked, compares its meaning (`normalisedSpec`), so an edit
 * to comments or layout alone still writes nothing.
 *
 * A file counts as intact when its size and modification time are those recorded after the write
 * (as git's index does), else when its bytes have the recorded sha256: reading and hashing the
 * 85 MB of all of Graph took most of a no-change run.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import fg from "fast-glob";
import { fileURLToPath } from "node:url";
import type { EmittedFile } from "../emit/emitter.ts";
import { findSpecFiles } from "../load/files.ts";
import type { IR } from "../model/ir.ts";
import { fileHash, sha256, specHash } from "./manifest.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const CACHE = `${REPO}node_modules/.cache/graph-schema-codegen/`;

/** One record per spec folder and output root, so that several spec roots each keep theirs. */
function recordFile(specDir: string, outRoot: string): string {
  return `${CACHE}fastpath-${sha256(`${resolve(specDir)}\n${resolve(outRoot)}`).slice(0, 16)}.json`;
}

interface FastPathRecord {
  readonly key: string;
  readonly folder: string; // absolute
  readonly files: Readonly<Record<string, string>>; // path -> sha256
  /** path -> `size:mtimeMs` just after the write. */
  readonly stats?: Readonly<Record<string, string>>;
  /** The first gate: the run's spec folder and output root, a hash of their bytes, its warnings. */
  readonly run: {
    readonly specDir: string;
    readonly outRoot: string;
    readonly bytes: string;
    readonly warnings: string;
  };
}

/** Where a run reads and writes, its spec's bytes as `specBytes` hashed them, and what it printed as warnings. */
export interface RunPlace {
  readonly specDir: string;
  readonly outRoot: string;
  readonly bytes: string;
  readonly warnings: string;
}

let generatorHashMemo: string | undefined;

/** The sha256 of a file's bytes, read synchronously: for a hundred small files, a quarter of the time of awaiting each. */
function hashOfFile(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** A hash of everything that decides the output besides the spec: sources and locked dependencies. */
async function generatorHash(): Promise<string> {
  if (generatorHashMemo !== undefined) return generatorHashMemo;
  const files = (await fg(["generator/**/*.{ts,mjs}", "package-lock.json"], { cwd: REPO })).sort();
  generatorHashMemo = sha256(files.map((f) => `${f}\0${hashOfFile(`${REPO}${f}`)}`).join("\n"));
  return generatorHashMemo;
}

async function keyOf(ir: IR, folder: string): Promise<string> {
  return sha256(`${specHash(ir)}\n${await generatorHash()}\n${resolve(folder)}`);
}

async function readRecord(place: { specDir: string; outRoot: string }): Promise<FastPathRecord | undefined> {
  try {
    return JSON.parse(await readFile(recordFile(place.specDir, place.outRoot), "utf8")) as FastPathRecord;
  } catch {
    return undefined;
  }
}

/**
 * The spec files' names and bytes with the generator's hash: equal means the same run, unparsed.
 * A run takes it before reading the spec and records it after writing, so an edit saved while the
 * run works (as under `--watch`) is not taken for what was written.
 */
export async function specBytes(specDir: string, outRoot: string): Promise<string> {
  const files = await findSpecFiles(specDir);
  const parts = files.map((f) => `${f}\0${hashOfFile(`${specDir}/${f}`)}`);
  return sha256(`${parts.join("\n")}\n${await generatorHash()}\n${resolve(specDir)}\n${resolve(outRoot)}`);
}

/** A file's size and modification time, as the record keeps them; "" when it cannot be read. */
function statOf(path: string): string {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return "";
  }
}

/** True when every file in the folder, and no other, has the stat or else the hash the record gives it. */
async function intact(record: FastPathRecord): Promise<boolean> {
  const onDisk = (await fg("**/*", { cwd: record.folder, onlyFiles: true, dot: true })).sort();
  const expected = Object.keys(record.files).sort();
  if (onDisk.length !== expected.length || onDisk.some((p, i) => p !== expected[i])) return false;
  // Synchronous, one file after another: awaited one by one, 3,000 files kept this gate waiting for a second.
  return onDisk.every((p) => {
    const path = `${record.folder}/${p}`;
    if (record.stats?.[p] !== undefined && record.stats[p] === statOf(path)) return true;
    return hashOfFile(path) === record.files[p];
  });
}

/**
 * The first gate: when the spec files are byte for byte those of the last write, and the output
 * is intact, returns that write's package folder and warnings, without parsing the spec.
 */
export async function unchangedRun(
  place: Omit<RunPlace, "warnings">,
): Promise<{ folder: string; warnings: string } | undefined> {
  const record = await readRecord(place);
  const { specDir, outRoot } = place;
  if (record?.run === undefined || record.run.specDir !== resolve(specDir) || record.run.outRoot !== resolve(outRoot))
    return undefined;
  if (record.run.bytes !== place.bytes || !(await intact(record))) return undefined;
  return { folder: record.folder, warnings: record.run.warnings };
}

/** The second gate: the folder holds exactly what the last write for this spec and generator left. */
export async function isUpToDate(ir: IR, folder: string, place: RunPlace): Promise<boolean> {
  const record = await readRecord(place);
  if (record === undefined || record.folder !== resolve(folder) || record.key !== (await keyOf(ir, folder)))
    return false;
  return intact(record);
}

/** The first gate's part of the record. */
function runOf(place: RunPlace): FastPathRecord["run"] {
  const { bytes, warnings } = place;
  return { specDir: resolve(place.specDir), outRoot: resolve(place.outRoot), bytes, warnings };
}

export async function remember(ir: IR, folder: string, files: readonly EmittedFile[], place: RunPlace): Promise<void> {
  const run = runOf(place);
  const record: FastPathRecord = {
    key: await keyOf(ir, folder),
    folder: resolve(folder),
    files: Object.fromEntries(files.map((f) => [f.path, fileHash(f)])),
    stats: Object.fromEntries(files.map((f) => [f.path, statOf(`${resolve(folder)}/${f.path}`)])),
    run,
  };
  await mkdir(CACHE, { recursive: true });
  await writeFile(recordFile(place.specDir, place.outRoot), JSON.stringify(record), "utf8");
}

/** After the second gate found the output current: record the new bytes, for the first gate. */
export async function rememberRun(place: RunPlace): Promise<void> {
  const record = await readRecord(place);
  if (record === undefined) return;
  await writeFile(recordFile(place.specDir, place.outRoot), JSON.stringify({ ...record, run: runOf(place) }), "utf8");
}

/** For messages: the folder relative to the working directory. */
export function shown(folder: string): string {
  return relative(process.cwd(), folder) || ".";
}
