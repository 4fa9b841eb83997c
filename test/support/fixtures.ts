/** Helpers shared by the tests: where fixtures are and how to read a spec folder into texts. */
import fg from "fast-glob";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { specRoots } from "../../generator/load/files.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURES = `${ROOT}test/fixtures`;
/** The beta spec, which most tests read; `SHIPPED_SPECS` lists every root of `spec/`. */
export const SHIPPED_SPEC = `${ROOT}spec/beta`;
export const SHIPPED_SPECS: readonly string[] = specRoots(`${ROOT}spec`);

/** The fixture cases that have a `spec/` folder, sorted. */
export function fixtureCases(): string[] {
  return fg
    .sync("*/spec", { cwd: FIXTURES, onlyDirectories: true })
    .map((p) => p.split("/")[0]!)
    .sort();
}

export function readSpecTexts(specDir: string): { file: string; text: string }[] {
  return fg
    .sync("**/*.yaml", { cwd: specDir })
    .sort()
    .map((file) => ({ file, text: readFileSync(`${specDir}/${file}`, "utf8") }));
}

/** A deterministic shuffle (mulberry32), so a failing order can be reproduced from its seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
