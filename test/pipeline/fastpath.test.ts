/** The no-change fast path skips the work only when every output file is intact. */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, SHIPPED_SPEC } from "../support/fixtures.ts";

const run = promisify(execFile);
const generate = async (out: string): Promise<string> =>
  (
    await run(
      process.execPath,
      [
        "--import",
        "tsx",
        `${ROOT}generator/cli.ts`,
        "generate",
        "--spec",
        `${FIXTURES}/inheritance/spec`,
        "--out",
        out,
      ],
      { cwd: ROOT },
    )
  ).stdout;

describe("generate's fast path", () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(`${tmpdir()}/gen-fast-`);
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it("writes, then finds nothing to do", async () => {
    expect(await generate(out)).toMatch(/^wrote \d+ files to .*\/v1\.0\/v1 \(spec 1\.2\.3, unreleased\)\n$/);
    expect(await generate(out)).toMatch(
      /is up to date \(spec and generator unchanged, files intact\); nothing written\n$/,
    );
  });

  it("catches a hand-edited output file and rewrites it", async () => {
    const path = `${out}/v1.0/v1/types.d.ts`;
    const good = await readFile(path, "utf8");
    await writeFile(path, `${good}// hand edit\n`);
    expect(await generate(out)).toMatch(/^wrote /);
    expect(await readFile(path, "utf8")).toBe(good);
  });

  it("catches an edit that keeps the file's size, and takes a file rewritten with the same bytes as intact", async () => {
    const path = `${out}/v1.0/v1/types.d.ts`;
    const good = await readFile(path, "utf8");
    const edited = good.replace("export", "EXPORT");
    expect(edited.length).toBe(good.length);
    await writeFile(path, edited);
    expect(await generate(out)).toMatch(/^wrote /);
    expect(await readFile(path, "utf8")).toBe(good);
    await writeFile(path, good); // a new modification time, the same bytes
    expect(await generate(out)).toMatch(/is up to date/);
  });

  it("catches a file added by hand", async () => {
    await writeFile(`${out}/v1.0/v1/extra.js`, "");
    expect(await generate(out)).toMatch(/^wrote /);
  });
});

describe("the fast path's first gate (spec bytes, nothing parsed)", () => {
  let dir: string;
  const cli = async (): Promise<{ stdout: string; stderr: string }> =>
    run(
      process.execPath,
      ["--import", "tsx", `${ROOT}generator/cli.ts`, "generate", "--spec", `${dir}/spec`, "--out", `${dir}/out`],
      { cwd: ROOT },
    );
  beforeAll(async () => {
    dir = await mkdtemp(`${tmpdir()}/gen-gate-`);
    await cp(SHIPPED_SPEC, `${dir}/spec`, { recursive: true });
    // The shipped spec acknowledges its one warning; this copy drops that, so there is one to repeat.
    const api = `${dir}/spec/api.yaml`;
    const acknowledged = /^ {4}acknowledge:\n {6}collectionUpdate: >-\n(?: {8}.*\n)+/m;
    const text = await readFile(api, "utf8");
    expect(text).toMatch(acknowledged);
    await writeFile(api, text.replace(acknowledged, ""));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("repeats the recorded warnings when nothing changed", async () => {
    const first = await cli();
    expect(first.stdout).toMatch(/^wrote /);
    expect(first.stderr).toMatch(/warning collectionUpdate/);
    const again = await cli();
    expect(again.stdout).toMatch(/is up to date .*nothing written\n$/);
    expect(again.stderr).toBe(first.stderr);
  });

  it("lets an edit to comments alone through the second gate, then knows the new bytes", async () => {
    const file = `${dir}/spec/callRecords/segment.yaml`;
    await writeFile(file, `# a comment added by hand\n${await readFile(file, "utf8")}`);
    expect((await cli()).stdout).toMatch(/is up to date/);
    expect((await cli()).stdout).toMatch(/is up to date/);
  });

  it("regenerates when a description changes", async () => {
    const file = `${dir}/spec/callRecords/segment.yaml`;
    const text = await readFile(file, "utf8");
    const changed = text.replace(
      "description: The endpoint that answered in this segment.",
      "description: The endpoint that answered, in this segment.",
    );
    expect(changed).not.toBe(text);
    await writeFile(file, changed);
    // A description is a patch-level change: the version must move with it.
    const api = `${dir}/spec/api.yaml`;
    const bumped = (await readFile(api, "utf8")).replace(
      /specVersion: (\d+)\.(\d+)\.(\d+)/,
      (_, major: string, minor: string, patch: string) => `specVersion: ${major}.${minor}.${Number(patch) + 1}`,
    );
    await writeFile(api, bumped);
    const version = /specVersion: (\S+)/.exec(bumped)![1]!;
    expect((await cli()).stdout).toContain(`(spec ${version}, unreleased)`);
  });
});
