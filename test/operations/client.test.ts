/**
 * The generated operation functions against a real HTTP server on 127.0.0.1: what reaches the
 * server (method, raw path, headers, body bytes), and each outcome — a typed, validated result, a
 * GraphError, retries after 429/503 as Retry-After says, an invalid response, an abort.
 */
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { startServer, type TestServer } from "../support/server.ts";
import { loadPackage, rejection, type LoadedPackage } from "./support.ts";

const fixed: unknown = JSON.parse(readFileSync(`${FIXTURES}/seed/update-segments-request.fixed.json`, "utf8"));
const realSegment: unknown = JSON.parse(readFileSync(`${FIXTURES}/seed/real-segment.json`, "utf8"));
const ids = { callRecordId: "e523d2ed-2966-4b6b-925b-754a88034cc5", sessionId: "0b1d2e3f" };
const GRAPH_404 = {
  error: {
    code: "itemNotFound",
    message: "Resource not found.",
    innerError: { date: "2026-11-28T18:00:00", "request-id": "inner-id", "client-request-id": "c-1" },
  },
};

let p: LoadedPackage;
let server: TestServer;
let waits: number[];
const sleep = (ms: number): Promise<void> => {
  waits.push(ms);
  return Promise.resolve();
};
const options = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  baseUrl: `${server.url}/beta`,
  accessToken: "token-1",
  retry: { sleep },
  ...extra,
});
const updateSegments = (params: unknown, body: unknown, opts: unknown): Promise<unknown> =>
  p.call("updateSegments", params, body, opts);
const updateSegment = (params: unknown, body: unknown, opts: unknown): Promise<unknown> =>
  p.call("updateSegment", params, body, opts);

beforeAll(async () => {
  p = await loadPackage(SHIPPED_SPEC);
});
afterAll(() => p.dispose());
beforeEach(async () => {
  server = await startServer();
  waits = [];
});
afterEach(async () => server.close());

describe("updateSegments against a real server", () => {
  it("resolves a 204 (OData's default answer to a PATCH) to undefined, and a 200 to the checked segment", async () => {
    server.enqueue({ status: 204 }, { status: 200, json: realSegment });
    expect(await updateSegments(ids, fixed, options())).toBeUndefined();
    expect(await updateSegment({ ...ids, segmentId: "s" }, fixed, options())).toEqual(realSegment);
  });

  it("sends the documented PATCH and resolves to the validated 200 body", async () => {
    server.enqueue({ status: 200, json: realSegment, headers: { "request-id": "r-1" } });
    const result = await updateSegments(ids, fixed, options());
    expect(result).toEqual(realSegment);
    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.method).toBe("PATCH");
    expect(req.target).toBe(`/beta/communications/callRecords/${ids.callRecordId}/sessions/${ids.sessionId}/segments`);
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.headers["authorization"]).toBe("Bearer token-1");
    expect(req.headers["accept"]).toBe("application/json");
    expect(req.body.equals(Buffer.from(JSON.stringify(fixed), "utf8"))).toBe(true);
  });

  it("sends hostile ids percent-encoded: the raw path that reaches the server keeps every segment", async () => {
    server.enqueue({ status: 200, json: {} });
    await updateSegment({ callRecordId: "../../me", sessionId: "a?b#c", segmentId: "x y/é%" }, { id: "x" }, options());
    expect(server.requests[0]!.target).toBe(
      "/beta/communications/callRecords/..%2F..%2Fme/sessions/a%3Fb%23c/segments/x%20y%2F%C3%A9%25",
    );
  });

  it("shows why a '..' id is refused rather than encoded: fetch's URL parser drops %2E%2E", async () => {
    server.enqueue({ status: 200, json: {} });
    await fetch(`${server.url}/beta/communications/callRecords/%2E%2E/x`);
    expect(server.requests[0]!.target).toBe("/beta/communications/x");
    const e = await rejection(updateSegment({ callRecordId: "..", sessionId: "s", segmentId: "x" }, {}, options()));
    expect(e).toBeInstanceOf(p.mod.RequestValidationError);
    expect(server.requests).toHaveLength(1);
  });

  it("calls an async token provider before every attempt", async () => {
    let n = 0;
    const accessToken = (): Promise<string> => Promise.resolve(`token-${++n}`);
    server.enqueue({ status: 429, headers: { "retry-after": "0" } }, { status: 200, json: {} });
    await updateSegments(ids, {}, options({ accessToken }));
    expect(server.requests.map((r) => r.headers["authorization"])).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("sends caller headers and Prefer: include-unknown-enum-members", async () => {
    server.enqueue({ status: 200, json: {} });
    await updateSegments(
      ids,
      {},
      options({ includeUnknownEnumMembers: true, headers: { "client-request-id": "abc" } }),
    );
    expect(server.requests[0]!.headers["prefer"]).toBe("include-unknown-enum-members");
    expect(server.requests[0]!.headers["client-request-id"]).toBe("abc");
  });

  it("sends with options.fetch when given", async () => {
    const seen: string[] = [];
    const fetchSpy = (url: string, init: RequestInit): Promise<Response> => {
      seen.push(`${init.method} ${url}`);
      return fetch(url, init);
    };
    server.enqueue({ status: 200, json: {} });
    await updateSegments({ callRecordId: "c", sessionId: "s" }, {}, options({ fetch: fetchSpy }));
    expect(seen).toEqual([`PATCH ${server.url}/beta/communications/callRecords/c/sessions/s/segments`]);
  });
});

