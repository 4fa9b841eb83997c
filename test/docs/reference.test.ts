/**
 * docs-check on Graph's own pages (test/fixtures/reference/graph-docs) against the shipped spec:
 * the seed page's placeholders at their JSON paths, and what §5 of the fact sheet predicts for the
 * resource pages (stale pages lack properties; Double for Edm.Single and String for enums warn).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkSource } from "../../generator/docs/check.ts";
import type { CheckContext } from "../../generator/docs/context.ts";
import type { PageReport } from "../../generator/docs/issues.ts";
import { briefs, byCode, check, contextFor, REFERENCE_PAGES, ROOT, SHIPPED_SPEC } from "./support/check.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ctx = await contextFor(SHIPPED_SPEC);
});

const page = (name: string): PageReport => check(ctx, `${REFERENCE_PAGES}/${name}`);

const NETWORK = [
  "connectionType",
  "wifiBand",
  "wifiRadioType",
  "sentQualityEventRatio",
  "receivedQualityEventRatio",
  "delayEventRatio",
  "bandwidthLowEventRatio",
];
const DEVICE = [
  "initialSignalLevelRootMeanSquare",
  "cpuInsufficentEventRatio",
  "renderNotFunctioningEventRatio",
  "captureNotFunctioningEventRatio",
  "deviceGlitchEventRatio",
  "lowSpeechToNoiseEventRatio",
  "lowSpeechLevelEventRatio",
  "deviceClippingEventRatio",
  "renderZeroVolumeEventRatio",
  "renderMuteEventRatio",
  "micGlitchRate",
  "speakerGlitchRate",
];
const STREAM = [
  "streamDirection",
  "averageAudioDegradation",
  "averagePacketLossRate",
  "maxPacketLossRate",
  "averageRatioOfConcealedSamples",
  "maxRatioOfConcealedSamples",
  "postForwardErrorCorrectionPacketLossRate",
  "averageVideoFrameLossPercentage",
  "averageReceivedFrameRate",
  "lowFrameRateRatio",
  "averageVideoPacketLossRate",
  "averageVideoFrameRate",
  "lowVideoProcessingCapabilityRatio",
];
/** The seed example's 33 placeholder values ("String" for enums, "Single" for numbers), in page order. */
const SEED_PLACEHOLDERS = [
  "/failureInfo/stage",
  ...NETWORK.map((p) => `/media/0/callerNetwork/${p}`),
  ...DEVICE.map((p) => `/media/0/callerDevice/${p}`),
  ...STREAM.map((p) => `/media/0/streams/0/${p}`),
];

function valueAt(value: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], value);
}

describe("the seed page (Update segments)", () => {
  it("is matched to the updateSegments operation", () => {
    expect([page("seed-update-segments.md").kind, page("seed-update-segments.md").subject]).toEqual([
      "api",
      "updateSegments",
    ]);
  });

  it("the expected paths are exactly the placeholder values of the seed body", () => {
    const body: unknown = JSON.parse(readFileSync(`${ROOT}test/fixtures/seed/update-segments-request.json`, "utf8"));
    expect(SEED_PLACEHOLDERS).toHaveLength(33);
    expect(new Set(SEED_PLACEHOLDERS.map((p) => valueAt(body, p)))).toEqual(new Set(["String", "Single"]));
  });

  it.each([
    ["request update_segments", 89, 176],
    ["response (line 193)", 213, 300],
  ])("reports all 33 placeholders of the %s example at their paths and lines", (example, first, last) => {
    const found = byCode(page("seed-update-segments.md"), "example-invalid").filter((i) => i.example === example);
    expect(found.map((i) => i.path)).toEqual(SEED_PLACEHOLDERS);
    expect([found[0]!.line, found.at(-1)!.line]).toEqual([first, last]);
    expect(found.every((i) => i.severity === "error")).toBe(true);
  });

  it("reports the TODOs of the front matter, the permissions and the request-body table", () => {
    const todos = byCode(page("seed-update-segments.md"), "placeholder");
    expect(todos.map((i) => `${i.line} ${i.message}`)).toEqual([
      "4 placeholder left in the page: TODO: Provide Github Name",
      "6 placeholder left in the page: TODO: Add MS prod",
      ...[21, 22, 23].map((l) => `${l} placeholder left in the page: TODO: Provide applicable permissions.`),
      ...[46, 47, 48, 49, 50, 51, 52].map((l) => `${l} placeholder left in the page: TODO: Add Description`),
    ]);
  });

  it("finds nothing else but the read-only id in the request-body table", () => {
    const other = page("seed-update-segments.md").issues.filter(
      (i) => i.code !== "placeholder" && i.code !== "example-invalid",
    );
    expect(other.map((i) => `${i.severity} ${i.code} ${i.line}: ${i.message}`)).toEqual([
      "warning read-only-in-request 52: id: listed in the request body, but the spec marks it read-only",
    ]);
  });
});

