/**
 * Bad specs: every problem reported at once, each with file:line:col, where in the spec, what was
 * expected and a "did you mean" where a name is close. Expected output is kept as a file per case
 * in `test/fixtures/bad/<case>/diagnostics.txt`.
 */
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { formatDiagnostics } from "../../generator/model/diagnostics.ts";
import { loadSpec } from "../../generator/ir/build.ts";
import { FIXTURES } from "../support/fixtures.ts";

const cases = fg.sync("*", { cwd: `${FIXTURES}/bad`, onlyDirectories: true }).sort();

describe.each(cases)("bad spec %s", (name) => {
  it("is refused with every problem located", async () => {
    const result = await loadSpec(`${FIXTURES}/bad/${name}`);
    expect(result.ir).toBeUndefined();
    expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
    await expect(`${formatDiagnostics(result.diagnostics)}\n`).toMatchFileSnapshot(
      `../fixtures/bad/${name}/diagnostics.txt`,
    );
  });
});