describe("errors", () => {
  it("rejects a Graph error with a GraphError: status, code, message, request-id", async () => {
    server.enqueue({ status: 404, json: GRAPH_404, headers: { "request-id": "hdr-id" } });
    const e = await rejection(updateSegments(ids, {}, options()));
    expect(e).toBeInstanceOf(p.mod.GraphError);
    expect(e).toMatchObject({
      name: "GraphError",
      operation: "updateSegments",
      status: 404,
      code: "itemNotFound",
      requestId: "hdr-id",
      body: GRAPH_404,
    });
    expect(e["error"]).toEqual(GRAPH_404.error);
    expect(e.message).toBe("updateSegments: HTTP 404 itemNotFound: Resource not found.");
  });

  it("takes the request id from innerError when the header is absent", async () => {
    server.enqueue({ status: 400, json: GRAPH_404 });
    expect((await rejection(updateSegments(ids, {}, options())))["requestId"]).toBe("inner-id");
  });

  it("rejects a non-Graph error body with a GraphError holding the text", async () => {
    server.enqueue({ status: 502, body: "<html>Bad gateway</html>", headers: { "content-type": "text/html" } });
    const e = await rejection(updateSegments(ids, {}, options()));
    expect(e).toMatchObject({ status: 502, code: undefined, error: undefined, body: "<html>Bad gateway</html>" });
  });

  it("rejects an invalid 200 body with a ResponseValidationError naming each problem", async () => {
    const body = { startDateTime: 5, media: [{ streams: [{ averageJitter: "soon" }] }] };
    server.enqueue({ status: 200, json: body, headers: { "request-id": "r-9" } });
    const e = await rejection(updateSegments(ids, {}, options()));
    expect(e).toBeInstanceOf(p.mod.ResponseValidationError);
    expect(e).toMatchObject({ status: 200, requestId: "r-9", body });
    expect((e["errors"] as { path: string }[]).map((x) => x.path).sort()).toEqual([
      "/media/0/streams/0/averageJitter",
      "/startDateTime",
    ]);
  });

  it("tolerates what Graph adds later: unknown properties in a response", async () => {
    server.enqueue({ status: 200, json: { id: "s", addedNextYear: { x: 1 } } });
    expect(await updateSegments(ids, {}, options())).toEqual({ id: "s", addedNextYear: { x: 1 } });
  });

  it("takes an evolvable enum's member added after the package, as includeUnknownEnumMembers asks Graph to send", async () => {
    const later = { id: "s", failureInfo: { stage: "addedNextYear" } };
    server.enqueue({ status: 200, json: later });
    expect(await updateSegments(ids, {}, options({ includeUnknownEnumMembers: true }))).toEqual(later);
    // An enum without unknownFutureValue has no later members: a name it does not list is an error.
    server.enqueue({ status: 200, json: { media: [{ streams: [{ streamDirection: "sideways" }] }] } });
    const e = await rejection(updateSegments(ids, {}, options({ includeUnknownEnumMembers: true })));
    expect(e).toMatchObject({
      name: "ResponseValidationError",
      errors: [{ path: "/media/0/streams/0/streamDirection", code: "enum" }],
    });
  });

  it("rejects a 200 that is not JSON, a 200 without the body it declares, and a success status the spec does not declare", async () => {
    server.enqueue({ status: 200, body: "not json" }, { status: 200 }, { status: 202 });
    expect(await rejection(updateSegments(ids, {}, options()))).toMatchObject({
      name: "ResponseValidationError",
      errors: [{ path: "", code: "json" }],
      body: "not json",
    });
    expect(await rejection(updateSegments(ids, {}, options()))).toMatchObject({
      status: 200,
      errors: [{ code: "noBody", message: "the 200 response has no body, the operation declares one" }],
    });
    expect(await rejection(updateSegments(ids, {}, options()))).toMatchObject({
      status: 202,
      errors: [{ code: "status", message: "the service answered 202, the operation declares 200, 204" }],
    });
  });

  it("refuses a body whose JSON is not what was checked: a toJSON (own, a class's, a nested value's) cannot slip past", async () => {
    class Sneaky {
      readonly id = "looks fine";
      toJSON(): unknown {
        return { startDateTime: "tomorrow" };
      }
    }
    const bodies: unknown[] = [
      { id: "s", toJSON: () => ({ startDateTime: 5 }) },
      new Sneaky(),
      { id: "s", media: [{ label: "x", toJSON: () => ({ label: 5 }) }] },
    ];
    for (const body of bodies) {
      const e = await rejection(updateSegments(ids, body, options()));
      expect(e).toMatchObject({ name: "RequestValidationError", part: "body" });
    }
    expect(server.requests).toHaveLength(0);
    // What is checked is what is sent: a toJSON that gives a valid segment sends that segment.
    server.enqueue({ status: 204 });
    await updateSegments(ids, { toJSON: () => ({ id: "from toJSON" }) }, options());
    expect(server.requests[0]!.text).toBe('{"id":"from toJSON"}');
  });

  it("refuses an invalid body before anything is sent, and before asking for a token", async () => {
    let asked = 0;
    const e = await rejection(
      updateSegments(ids, { startDatetime: "x" }, options({ accessToken: () => `t${++asked}` })),
    );
    expect(e).toMatchObject({
      name: "RequestValidationError",
      part: "body",
      errors: [{ path: "/startDatetime", code: "unknownProperty" }],
    });
    expect([asked, server.requests.length]).toEqual([0, 0]);
  });

  it("refuses a token provider that returns no string, and unusable retry options", async () => {
    const e = await rejection(updateSegments(ids, {}, options({ accessToken: () => Promise.resolve(42) })));
    expect(e).toMatchObject({ name: "RequestValidationError", part: "options", errors: [{ path: "/accessToken" }] });
    const r = await rejection(updateSegments(ids, {}, options({ retry: { maxRetries: -1 } })));
    expect(r).toMatchObject({ part: "options", errors: [{ path: "/retry/maxRetries" }] });
    expect(server.requests).toHaveLength(0);
  });
});

