/**
 * Version scenarios on a fixture spec, through the command line: the bump must be at least what
 * the changes need, measured from the last release; a new version stays unreleased (each run amends
 * its entry) until `generate --release`; a major bump writes a new folder beside the untouched
 * older one.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import fg from "fast-glob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../support/cli.ts";

function spec(version: string, properties: string): string {
  return `api:\n  package: fixture-versions\n  title: Versions\n  apiVersion: beta\n  baseUrl: https://example.test\n  specVersion: ${version}\nnamespace: test.v\ntypes:\n  thing:\n    properties:\n${properties}`;
}

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const p of (await fg("**/*", { cwd: dir })).sort()) out[p] = await readFile(`${dir}/${p}`, "utf8");
  return out;
}

const body = (text: string): string => text.replace(/^<!--.*-->\n\n/, "");

describe("versions", () => {
  let root: string;
  let specDir: string;
  let out: string;
  const generate = async (version: string, properties: string): Promise<Awaited<ReturnType<typeof cli>>> => {
    await writeFile(`${specDir}/spec.yaml`, spec(version, properties));
    return cli("generate", "--spec", specDir, "--out", out);
  };

  beforeAll(async () => {
    root = await mkdtemp(`${tmpdir()}/gen-versions-`);
    specDir = `${root}/spec`;
    out = `${root}/generated`;
    await mkdir(specDir);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const v100 = "      name: { type: Edm.String }\n      size: { type: Edm.Int32 }\n";
  const v110 = `${v100}      colour: { type: Edm.String, description: Added in 1.1.0. }\n`;

  /** `generate --release` of the spec as the last `generate` left it, or of the version and properties given. */
  const release = async (version?: string, properties?: string): Promise<Awaited<ReturnType<typeof cli>>> => {
    if (version !== undefined) await writeFile(`${specDir}/spec.yaml`, spec(version, properties ?? ""));
    return cli("generate", "--release", "--spec", specDir, "--out", out);
  };
  const recorded = async (folder: string): Promise<{ version: string; released: boolean }> => {
    const record = JSON.parse(await readFile(`${out}/${folder}/spec.json`, "utf8")) as {
      api: { specVersion: string };
      release: { released: boolean };
    };
    return { version: record.api.specVersion, released: record.release.released };
  };

  it("1.0.0 is recorded as the first version, unreleased until released", async () => {
    const r = await generate("1.0.0", v100);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(spec 1.0.0, unreleased)");
    expect(body(await readFile(`${out}/beta/v1/CHANGELOG.md`, "utf8"))).toBe(
      "# Changelog\n\n## 1.0.0\n\nFirst version.\n",
    );
    expect(await recorded("beta/v1")).toEqual({ version: "1.0.0", released: false });
    expect((await release()).code).toBe(0);
    expect(await recorded("beta/v1")).toEqual({ version: "1.0.0", released: true });
    expect((await cli("check", "--spec", specDir, "--out", out)).code).toBe(0);
    const again = await release();
    expect(again.code).toBe(2);
    expect(again.stderr).toBe("error: 1.0.0 is already released: raise api.specVersion for the next release\n");
  });

  it("a change to a released version is refused, the change named, nothing written", async () => {
    const before = await tree(out);
    const r = await generate("1.0.0", v110);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the changes need 1.1.0 or later (a minor bump); the spec says 1.0.0");
    expect(await tree(out)).toEqual(before);
    const checked = await cli("check", "--spec", specDir, "--out", out);
    expect(checked.stderr).toContain("The spec's version is too small for its changes.");
    expect(checked.stderr).not.toContain("nothing was written");
  });

  it("bumping first and changing after amends one unreleased entry, judged against the last release", async () => {
    const bumped = await generate("1.1.0", v100);
    expect(bumped.code).toBe(0);
    expect(body(await readFile(`${out}/beta/v1/CHANGELOG.md`, "utf8"))).toBe(
      "# Changelog\n\n## 1.1.0\n\nNo change to the spec; regenerated.\n\n## 1.0.0\n\nFirst version.\n",
    );
    const changed = await generate("1.1.0", v110);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain("  additive property test.v.thing.colour: added (optional, like every property)");
    expect(body(await readFile(`${out}/beta/v1/CHANGELOG.md`, "utf8"))).toBe(
      "# Changelog\n\n## 1.1.0\n\nAdditive: nothing that worked stops working:\n\n- property test.v.thing.colour: added (optional, like every property)\n\n## 1.0.0\n\nFirst version.\n",
    );
    // A removal is judged against 1.0.0 too: it needs 2.0.0 whatever 1.1.0 held before.
    const removal = await generate("1.1.0", "      name: { type: Edm.String }\n");
    expect(removal.code).toBe(1);
    expect(removal.stderr).toContain("since 1.0.0 (beta/v1)");
    expect(await recorded("beta/v1")).toEqual({ version: "1.1.0", released: false });
    expect((await release("1.1.0", v110)).code).toBe(0);
    expect(await fg("*", { cwd: `${out}/beta`, onlyDirectories: true })).toEqual(["v1"]);
  });

  it("removing a property without a major bump is refused, the change named, nothing written", async () => {
    const before = await tree(out);
    const r = await generate(
      "1.2.0",
      "      name: { type: Edm.String }\n      colour: { type: Edm.String, description: Added in 1.1.0. }\n",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        "1 change since 1.1.0 (beta/v1):",
        "  breaking property test.v.thing.size: removed (or renamed)",
        "the changes need 2.0.0 or later (a major bump); the spec says 1.2.0 (spec.yaml:6:16, api.specVersion)",
        "Refused: nothing was written. Raise specVersion in the spec's api block, or undo the change.",
        "",
      ].join("\n"),
    );
    expect(await tree(out)).toEqual(before);
    const dry = await cli("diff", "--spec", specDir, "--out", out);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("  breaking property test.v.thing.size: removed (or renamed)");
    expect(await tree(out)).toEqual(before);
  });

  it("with 2.0.0 the removal writes a v2 folder beside an untouched v1", async () => {
    const v1 = await tree(`${out}/beta/v1`);
    const r = await generate(
      "2.0.0",
      "      name: { type: Edm.String }\n      colour: { type: Edm.String, description: Added in 1.1.0. }\n",
    );
    expect(r.code).toBe(0);
    expect(await tree(`${out}/beta/v1`)).toEqual(v1);
    const manifest = JSON.parse(await readFile(`${out}/beta/v2/package.json`, "utf8")) as { version: string };
    expect(manifest.version).toBe("2.0.0");
    expect(body(await readFile(`${out}/beta/v2/CHANGELOG.md`, "utf8"))).toMatch(
      /^# Changelog\n\n## 2\.0\.0\n\nBreaking: consumers may need to change their code:\n\n- property test\.v\.thing\.size: removed \(or renamed\)\n\n## 1\.1\.0\n/,
    );
    expect((await cli("check", "--spec", specDir, "--out", out)).code).toBe(0);
    // Unreleased, 2.0.0 is still compared with 1.1.0, the release in v1.
    const again = await generate(
      "2.0.0",
      "      name: { type: Edm.String }\n      colour: { type: Edm.String, description: Added in 2.0.0. }\n",
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("2 changes since 1.1.0 (beta/v1)");
    expect((await release()).code).toBe(0);
  });

  it("a version that goes backwards is refused", async () => {
    const r = await generate(
      "1.9.0",
      "      name: { type: Edm.String }\n      colour: { type: Edm.String, description: Added in 2.0.0. }\n",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("since 2.0.0 (beta/v2)");
  });

  it("a version raised with nothing changed is taken, and said to be more than needed", async () => {
    const r = await generate(
      "2.0.1",
      "      name: { type: Edm.String }\n      colour: { type: Edm.String, description: Added in 2.0.0. }\n",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "0 changes since 2.0.0 (beta/v2)\nno change needs a new version; 2.0.1 is a patch bump: ok",
    );
  });

  it("a damaged record of the last version is bad usage, said in one line with where and how to restore it", async () => {
    const record = `${out}/beta/v2/spec.json`;
    const good = await readFile(record, "utf8");
    const properties =
      "      name: { type: Edm.String }\n      colour: { type: Edm.String, description: Added in 2.0.0. }\n";
    try {
      await writeFile(record, good.slice(0, 40));
      const broken = await generate("2.0.1", properties);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(
        /^error: \S*beta\/v2\/spec\.json is not valid JSON \(.*\): generate compares the spec with this record to version the package; restore it from version control \(git checkout -- \S*beta\/v2\/spec\.json\)\n$/,
      );
      const parsed = JSON.parse(good) as { types: { properties: { type?: unknown }[] }[] };
      delete parsed.types[0]!.properties[0]!.type;
      await writeFile(record, JSON.stringify(parsed));
      const misshapen = await generate("2.0.1", properties);
      expect(misshapen.code).toBe(2);
      expect(misshapen.stderr).toContain(
        "spec.json is not a spec record as generate writes it (/types/0/properties/0/type: expected an object)",
      );
    } finally {
      await writeFile(record, good);
    }
  });

  it("a version number too large to compare exactly is refused where it is written", async () => {
    const r = await generate("9007199254740993.0.0", v100);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'spec.yaml:6:16: error invalidValue: expected a semantic version such as 1.0.0 (numbers of at most 15 digits), found "9007199254740993.0.0"',
    );
  });
});
