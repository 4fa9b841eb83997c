/** The committed packages are what the specs and generator produce now (`npm run check` as a test). */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { comparePackage } from "../../generator/pipeline/compare.ts";
import { generatePackage } from "../../generator/pipeline/generate.ts";
import { ROOT, SHIPPED_SPECS } from "../support/fixtures.ts";

/** The package folder each shipped spec root generates into. */
const FOLDERS: Readonly<Record<string, string>> = { beta: "beta/v2", "v1.0": "v1.0/v1" };

describe("generated/", () => {
  for (const root of SHIPPED_SPECS)
    it(`is up to date with spec/${basename(root)} (run \`npm run generate\` if not)`, async () => {
      const pkg = await generatePackage(root, { outRoot: `${ROOT}generated` });
      expect(pkg.folder).toBe(FOLDERS[basename(root)]);
      expect(await comparePackage(`${ROOT}generated/${pkg.folder}`, pkg.files)).toEqual([]);
    });
});