describe("retries", () => {
  it("retries a 429 after the Retry-After seconds, then succeeds, sending the same request again", async () => {
    server.enqueue(
      {
        status: 429,
        json: { error: { code: "TooManyRequests", message: "slow down" } },
        headers: { "retry-after": "2" },
      },
      { status: 200, json: { id: "ok" } },
    );
    expect(await updateSegments(ids, fixed, options())).toEqual({ id: "ok" });
    expect(waits).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.target).toBe(server.requests[0]!.target);
    expect(server.requests[1]!.body.equals(server.requests[0]!.body)).toBe(true);
  });

  it("reads an HTTP-date Retry-After", async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    server.enqueue({ status: 503, headers: { "retry-after": inTenSeconds } }, { status: 200, json: {} });
    await updateSegments(ids, {}, options({ retry: { sleep, maxDelayMs: 20_000 } }));
    expect(waits[0]).toBeGreaterThan(7_000);
    expect(waits[0]).toBeLessThanOrEqual(10_000);
  });

  it("rejects at once, with the wait, when Retry-After asks for more than maxDelayMs: no second request", async () => {
    const throttled = { error: { code: "TooManyRequests", message: "Too many requests." } };
    server.enqueue({ status: 429, json: throttled, headers: { "retry-after": "120" } });
    const e = await rejection(updateSegments(ids, {}, options({ retry: { sleep, maxDelayMs: 30_000 } })));
    expect(e).toBeInstanceOf(p.mod.GraphError);
    expect(e).toMatchObject({ status: 429, code: "TooManyRequests", retryAfterMs: 120_000 });
    expect([waits, server.requests.length]).toEqual([[], 1]);
  });

  it("backs off exponentially with jitter without Retry-After, and gives up after maxRetries with the GraphError", async () => {
    server.enqueue(
      ...Array.from({ length: 4 }, () => ({
        status: 503,
        json: { error: { code: "serviceNotAvailable", message: "busy" } },
      })),
    );
    const e = await rejection(updateSegments(ids, {}, options({ retry: { sleep, maxRetries: 3, baseDelayMs: 100 } })));
    expect(e).toMatchObject({ name: "GraphError", status: 503, code: "serviceNotAvailable", retryAfterMs: undefined });
    expect(waits).toHaveLength(3);
    for (const [i, wait] of waits.entries()) {
      expect(wait).toBeGreaterThanOrEqual(100 * 2 ** i);
      expect(wait).toBeLessThanOrEqual(150 * 2 ** i);
    }
    expect(server.requests).toHaveLength(4);
  });

  it("backs off from 0.5 s by default when Retry-After is unreadable (as a browser sees Graph's, hidden by CORS)", async () => {
    server.enqueue({ status: 429, headers: { "retry-after": "soon" } }, { status: 429 }, { status: 200, json: {} });
    await updateSegments(ids, {}, options());
    expect(waits[0]).toBeGreaterThanOrEqual(500);
    expect(waits[0]).toBeLessThanOrEqual(750);
    expect(waits[1]).toBeGreaterThanOrEqual(1000);
    expect(waits[1]).toBeLessThanOrEqual(1500);
  });

  it("does not retry other statuses, nor at all with retry: false", async () => {
    server.enqueue({ status: 500, json: {} }, { status: 429, headers: { "retry-after": "0" } });
    expect((await rejection(updateSegments(ids, {}, options())))["status"]).toBe(500);
    expect((await rejection(updateSegments(ids, {}, options({ retry: false }))))["status"]).toBe(429);
    expect(server.requests).toHaveLength(2);
  });

  it("waits with a real timer by default", async () => {
    server.enqueue({ status: 429, headers: { "retry-after": "0" } }, { status: 200, json: {} });
    await updateSegments(ids, {}, { baseUrl: `${server.url}/beta` });
    expect(server.requests).toHaveLength(2);
  });
});

