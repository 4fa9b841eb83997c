/**
 * What a valid value means, case by case (generated-api.md): own properties only, `__proto__` and
 * `constructor` as data, request and response modes, `@odata.type` with and without `#`, derived
 * and abstract types, collections, nullability, numbers, enums.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SHIPPED_SPEC } from "../support/fixtures.ts";
import type { Options, Result } from "./support/load.ts";
import { loadPackage, type LoadedPackage } from "./support/package.ts";

let pkg: LoadedPackage;
beforeAll(async () => {
  pkg = await loadPackage(SHIPPED_SPEC);
});
const validate = (t: string, v: unknown, o?: Options): Result => pkg.validators[`validate${t}`]!(v, o) as Result;
const is = (t: string, v: unknown, o?: Options): boolean => pkg.validators[`is${t}`]!(v, o) as boolean;
/** [path, code] of each error, or "ok". */
function problems(t: string, v: unknown, o?: Options): [string, string][] | "ok" {
  const r = validate(t, v, o);
  expect(is(t, v, o)).toBe(r.ok);
  return r.ok ? "ok" : r.errors.map((e) => [e.path, e.code]);
}
const P = "#microsoft.graph.callRecords.participantEndpoint";

describe("own properties, and keys that are only data", () => {
  it("treats __proto__ and constructor as unknown properties, never as the prototype", () => {
    const v = JSON.parse('{"__proto__": {"stage": 1}, "constructor": 1, "stage": "midcall"}') as unknown;
    expect(problems("FailureInfo", v)).toEqual([
      ["/__proto__", "unknownProperty"],
      ["/constructor", "unknownProperty"],
    ]);
    expect(problems("FailureInfo", v, { mode: "response" })).toBe("ok");
  });

  it("accepts __proto__ and constructor as dynamic properties of an open type", () => {
    expect(problems("FeedbackTokenSet", JSON.parse('{"__proto__": true, "constructor": false}'))).toBe("ok");
  });

  it("does not read inherited properties, from a prototype or from a polluted Object.prototype", () => {
    const inherited = Object.create({ stage: "bad", reason: 42 }) as object;
    expect(problems("FailureInfo", inherited)).toBe("ok");
    const proto = Object.prototype as Record<string, unknown>;
    proto.stage = "String";
    try {
      expect(problems("FailureInfo", {})).toBe("ok");
      expect(problems("FailureInfo", { stage: "x" })).toEqual([["/stage", "enum"]]);
    } finally {
      delete proto.stage;
    }
  });

  it("escapes ~ and / in the path of an unknown key", () => {
    expect(problems("FailureInfo", { "a/b~c": 1 })).toEqual([["/a~1b~0c", "unknownProperty"]]);
  });

  it("suggests the declared name a typo was meant to be", () => {
    const r = validate("FailureInfo", { stag: "midcall" });
    expect(r.ok ? "" : r.errors[0]!.message).toBe(
      'unknown property "stag": microsoft.graph.callRecords.failureInfo declares no such property; did you mean "stage"?',
    );
  });
});

describe("instance annotations and unknown properties", () => {
  it("allows annotations in both modes and rejects other unknown keys in request mode only", () => {
    const v = { "@odata.etag": "W/1", "stage@ns.term": 1, "@ns.term#q": {}, reason: null };
    expect(problems("FailureInfo", v)).toBe("ok");
    expect(problems("FailureInfo", { ...v, extra: 1, "@odata": 1 })).toEqual([
      ["/extra", "unknownProperty"],
      ["/@odata", "unknownProperty"],
    ]);
    expect(problems("FailureInfo", { ...v, extra: 1 }, { mode: "response" })).toBe("ok");
  });
});

describe("@odata.type", () => {
  it("selects a derived type, written with or without #", () => {
    for (const name of [P, P.slice(1)]) {
      expect(problems("Endpoint", { "@odata.type": name, cpuCoresCount: 8 })).toBe("ok");
      expect(problems("Endpoint", { "@odata.type": name, cpuCoresCount: "8" })).toEqual([["/cpuCoresCount", "type"]]);
    }
    expect(problems("Endpoint", { cpuCoresCount: 8 })).toEqual([["/cpuCoresCount", "unknownProperty"]]);
  });

  it("accepts the abstract declared type named as such, checking its own properties", () => {
    const ua = { "@odata.type": "microsoft.graph.callRecords.userAgent", headerValue: "h", platform: "web" };
    expect(problems("UserAgent", ua)).toEqual([["/platform", "unknownProperty"]]);
    expect(problems("UserAgent", { ...ua, "@odata.type": "#microsoft.graph.callRecords.clientUserAgent" })).toBe("ok");
  });

  it("rejects a known type outside the family in a request, and checks it as the declared type in a response", () => {
    const v = { "@odata.type": "#microsoft.graph.callRecords.media", userAgent: 1 };
    expect(problems("Endpoint", v)).toEqual([
      ["/@odata.type", "odataType"],
      ["/userAgent", "type"],
    ]);
    expect(problems("Endpoint", v, { mode: "response" })).toEqual([["/userAgent", "type"]]);
  });

  it("tolerates a well-formed unknown type in response mode only, checking the declared type", () => {
    const v = { "@odata.type": "#microsoft.graph.communicationsUserIdentity", displayName: 1 };
    expect(problems("Identity", v, { mode: "response" })).toEqual([["/displayName", "type"]]);
    expect(problems("Identity", v)).toEqual([
      ["/@odata.type", "odataType"],
      ["/displayName", "type"],
    ]);
    expect(problems("Identity", { "@odata.type": "not a type" }, { mode: "response" })).toEqual([
      ["/@odata.type", "odataType"],
    ]);
    expect(problems("Identity", { "@odata.type": 42 }, { mode: "response" })).toEqual([["/@odata.type", "odataType"]]);
  });
});

