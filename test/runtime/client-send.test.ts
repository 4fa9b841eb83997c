/**
 * The client's sending (generator/runtime/src/client-send.ts), imported as source, against a real
 * HTTP server on 127.0.0.1: what each declared success response resolves to (none, an object, a
 * page, a primitive's value, a page of primitives, raw bytes) and the errors when the answer is not
 * what is declared; Retry-After longer than allowed; the back-off without it; the timeout of an
 * attempt, per call and per client; createClient's defaults; and paging with a foreign next link.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createClient,
  GraphError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
} from "../../generator/runtime/src/client.ts";
import { sendPages, sendRequest } from "../../generator/runtime/src/client-send.ts";
import type { Operation, ResponseSpec, Validate } from "../../generator/runtime/src/client-url.ts";
import { startServer, type TestServer } from "../support/server.ts";

/** `{ id: string }` in response mode: other properties tolerated. */
const validateItem: Validate = (value) =>
  typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string"
    ? { ok: true, value }
    : { ok: false, errors: [{ path: "/id", code: "type", message: "expected a string" }] };
const isInt32 = (x: unknown): boolean => Number.isInteger(x);

let server: TestServer;
let waits: number[];
const sleep = (ms: number): Promise<void> => {
  waits.push(ms);
  return Promise.resolve();
};

function op(responses: Record<number, ResponseSpec>, extra: Partial<Operation> = {}): Operation {
  return { id: "op", method: "GET", baseUrl: `${server.url}/v1.0`, path: ["items"], responses, ...extra };
}

async function rejection(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error("expected a rejection");
}

beforeEach(async () => {
  server = await startServer();
  waits = [];
});
afterEach(async () => {
  vi.useRealTimers();
  await server.close();
});

describe("declared success responses decide what the call resolves to", () => {
  const update = (): Operation =>
    op({ 200: { kind: "object", validate: validateItem }, 204: { kind: "none" } }, { method: "PATCH" });

  it("undefined for a 204, the checked body for a 200 (a PATCH declaring both)", async () => {
    server.enqueue({ status: 204 }, { status: 200, json: { id: "x", more: 1 } });
    expect(await sendRequest(update(), {}, undefined, {})).toBeUndefined();
    expect(await sendRequest(update(), {}, undefined, {})).toEqual({ id: "x", more: 1 });
  });

  it("a typed error for a 200 without the body it declares, a body where none is declared, an undeclared status", async () => {
    const none = op({ 200: { kind: "none" } });
    server.enqueue({ status: 200 }, { status: 200, json: { id: "x" } }, { status: 202 });
    expect(await rejection(sendRequest(update(), {}, undefined, {}))).toMatchObject({
      name: "ResponseValidationError",
      status: 200,
      errors: [{ path: "", code: "noBody", message: "the 200 response has no body, the operation declares one" }],
    });
    expect(await rejection(sendRequest(none, {}, undefined, {}))).toMatchObject({
      errors: [{ code: "unexpectedBody", message: "the 200 response has a body, the operation declares none for it" }],
    });
    expect(await rejection(sendRequest(update(), {}, undefined, {}))).toMatchObject({
      status: 202,
      errors: [{ code: "status", message: "the service answered 202, the operation declares 200, 204" }],
    });
  });

  it('the value of a primitive ({ "value": ... } on the wire), checked', async () => {
    const count = op({ 200: { kind: "value", type: "Edm.Int32", test: isInt32 } });
    server.enqueue({ status: 200, json: { "@odata.context": "x", value: 42 } }, { status: 200, json: { value: "42" } });
    expect(await sendRequest(count, {}, undefined, {})).toBe(42);
    expect(await rejection(sendRequest(count, {}, undefined, {}))).toMatchObject({
      errors: [{ path: "/value", code: "type", message: "expected Edm.Int32, found a string" }],
    });
    server.enqueue({ status: 200, json: 42 });
    expect(await rejection(sendRequest(count, {}, undefined, {}))).toMatchObject({ errors: [{ path: "" }] });
  });

  it("a page of primitives, every item checked, and pages of objects", async () => {
    const numbers = op({ 200: { kind: "values", type: "Edm.Int32", test: isInt32 } });
    server.enqueue({ status: 200, json: { value: [1, 2] } }, { status: 200, json: { value: [1, "x", 3.5] } });
    expect(await sendRequest(numbers, {}, undefined, {})).toEqual({ value: [1, 2] });
    const e = await rejection(sendRequest(numbers, {}, undefined, {}));
    expect((e["errors"] as { path: string }[]).map((x) => x.path)).toEqual(["/value/1", "/value/2"]);
    const items = op({ 200: { kind: "page", validate: validateItem } });
    server.enqueue({ status: 200, json: { value: [{ id: "a" }, { id: 1 }] } });
    expect(await rejection(sendRequest(items, {}, undefined, {}))).toMatchObject({ errors: [{ path: "/value/1/id" }] });
  });

  it("raw bytes with their content type, both ways (Edm.Stream)", async () => {
    const bytes = Buffer.from([0, 1, 2, 255]);
    server.enqueue(
      { status: 200, body: bytes, headers: { "content-type": "image/png" } },
      { status: 200, body: Buffer.alloc(0) },
    );
    const photo = op({ 200: { kind: "stream" } }, { path: ["photo", "$value"] });
    expect(await sendRequest(photo, {}, undefined, {})).toEqual({
      data: new Uint8Array(bytes),
      contentType: "image/png",
    });
    expect(await sendRequest(photo, {}, undefined, {})).toEqual({
      data: new Uint8Array(0),
      contentType: "application/octet-stream",
    });
    expect(server.requests[0]!.headers["accept"]).toBe("*/*");
    const upload = op({ 204: { kind: "none" } }, { method: "PUT", body: { kind: "stream" } });
    server.enqueue({ status: 204 }, { status: 204 });
    await sendRequest(upload, {}, new Blob([bytes], { type: "image/jpeg" }), {});
    await sendRequest(upload, {}, new Uint8Array([7]), {});
    expect(server.requests.slice(2).map((r) => [r.headers["content-type"], [...r.body]])).toEqual([
      ["image/jpeg", [0, 1, 2, 255]],
      ["application/octet-stream", [7]],
    ]);
  });
});

