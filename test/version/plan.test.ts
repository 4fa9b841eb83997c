/** What a version bump allows, by Semantic Versioning precedence, pre-releases included. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSpecFromTexts } from "../../generator/ir/build.ts";
import type { IR } from "../../generator/model/ir.ts";
import { bumpBetween, formatPlan, planVersion } from "../../generator/version/plan.ts";
import { readRecordedSpec } from "../../generator/version/record.ts";
import { ROOT } from "../support/fixtures.ts";

function ir(version: string, properties: string): IR {
  const text = `api:\n  package: p\n  title: t\n  apiVersion: beta\n  baseUrl: https://example.test\n  specVersion: ${version}\nnamespace: n\ntypes:\n  t:\n    properties:\n${properties}`;
  const r = loadSpecFromTexts([{ file: "s.yaml", text }]);
  if (r.ir === undefined) throw new Error(JSON.stringify(r.diagnostics));
  return r.ir;
}

const A = "      a: { type: Edm.String }\n";
const AB = `${A}      b: { type: Edm.String }\n`;

/** The verdict of moving the recorded spec (version `from`, properties `before`) to `to` with `after`. */
function verdict(from: string, before: string, to: string, after: string): string {
  const plan = planVersion(
    { folder: "beta/v1", spec: ir(from, before), entries: "", generator: "0.1.0" },
    ir(to, after),
  );
  return formatPlan(plan, to).split("\n").pop()!;
}

describe("bumpBetween", () => {
  it.each([
    ["1.0.0", "2.0.0", "major"],
    ["1.0.0", "1.1.0", "minor"],
    ["1.0.0", "1.0.1", "patch"],
    ["1.0.0", "1.0.0", "none"],
    ["1.1.0", "1.0.9", "backwards"],
    ["1.1.0", "2.0.0-rc.1", "major"],
    ["1.2.0", "1.2.0-rc.1", "backwards"],
    ["1.2.0-rc.2", "1.2.0-rc.1", "backwards"],
    ["1.2.0-rc.1", "1.2.0-rc.1", "none"],
    ["1.2.0-rc.1", "1.2.0-rc.2", "minor"],
    ["1.2.0-rc.9", "1.2.0-rc.10", "minor"],
    ["1.2.0-rc.1", "1.2.0", "minor"],
    ["2.0.0-alpha", "2.0.0-beta", "major"],
    ["1.2.3-1", "1.2.3-alpha", "patch"],
    ["1.2.3-alpha", "1.2.3-1", "backwards"],
    ["1.2.3-alpha", "1.2.3-alpha.1", "patch"],
  ])("%s -> %s: %s", (from, to, bump) => {
    expect(bumpBetween(from, to)).toBe(bump);
  });
});

describe("planVersion with pre-releases", () => {
  it("takes an additive change between two pre-releases of a minor release", () => {
    expect(verdict("1.2.0-rc.1", A, "1.2.0-rc.2", AB)).toBe(
      "the changes need a minor bump; 1.2.0-rc.2 is a minor bump: ok",
    );
  });

  it("refuses a breaking change there, and names the next major release", () => {
    expect(verdict("1.2.0-rc.1", AB, "1.2.0", A)).toBe(
      "the changes need 2.0.0 or later (a major bump); the spec says 1.2.0",
    );
  });

  it("suggests a pre-release's own release after a version that went backwards", () => {
    expect(verdict("1.2.0-rc.2", A, "1.2.0-rc.1", A)).toBe(
      "1.2.0-rc.1 comes before 1.2.0-rc.2: a version never goes backwards; use 1.2.0 or later",
    );
  });
});

describe("readRecordedSpec", () => {
  const text = readFileSync(`${ROOT}generated/beta/v1/spec.json`, "utf8");

  it("reads a record written before the IR had a flag, as the diff reads it: false", () => {
    const older = text
      .replace(/\s*"(evolvable|readOnly|open|abstract)": (true|false),?/g, "")
      .replace(/,(\s*})/g, "$1");
    expect(older).not.toContain('"evolvable"');
    expect(() => readRecordedSpec(older, "spec.json")).not.toThrow();
  });

  it("refuses one missing what the diff reads, naming where", () => {
    const record = JSON.parse(text) as { operations: { responses?: unknown }[] };
    delete record.operations[0]!.responses;
    expect(() => readRecordedSpec(JSON.stringify(record), "v1/spec.json")).toThrow(
      /^v1\/spec\.json is not a spec record as generate writes it \(\/operations\/0\/responses: expected an array\)/,
    );
  });
});
