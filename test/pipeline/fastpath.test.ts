/** The no-change fast path skips the work only when every output file is intact. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../support/fixtures.ts";

const run = promisify(execFile);
const generate = async (out: string): Promise<string> =>
  (await run(process.execPath, ["--import", "tsx", `${ROOT}generator/cli.ts`, "generate", "--spec", `${FIXTURES}/inheritance/spec`, "--out", out], { cwd: ROOT })).stdout;

describe("generate's fast path", () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(`${tmpdir()}/gen-fast-`);
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it("writes, then finds nothing to do", async () => {
    expect(await generate(out)).toMatch(/^wrote \d+ files to .*\/v1\.0\/v1 \(spec 1\.2\.3\)\n$/);
    expect(await generate(out)).toMatch(/is up to date \(spec and generator unchanged, files intact\); nothing written\n$/);
  });

  it("catches a hand-edited output file and rewrites it", async () => {
    const path = `${out}/v1.0/v1/types.d.ts`;
    const good = await readFile(path, "utf8");
    await writeFile(path, `${good}// hand edit\n`);
    expect(await generate(out)).toMatch(/^wrote /);
    expect(await readFile(path, "utf8")).toBe(good);
  });

  it("catches a file added by hand", async () => {
    await writeFile(`${out}/v1.0/v1/extra.js`, "");
    expect(await generate(out)).toMatch(/^wrote /);
  });
});
