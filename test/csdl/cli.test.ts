/** `npm run import` and `npm run drift` as a user runs them: exit codes, output, --write and --json. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../generator/csdl/cli.ts";
import { cli } from "../support/cli.ts";
import { SHIPPED_SPEC } from "../support/fixtures.ts";
import { DATA } from "./support.ts";

const root = mkdtempSync(join(tmpdir(), "csdl-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const EXCERPT = new URL("beta-callRecords.csdl.xml", DATA).pathname;

/** The same commands in this process (faster than a child process), output captured. */
async function inProcess(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("drift command", () => {
  it("exit 0 when the spec agrees, 1 on drift (located), 2 on unreadable input", async () => {
    const agree = await cli("drift", "--metadata", EXCERPT, "--spec", SHIPPED_SPEC);
    expect(agree.code).toBe(0);
    expect(agree.stdout).toMatch(
      /^The spec agrees with .*beta-callRecords\.csdl\.xml \(2 acknowledged\); 3 spec types are in namespaces/m,
    );

    const spec = join(root, "spec-drift");
    cpSync(SHIPPED_SPEC, spec, { recursive: true });
    const file = join(spec, "callRecords/media.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "averageBandwidthEstimate:\n        type: Edm.Int64",
        "averageBandwidthEstimate:\n        type: Edm.Int32",
      ),
    );
    const drifted = await cli("drift", "--metadata", EXCERPT, "--spec", spec);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain(
      "callRecords/media.yaml:213:7: drift type: type Edm.Int32 in the spec, Edm.Int64 in the metadata " +
        "(metadata 206:5) [--write fixes it]",
    );

    const json = await inProcess("drift", "--metadata", EXCERPT, "--spec", spec, "--json");
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { findings: { acknowledged?: string }[]; stale: unknown[] };
    expect(report.stale).toEqual([]);
    expect(report.findings.filter((f) => f.acknowledged === undefined)).toEqual([
      expect.objectContaining({
        code: "type",
        location: { file: "callRecords/media.yaml", line: 213, col: 7 },
        fixable: true,
      }),
    ]);

    const written = await inProcess("drift", "--metadata", EXCERPT, "--spec", spec, "--write");
    expect(written.code).toBe(0);
    expect(written.stdout).toContain("wrote callRecords/media.yaml");
    expect(readFileSync(file, "utf8")).toBe(readFileSync(join(SHIPPED_SPEC, "callRecords/media.yaml"), "utf8"));

    // An acknowledgement of a difference there is not: stale, and drift until it is removed.
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "averageBandwidthEstimate:\n        type: Edm.Int64\n",
        "averageBandwidthEstimate:\n        type: Edm.Int64\n        acknowledge: { type: Kept on purpose. }\n",
      ),
    );
    const stale = await inProcess("drift", "--metadata", EXCERPT, "--spec", spec);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(
      "callRecords/media.yaml:215:24: stale acknowledgement type: the metadata does not differ here; remove it",
    );

    const notXml = join(root, "not.xml");
    writeFileSync(notXml, "<Schema><EntityType></Schema>");
    const bad = await inProcess("drift", "--metadata", notXml, "--spec", SHIPPED_SPEC);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: .*not\.xml:1:\d+: not well-formed XML: /);
    expect((await inProcess("drift", "--metadata", join(root, "missing.xml"))).code).toBe(2);
    expect((await inProcess("drift", "--spec", SHIPPED_SPEC)).code).toBe(2);
    expect((await inProcess("drift", "--metadata", EXCERPT, "--spec", join(root, "no-spec"))).code).toBe(2);
  });
});

describe("import command", () => {
  it("writes a spec folder, summarises what it could not represent, refuses a non-empty folder", async () => {
    const out = join(root, "imported");
    const r = await cli("import", "--metadata", EXCERPT, "--out", out, "--api-version", "beta");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote 4 files to ${out}: 31 types, 3 stand-ins, 0 operations\n`);
    expect(r.stderr).toContain("3 x warning standIn (first at ");
    expect(readdirSync(out).sort()).toEqual([
      "api.yaml",
      "microsoft.graph.callRecords.yaml",
      "microsoft.graph.yaml",
      "spec.schema.json",
    ]);
    const again = await inProcess("import", "--metadata", EXCERPT, "--out", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/is not empty; give an empty folder, or --force/);
    expect((await inProcess("import", "--metadata", EXCERPT, "--out", out, "--force")).code).toBe(0);
    const badType = await inProcess(
      "import",
      "--metadata",
      EXCERPT,
      "--out",
      join(root, "x"),
      "--type",
      "nope.nothing",
    );
    expect(badType.code).toBe(2);
    expect(badType.stderr).toBe("error: --type nope.nothing: the metadata declares no such type\n");
  });
});
