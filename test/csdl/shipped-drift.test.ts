/**
 * Every shipped spec root agrees with the metadata we hold for its API version, apart from what it
 * acknowledges with a reason, and every acknowledgement is still needed: a spec edit that drifts
 * from the metadata fails here, in CI, and `npm run drift` on that root says where. Each metadata
 * file is parsed once.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { drift, type DriftResult, type Finding } from "../../generator/csdl/drift.ts";
import { readCsdl } from "../../generator/csdl/read.ts";
import { SpecDocs } from "../../generator/csdl/spec-docs.ts";
import { loadSpecFromTexts } from "../../generator/ir/build.ts";
import { loadSpecFiles } from "../../generator/load/load.ts";
import { SHIPPED_SPECS } from "../support/fixtures.ts";
import { DATA, graphV1Metadata } from "./support.ts";

/** The metadata held for each API version (test/fixtures/reference): the beta excerpt, the whole of v1.0. */
const HELD: Readonly<Record<string, () => string>> = {
  beta: () => readFileSync(new URL("beta-callRecords.csdl.xml", DATA), "utf8"),
  "v1.0": graphV1Metadata,
};

const line = (f: Finding) => `${f.location.file}:${f.location.line}:${f.location.col}: ${f.code}: ${f.message}`;

async function compare(root: string): Promise<DriftResult> {
  const loaded = await loadSpecFiles(root);
  const { ir, diagnostics } = loadSpecFromTexts(loaded.files.map((f) => ({ file: f.file, text: f.text })));
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const version = ir!.api.apiVersion;
  const xml = HELD[version];
  if (xml === undefined) throw new Error(`${root}: no metadata held for API version ${version}; add it to HELD`);
  return drift(ir!, new SpecDocs(loaded.files), readCsdl(xml(), `${version}.xml`).model);
}

describe("the shipped specs against the metadata we hold", () => {
  it("are the roots of spec/, one per API version we hold metadata for", () => {
    expect(SHIPPED_SPECS.map((root) => basename(root))).toEqual(Object.keys(HELD).sort());
  });

  for (const root of SHIPPED_SPECS) {
    it(`spec/${basename(root)}: no drift that the spec does not acknowledge, with a reason, and no stale acknowledgement`, async () => {
      const { findings, stale } = await compare(root);
      expect(findings.filter((f) => f.acknowledged === undefined).map(line)).toEqual([]);
      for (const f of findings) expect(f.acknowledged!.trim(), line(f)).not.toBe("");
      expect(stale.map((s) => `${s.location.file}:${s.location.line}:${s.location.col}: ${s.code}`)).toEqual([]);
    });
  }
});