describe("the resource pages, as §5 of the fact sheet predicts", () => {
  it("networkInfo: the stale page lacks networkTransportProtocol and traceRouteHops, and two wifiBand members", () => {
    const report = page("callrecords-networkinfo.md");
    expect(report.issues.map((i) => `${i.severity} ${i.code} ${i.line}: ${i.message.split(":")[0]}`)).toEqual([
      "error missing-in-docs 20: networkTransportProtocol",
      "error missing-in-docs 20: traceRouteHops",
      "warning docs-looser 22: bandwidthLowEventRatio",
      "warning docs-looser 25: delayEventRatio",
      "warning docs-looser 31: receivedQualityEventRatio",
      "warning docs-looser 35: sentQualityEventRatio",
      "error enum-member-missing 37: wifiBand",
      "error enum-member-missing 37: wifiBand",
    ]);
    expect(byCode(report, "enum-member-missing").map((i) => i.message)).toEqual([
      "wifiBand: docs do not list `frequency60GHz`, a member of enum wifiBand",
      "wifiBand: docs do not list `unknownFutureValue`, a member of enum wifiBand",
    ]);
  });

  it("clientUserAgent: lacks two properties; String for its enums and the hidden azureCommunicationServices warn", () => {
    expect(
      page("callrecords-clientuseragent.md").issues.map((i) => `${i.severity} ${i.code}: ${i.message.split(":")[0]}`),
    ).toEqual([
      "error missing-in-docs: azureADAppId",
      "error missing-in-docs: communicationServiceId",
      "warning docs-looser: platform",
      "warning docs-looser: productFamily",
      "warning enum-member-missing: productFamily",
    ]);
  });

  it.each([
    ["callrecords-deviceinfo.md", DEVICE],
    ["callrecords-mediastream.md", STREAM.slice(1)],
  ])("%s: Double for each Edm.Single is a warning, nothing else", (name, singles) => {
    const report = page(name);
    expect(briefs(report).map((b) => b.split(" ").slice(0, 2).join(" "))).toEqual(
      singles.map(() => "warning docs-looser"),
    );
    expect(new Set(report.issues.map((i) => i.message.split(":")[0]))).toEqual(new Set(singles));
  });

  it.each([
    "callrecords-segment.md",
    "callrecords-endpoint.md",
    "callrecords-useragent.md",
    "callrecords-media.md",
    "callrecords-failureinfo.md",
  ])("%s agrees with the spec", (name) => {
    expect(page(name).issues).toEqual([]);
  });
});

describe("the List sessions page (a read, a collection)", () => {
  const FILE = `${REFERENCE_PAGES}/callrecords-session-list.md`;
  const source = (): string => readFileSync(`${ROOT}${FILE}`, "utf8");

  it("is matched to listSessions; it finds only the docs' name for the path parameter and the examples' context URLs as next links", () => {
    const report = page("callrecords-session-list.md");
    expect([report.kind, report.subject]).toEqual(["api", "listSessions"]);
    expect(briefs(report)).toEqual([
      "warning path-parameter 33",
      "warning next-link 187 /@odata.nextLink",
      "warning next-link 471 /@odata.nextLink",
    ]);
    expect(report.issues[0]!.message).toBe(
      "path segment 3: docs name the parameter {id}, spec names it {callRecordId}",
    );
    expect(report.issues[1]!.message).toMatch(/^@odata.nextLink is a context URL/);
  });

  it("accepts a next link that is the URL of a page, and refuses one that is not a string", () => {
    const fixed = source().replaceAll(
      "/beta/$metadata#communications/callRecords('e523d2ed-2966-4b6b-925b-754a88034cc5')/sessions?",
      "/beta/communications/callRecords/e523d2ed-2966-4b6b-925b-754a88034cc5/sessions?",
    );
    expect(briefs(checkSource(ctx, FILE, fixed))).toEqual(["warning path-parameter 33"]);
    const wrong = source().replace(/"@odata.nextLink": "[^"]*"/, '"@odata.nextLink": 3');
    expect(byCode(checkSource(ctx, FILE, wrong), "example-invalid").map((i) => `${i.path} ${i.severity}`)).toEqual([
      "/@odata.nextLink error",
    ]);
  });

  it("validates both example responses as collections of sessions, each item at /value/i", () => {
    const wrong = source().replaceAll('"isTest": false', '"isTest": "no"');
    const report = checkSource(ctx, FILE, wrong);
    expect(byCode(report, "example-invalid").map((i) => `${i.example} ${i.path} ${i.line}`)).toEqual([
      "response (line 116) /value/0/isTest 130",
      "response (line 251) /value/0/isTest 265",
    ]);
  });

  it("validates the expanded segments of the second example as segments, at their paths", () => {
    const wrong = source()
      .replace('"macAddress": "00-00-00-00-00-00",', '"macAddress": 0,')
      .replace('"streamDirection": "calleeToCaller"', '"streamDirection": "sideways"');
    const report = checkSource(ctx, FILE, wrong);
    expect(byCode(report, "example-invalid").map((i) => `${i.path} ${i.line}`)).toEqual([
      "/value/0/segments/0/media/0/callerNetwork/macAddress 376",
      "/value/0/segments/0/media/0/streams/1/streamDirection 445",
    ]);
  });

  it("refuses a collection example that is not { value: [...] }, and an expanded collection that is not an array", () => {
    const notPage = checkSource(ctx, FILE, source().replace('"value": [', '"items": ['));
    expect(byCode(notPage, "example-shape").map((i) => i.example)).toEqual(["response (line 116)"]);
    const notArray = checkSource(ctx, FILE, source().replace('"segments": [', '"segments": "none", "_segments": ['));
    // The validators' own check of navigation properties, or docs-check's walk when they skip them: the same finding.
    expect(
      byCode(notArray, "example-invalid").map((i) => [i.path, /^\[type\] expected an array/.test(i.message)]),
    ).toEqual([["/value/0/segments", true]]);
  });
});