describe("retries", () => {
  const item = (): Operation => op({ 200: { kind: "object", validate: validateItem } });
  const throttled = { error: { code: "TooManyRequests", message: "Too many requests." } };

  it("reject at once when Retry-After is longer than maxDelayMs, with the status and the wait: no second request", async () => {
    server.enqueue({ status: 429, json: throttled, headers: { "retry-after": "120" } });
    const e = await rejection(sendRequest(item(), {}, undefined, { retry: { sleep, maxDelayMs: 30_000 } }));
    expect(e).toBeInstanceOf(GraphError);
    expect(e).toMatchObject({ status: 429, code: "TooManyRequests", retryAfterMs: 120_000 });
    expect(e.message).toBe("op: HTTP 429 TooManyRequests: Too many requests. (Retry-After: 120000 ms)");
    expect([waits, server.requests.length]).toEqual([[], 1]);
  });

  it("wait as Retry-After says when it is within maxDelayMs, and give the wait with the last error", async () => {
    server.enqueue(
      { status: 503, headers: { "retry-after": "30" } },
      { status: 429, json: throttled, headers: { "retry-after": "1" } },
    );
    const e = await rejection(sendRequest(item(), {}, undefined, { retry: { sleep, maxRetries: 1 } }));
    expect(e).toMatchObject({ status: 429, retryAfterMs: 1000 });
    expect(waits).toEqual([30_000]);
  });

  it("back off exponentially from 0.5 s with jitter without a readable Retry-After, capped at maxDelayMs", async () => {
    for (let i = 0; i < 5; i++) server.enqueue({ status: 503, headers: { "retry-after": i === 0 ? "" : "later" } });
    server.enqueue({ status: 200, json: { id: "ok" } });
    await sendRequest(item(), {}, undefined, { retry: { sleep, maxRetries: 5, maxDelayMs: 3_000 } });
    expect(waits).toHaveLength(5);
    for (const [n, wait] of waits.slice(0, 3).entries()) {
      expect(wait).toBeGreaterThanOrEqual(500 * 2 ** n);
      expect(wait).toBeLessThanOrEqual(750 * 2 ** n);
    }
    expect(waits.slice(3)).toEqual([3_000, 3_000]);
  });
});

