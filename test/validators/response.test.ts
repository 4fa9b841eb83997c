/**
 * What only a response may carry (generated-api.md, callrecords-graph.md): members of evolvable
 * enums added after the package was generated (`Prefer: include-unknown-enum-members`), and
 * navigation properties, present when expanded (`$expand=sessions($expand=segments)`). Request mode
 * stays strict on both.
 */
import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { temporaryFolder } from "../support/imported.ts";
import type { Options, Result } from "./support/load.ts";
import { loadPackage, type LoadedPackage } from "./support/package.ts";

let shipped: LoadedPackage;
let nav: LoadedPackage;
beforeAll(async () => {
  [shipped, nav] = await Promise.all([loadPackage(SHIPPED_SPEC), loadPackage(`${FIXTURES}/navigation/spec`)]);
});
const RESPONSE: Options = { mode: "response" };

/** [path, code] of each error, or "ok"; isT must give the same verdict. */
function problems(pkg: LoadedPackage, t: string, v: unknown, o?: Options): [string, string][] | "ok" {
  const r = pkg.validators[`validate${t}`]!(v, o) as Result;
  expect(pkg.validators[`is${t}`]!(v, o)).toBe(r.ok);
  return r.ok ? "ok" : r.errors.map((e) => [e.path, e.code]);
}

describe("evolvable enums", () => {
  it("take a member added later in a response, and only in a response", () => {
    expect(problems(shipped, "FailureInfo", { stage: "postCall" }, RESPONSE)).toBe("ok");
    expect(problems(shipped, "FailureInfo", { stage: "postCall" })).toEqual([["/stage", "enum"]]);
    const agent = {
      "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
      productFamily: "azureCommunicationServices2",
    };
    expect(problems(shipped, "UserAgent", agent, RESPONSE)).toBe("ok");
    expect(problems(shipped, "UserAgent", agent)).toEqual([["/productFamily", "enum"]]);
  });

  it("still refuse what is not a string, and null where not nullable, in a response", () => {
    expect(problems(shipped, "FailureInfo", { stage: 3 }, RESPONSE)).toEqual([["/stage", "type"]]);
    expect(problems(shipped, "FailureInfo", { stage: null }, RESPONSE)).toEqual([["/stage", "null"]]);
    expect(problems(shipped, "CallRecord", { modalities: ["audio", "hologram", null, 1] }, RESPONSE)).toEqual([
      ["/modalities/2", "null"],
      ["/modalities/3", "type"],
    ]);
    const r = shipped.validators.validateFailureInfo!({ stage: 3 }, RESPONSE) as Result;
    expect(r.ok ? "" : r.errors[0]!.message).toBe(
      'expected a string: one of "unknown", "callSetup", "midcall", "unknownFutureValue", or a member added later, found 3',
    );
  });

  it("leave an enum without unknownFutureValue strict in both modes", () => {
    expect(problems(shipped, "MediaStream", { streamDirection: "sideways" }, RESPONSE)).toEqual([
      ["/streamDirection", "enum"],
    ]);
    expect(problems(shipped, "MediaStream", { streamDirection: "callerToCallee" }, RESPONSE)).toBe("ok");
  });

  it("keep isE to the members this package knows", () => {
    expect(shipped.validators.isFailureStage!("postCall")).toBe(false);
    expect(shipped.validators.isFailureStage!("midcall")).toBe(true);
  });

  it("are any string in the response bundle, and the members in the request bundle", () => {
    const stage = "microsoft.graph.callRecords.failureStage";
    const direction = "microsoft.graph.callRecords.mediaStreamDirection";
    const defs = (b: LoadedPackage["bundle"]) => b.$defs as Record<string, Record<string, unknown>>;
    expect(defs(shipped.bundle)[stage]!.enum).toEqual(["unknown", "callSetup", "midcall", "unknownFutureValue"]);
    expect(defs(shipped.responseBundle)[stage]!.anyOf).toEqual([
      { enum: ["unknown", "callSetup", "midcall", "unknownFutureValue"] },
      { type: "string", description: "A member added after this package was generated." },
    ]);
    expect(defs(shipped.responseBundle)[direction]).toEqual(defs(shipped.bundle)[direction]);
  });
});

