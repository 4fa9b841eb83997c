/** The committed package is what the spec and generator produce now (`npm run check` as a test). */
import { describe, expect, it } from "vitest";
import { comparePackage } from "../../generator/pipeline/compare.ts";
import { generatePackage } from "../../generator/pipeline/generate.ts";
import { ROOT, SHIPPED_SPEC } from "../support/fixtures.ts";

describe("generated/", () => {
  it("is up to date with the shipped spec (run `npm run generate` if not)", async () => {
    const pkg = await generatePackage(SHIPPED_SPEC, { outRoot: `${ROOT}generated` });
    expect(pkg.folder).toBe("beta/v2");
    expect(await comparePackage(`${ROOT}generated/${pkg.folder}`, pkg.files)).toEqual([]);
  });
});
