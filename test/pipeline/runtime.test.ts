/**
 * The runtime the package carries is compiled from generator/runtime/src; the committed dist is what
 * compiling today's sources gives (run `npm run build:runtime` when this fails).
 */
import { describe, expect, it } from "vitest";
import { compileRuntime, readDist } from "../../generator/pipeline/runtime.ts";

describe("the runtime dist", () => {
  it("is what today's sources compile to", async () => {
    const compiled = await compileRuntime();
    if (compiled.length === 0) return;
    const dist = readDist();
    expect(dist, "generator/runtime/dist is stale: run npm run build:runtime").toBeDefined();
    expect(dist).toEqual(compiled);
  });
});
