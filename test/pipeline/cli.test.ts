/** The command line: exit codes, and a bad spec writes nothing. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.ts";
import { FIXTURES } from "../support/fixtures.ts";

describe("cli", () => {
  it("generate, then check is clean; a hand edit makes check fail naming the file", async () => {
    const out = await mkdtemp(`${tmpdir()}/gen-cli-`);
    try {
      const spec = `${FIXTURES}/enums/spec`;
      expect((await cli("generate", "--spec", spec, "--out", out)).code).toBe(0);
      expect((await cli("check", "--spec", spec, "--out", out)).code).toBe(0);
      await writeFile(`${out}/beta/v1/types.d.ts`, "// edited\n", { flag: "a" });
      const checked = await cli("check", "--spec", spec, "--out", out);
      expect(checked.code).toBe(1);
      expect(checked.stderr).toContain(`stale   ${out}/beta/v1/types.d.ts`);
      expect(checked.stderr).toContain("- // edited");
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("a bad spec exits 1 with its diagnostics and leaves the output untouched", async () => {
    const out = await mkdtemp(`${tmpdir()}/gen-cli-`);
    try {
      await cp(`${FIXTURES}/enums/expected`, `${out}/beta/v1`, { recursive: true });
      // Sorted: fast-glob reads folders concurrently, so its order varies between runs.
      const before = (await fg("**/*", { cwd: out })).sort();
      const result = await cli("generate", "--spec", `${FIXTURES}/bad/unresolved`, "--out", out);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^spec\.yaml:12:23: error unresolvedType: type "endpont" is not declared/m);
      expect(result.stderr).toContain("Found 6 problems.");
      expect((await fg("**/*", { cwd: out })).sort()).toEqual(before);
      expect(await readFile(`${out}/beta/v1/types.d.ts`, "utf8")).toBe(
        await readFile(`${FIXTURES}/enums/expected/types.d.ts`, "utf8"),
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("bad usage exits 2", async () => {
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("generate", "--nope")).code).toBe(2);
  });

  it("a spec file given for the spec folder is bad usage, said in one line", async () => {
    const r = await cli("generate", "--spec", `${FIXTURES}/enums/spec/spec.yaml`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: --spec names a file (${FIXTURES}/enums/spec/spec.yaml): give the folder that holds the spec's YAML files\n`,
    );
  });

  it("an output folder that cannot be made is one line naming the path, not a stack", async () => {
    const root = await mkdtemp(`${tmpdir()}/gen-cli-`);
    try {
      await writeFile(`${root}/file`, "");
      const r = await cli("generate", "--spec", `${FIXTURES}/enums/spec`, "--out", `${root}/file/out`);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^error: ENOTDIR: not a directory, \\w+ '${root}/file/out[^']*'\n$`));
      expect(await fg("**/*", { cwd: root })).toEqual(["file"]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
