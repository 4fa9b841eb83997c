/**
 * The no-change fast path: when the spec, the generator and every output file are exactly what the
 * last successful write left, `generate` can stop before loading the compiler and the formatter.
 *
 * The key is the spec hash plus a hash of the generator's own sources; the verdict also needs every
 * file on disk to have the sha256 recorded at that write, so a hand-edited output file is caught.
 * The record lives outside the package (in node_modules/.cache), so it is never committed.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import fg from "fast-glob";
import { fileURLToPath } from "node:url";
import type { EmittedFile } from "../emit/emitter.ts";
import { normalisedSpec } from "../ir/normalise.ts";
import type { IR } from "../ir/types.ts";
import { sha256 } from "./manifest.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const RECORD = `${REPO}node_modules/.cache/graph-schema-codegen/fastpath.json`;

interface FastPathRecord {
  readonly key: string;
  readonly folder: string; // absolute
  readonly files: Readonly<Record<string, string>>; // path -> sha256
}

let generatorHashMemo: string | undefined;

/** A hash of everything that decides the output besides the spec: sources and locked dependencies. */
async function generatorHash(): Promise<string> {
  if (generatorHashMemo !== undefined) return generatorHashMemo;
  const files = (await fg(["generator/**/*.{ts,mjs}", "package-lock.json"], { cwd: REPO })).sort();
  const parts = await Promise.all(files.map(async (f) => `${f}\0${sha256(await readFile(`${REPO}${f}`, "utf8"))}`));
  generatorHashMemo = sha256(parts.join("\n"));
  return generatorHashMemo;
}

async function keyOf(ir: IR, folder: string): Promise<string> {
  return sha256(`${sha256(normalisedSpec(ir))}\n${await generatorHash()}\n${resolve(folder)}`);
}

async function readRecord(): Promise<FastPathRecord | undefined> {
  try {
    return JSON.parse(await readFile(RECORD, "utf8")) as FastPathRecord;
  } catch {
    return undefined;
  }
}

/** True when the folder holds exactly what the last write for this spec and generator left. */
export async function isUpToDate(ir: IR, folder: string): Promise<boolean> {
  const record = await readRecord();
  if (record === undefined || record.folder !== resolve(folder) || record.key !== (await keyOf(ir, folder))) return false;
  const onDisk = (await fg("**/*", { cwd: folder, onlyFiles: true, dot: true })).sort();
  const expected = Object.keys(record.files).sort();
  if (onDisk.length !== expected.length || onDisk.some((p, i) => p !== expected[i])) return false;
  for (const p of onDisk) {
    if (sha256(await readFile(`${folder}/${p}`, "utf8")) !== record.files[p]) return false;
  }
  return true;
}

export async function remember(ir: IR, folder: string, files: readonly EmittedFile[]): Promise<void> {
  const record: FastPathRecord = { key: await keyOf(ir, folder), folder: resolve(folder), files: Object.fromEntries(files.map((f) => [f.path, sha256(f.contents)])) };
  await mkdir(dirname(RECORD), { recursive: true });
  await writeFile(RECORD, JSON.stringify(record), "utf8");
}

/** For messages: the folder relative to the working directory. */
export function shown(folder: string): string {
  return relative(process.cwd(), folder) || ".";
}
