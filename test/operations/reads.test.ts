/**
 * Reading call records against a real HTTP server on 127.0.0.1: `getCallRecord` and `listSessions`
 * with `$select` and nested `$expand` (the raw request target), paging with `listSessionsAll`
 * (every page followed, the next link checked before anything is sent to it, the page bound, abort),
 * the "List sessions" page's own example responses, and the response checks, expanded items included.
 */
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { startServer, type TestServer } from "../support/server.ts";
import { loadPackage, rejection, thrown, type Built, type LoadedPackage } from "./support.ts";

const RECORD = "e523d2ed-2966-4b6b-925b-754a88034cc5";
const SESSIONS = `/beta/communications/callRecords/${RECORD}/sessions`;

/** The JSON bodies of the page's example responses (`HTTP/1.1 200 OK`, headers, blank line, JSON). */
function docsResponses(): unknown[] {
  const md = readFileSync(`${FIXTURES}/reference/graph-docs/callrecords-session-list.md`, "utf8");
  return [...md.matchAll(/```http\n(HTTP\/1\.1 200 OK\n[\s\S]*?)```/g)].map(
    (m) => JSON.parse(m[1]!.slice(m[1]!.indexOf("\n\n") + 2)) as unknown,
  );
}

let p: LoadedPackage;
let server: TestServer;
const options = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  baseUrl: `${server.url}/beta`,
  accessToken: "token-1",
  retry: false,
  ...extra,
});
const getCallRecord = (opts: unknown, params: unknown = { callRecordId: RECORD }): Promise<Record<string, unknown>> =>
  p.call("getCallRecord", params, opts);
const listSessions = (opts: unknown): Promise<{ value: unknown[] }> =>
  p.call("listSessions", { callRecordId: RECORD }, opts);
const listSessionsAll = (opts: unknown): AsyncIterable<{ id: string }> =>
  p.call("listSessionsAll", { callRecordId: RECORD }, opts);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function collectionRejection(
  items: AsyncIterable<unknown>,
): Promise<{ error: Error & Record<string, unknown>; seen: unknown[] }> {
  const seen: unknown[] = [];
  try {
    for await (const item of items) seen.push(item);
  } catch (e) {
    return { error: e as Error & Record<string, unknown>, seen };
  }
  throw new Error("expected the iteration to fail");
}

const session = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  modalities: ["audio"],
  startDateTime: "2020-02-25T18:52:21.2169889Z",
  ...extra,
});

beforeAll(async () => {
  p = await loadPackage(SHIPPED_SPEC);
});
afterAll(() => p.dispose());
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => server.close());

