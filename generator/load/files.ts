/** Which files make up a spec: kept apart from the parser, so the fast path can hash them cheaply. */
import { existsSync, readdirSync } from "node:fs";
import fg from "fast-glob";
import { compareStrings, ConfigError } from "../model/diagnostics.ts";

export const SPEC_GLOB = "**/*.yaml";

/** The spec files under `specDir`, relative and `/`-separated, sorted by code unit. */
export async function findSpecFiles(specDir: string): Promise<string[]> {
  const found = await fg(SPEC_GLOB, { cwd: specDir, onlyFiles: true, dot: false });
  if (found.length === 0) throw new ConfigError(`no spec files (${SPEC_GLOB}) found in ${specDir}`);
  return found.sort(compareStrings);
}

/**
 * The spec roots a folder holds: its subfolders that have an `api.yaml` (one API version each, such
 * as `spec/beta` and `spec/v1.0`), sorted by name; or, when none has, the folder itself.
 */
export function specRoots(dir: string): string[] {
  const entries = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [];
  const roots = entries
    .filter((e) => e.isDirectory() && existsSync(`${dir}/${e.name}/api.yaml`))
    .map((e) => `${dir}/${e.name}`)
    .sort(compareStrings);
  return roots.length > 0 ? roots : [dir];
}

/** The one spec root of `dir` for a command that reads one spec; several is bad usage that names them. */
export function oneSpecRoot(dir: string): string {
  const roots = specRoots(dir);
  if (roots.length > 1) throw new ConfigError(`${dir} holds several specs (${roots.join(", ")}): name one with --spec`);
  return roots[0]!;
}