describe("navigation properties", () => {
  const segment = (startDateTime: unknown) => ({ id: "s", startDateTime, endDateTime: "2020-02-25T18:52:46.7712746Z" });
  const record = () => ({
    id: "r",
    sessions: [{ id: "a", segments: [segment("2020-02-25T18:52:21.2169889Z"), segment("2020-02-25")] }],
  });

  it("check an expanded item's items in a response, with the full path", () => {
    expect(problems(shipped, "CallRecord", record(), RESPONSE)).toEqual([
      ["/sessions/0/segments/1/startDateTime", "format"],
    ]);
    const fixed = record();
    fixed.sessions[0]!.segments[1]!.startDateTime = "2020-02-25T18:52Z";
    expect(problems(shipped, "CallRecord", fixed, RESPONSE)).toBe("ok");
    expect(problems(shipped, "CallRecord", { sessions: [] }, RESPONSE)).toBe("ok");
  });

  it("refuse a collection that is not an array, a null item, and a wrong item", () => {
    expect(problems(shipped, "CallRecord", { sessions: null }, RESPONSE)).toEqual([["/sessions", "null"]]);
    expect(problems(shipped, "CallRecord", { sessions: {} }, RESPONSE)).toEqual([["/sessions", "type"]]);
    expect(problems(shipped, "CallRecord", { sessions: [null, 1, {}] }, RESPONSE)).toEqual([
      ["/sessions/0", "null"],
      ["/sessions/1", "type"],
    ]);
    // A type name outside the family may name a type derived later: checked as the declared type.
    const segment = { "@odata.type": "#microsoft.graph.callRecords.segment" };
    const later = { "@odata.type": "#microsoft.graph.callRecords.media", id: 1 };
    expect(problems(shipped, "Session", { segments: [segment, later, { "@odata.type": "a b" }] }, RESPONSE)).toEqual([
      ["/segments/1/id", "type"],
      ["/segments/2/@odata.type", "odataType"],
    ]);
  });

  it("take a single one as the target type or null", () => {
    expect(problems(nav, "Record_", { owner: null }, RESPONSE)).toBe("ok");
    expect(problems(nav, "Record_", { owner: { id: "p", name: "n" } }, RESPONSE)).toBe("ok");
    expect(problems(nav, "Record_", { owner: { name: 1 } }, RESPONSE)).toEqual([["/owner/name", "type"]]);
    expect(problems(nav, "Record_", { owner: [] }, RESPONSE)).toEqual([["/owner", "type"]]);
  });

  it("include inherited ones, checked in response mode all the way down", () => {
    const deep = { sessions: [{ segments: [{ length: "PT1S", extra: 1, "@odata.etag": "W/1" }] }] };
    expect(problems(nav, "Record_", deep, RESPONSE)).toBe("ok");
    expect(problems(nav, "Base", { "@odata.type": "#test.nav.record", owner: { id: 1 } }, RESPONSE)).toEqual([
      ["/owner/id", "type"],
    ]);
  });

  it("are unknown properties in a request body, named as navigation properties", () => {
    expect(problems(shipped, "CallRecord", { id: "r", sessions: [] })).toEqual([["/sessions", "unknownProperty"]]);
    expect(problems(nav, "Record_", { sessions: [], owner: null })).toEqual([
      ["/sessions", "unknownProperty"],
      ["/owner", "unknownProperty"],
    ]);
    const r = shipped.validators.validateCallRecord!({ sessions: [] }) as Result;
    expect(r.ok ? "" : r.errors[0]!.message).toBe(
      'unknown property "sessions": a navigation property of microsoft.graph.callRecords.callRecord, present only in a response that expands it, never in a request body',
    );
  });

  it("are declared in the response bundle only", () => {
    const props = (b: LoadedPackage["bundle"], q: string) =>
      (b.$defs as Record<string, { properties: Record<string, unknown> }>)[q]!.properties;
    expect(props(shipped.responseBundle, "microsoft.graph.callRecords.callRecord").sessions).toEqual({
      description: "The sessions of the call; present only when expanded.",
      type: "array",
      items: { $ref: "#/$defs/microsoft.graph.callRecords.session" },
    });
    expect(props(nav.responseBundle, "test.nav.record").owner).toEqual({
      anyOf: [{ $ref: "#/$defs/test.nav.person" }, { type: "null" }],
    });
    expect(props(shipped.bundle, "microsoft.graph.callRecords.callRecord").sessions).toBeUndefined();
  });

  it("of an open type are refused in a request body, not taken as dynamic properties", async () => {
    const dir = temporaryFolder("open-nav-spec-");
    writeFileSync(
      `${dir}/spec.yaml`,
      [
        'api: { package: "@t/opennav", title: OpenNav, apiVersion: beta, baseUrl: "https://example.test", specVersion: 1.0.0 }',
        "namespace: t.o",
        "types:",
        "  bag:",
        "    kind: entity",
        "    open: true",
        "    key: [id]",
        "    properties:",
        "      id: { type: Edm.String, nullable: false }",
        "    navigation:",
        "      items: { type: bag, collection: true }",
      ].join("\n"),
    );
    const open = await loadPackage(dir);
    expect(problems(open, "Bag", { id: "a", anything: 1 })).toBe("ok");
    expect(problems(open, "Bag", { id: "a", items: [] })).toEqual([["/items", "unknownProperty"]]);
    expect(problems(open, "Bag", { id: "a", items: [{ id: "b", items: [{ id: 3 }] }] }, RESPONSE)).toEqual([
      ["/items/0/items/0/id", "type"],
    ]);
    const props = (open.bundle.$defs as Record<string, { properties: Record<string, unknown> }>)["t.o.bag"]!.properties;
    expect(props.items).toBe(false);
  });
});
