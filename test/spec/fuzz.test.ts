/**
 * The seeded mutation fuzzer of the shipped spec (`scripts/fuzz-spec.ts`, `npm run fuzz:spec` for
 * long runs), with a small count: every mutated spec ends in a clean result or located diagnostics,
 * never a crash or a timeout, and the previous output folder is never touched.
 */
import { describe, expect, it } from "vitest";
import { fuzzSpec } from "../../scripts/fuzz-spec.ts";

describe("the spec fuzzer", () => {
  it("finds no crash, timeout, unlocated diagnostic or touched output in a short run", async () => {
    const report = await fuzzSpec({ seed: 7, count: 16 });
    expect(report.failures).toEqual([]);
    // The run reaches every stage: refused specs, and specs that pass and are generated.
    expect(report.refused).toBeGreaterThan(0);
    expect(report.generated).toBeGreaterThan(0);
  }, 120_000);
});
