/**
 * Golden output per fixture spec: every file the generator writes for `test/fixtures/<case>/spec`
 * must equal `test/fixtures/<case>/expected/<path>` (update with `vitest -u`). Files that are no
 * longer generated are caught too.
 */
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { generatePackage } from "../../generator/pipeline/generate.ts";
import { FIXTURES, fixtureCases } from "../support/fixtures.ts";

describe.each(fixtureCases())("golden output of fixture %s", (name) => {
  it("matches the expected files", async () => {
    const pkg = await generatePackage(`${FIXTURES}/${name}/spec`);
    for (const f of pkg.files) {
      await expect(f.contents).toMatchFileSnapshot(`../fixtures/${name}/expected/${f.path}`);
    }
    const expected = fg.sync("**/*", { cwd: `${FIXTURES}/${name}/expected`, onlyFiles: true }).sort();
    expect(expected.length === 0 ? pkg.files.map((f) => f.path) : expected).toEqual(pkg.files.map((f) => f.path));
  });
});
