/**
 * Functions and actions, generated from the functions fixture spec (`test/fixtures/functions/spec/`)
 * and run against a real HTTP server: the request target exactly as it
 * arrives (each parameter an OData literal; aliases in the query; optional parameters left out),
 * action bodies checked before anything is sent, and what each return shape resolves to.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server.ts";
import { FIXTURES } from "../support/fixtures.ts";
import { loadPackage, rejection, type LoadedPackage } from "./support.ts";

let p: LoadedPackage;
let server: TestServer;
const options = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  baseUrl: `${server.url}/v1.0`,
  accessToken: "t",
  retry: false,
  ...extra,
});
const send = <T = unknown>(name: string, ...args: unknown[]): Promise<T> => p.call<Promise<T>>(name, ...args);
const target = (): string => server.requests.at(-1)!.target;
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

beforeAll(async () => {
  p = await loadPackage(`${FIXTURES}/functions/spec`);
});
afterAll(() => p.dispose());
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => server.close());

describe("functions", () => {
  it("getPstnCalls for a date range: the date-times bare, every row of every page", async () => {
    const range = { fromDateTime: "2024-05-01T00:00:00Z", toDateTime: "2024-06-01T00:00:00+02:00" };
    const call =
      "/v1.0/communications/callRecords/microsoft.graph.callRecords.getPstnCalls(fromDateTime=2024-05-01T00:00:00Z,toDateTime=2024-06-01T00:00:00%2B02:00)";
    server.enqueue(
      { status: 200, json: { value: [{ id: "a", duration: 60 }], "@odata.nextLink": `${server.url}${call}?$skip=1` } },
      { status: 200, json: { value: [{ id: "b", charge: 0.5 }] } },
    );
    const rows = await collect(p.call<AsyncIterable<{ id: string }>>("getPstnCallsAll", range, options()));
    expect(rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(server.requests.map((r) => r.target)).toEqual([call, `${call}?$skip=1`]);
    expect(p.call<{ url: string }>("buildGetPstnCallsRequest", range).url).toBe(`https://example.test${call}`);
  });

  it("bound to a collection: a string quoted ('' doubled, encoded), an enum ns.enum'member', an optional number", async () => {
    server.enqueue({ status: 200, json: { "@odata.context": "x", value: 42 } }, { status: 200, json: { value: 0 } });
    expect(await send("countThings", { name: "o'brien/x?#", color: "red", top: 5 }, options())).toBe(42);
    expect(target()).toBe("/v1.0/things/test.fn.count(name='o%27%27brien%2Fx%3F%23',color=test.fn.color'red',top=5)");
    expect(await send("countThings", { name: "é", color: "green" }, options())).toBe(0);
    expect(target()).toBe("/v1.0/things/test.fn.count(name='%C3%A9',color=test.fn.color'green')");
    server.enqueue({ status: 200, json: { value: 1 } });
    await send("countThings", { name: "", color: "red", top: null }, options());
    expect(target()).toBe("/v1.0/things/test.fn.count(name='',color=test.fn.color'red',top=null)");
  });

  it("passes a collection and a complex value by alias, and null as null where the parameter may be null", async () => {
    server.enqueue({ status: 200, json: { value: ["x", "y"] } }, { status: 200, json: { value: [] } });
    const page = await send("findThings", { ids: ["a'1", "b/2"], filter: { label: "x&y" } }, options());
    expect(page).toEqual({ value: ["x", "y"] });
    expect(target()).toBe(
      "/v1.0/things/test.fn.find(ids=@ids,filter=@filter)?@ids=%5B%22a%271%22%2C%22b%2F2%22%5D&@filter=%7B%22label%22%3A%22x%26y%22%7D",
    );
    await send("findThings", { ids: [], filter: null }, options());
    expect(target()).toBe("/v1.0/things/test.fn.find(ids=@ids,filter=null)?@ids=%5B%5D");
  });

  it("passes an Edm.Untyped value by alias, as the JSON that is sent", async () => {
    server.enqueue({ status: 200, json: { value: [] } });
    await send("findThings", { ids: [], filter: null, hint: { deep: [1, "two", null] } }, options());
    expect(target()).toBe(
      "/v1.0/things/test.fn.find(ids=@ids,filter=null,hint=@hint)?@ids=%5B%5D&@hint=%7B%22deep%22%3A%5B1%2C%22two%22%2Cnull%5D%7D",
    );
  });

  it("iterates a collection of primitives across pages (findThingsAll)", async () => {
    server.enqueue(
      { status: 200, json: { value: ["a"], "@odata.nextLink": `${server.url}/v1.0/next` } },
      { status: 200, json: { value: ["b", "c"] } },
    );
    expect(await collect(p.call<AsyncIterable<string>>("findThingsAll", { ids: [], filter: null }, options()))).toEqual(
      ["a", "b", "c"],
    );
  });

  it("bound to an entity, without parameters: name(), resolving an enum's value (a later member too)", async () => {
    server.enqueue({ status: 200, json: { value: "green" } }, { status: 200, json: { value: "addedLater" } });
    expect(await send("thingColor", { thingId: "a/b" }, options())).toBe("green");
    expect(target()).toBe("/v1.0/things/a%2Fb/test.fn.color()");
    expect(await send("thingColor", { thingId: "a" }, options())).toBe("addedLater");
    server.enqueue({ status: 200, json: { value: 3 } });
    expect(await rejection(send("thingColor", { thingId: "a" }, options()))).toMatchObject({
      name: "ResponseValidationError",
      errors: [{ path: "/value" }],
    });
  });

  it("resolves a complex value as the object, checked", async () => {
    server.enqueue({ status: 200, json: { id: "r", minutes: 3 } }, { status: 200, json: { id: "r", minutes: "3" } });
    expect(await send("latestRow", {}, options())).toEqual({ id: "r", minutes: 3 });
    expect(target()).toBe("/v1.0/reports/test.fn.latest()");
    expect(await rejection(send("latestRow", {}, options()))).toMatchObject({ errors: [{ path: "/minutes" }] });
  });

  it("refuses a parameter of the wrong form before anything is sent, naming it", async () => {
    for (const [params, path] of [
      [{ from: "2024-13-01T00:00:00Z", to: "2024-01-01T00:00:00Z" }, "/from"],
      [{ from: "2024-01-01T00:00:00Z" }, "/to"],
      [{ from: "2024-01-01T00:00:00Z", to: null }, "/to"],
    ] as const) {
      const e = await rejection(send("getRows", params, options()));
      expect(e).toMatchObject({ name: "RequestValidationError", part: "params", errors: [{ path }] });
    }
    const e = await rejection(send("countThings", { name: "x", color: "blue" }, options()));
    expect(e).toMatchObject({ errors: [{ path: "/color" }] });
    expect(await rejection(send("findThings", { ids: ["a", 1], filter: null }, options()))).toMatchObject({
      errors: [{ path: "/ids/1" }],
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe("actions", () => {
  it("bound to an entity: POST with the parameters as a JSON body, optional ones left out, 204 to undefined", async () => {
    server.enqueue({ status: 204 }, { status: 204 });
    expect(await send("resetThing", { thingId: "t 1" }, { reason: "stale" }, options())).toBeUndefined();
    const [first] = server.requests;
    expect([first!.method, first!.target, first!.headers["content-type"], first!.text]).toEqual([
      "POST",
      "/v1.0/things/t%201/test.fn.reset",
      "application/json",
      '{"reason":"stale"}',
    ]);
    await send("resetThing", { thingId: "t" }, { reason: "x", when: "2024-01-01T00:00:00Z" }, options());
    expect(server.requests[1]!.text).toBe('{"reason":"x","when":"2024-01-01T00:00:00Z"}');
  });

  it("checks the body (validate<Op>Body) as the JSON that is sent, before anything is sent", async () => {
    for (const body of [{}, { reason: 5 }, { reason: "x", extra: 1 }, { toJSON: () => ({ reason: 1 }) }]) {
      const e = await rejection(send("resetThing", { thingId: "t" }, body, options()));
      expect(e).toMatchObject({ name: "RequestValidationError", part: "body" });
    }
    expect(server.requests).toHaveLength(0);
  });

  it("bound to a collection, resolving an entity; unbound, resolving a primitive's value", async () => {
    server.enqueue({ status: 200, json: { id: "copy", name: "n" } }, { status: 200, json: { value: "pong" } });
    expect(await send("copyThing", {}, { name: "n", color: "green" }, options())).toEqual({ id: "copy", name: "n" });
    expect([server.requests[0]!.target, server.requests[0]!.text]).toEqual([
      "/v1.0/things/test.fn.copy",
      '{"name":"n","color":"green"}',
    ]);
    expect(await send("ping", {}, { text: "ping" }, options())).toBe("pong");
    expect(server.requests[1]!.target).toBe("/v1.0/test.fn.ping");
  });
});

describe("raw bytes (Edm.Stream)", () => {
  it("are sent as they are and read back with their content type", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    server.enqueue({ status: 204 }, { status: 200, body: png, headers: { "content-type": "image/png" } });
    await send("setPhoto", { thingId: "t" }, new Blob([png], { type: "image/png" }), options());
    expect([
      server.requests[0]!.method,
      server.requests[0]!.headers["content-type"],
      [...server.requests[0]!.body],
    ]).toEqual(["PUT", "image/png", [...png]]);
    expect(await send("getPhoto", { thingId: "t" }, options())).toEqual({
      data: new Uint8Array(png),
      contentType: "image/png",
    });
    expect(server.requests[1]!.headers["accept"]).toBe("*/*");
  });
});