describe("timeouts", () => {
  const item = (): Operation => op({ 200: { kind: "object", validate: validateItem } });

  it("abandon an attempt the server never answers, with a TimeoutError, separate from the caller's signal", async () => {
    server.enqueue({ hang: true });
    const e = await rejection(sendRequest(item(), {}, undefined, { timeoutMs: 300, retry: false }));
    expect(e).toBeInstanceOf(TimeoutError);
    expect(e).toMatchObject({ operation: "op", timeoutMs: 300, attempts: 1 });
    await server.waitForRequests(1);
    await server.requests[0]!.closedEarly;
  });

  it("abandon an attempt whose body never ends", async () => {
    server.enqueue({ status: 200, json: { id: "never ends" }, stall: true });
    expect(await rejection(sendRequest(item(), {}, undefined, { timeoutMs: 100, retry: false }))).toBeInstanceOf(
      TimeoutError,
    );
  });

  it("are retried like a 504, with the back-off", async () => {
    server.enqueue({ hang: true }, { hang: true }, { status: 200, json: { id: "third" } });
    expect(await sendRequest(item(), {}, undefined, { timeoutMs: 300, retry: { sleep } })).toEqual({ id: "third" });
    expect([server.requests.length, waits.length]).toEqual([3, 2]);
    server.enqueue({ hang: true }, { hang: true });
    const e = await rejection(sendRequest(item(), {}, undefined, { timeoutMs: 300, retry: { sleep, maxRetries: 1 } }));
    expect(e).toMatchObject({ name: "TimeoutError", attempts: 2 });
  });

  it("take 100 s by default, per attempt", async () => {
    vi.useFakeTimers();
    let aborted: unknown;
    const fetch = (_url: string, init: RequestInit): Promise<Response> =>
      new Promise((_resolve, reject) =>
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as fetch: the abort's reason
        init.signal?.addEventListener("abort", () => reject((aborted = init.signal?.reason))),
      );
    const pending = rejection(sendRequest(item(), {}, undefined, { fetch, retry: false }));
    await vi.advanceTimersByTimeAsync(99_999);
    expect(aborted).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ name: "TimeoutError", timeoutMs: 100_000 });
  });

  it("is not what the caller's abort gives: that is its own reason, and never retried", async () => {
    server.enqueue({ hang: true });
    const controller = new AbortController();
    const pending = rejection(sendRequest(item(), {}, undefined, { signal: controller.signal, retry: { sleep } }));
    await server.waitForRequests(1);
    controller.abort();
    expect((await pending).name).toBe("AbortError");
    expect(server.requests).toHaveLength(1);
  });

  it("is set per client, and a call's own setting wins", async () => {
    const client = createClient({ timeoutMs: 50, retry: false });
    server.enqueue({ hang: true }, { hang: true });
    expect(await rejection(sendRequest(item(), {}, undefined, { client }))).toMatchObject({ timeoutMs: 50 });
    expect(await rejection(sendRequest(item(), {}, undefined, { client, timeoutMs: 80 }))).toMatchObject({
      timeoutMs: 80,
    });
  });

  it("refuse an unusable timeout before anything is sent", async () => {
    for (const timeoutMs of [0, -1, 1.5, 2 ** 31, "100"]) {
      const e = await rejection(sendRequest(item(), {}, undefined, { timeoutMs: timeoutMs as number }));
      expect(e).toBeInstanceOf(RequestValidationError);
      expect(e["errors"]).toMatchObject([{ path: "/timeoutMs" }]);
    }
    expect(() => createClient({ timeoutMs: -5 })).toThrow(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("createClient", () => {
  const item = (): Operation => op({ 200: { kind: "object", validate: validateItem } });

  it("gives its defaults to every call: base URL, token provider, headers (combined, the call's winning)", async () => {
    let n = 0;
    const client = createClient({
      baseUrl: `${server.url}/other`,
      accessToken: () => `t${++n}`,
      headers: { "x-client": "c", "x-both": "client", Prefer: "odata.maxpagesize=10" },
    });
    server.enqueue({ status: 200, json: { id: "a" } }, { status: 200, json: { id: "b" } });
    await sendRequest(item(), {}, undefined, { client });
    await sendRequest(item(), {}, undefined, { client, headers: { "X-Both": "call", prefer: "return=minimal" } });
    const [first, second] = server.requests;
    expect([first!.target, first!.headers["authorization"], first!.headers["x-both"]]).toEqual([
      "/other/items",
      "Bearer t1",
      "client",
    ]);
    expect([second!.headers["authorization"], second!.headers["x-client"], second!.headers["x-both"]]).toEqual([
      "Bearer t2",
      "c",
      "call",
    ]);
    expect(second!.headers["prefer"]).toBe("odata.maxpagesize=10, return=minimal");
  });

  it("refuses a bad default at once", () => {
    expect(() => createClient({ retry: { maxRetries: -1 } })).toThrow(RequestValidationError);
    expect(() => createClient(null as never)).toThrow(RequestValidationError);
  });

  it("lets a client's signal and a call's signal both cancel", async () => {
    const forClient = new AbortController();
    const client = createClient({ signal: forClient.signal });
    server.enqueue({ hang: true });
    const pending = rejection(sendRequest(item(), {}, undefined, { client, signal: new AbortController().signal }));
    await server.waitForRequests(1);
    forClient.abort();
    expect((await pending).name).toBe("AbortError");
  });
});

describe("paging", () => {
  const list = (): Operation => op({ 200: { kind: "page", validate: validateItem } });

  it("yields every item received before refusing a foreign next link, and names the link's origin", async () => {
    server.enqueue({
      status: 200,
      json: { value: [{ id: "a" }, { id: "b" }], "@odata.nextLink": "https://evil.example:8443/steal?x=1" },
    });
    const seen: string[] = [];
    let error: unknown;
    try {
      for await (const item of sendPages<{ id: string }>(list(), {}, { retry: false })) seen.push(item.id);
    } catch (e) {
      error = e;
    }
    expect(seen).toEqual(["a", "b"]);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).errors[0]!.message).toContain("https://evil.example:8443");
    expect(server.requests).toHaveLength(1);
  });

  it("iterates a page of primitives", async () => {
    const numbers = op({ 200: { kind: "values", type: "Edm.Int32", test: isInt32 } });
    server.enqueue(
      { status: 200, json: { value: [1, 2], "@odata.nextLink": `${server.url}/v1.0/items?$skiptoken=2` } },
      { status: 200, json: { value: [3] } },
    );
    const seen: number[] = [];
    for await (const n of sendPages<number>(numbers, {}, {})) seen.push(n);
    expect(seen).toEqual([1, 2, 3]);
    expect(server.requests.map((r) => r.target)).toEqual(["/v1.0/items", "/v1.0/items?$skiptoken=2"]);
  });
});