describe("$select and $expand", () => {
  it("sends $select and a nested $expand exactly as OData writes them", async () => {
    server.enqueue({ status: 200, json: { id: RECORD, sessions: [{ id: "s1", segments: [{ id: "g1" }] }] } });
    const result = await getCallRecord(
      options({
        select: ["id", "startDateTime"],
        expand: { sessions: { expand: { segments: true }, select: ["id"] } },
      }),
    );
    expect(server.requests[0]!.target).toBe(
      `/beta/communications/callRecords/${RECORD}?$select=id,startDateTime&$expand=sessions($expand=segments;$select=id)`,
    );
    expect(server.requests[0]!.headers["authorization"]).toBe("Bearer token-1");
    expect(result).toEqual({ id: RECORD, sessions: [{ id: "s1", segments: [{ id: "g1" }] }] });
  });

  it("builds the same URL synchronously, and leaves out options that are not given or empty", () => {
    const built = p.call<Built>("buildListSessionsRequest", { callRecordId: RECORD }, { expand: { segments: true } });
    expect(built).toEqual({
      method: "GET",
      url: `https://graph.microsoft.com${SESSIONS}?$expand=segments`,
      headers: { Accept: "application/json" },
      body: null,
    });
    expect(p.call<Built>("buildListSessionsRequest", { callRecordId: RECORD }).url).toBe(
      `https://graph.microsoft.com${SESSIONS}`,
    );
    expect(p.call<Built>("buildListSessionsRequest", { callRecordId: RECORD }, { expand: {} }).url).toBe(
      `https://graph.microsoft.com${SESSIONS}`,
    );
    expect(
      p.call<Built>("buildGetCallRecordRequest", { callRecordId: RECORD }, { expand: { sessions: true } }).url,
    ).toBe(`https://graph.microsoft.com/beta/communications/callRecords/${RECORD}?$expand=sessions`);
  });

  it("refuses a name that is not a property or navigation property of its type, before anything is sent", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ select: ["nope"] }, "/select/0"],
      [{ select: ["id", "id)&$filter=x"] }, "/select/1"],
      [{ select: ["@odata.type"] }, "/select/0"],
      [{ select: [] }, "/select"],
      [{ select: "id" }, "/select"],
      [{ expand: { joinWebUrl: true } }, "/expand/joinWebUrl"],
      [{ expand: { segments: true } }, "/expand/segments"],
      [{ expand: { sessions: { expand: { sessions: true } } } }, "/expand/sessions/expand/sessions"],
      [{ expand: { sessions: { select: ["segments"] } } }, "/expand/sessions/select/0"],
      [{ expand: { sessions: { top: 5 } } }, "/expand/sessions/top"],
      [{ expand: { sessions: false } }, "/expand/sessions"],
      [{ expand: ["sessions"] }, "/expand"],
    ];
    for (const [opts, path] of cases) {
      const e = await rejection(getCallRecord(options(opts)));
      expect(e, JSON.stringify(opts)).toMatchObject({
        name: "RequestValidationError",
        part: "options",
        errors: [{ path }],
      });
    }
    expect(server.requests).toHaveLength(0);
  });

  it("names the type a wrong name was looked up in, at every depth", async () => {
    const message = async (opts: Record<string, unknown>): Promise<unknown> =>
      ((await rejection(getCallRecord(options(opts)))).errors as { message: string }[])[0]!.message;
    expect(await message({ select: ["nope"] })).toBe(
      '"nope" is not a property of microsoft.graph.callRecords.callRecord',
    );
    expect(await message({ expand: { sessions: { expand: { sessions: true } } } })).toBe(
      '"sessions" is not a navigation property of microsoft.graph.callRecords.session',
    );
    expect(await message({ expand: { sessions: { expand: { segments: { select: ["label"] } } } } })).toBe(
      '"label" is not a property of microsoft.graph.callRecords.segment',
    );
  });

  it("percent-encodes the path parameter and keeps the query syntax literal", () => {
    const built = p.call<Built>("buildGetCallRecordRequest", { callRecordId: "a(b),c;d=e$f" }, { select: ["id"] });
    expect(built.url).toBe(
      "https://graph.microsoft.com/beta/communications/callRecords/a%28b%29%2Cc%3Bd%3De%24f?$select=id",
    );
    expect(thrown(() => p.call("buildGetCallRecordRequest", {}, { select: ["id"] }))).toMatchObject({
      part: "params",
      errors: [{ path: "/callRecordId" }],
    });
  });
});

describe("the response checks", () => {
  it("accept the List sessions page's own example responses, segments expanded or not", async () => {
    const [plain, expanded] = docsResponses();
    expect(plain).toBeDefined();
    expect(expanded).toBeDefined();
    server.enqueue({ status: 200, json: plain }, { status: 200, json: expanded });
    expect(await listSessions(options())).toEqual(plain);
    expect(await listSessions(options({ expand: { segments: true } }))).toEqual(expanded);
    expect(server.requests.map((r) => r.target)).toEqual([SESSIONS, `${SESSIONS}?$expand=segments`]);
  });

  it("refuse a response that lacks a navigation property it expanded", async () => {
    const [plain] = docsResponses();
    server.enqueue({ status: 200, json: plain });
    const e = await rejection(listSessions(options({ expand: { segments: true } })));
    expect(e).toMatchObject({
      name: "ResponseValidationError",
      errors: [{ path: "/value/0/segments", code: "expanded" }],
    });
  });

  it("accept a missing property that is not nullable: any property may be absent", async () => {
    server.enqueue(
      { status: 200, json: { value: [{ id: "s1" }] } },
      { status: 200, json: { id: RECORD, sessions: [{ segments: [{}] }] } },
    );
    expect(await listSessions(options())).toEqual({ value: [{ id: "s1" }] });
    expect(await getCallRecord(options({ expand: { sessions: { expand: { segments: true } } } }))).toEqual({
      id: RECORD,
      sessions: [{ segments: [{}] }],
    });
  });

  it("reject a wrong type with its path, inside expanded sessions and segments too", async () => {
    server.enqueue(
      { status: 200, json: { value: [session("s1"), session("s2", { isTest: "no" })] } },
      { status: 200, json: { value: [session("s1", { segments: [{ id: "g1" }, { id: "g2", startDateTime: 5 }] })] } },
      { status: 200, json: { id: RECORD, version: "7" } },
      {
        status: 200,
        json: {
          id: RECORD,
          sessions: [session("s1", { segments: [{ id: "g1", media: [{ streams: [{ averageJitter: "soon" }] }] }] })],
        },
      },
      { status: 200, json: { id: RECORD, sessions: { id: "s1" } } },
    );
    const wrong = async (pending: Promise<unknown>): Promise<string[]> =>
      ((await rejection(pending))["errors"] as { path: string }[]).map((x) => x.path);
    expect(await wrong(listSessions(options()))).toEqual(["/value/1/isTest"]);
    expect(await wrong(listSessions(options({ expand: { segments: true } })))).toEqual([
      "/value/0/segments/1/startDateTime",
    ]);
    expect(await wrong(getCallRecord(options({ expand: { sessions: { expand: { segments: true } } } })))).toEqual([
      "/version",
    ]);
    expect(await wrong(getCallRecord(options({ expand: { sessions: { expand: { segments: true } } } })))).toEqual([
      "/sessions/0/segments/0/media/0/streams/0/averageJitter",
    ]);
    expect(await wrong(getCallRecord(options({ expand: { sessions: true } })))).toEqual(["/sessions"]);
  });

  it("reject a wrong type deep in an expanded segment, reported once, with its path", async () => {
    const record = { id: RECORD, sessions: [session("s1", { segments: [{ id: "g1", startDateTime: 5 }] })] };
    server.enqueue({ status: 200, json: record });
    const e = await rejection(getCallRecord(options({ expand: { sessions: { expand: { segments: true } } } })));
    expect(e).toMatchObject({
      name: "ResponseValidationError",
      status: 200,
      body: record,
      errors: [{ path: "/sessions/0/segments/0/startDateTime", code: "type" }],
    });
    expect(e["errors"]).toHaveLength(1);
  });

  it("reject a next link that is not a string", async () => {
    server.enqueue({ status: 200, json: { value: [], "@odata.nextLink": 3 } });
    expect(await rejection(listSessions(options()))).toMatchObject({
      errors: [{ path: "/@odata.nextLink", code: "type" }],
    });
  });
});

