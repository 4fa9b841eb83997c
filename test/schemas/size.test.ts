/**
 * The schemas grow linearly with the spec: ten copies of the segment graph make bundles about ten
 * times as large, not a hundred (each type refers to one shared list of known type names instead
 * of carrying it).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { emitSchemas } from "../../generator/emit/schemas/index.ts";
import { loadSpec } from "../../generator/ir/build.ts";
import { writeSyntheticSpec } from "../../scripts/synth.ts";

async function bundleSizes(copies: number): Promise<Record<string, number>> {
  const dir = await mkdtemp(`${tmpdir()}/synth-`);
  try {
    await writeSyntheticSpec(copies, dir);
    const { ir } = await loadSpec(dir);
    const files = emitSchemas(ir!);
    return Object.fromEntries(files.filter((f) => f.path.includes("bundle")).map((f) => [f.path, f.contents.length]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("schema size", () => {
  it("grows linearly with the number of types", async () => {
    const one = await bundleSizes(1);
    const ten = await bundleSizes(10);
    for (const path of Object.keys(one)) {
      const growth = ten[path]! / one[path]!;
      expect(growth, path).toBeGreaterThan(8);
      expect(growth, path).toBeLessThan(12);
    }
  });
});
