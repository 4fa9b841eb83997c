/** Watch mode regenerates on a spec change; a bad edit keeps the last good output. */
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../generator/model/diagnostics.ts";
import { generatePackage } from "../../generator/pipeline/generate.ts";
import { watchSpec } from "../../generator/pipeline/watch.ts";
import { writePackage } from "../../generator/pipeline/write.ts";
import { FIXTURES } from "../support/fixtures.ts";

async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("watchSpec", () => {
  it("says bad usage and file-system failures in one line, and keeps watching", async () => {
    const root = await mkdtemp(`${tmpdir()}/gen-watch-plain-`);
    const logged: string[] = [];
    const failures = [
      new ConfigError("generated/beta/v1/spec.json is not valid JSON"),
      Object.assign(new Error("EACCES: permission denied, open '/out/x'"), { code: "EACCES", syscall: "open" }),
    ];
    let runs = 0;
    const handle = watchSpec(
      root,
      () => Promise.reject(failures[runs++ % failures.length]!),
      (s) => logged.push(s),
      10,
    );
    try {
      await until(() => logged.length === 1);
      await writeFile(`${root}/a.yaml`, "a: 1\n");
      await until(() => logged.length === 2, 5_000);
      expect(logged).toEqual([
        "error: generated/beta/v1/spec.json is not valid JSON\nKept the last good output.",
        "error: EACCES: permission denied, open '/out/x'\nKept the last good output.",
      ]);
    } finally {
      handle.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  it("sees every atomic save (a temporary file renamed over the spec file), and files in new folders", async () => {
    const root = await mkdtemp(`${tmpdir()}/gen-watch-atomic-`);
    await mkdir(`${root}/nested`);
    await writeFile(`${root}/nested/a.yaml`, "a: 0\n");
    let runs = 0;
    const handle = watchSpec(
      root,
      () => {
        runs++;
        return Promise.resolve();
      },
      () => {},
      10,
    );
    try {
      await until(() => runs === 1);
      for (let i = 1; i <= 3; i++) {
        const before = runs;
        await writeFile(`${root}/nested/.a.yaml.tmp`, `a: ${i}\n`);
        await rename(`${root}/nested/.a.yaml.tmp`, `${root}/nested/a.yaml`);
        await until(() => runs > before, 5_000);
        await handle.idle();
      }
      const before = runs;
      await mkdir(`${root}/later`);
      await new Promise((r) => setTimeout(r, 100));
      await writeFile(`${root}/later/b.yaml`, "b: 1\n");
      await until(() => runs > before, 5_000);
      await handle.idle();
      const again = runs;
      await writeFile(`${root}/later/b.yaml`, "b: 2\n");
      await until(() => runs > again, 5_000);
    } finally {
      handle.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  it("regenerates after an edit and keeps the last good output after a bad one", async () => {
    const root = await mkdtemp(`${tmpdir()}/gen-watch-`);
    const spec = `${root}/spec`;
    await cp(`${FIXTURES}/enums/spec`, spec, { recursive: true });
    const logs: string[] = [];
    let runs = 0;
    const handle = watchSpec(
      spec,
      async () => {
        runs++;
        const pkg = await generatePackage(spec);
        await writePackage(`${root}/out`, pkg.files);
      },
      (s) => logs.push(s),
    );
    try {
      await until(() => runs === 1);
      await handle.idle();
      const types = (): Promise<string> => readFile(`${root}/out/types.d.ts`, "utf8");
      expect(await types()).not.toContain("sideways");

      const text = await readFile(`${spec}/spec.yaml`, "utf8");
      await writeFile(`${spec}/spec.yaml`, text.replace("members: [up, down]", "members: [up, down, sideways]"));
      await until(async () => (await types()).includes('"sideways"'));
      await handle.idle();
      const good = await types();

      await writeFile(`${spec}/spec.yaml`, text.replace("type: direction", "type: directon"));
      await until(() => logs.length > 0);
      await handle.idle();
      expect(logs[0]).toMatch(
        /^spec\.yaml:\d+:\d+: error unresolvedType: type "directon" is not declared .*\n\s+did you mean "direction"\?\nFound 1 problem\.\nKept the last good output\.$/s,
      );
      expect(await types()).toBe(good);
    } finally {
      handle.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