describe("timeouts", () => {
  it("abandon an attempt the server never answers with a TimeoutError, after retrying it like a 504", async () => {
    server.enqueue({ hang: true }, { hang: true });
    const e = await rejection(updateSegments(ids, {}, options({ timeoutMs: 300, retry: { sleep, maxRetries: 1 } })));
    expect(e).toBeInstanceOf(p.mod["TimeoutError"] as unknown as new () => Error);
    expect(e).toMatchObject({ operation: "updateSegments", timeoutMs: 300, attempts: 2 });
    expect(waits).toHaveLength(1);
    await server.waitForRequests(2);
  });

  it("retry an attempt that timed out, and resolve with the answer of the next one", async () => {
    server.enqueue({ hang: true }, { status: 200, json: { id: "second" } });
    expect(await updateSegments(ids, {}, options({ timeoutMs: 300 }))).toEqual({ id: "second" });
    expect(server.requests).toHaveLength(2);
  });
});

describe("abort", () => {
  it("stops a request in flight", async () => {
    server.enqueue({ hang: true });
    const controller = new AbortController();
    const pending = updateSegments(ids, {}, options({ signal: controller.signal }));
    await server.waitForRequests(1);
    controller.abort();
    const e = await rejection(pending);
    expect(e.name).toBe("AbortError");
    await server.requests[0]!.closedEarly;
  });

  it("stops while waiting to retry, and sends nothing once aborted", async () => {
    server.enqueue({ status: 429, headers: { "retry-after": "30" } });
    const controller = new AbortController();
    const pending = updateSegments(ids, {}, { baseUrl: `${server.url}/beta`, signal: controller.signal });
    await server.waitForRequests(1);
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    expect((await rejection(pending)).name).toBe("AbortError");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await rejection(updateSegments(ids, {}, options({ signal: controller.signal })))).name).toBe("AbortError");
    expect(server.requests).toHaveLength(1);
  });
});