describe("paging: listSessionsAll", () => {
  const page = (ids: string[], next?: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    value: ids.map((id) => session(id, extra)),
    ...(next === undefined ? {} : { "@odata.nextLink": next }),
  });

  it("follows three pages to the end and yields every item in order, with the same headers", async () => {
    server.enqueue(
      {
        status: 200,
        json: page(["a", "b"], `${server.url}${SESSIONS}?$expand=segments&$skiptoken=p2`, { segments: [] }),
      },
      {
        status: 200,
        json: page(["c"], `${server.url}${SESSIONS}?$expand=segments&$skiptoken=p3`, { segments: [{ id: "g" }] }),
      },
      { status: 200, json: page(["d", "e"], undefined, { segments: [] }) },
    );
    let n = 0;
    const items = await collect(
      listSessionsAll(
        options({
          accessToken: () => Promise.resolve(`token-${++n}`),
          expand: { segments: true },
          headers: { "client-request-id": "c-1" },
        }),
      ),
    );
    expect(items.map((s) => s.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(server.requests.map((r) => r.target)).toEqual([
      `${SESSIONS}?$expand=segments`,
      `${SESSIONS}?$expand=segments&$skiptoken=p2`,
      `${SESSIONS}?$expand=segments&$skiptoken=p3`,
    ]);
    expect(server.requests.map((r) => r.headers["authorization"])).toEqual([
      "Bearer token-1",
      "Bearer token-2",
      "Bearer token-3",
    ]);
    expect(server.requests.every((r) => r.headers["client-request-id"] === "c-1" && r.method === "GET")).toBe(true);
  });

  it("checks every page: a wrong item on page 2 is a ResponseValidationError after page 1's items", async () => {
    server.enqueue(
      { status: 200, json: page(["a"], `${server.url}${SESSIONS}?$skiptoken=p2`) },
      { status: 200, json: { value: [session("b", { isTest: 1 })] } },
    );
    const { error, seen } = await collectionRejection(listSessionsAll(options()));
    expect(error).toMatchObject({ name: "ResponseValidationError", errors: [{ path: "/value/0/isTest" }] });
    expect(seen).toHaveLength(1);
  });

  it("yields the items of a page with a next link to another host, then refuses it, naming where it leads", async () => {
    const other = await startServer();
    try {
      for (const next of [
        `${other.url}${SESSIONS}?$skiptoken=p2`,
        `http://localhost:${new URL(server.url).port}${SESSIONS}?$skiptoken=p2`,
        "https://graph.microsoft.com/beta/x",
        "javascript:alert(1)",
        `http://user:pw@${new URL(server.url).host}${SESSIONS}`,
      ]) {
        server.enqueue({ status: 200, json: page(["a", "b"], next) });
        const { error, seen } = await collectionRejection(listSessionsAll(options()));
        expect(error, next).toMatchObject({
          name: "ResponseValidationError",
          errors: [{ path: "/@odata.nextLink", code: "nextLink" }],
        });
        expect((seen as { id: string }[]).map((x) => x.id)).toEqual(["a", "b"]);
        const origin = URL.canParse(next) ? new URL(next).origin : "";
        if (origin !== "null" && origin !== "")
          expect((error["errors"] as { message: string }[])[0]!.message).toContain(origin);
      }
      expect(server.requests).toHaveLength(5);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it("refuses an http next link when the base URL is https (same host), before sending", async () => {
    const sent: string[] = [];
    const fetchSpy = (url: string): Promise<Response> => {
      sent.push(url);
      const body = JSON.stringify(page(["a"], "http://graph.microsoft.com/beta/next"));
      return Promise.resolve(new Response(body, { status: 200, headers: { "content-type": "application/json" } }));
    };
    const { error } = await collectionRejection(listSessionsAll({ fetch: fetchSpy, accessToken: "t" }));
    expect(error).toMatchObject({ name: "ResponseValidationError", errors: [{ path: "/@odata.nextLink" }] });
    expect(error.message).toMatch(
      /leads to http:\/\/graph\.microsoft\.com, not to the base URL's origin https:\/\/graph\.microsoft\.com/,
    );
    expect(sent).toEqual([`https://graph.microsoft.com${SESSIONS}`]);
  });

  it("resolves a relative next link against the page's URL", async () => {
    server.enqueue({ status: 200, json: page(["a"], "sessions?$skiptoken=p2") }, { status: 200, json: page(["b"]) });
    expect((await collect(listSessionsAll(options()))).map((s) => s.id)).toEqual(["a", "b"]);
    expect(server.requests[1]!.target).toBe(`${SESSIONS}?$skiptoken=p2`);
  });

  it("stops at maxPages with a PageLimitError after the last allowed page's items", async () => {
    server.enqueue(
      { status: 200, json: page(["a"], `${server.url}${SESSIONS}?$skiptoken=p2`) },
      { status: 200, json: page(["b"], `${server.url}${SESSIONS}?$skiptoken=p3`) },
    );
    const { error, seen } = await collectionRejection(listSessionsAll(options({ maxPages: 2 })));
    expect(error).toMatchObject({
      name: "PageLimitError",
      maxPages: 2,
      nextLink: `${server.url}${SESSIONS}?$skiptoken=p3`,
    });
    expect(seen).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
    for (const maxPages of [0, 1.5, "3"]) {
      const bad = await collectionRejection(listSessionsAll(options({ maxPages })));
      expect(bad.error).toMatchObject({ name: "RequestValidationError", errors: [{ path: "/maxPages" }] });
    }
    expect(server.requests).toHaveLength(2);
  });

  it("follows a next link that points back to the same page at most maxPages times (default 100)", async () => {
    let self = "";
    const looping = await startServer(() => ({ status: 200, json: page(["x"], `${self}${SESSIONS}?$skiptoken=same`) }));
    self = looping.url;
    try {
      const { error, seen } = await collectionRejection(
        listSessionsAll({ ...options(), baseUrl: `${looping.url}/beta`, retry: false }),
      );
      expect(error.name).toBe("PageLimitError");
      expect(seen).toHaveLength(100);
      expect(looping.requests).toHaveLength(100);
    } finally {
      await looping.close();
    }
  });

  it("sends nothing more once the consumer stops iterating, or the signal aborts", async () => {
    const next = `${server.url}${SESSIONS}?$skiptoken=p2`;
    server.enqueue({ status: 200, json: page(["a", "b"], next) });
    for await (const s of listSessionsAll(options())) if (s.id === "a") break;
    expect(server.requests).toHaveLength(1);

    const controller = new AbortController();
    server.enqueue({ status: 200, json: page(["a", "b"], next) });
    const { error, seen } = await collectionRejection(
      (async function* () {
        for await (const s of listSessionsAll(options({ signal: controller.signal }))) {
          controller.abort();
          yield s;
        }
      })(),
    );
    expect(error.name).toBe("AbortError");
    expect(seen).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });

  it("refuses invalid query options before the first request", async () => {
    const { error } = await collectionRejection(listSessionsAll(options({ expand: { sessions: true } })));
    expect(error).toMatchObject({ name: "RequestValidationError", errors: [{ path: "/expand/sessions" }] });
    expect(server.requests).toHaveLength(0);
  });
});
