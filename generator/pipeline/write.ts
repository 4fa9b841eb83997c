/**
 * Stage 7, write: the package folder is written beside its target and swapped in with renames,
 * so a failure at any step leaves `generated/` exactly as it was.
 */
import { mkdir, rename, rm, stat, writeFile as fsWriteFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { EmittedFile } from "../emit/emitter.ts";

export interface WriteHooks {
  /** Replaces the file write, so tests can inject a failure mid-write. */
  readonly writeFile?: (path: string, contents: string) => Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Files written at once. */
export const WRITE_BATCH = 64;

export async function writePackage(
  target: string,
  files: readonly EmittedFile[],
  hooks: WriteHooks = {},
): Promise<void> {
  const write = hooks.writeFile ?? ((p: string, c: string) => fsWriteFile(p, c, "utf8"));
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = `${target}.staging-${stamp}`;
  const previous = `${target}.previous-${stamp}`;
  await mkdir(dirname(target), { recursive: true });
  try {
    const paths = files.map((f) => join(staging, ...f.path.split("/")));
    for (const folder of new Set(paths.map((p) => dirname(p)))) await mkdir(folder, { recursive: true });
    // Many writes at once: one by one, the 3,000 files of a large package took seconds.
    for (let i = 0; i < files.length; i += WRITE_BATCH) {
      // Settled, not raced: the staging folder is removed on failure only once no write is in flight.
      const results = await Promise.allSettled(
        files.slice(i, i + WRITE_BATCH).map((f, j) => write(paths[i + j]!, f.contents)),
      );
      const failed = results.find((r) => r.status === "rejected");
      if (failed !== undefined) throw failed.reason;
    }
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  const hadTarget = await exists(target);
  if (hadTarget) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (e) {
    if (hadTarget) await rename(previous, target);
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  if (hadTarget) await rm(previous, { recursive: true, force: true });
}
