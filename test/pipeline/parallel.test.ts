/**
 * Compiling and formatting on two threads gives the one-thread output byte for byte, and a failure
 * on either thread fails the run with the right error instead of hanging.
 */
import { describe, expect, it } from "vitest";
import { InternalError } from "../../generator/diagnostics.ts";
import { loadSpec } from "../../generator/ir/build.ts";
import { compileModules } from "../../generator/pipeline/compile.ts";
import { formatFiles } from "../../generator/pipeline/format.ts";
import { emitSources } from "../../generator/pipeline/generate.ts";
import { compileAndFormatParallel } from "../../generator/pipeline/parallel.ts";
import { SHIPPED_SPEC } from "../support/fixtures.ts";

const SPEC_FILES = ["spec.yaml"];

async function serial(sources: Parameters<typeof compileModules>[0]) {
  const assets = sources.filter((f) => !f.path.endsWith(".ts"));
  const out = await formatFiles([...compileModules(sources), ...assets], SPEC_FILES, "test");
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

describe("two threads", () => {
  it("give the one-thread output byte for byte, with files cut into many pieces", async () => {
    const ir = (await loadSpec(SHIPPED_SPEC)).ir!;
    const sources = await emitSources(ir, "");
    const one = await serial(sources);
    // 4 KiB pieces: every compiled module of the shipped package is cut, most into many pieces.
    const two = (await compileAndFormatParallel(sources, SPEC_FILES, "test", 4096)).sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(two.map((f) => f.path)).toEqual(one.map((f) => f.path));
    for (const [i, f] of two.entries()) expect(f.contents, f.path).toBe(one[i]!.contents);
  });

  it("fail with the checker's diagnostics when a module does not type-check", async () => {
    const sources = [
      { path: "a.ts", contents: 'export const n: number = "not a number";\n' },
      { path: "README.md", contents: "# Title\n" },
    ];
    const run = compileAndFormatParallel(sources, SPEC_FILES, "test");
    await expect(run).rejects.toBeInstanceOf(InternalError);
    await expect(run).rejects.toThrow(/does not type-check[\s\S]*Type 'string' is not assignable to type 'number'/);
  });

  it("fail when a module does not even parse, and stop the other thread", async () => {
    const sources = [{ path: "a.ts", contents: "export const = ;\n" }];
    await expect(compileAndFormatParallel(sources, SPEC_FILES, "test")).rejects.toBeInstanceOf(InternalError);
  });
});
