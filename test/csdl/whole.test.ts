/**
 * All of Graph v1.0: the official metadata imports, and the spec it gives checks and builds into
 * an IR (until issue #19's format is merged, only that format's new constructs are refused).
 */
import { describe, expect, it } from "vitest";
import { loadSpecFromTexts } from "../../generator/ir/build.ts";
import { CHECKER_KNOWS_NEW_KEYS, graphV1Metadata, importText, unexplainedErrors } from "./support.ts";

describe("the whole Graph v1.0 metadata", () => {
  it("imports into a spec that checks", () => {
    const xml = graphV1Metadata();
    const { result, diagnostics } = importText(xml, {}, "graph-v1.0.csdl.xml");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.counts).toEqual({ types: 3821, standIns: 0, operations: 3058 });
    const texts = result.files.filter((f) => f.path.endsWith(".yaml")).map((f) => ({ file: f.path, text: f.text }));
    const loaded = loadSpecFromTexts(texts);
    expect(unexplainedErrors(loaded.diagnostics)).toEqual([]);
    if (CHECKER_KNOWS_NEW_KEYS) expect(loaded.ir?.types.length).toBe(3821);
  });
});
