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
  /** Removes the temporary folder (a function of its own: it may be passed on detached). */
  readonly dispose: () => void;
}

/**
 * Folders not yet disposed. A package cached for a whole test file (validators/support/package.ts)
 * is never disposed by hand: under vitest it lies in the run's folder, which the global setup
 * (global-setup.ts) removes at the end; a script removes its own when it exits.
 */
const pending = new Set<string>();
process.once("exit", () => {
  for (const root of pending) rmSync(root, { recursive: true, force: true });
});

/** A fresh folder for a test's own files: under vitest, inside the run's folder that the global setup removes. */
export function temporaryFolder(prefix: string): string {
  const root = mkdtempSync(join(process.env["GRAPH_CODEGEN_TEST_TMP"] ?? tmpdir(), prefix));
  pending.add(root);
  return root;
}

export async function writeTemporary(files: readonly EmittedFile[], prefix: string): Promise<WrittenPackage> {
  const root = temporaryFolder(prefix);
  const dir = join(root, "package");
  await writePackage(dir, files);
  return {
    dir,
    files: new Map(files.map((f) => [f.path, f.contents])),
    load: async <T>(module: string) => (await import(pathToFileURL(join(dir, module)).href)) as T,
    dispose: () => {
      rmSync(root, { recursive: true, force: true });
      pending.delete(root);
    },
  };
}
