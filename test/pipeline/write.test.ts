/** Writing is atomic, and check mode names every stale, missing and extra file. */
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import fg from "fast-glob";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { comparePackage } from "../../generator/pipeline/compare.ts";
import { WRITE_BATCH, writePackage } from "../../generator/pipeline/write.ts";

const files = [
  { path: "a.js", contents: "export const a = 1;\n" },
  { path: "schemas/b.json", contents: "{}\n" },
  { path: "c.d.ts", contents: "export declare const a: 1;\n" },
];

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const p of (await fg("**/*", { cwd: dir, dot: true })).sort()) out[p] = await readFile(`${dir}/${p}`, "utf8");
  return out;
}

describe("writePackage", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(`${tmpdir()}/gen-write-`);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("replaces the folder whole: old files that are no longer generated disappear", async () => {
    await mkdir(`${root}/beta/v1`, { recursive: true });
    await writeFile(`${root}/beta/v1/stale.js`, "old");
    await writePackage(`${root}/beta/v1`, files);
    expect(await snapshot(root)).toEqual({
      "beta/v1/a.js": files[0]!.contents,
      "beta/v1/c.d.ts": files[2]!.contents,
      "beta/v1/schemas/b.json": "{}\n",
    });
  });

  it("leaves generated/ exactly as it was when a write fails midway", async () => {
    await writePackage(`${root}/beta/v1`, files);
    await mkdir(`${root}/beta/v2`, { recursive: true });
    await writeFile(`${root}/beta/v2/keep.js`, "v2");
    const before = await snapshot(root);
    let writes = 0;
    const failing = async (path: string, contents: string): Promise<void> => {
      if (++writes === 2) throw new Error("disk full");
      await writeFile(path, contents);
    };
    // More files than one batch of writes: the batch with the failure finishes, no later one starts.
    const many = Array.from({ length: 3 * WRITE_BATCH }, (_, i) => ({
      path: `more/m${i}.js`,
      contents: `export const m = ${i};\n`,
    }));
    const changed = [...files, ...many].map((f) => ({ ...f, contents: `${f.contents}// changed\n` }));
    await expect(writePackage(`${root}/beta/v1`, changed, { writeFile: failing })).rejects.toThrow("disk full");
    expect(writes).toBe(WRITE_BATCH);
    expect(await snapshot(root)).toEqual(before);
  });
});

describe("comparePackage", () => {
  it("names stale, missing and extra files with a short diff", async () => {
    const root = await mkdtemp(`${tmpdir()}/gen-check-`);
    try {
      await writePackage(root, files);
      expect(await comparePackage(root, files)).toEqual([]);
      await writeFile(`${root}/a.js`, "export const a = 2;\n");
      await rm(`${root}/c.d.ts`);
      await writeFile(`${root}/extra.js`, "");
      const drift = await comparePackage(root, files);
      expect(drift).toEqual([
        { path: "a.js", kind: "stale", diff: "@@ line 1 @@\n- export const a = 2;\n+ export const a = 1;" },
        { path: "c.d.ts", kind: "missing" },
        { path: "extra.js", kind: "extra" },
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
