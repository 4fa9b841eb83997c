/**
 * A generated package written by the pipeline's own writer into a fresh temporary folder, and its
 * modules imported from there, as a user's Node imports them: the one way the tests load
 * generated code.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import { writePackage } from "../../generator/pipeline/write.ts";

export interface WrittenPackage {
  /** The package folder. */
  readonly dir: string;
  /** Every file's text, by its path inside the package. */
  readonly files: ReadonlyMap<string, string>;
  /** Imports one of its modules (`validators.js`, `index.js`, ...). */
  load<T>(module: string): Promise<T>;
  /** Removes the temporary folder. */
  dispose(): void;
}

export async function writeTemporary(files: readonly EmittedFile[], prefix: string): Promise<WrittenPackage> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(root, "package");
  await writePackage(dir, files);
  return {
    dir,
    files: new Map(files.map((f) => [f.path, f.contents])),
    load: async <T,>(module: string) => (await import(pathToFileURL(join(dir, module)).href)) as T,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