describe("values", () => {
  it("checks Int32 bounds and integer-ness; Int64 is any integer", () => {
    const ok = (n: unknown) => problems("TraceRouteHop", { hopCount: n });
    expect([2147483647, -2147483648, 0].map(ok)).toEqual(["ok", "ok", "ok"]);
    expect(ok(2147483648)).toEqual([["/hopCount", "range"]]);
    expect(ok(-2147483649)).toEqual([["/hopCount", "range"]]);
    expect(ok(1.5)).toEqual([["/hopCount", "type"]]);
    expect(problems("NetworkInfo", { linkSpeed: 4294967295 })).toBe("ok");
    expect(problems("NetworkInfo", { linkSpeed: 0.5 })).toEqual([["/linkSpeed", "type"]]);
  });

  it("takes a number or NaN, INF, -INF for Edm.Single", () => {
    for (const x of [0, -1.5, "NaN", "INF", "-INF", null])
      expect(problems("DeviceInfo", { micGlitchRate: x })).toBe("ok");
    for (const x of ["Infinity", "Single", "1.5", Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(problems("DeviceInfo", { micGlitchRate: x })).toEqual([["/micGlitchRate", "type"]]);
    }
  });

  it("refuses null where not nullable, and a null collection; item nullability applies", () => {
    expect(problems("Segment", { startDateTime: null })).toEqual([["/startDateTime", "null"]]);
    expect(problems("Segment", { media: null })).toEqual([["/media", "null"]]);
    expect(problems("Segment", { media: [null, {}] })).toBe("ok");
    expect(problems("NetworkInfo", { traceRouteHops: [null, 1] })).toEqual([
      ["/traceRouteHops/0", "null"],
      ["/traceRouteHops/1", "type"],
    ]);
  });

  it("reports every problem of a nested value with its full path", () => {
    const v = {
      media: [{ streams: [{}, { averageJitter: "PT", streamDirection: null }] }],
      caller: { "@odata.type": P, feedback: { rating: "ok" } },
    };
    expect(problems("Segment", v)).toEqual([
      ["/caller/feedback/rating", "enum"],
      ["/media/0/streams/1/streamDirection", "null"],
      ["/media/0/streams/1/averageJitter", "format"],
    ]);
  });

  it("has isE for each enum", () => {
    expect(pkg.validators.isFailureStage!("midcall")).toBe(true);
    for (const x of ["Midcall", "", 1, null, "toString", "__proto__"])
      expect(pkg.validators.isFailureStage!(x)).toBe(false);
  });

  it("refuses what is not an object where one is declared", () => {
    for (const x of [null, [], "x", 1, true, undefined])
      expect(problems("Segment", x)).toEqual([["", x === null ? "null" : "type"]]);
  });
});

describe("a property declared as __proto__", () => {
  it("is checked as the property it is (Ajv skips such a property; we do not)", async () => {
    const { writeFileSync } = await import("node:fs");
    const { temporaryFolder } = await import("../support/imported.ts");
    const dir = temporaryFolder("proto-spec-");
    writeFileSync(
      `${dir}/spec.yaml`,
      [
        'api: { package: "@t/proto", title: Proto, apiVersion: beta, baseUrl: "https://example.test", specVersion: 1.0.0 }',
        "namespace: t.p",
        "types:",
        "  box:",
        "    properties:",
        '      "__proto__": { type: Edm.String, nullable: false }',
      ].join("\n"),
    );
    const proto = await loadPackage(dir);
    const check = (v: unknown) => proto.validators.validateBox!(v) as Result;
    expect(check(JSON.parse('{"__proto__": "a"}')).ok).toBe(true);
    expect(check({}).ok).toBe(true);
    const bad = check(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(bad.ok ? [] : bad.errors.map((e) => [e.path, e.code])).toEqual([["/__proto__", "type"]]);
    expect(check(JSON.parse('{"__proto__": null}')).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
