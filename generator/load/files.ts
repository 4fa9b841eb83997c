/** Which files make up a spec: kept apart from the parser, so the fast path can hash them cheaply. */
import fg from "fast-glob";
import { compareStrings, ConfigError } from "../model/diagnostics.ts";

export const SPEC_GLOB = "**/*.yaml";

/** The spec files under `specDir`, relative and `/`-separated, sorted by code unit. */
export async function findSpecFiles(specDir: string): Promise<string[]> {
  const found = await fg(SPEC_GLOB, { cwd: specDir, onlyFiles: true, dot: false });
  if (found.length === 0) throw new ConfigError(`no spec files (${SPEC_GLOB}) found in ${specDir}`);
  return found.sort(compareStrings);
}
