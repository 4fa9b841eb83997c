/**
 * The docs-check command: arguments, exit codes (0 agree, 1 disagree, 2 unreadable), --strict,
 * --json. `main` runs in-process with a shared context; one test runs the real npm script.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { main, parseArgs, type CliDeps } from "../../generator/docs/cli.ts";
import { createContext } from "../../generator/docs/check.ts";
import type { CheckContext } from "../../generator/docs/context.ts";
import { FIXTURE_PAGES, FIXTURE_SPEC, ROOT } from "./support/check.ts";

const contexts = new Map<string, Promise<CheckContext>>();

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  process.chdir(ROOT);
  let out = "";
  let err = "";
  const deps: CliDeps = {
    createContext: (dir) => contexts.get(dir) ?? contexts.set(dir, createContext(dir)).get(dir)!,
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  };
  const code = await main(args, deps);
  return { code, out, err };
}

const spec = ["--spec", FIXTURE_SPEC];

describe("arguments", () => {
  it("parses options and inputs", () => {
    expect(parseArgs(["--json", "--strict", "--spec=s", "a.md", "dir"])).toEqual({
      spec: "s",
      json: true,
      strict: true,
      inputs: ["a.md", "dir"],
    });
    expect(parseArgs(["a.md"])).toEqual({ spec: "spec", json: false, strict: false, inputs: ["a.md"] });
  });

  it.each([[[]], [["--nope", "a.md"]], [["--spec"]]])("refuses %j with exit 2 and the usage", async (args) => {
    const result = await run(...args);
    expect([result.code, result.out, result.err.split("\n").at(-2)]).toEqual([
      2,
      "",
      "usage: docs-check [--spec DIR] [--json] [--strict] <files or folders>",
    ]);
  });
});

describe("exit codes", () => {
  it("0 when every page agrees", async () => {
    const result = await run(...spec, `${FIXTURE_PAGES}/agree`);
    expect([result.code, result.out.trimEnd().split("\n").at(-1)]).toEqual([
      0,
      "Checked 3 pages: 0 with disagreements (0 errors, 0 warnings).",
    ]);
  });

  it("1 on a disagreement", async () => {
    expect((await run(...spec, `${FIXTURE_PAGES}/disagree/part-enum-member.md`)).code).toBe(1);
  });

  it("warnings alone pass, unless --strict", async () => {
    const page = `${FIXTURE_PAGES}/warnings/gadget-looser.md`;
    expect([(await run(...spec, page)).code, (await run(...spec, "--strict", page)).code]).toEqual([0, 1]);
  });

  it("0 for a folder that also holds a README, an overview and an API page the spec does not have", async () => {
    const result = await run(...spec, `${FIXTURE_PAGES}/mixed`);
    expect([result.code, result.err]).toEqual([0, ""]);
    expect(result.out.split("\n\n")).toEqual([
      `${FIXTURE_PAGES}/mixed/list-workshops.md [api]: 0 errors, 1 warning\n` +
        "  warning not-in-spec (line 15): no operation of the spec matches GET /workshops; " +
        "its examples are checked only where they name a spec type",
      `${FIXTURE_PAGES}/mixed/part.md [resource -> test.docs.part]: agrees with the spec`,
      "Skipped 2 files:\n" +
        `  ${FIXTURE_PAGES}/mixed/README.md: not a resource or method page: no doc_type in its front matter, and no request, response or resource blocks\n` +
        `  ${FIXTURE_PAGES}/mixed/overview.md: not a resource or method page: its doc_type is conceptualPageType`,
      "Checked 2 pages: 0 with disagreements (0 errors, 1 warning). Skipped 2 files that are not resource or method pages.\n",
    ]);
  });

  it("2 on a page that is not a reference page, or a file that does not exist", async () => {
    expect([
      (await run(...spec, `${FIXTURE_PAGES}/malformed/notes.md`)).code,
      (await run(...spec, "no/such/page.md")).code,
    ]).toEqual([2, 2]);
  });

  it("2 on a spec with errors, with the spec's diagnostics", async () => {
    const result = await run("--spec", "test/fixtures/bad/cycle", `${FIXTURE_PAGES}/agree`);
    expect([result.code, result.err.split("\n")[0], result.err.trimEnd().split("\n").at(-1)]).toEqual([
      2,
      "docs-check: the spec in test/fixtures/bad/cycle has errors:",
      "Found 4 problems.",
    ]);
  });
});

describe("--json", () => {
  it("gives every page with its issues, the totals and the exit code", async () => {
    const result = await run(
      ...spec,
      "--json",
      `${FIXTURE_PAGES}/disagree/part-missing-property.md`,
      `${FIXTURE_PAGES}/warnings`,
    );
    const json = JSON.parse(result.out) as {
      pages: { file: string; kind: string; subject: string; issues: { code: string }[] }[];
      summary: unknown;
      exitCode: number;
    };
    expect(json.pages.map((p) => [p.file, p.kind, p.subject, p.issues.map((i) => i.code)])).toEqual([
      [
        `${FIXTURE_PAGES}/disagree/part-missing-property.md`,
        "resource",
        "test.docs.part",
        ["missing-in-docs", "not-in-spec", "not-in-spec"],
      ],
      [`${FIXTURE_PAGES}/warnings/gadget-looser.md`, "resource", "test.docs.gadget", ["docs-looser", "docs-looser"]],
    ]);
    expect([json.summary, json.exitCode, result.code]).toEqual([
      { pages: 2, skipped: 0, errors: 3, warnings: 2, fatal: 0 },
      1,
      1,
    ]);
  });

  it("gives structured findings: page, kind, type, property, expected, found", async () => {
    const page = `${FIXTURE_PAGES}/disagree/gadget-wrong-type.md`;
    const json = JSON.parse((await run(...spec, "--json", page)).out) as { findings: Record<string, unknown>[] };
    expect(json.findings.slice(0, 2)).toEqual([
      {
        page,
        kind: "docs-looser",
        severity: "warning",
        type: "test.docs.gadget",
        property: "weight",
        expected: "Edm.Single",
        found: "Double",
        line: 19,
        message: "weight: docs say Double, spec says Edm.Single (the docs write Double for every Edm.Single)",
      },
      {
        page,
        kind: "type-mismatch",
        severity: "error",
        type: "test.docs.gadget",
        property: "serial",
        expected: "Edm.Int64",
        found: "Int32",
        line: 21,
        message: "serial: docs say Int32, spec says Edm.Int64",
      },
    ]);
    expect(json.findings.map((f) => [f["kind"], f["property"], f["expected"], f["found"]]).slice(2)).toEqual([
      ["type-mismatch", "warmup", "Edm.Duration", "String"],
      ["docs-looser", "color", "test.docs.color", "String"],
      ["enum-member-missing", "color", "ultraviolet", undefined],
      ["type-mismatch", "parts", "Collection(test.docs.part)", "part"],
    ]);
  });

  it("lists the skipped files with why, apart from the pages", async () => {
    const json = JSON.parse((await run(...spec, "--json", `${FIXTURE_PAGES}/mixed`)).out) as {
      pages: { file: string }[];
      skipped: { file: string; reason: string }[];
      summary: unknown;
    };
    expect(json.pages.map((p) => p.file)).toEqual([
      `${FIXTURE_PAGES}/mixed/list-workshops.md`,
      `${FIXTURE_PAGES}/mixed/part.md`,
    ]);
    expect(json.skipped.map((s) => [s.file, s.reason.split(":")[0]])).toEqual([
      [`${FIXTURE_PAGES}/mixed/README.md`, "not a resource or method page"],
      [`${FIXTURE_PAGES}/mixed/overview.md`, "not a resource or method page"],
    ]);
    expect(json.summary).toEqual({ pages: 2, skipped: 2, errors: 0, warnings: 1, fatal: 0 });
  });
});

describe("the npm script", () => {
  it("runs as a command and sets the exit code", () => {
    const child = spawnSync("npm", ["run", "-s", "docs-check", "--", ...spec, `${FIXTURE_PAGES}/agree/part.md`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect([child.status, child.stdout]).toEqual([
      0,
      `${FIXTURE_PAGES}/agree/part.md [resource -> test.docs.part]: agrees with the spec\n\nChecked 1 page: 0 with disagreements (0 errors, 0 warnings).\n`,
    ]);
  });
});
