/**
 * A consumer pays for what it imports: bundling validateSegment alone (esbuild, as a browser app
 * would) carries the checks of the types a segment reaches and no other, nor a list of every type.
 * Every top-level call of validators.js is marked pure, and nothing refers to every type.
 */
import { buildSync } from "esbuild";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SHIPPED_SPEC } from "../support/fixtures.ts";
import { loadPackage, type LoadedPackage } from "./support/package.ts";

let pkg: LoadedPackage;
beforeAll(async () => {
  pkg = await loadPackage(SHIPPED_SPEC);
});

/** The minified bundle of an entry that imports `names` from the package. */
function bundleOf(names: readonly string[]): string {
  const out = buildSync({
    stdin: { contents: `export { ${names.join(", ")} } from "./index.js";`, resolveDir: pkg.dir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    platform: "neutral",
  });
  return out.outputFiles[0]!.text;
}

/** Which of `texts` the bundle holds. */
const held = (bundle: string, texts: readonly string[]): string[] => texts.filter((t) => bundle.includes(t));
const qnames = (names: readonly string[]): string[] => names.map((n) => `"microsoft.graph.callRecords.${n}"`);

describe("a bundle of one validator", () => {
  it("carries the types its value reaches and no other", () => {
    const segment = bundleOf(["validateSegment"]);
    const reached = qnames(["segment", "endpoint", "participantEndpoint", "mediaStream", "deviceInfo"]);
    expect(held(segment, [...reached, '"midcall"'])).toEqual([...reached, '"midcall"']);
    // Not the types a segment does not reach, nor their enums' members (callType, modality), nor a request builder.
    expect(
      held(segment, [...qnames(["callRecord", "session"]), '"peerToPeer"', '"screenSharing"', "updateSegments"]),
    ).toEqual([]);
  });

  it("of a type that reaches others through navigation carries them", () => {
    const reached = qnames(["callRecord", "session", "segment"]);
    expect(held(bundleOf(["validateCallRecord"]), reached)).toEqual(reached);
  });

  it("is a small part of validators.js", () => {
    const whole = buildSync({
      entryPoints: [join(pkg.dir, "validators.js")],
      bundle: true,
      minify: true,
      write: false,
      format: "esm",
    });
    expect(bundleOf(["isFailureStage"]).length).toBeLessThan(whole.outputFiles[0]!.text.length / 10);
  });
});
