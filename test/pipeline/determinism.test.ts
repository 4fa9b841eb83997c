/** Output is byte-identical across runs and whatever order the spec files are read in. */
import { describe, expect, it } from "vitest";
import { generateFromTexts } from "../../generator/pipeline/generate.ts";
import { readSpecTexts, SHIPPED_SPEC, shuffled } from "../support/fixtures.ts";

describe("determinism", () => {
  it("generates identical bytes twice and for shuffled file orders", async () => {
    const texts = readSpecTexts(SHIPPED_SPEC);
    const first = await generateFromTexts(texts);
    const again = await generateFromTexts(texts);
    expect(again.files).toEqual(first.files);
    for (const seed of [1, 2, 3]) {
      const order = shuffled(texts, seed);
      expect(order.map((t) => t.file)).not.toEqual(texts.map((t) => t.file));
      const reordered = await generateFromTexts(order);
      expect(reordered.files).toEqual(first.files);
    }
  });
});
