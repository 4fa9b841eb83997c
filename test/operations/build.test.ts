/**
 * The generated request builders of the shipped spec, run as a user gets them: the URL (every
 * parameter percent-encoded, no id able to change the path), the headers, the body, and the
 * refusals, each a RequestValidationError naming the part and the JSON Pointer of every problem.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { loadPackage, thrown, type Built, type LoadedPackage, type ProblemList } from "./support.ts";

const BASE = "https://graph.microsoft.com/beta";
const fixed: unknown = JSON.parse(readFileSync(`${FIXTURES}/seed/update-segments-request.fixed.json`, "utf8"));
const seedAsWritten: unknown = JSON.parse(readFileSync(`${FIXTURES}/seed/update-segments-request.json`, "utf8"));
const ids = { callRecordId: "e523d2ed-2966-4b6b-925b-754a88034cc5", sessionId: "e523d2ed-2966-4b6b-925b-754a88034cc5" };

let p: LoadedPackage;
const buildMany = (params: unknown, body: unknown, options?: unknown): Built =>
  p.call("buildUpdateSegmentsRequest", params, body, options);
const buildOne = (params: unknown, body: unknown, options?: unknown): Built =>
  p.call("buildUpdateSegmentRequest", params, body, options);
const refusal = (f: () => unknown): Error & ProblemList & { part: string; operation: string } => {
  const e = thrown(f);
  expect(e).toBeInstanceOf(p.mod.RequestValidationError);
  return e as unknown as Error & ProblemList & { part: string; operation: string };
};

beforeAll(async () => {
  p = await loadPackage(SHIPPED_SPEC);
});
afterAll(() => p.dispose());

describe("buildUpdateSegmentsRequest (the documented PATCH)", () => {
  it("builds the seed's example request", () => {
    const r = buildMany(ids, fixed, { accessToken: "eyJ0eXAi.token" });
    expect(r).toEqual({
      method: "PATCH",
      url: `${BASE}/communications/callRecords/${ids.callRecordId}/sessions/${ids.sessionId}/segments`,
      headers: {
        Accept: "application/json",
        "Content-Type": "application/json",
        Authorization: "Bearer eyJ0eXAi.token",
      },
      body: JSON.stringify(fixed),
    });
  });

  it("refuses the seed's body as written, naming every problem's path", () => {
    const e = refusal(() => buildMany(ids, seedAsWritten));
    expect(e.part).toBe("body");
    expect(e.operation).toBe("updateSegments");
    expect(e.errors.length).toBe(33);
    expect(e.errors).toContainEqual(
      expect.objectContaining({ path: "/media/0/callerNetwork/sentQualityEventRatio", code: "type" }),
    );
    expect(e.errors).toContainEqual(expect.objectContaining({ path: "/failureInfo/stage", code: "enum" }));
    expect(e.message).toMatch(/^updateSegments: invalid request body: \/failureInfo\/stage: .* and 30 more$/);
  });

  it("refuses an unknown property (a typo) in request mode", () => {
    const e = refusal(() => buildMany(ids, { startDatetime: "2020-02-25T18:52:21Z", media: [{ lable: "x" }] }));
    expect(e.errors.map((x) => [x.path, x.code]).sort()).toEqual([
      ["/media/0/lable", "unknownProperty"],
      ["/startDatetime", "unknownProperty"],
    ]);
  });

  it("checks the body before the parameters", () => {
    expect(refusal(() => buildMany({}, { id: 5 })).part).toBe("body");
  });

  it("has no Content-Type-less or Authorization-less surprises", () => {
    expect(buildMany(ids, {}).headers).toEqual({ Accept: "application/json", "Content-Type": "application/json" });
    expect(buildMany(ids, {}).body).toBe("{}");
  });
});

describe("path parameters", () => {
  const hostile: [string, string][] = [
    ["a/b", "a%2Fb"],
    ["../../../me", "..%2F..%2F..%2Fme"],
    ["a?b=c", "a%3Fb%3Dc"],
    ["a#frag", "a%23frag"],
    ["100%", "100%25"],
    ["%2E%2E", "%252E%252E"],
    ["a b", "a%20b"],
    ["a..b", "a..b"],
    ["...", "..."],
    [".x", ".x"],
    ["~-._AZaz09", "~-._AZaz09"],
    ["!'()*", "%21%27%28%29%2A"],
    ["$&+,;=:@", "%24%26%2B%2C%3B%3D%3A%40"],
    ["\\", "%5C"],
    ["é", "%C3%A9"],
    ["日本", "%E6%97%A5%E6%9C%AC"],
    ["😀", "%F0%9F%98%80"],
    ["\r\n", "%0D%0A"],
    ["__proto__", "__proto__"],
  ];

  it.each(hostile)("encodes %j as one segment %s", (id, encoded) => {
    const r = buildOne({ callRecordId: "c", sessionId: "s", segmentId: id }, {});
    expect(r.url).toBe(`${BASE}/communications/callRecords/c/sessions/s/segments/${encoded}`);
    const path = new URL(r.url).pathname;
    expect(path).toBe(`/beta/communications/callRecords/c/sessions/s/segments/${encoded}`);
    expect(decodeURIComponent(path.split("/").pop()!)).toBe(id);
  });

  it("encodes every parameter, whichever segment it fills", () => {
    const r = buildOne({ callRecordId: "a/b", sessionId: "?", segmentId: "#" }, {});
    expect(r.url).toBe(`${BASE}/communications/callRecords/a%2Fb/sessions/%3F/segments/%23`);
  });

  const bad: [string, unknown, RegExp][] = [
    ["missing", undefined, /"segmentId" is required and must be a non-empty string, found nothing/],
    ["empty", "", /must be a non-empty string, found an empty string/],
    ["a number", 42, /found a number/],
    ["null", null, /found null/],
    ["an array", ["a"], /found an array/],
    ["an object", { toString: () => "x" }, /found an object/],
    [".", ".", /is "\.", a dot-segment/],
    ["..", "..", /is "\.\.", a dot-segment/],
    ["a lone surrogate", "\ud800", /not well-formed Unicode/],
  ];

  it.each(bad)("refuses a parameter that is %s", (_label, value, message) => {
    const params: Record<string, unknown> = { callRecordId: "c", sessionId: "s" };
    if (value !== undefined) params["segmentId"] = value;
    const e = refusal(() => buildOne(params, {}));
    expect(e.part).toBe("params");
    expect(e.errors).toEqual([
      { path: "/segmentId", code: "parameter", message: expect.stringMatching(message) as unknown },
    ]);
  });

  it("refuses params that are not an object, and ignores inherited properties", () => {
    expect(refusal(() => buildOne(undefined, {})).errors[0]!.path).toBe("/callRecordId");
    const inherited = Object.create({ callRecordId: "c", sessionId: "s", segmentId: "x" }) as object;
    expect(refusal(() => buildOne(inherited, {})).errors[0]!.path).toBe("/callRecordId");
  });
});

describe("options", () => {
  it("sets the base URL, with or without a trailing slash or a path of its own", () => {
    expect(buildMany(ids, {}, { baseUrl: "http://127.0.0.1:8080/" }).url).toBe(
      `http://127.0.0.1:8080/communications/callRecords/${ids.callRecordId}/sessions/${ids.sessionId}/segments`,
    );
    expect(
      buildMany({ callRecordId: "c", sessionId: "s" }, {}, { baseUrl: "https://proxy.test/graph/beta//" }).url,
    ).toBe("https://proxy.test/graph/beta/communications/callRecords/c/sessions/s/segments");
  });

  it.each(["ftp://x.test/", "https://x.test/?a=1", "https://x.test/#f", "not a url", ""])(
    "refuses the base URL %j",
    (baseUrl) => {
      const e = refusal(() => buildMany(ids, {}, { baseUrl }));
      expect([e.part, e.errors[0]!.path]).toEqual(["options", "/baseUrl"]);
    },
  );

  it("adds caller headers; a caller header replaces the builder's, compared case-insensitively", () => {
    const r = buildMany(
      ids,
      {},
      { accessToken: "t", headers: { accept: "application/json;odata.metadata=none", "client-request-id": "42" } },
    );
    expect(r.headers).toEqual({
      accept: "application/json;odata.metadata=none",
      "Content-Type": "application/json",
      Authorization: "Bearer t",
      "client-request-id": "42",
    });
  });

  it("takes caller headers as a Headers object or a list of pairs too", () => {
    expect(buildMany(ids, {}, { headers: new Headers({ "X-A": "1" }) }).headers).toMatchObject({ "x-a": "1" });
    expect(buildMany(ids, {}, { headers: [["X-B", "2"]] }).headers).toMatchObject({ "X-B": "2" });
    expect(refusal(() => buildMany(ids, {}, { headers: [["X-B", "2\n"]] })).errors[0]!.path).toBe("/headers/X-B");
  });

  it("sends Prefer: include-unknown-enum-members on request, combined with a caller's Prefer", () => {
    expect(buildMany(ids, {}, { includeUnknownEnumMembers: true }).headers["Prefer"]).toBe(
      "include-unknown-enum-members",
    );
    expect(
      buildMany(ids, {}, { includeUnknownEnumMembers: true, headers: { prefer: "return=minimal" } }).headers["prefer"],
    ).toBe("include-unknown-enum-members, return=minimal");
    expect(buildMany(ids, {}, { includeUnknownEnumMembers: false }).headers).not.toHaveProperty("Prefer");
  });

  it("refuses header names and values that could split or forge a header", () => {
    expect(refusal(() => buildMany(ids, {}, { headers: { "X-A": "1\r\nX-Injected: 1" } })).errors[0]!.path).toBe(
      "/headers/X-A",
    );
    expect(refusal(() => buildMany(ids, {}, { headers: { "X A": "1" } })).errors[0]!.code).toBe("header");
    expect(refusal(() => buildMany(ids, {}, { headers: { "X-A": 1 } })).errors[0]!.message).toMatch(/found a number/);
    expect(refusal(() => buildMany(ids, {}, { accessToken: "t\nX-Injected: 1" })).errors[0]!.path).toBe("/accessToken");
    expect(refusal(() => buildMany(ids, {}, { accessToken: "" })).errors[0]!.path).toBe("/accessToken");
  });

  it("keeps a __proto__ header as an ordinary header", () => {
    const headers = JSON.parse('{"__proto__": "x"}') as unknown;
    const r = buildMany(ids, {}, { headers });
    expect(Object.prototype.hasOwnProperty.call(r.headers, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(r.headers)).toBe(Object.prototype);
  });
});
