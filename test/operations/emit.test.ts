/**
 * The operations emitter beyond the shipped spec: golden output for the shipped operations; no
 * client for a spec without operations; a hostile spec (comment terminators, template syntax,
 * line separators in descriptions; odd literal path segments; query, number, boolean and enum
 * parameters; collections) whose package still compiles and means exactly what the spec says.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFromTexts, generatePackage } from "../../generator/pipeline/generate.ts";
import { runtimeModules } from "../../generator/pipeline/runtime.ts";
import { RESERVED_EXPORTS } from "../../generator/ir/names.ts";
import { SHIPPED_SPEC } from "../support/fixtures.ts";
import { startServer } from "../support/server.ts";
import { loadPackageFromTexts, rejection, thrown, type Built, type LoadedPackage } from "./support.ts";

const HOSTILE_TEXT =
  "Ends */ a comment, opens /* one, ${injected} `ticks` \\ back\u2028slash\u2029 \"quotes\" 'single'\n@param evil and </script>";

const hostileSpec = `api:
  package: "@fixtures/hostile-ops"
  title: Hostile operations
  apiVersion: beta
  baseUrl: https://example.test/root/
  specVersion: 1.0.0
namespace: test.ops
enums:
  color:
    members: [red, green, unknownFutureValue]
types:
  item:
    kind: entity
    key: [id]
    properties:
      id: { type: Edm.String, nullable: false }
      color: { type: color }
      größe: { type: Edm.String }
    navigation:
      parts: { type: item, collection: true }
      名前: { type: item }
  note:
    properties:
      text: { type: Edm.String }
operations:
  listItems:
    method: GET
    path: "/it's/a:b@c/$x/(items)"
    description: ${JSON.stringify(HOSTILE_TEXT)}
    parameters:
      top: { in: query, type: Edm.Int32, required: true, description: ${JSON.stringify(HOSTILE_TEXT)} }
      color: { in: query, type: color }
      deep: { in: query, type: Edm.Boolean }
    responses:
      200: { body: { type: item, collection: true } }
  getItem:
    method: GET
    path: /items/{id}
    parameters:
      id: { in: path }
    query: [$select, $expand, $top]
    responses:
      200: { body: { type: item } }
  putNotes:
    method: PUT
    path: /things/{n}/notes
    parameters:
      n: { in: path, type: Edm.Int64 }
    requestBody: { type: note, collection: true }
    responses:
      204: { description: Done. }
  sendRequest:
    method: DELETE
    path: /x
    responses:
      204: {}
  graphError:
    method: DELETE
    path: /y
    responses:
      204: {}
`;

describe("golden output for the shipped spec", () => {
  it("matches the expected operations modules", async () => {
    const pkg = await generatePackage(SHIPPED_SPEC);
    const files = pkg.files.filter((f) => f.path.startsWith("operations"));
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["operations.js", "operations/updateSegments.d.ts"]),
    );
    for (const f of files) await expect(f.contents).toMatchFileSnapshot(`expected/${f.path}`);
  });
});

describe("the client modules", () => {
  it("export only names reserved in ir/names.ts, so no type or operation can collide with them", async () => {
    const pkg = await generatePackage(SHIPPED_SPEC);
    const client = (await runtimeModules()).filter((m) => m.name.startsWith("client"));
    expect(client.map((m) => m.name).sort()).toEqual(["client", "client-send", "client-url"]);
    const exported = client.flatMap((m) => [...m.values, ...m.types]);
    // The internal functions operations.js imports are exported by their modules too.
    const operations = pkg.files.find((f) => f.path === "operations.js")!.contents;
    const imported = [...operations.matchAll(/import \{([^}]*)\} from "\.\/client[^"]*";/g)].flatMap((m) =>
      m[1]!.split(",").map((n) => n.trim()),
    );
    expect(imported.sort()).toEqual(["buildRequest", "queryOptions", "sendPages", "sendRequest"]);
    expect([...exported, ...imported].filter((n) => !RESERVED_EXPORTS.includes(n))).toEqual([]);
  });
});

describe("a spec without operations", () => {
  it("gets neither the operations nor the client modules", async () => {
    const pkg = await generateFromTexts([
      { file: "spec.yaml", text: hostileSpec.replace(/\noperations:[\s\S]*$/, "\n") },
    ]);
    expect(pkg.files.map((f) => f.path).filter((p) => /^(client|operations)/.test(p))).toEqual([]);
  });
});

describe("a hostile spec", () => {
  let p: LoadedPackage;
  beforeAll(async () => {
    p = await loadPackageFromTexts([{ file: "spec.yaml", text: hostileSpec }]);
  });
  afterAll(() => p.dispose());

  it("compiles, and keeps spec text inside comments and string literals", () => {
    const dts = [...p.files].flatMap(([path, text]) => (/^operations.*\.d\.ts$/.test(path) ? [text] : [])).join("\n");
    expect(dts).toContain("Ends *\\/ a comment, opens /\\* one, ${injected} `ticks`");
    expect(dts).not.toMatch(/^\s*@param evil/m);
  });

  it("renames an operation named like a client helper (sendRequest), not one named like a client class (graphError)", () => {
    expect(typeof p.mod["sendRequest2"]).toBe("function");
    expect(p.call<Built>("buildSendRequest_2Request", {}).url).toBe("https://example.test/root/x");
    expect(p.call<Built>("buildGraphErrorRequest", {}).url).toBe("https://example.test/root/y");
    expect(p.mod.GraphError.name).toBe("GraphError");
  });

  it("builds literal segments as written, and query parameters encoded, in spec order", () => {
    const r = p.call<Built>("buildListItemsRequest", { top: 5, color: "green", deep: false });
    expect(r).toEqual({
      method: "GET",
      url: "https://example.test/root/it's/a:b@c/$x/(items)?top=5&color=green&deep=false",
      headers: { Accept: "application/json" },
      body: null,
    });
    expect(p.call<Built>("buildListItemsRequest", { top: 1 }).url).toBe(
      "https://example.test/root/it's/a:b@c/$x/(items)?top=1",
    );
    expect(p.call<Built>("buildListItemsRequest", { top: 1, color: "a&b=c" }).url).toMatch(/\?top=1&color=a%26b%3Dc$/);
  });

  it("refuses a missing required query parameter and one of the wrong kind", () => {
    expect(thrown(() => p.call("buildListItemsRequest", {}))).toMatchObject({
      part: "params",
      errors: [{ path: "/top" }],
    });
    expect(thrown(() => p.call("buildListItemsRequest", { top: "5" }))).toMatchObject({
      errors: [{ path: "/top", message: expect.stringMatching(/finite number, found a string/) as unknown }],
    });
    expect(thrown(() => p.call("buildListItemsRequest", { top: 1, deep: "yes" }))).toMatchObject({
      errors: [{ path: "/deep" }],
    });
  });

  it("encodes names outside ASCII in $select and $expand, and expands a cyclic navigation as deep as asked", () => {
    const r = p.call<Built>(
      "buildGetItemRequest",
      { id: "1" },
      { select: ["größe", "id"], expand: { parts: { expand: { parts: { select: ["id"] }, 名前: true } } } },
    );
    // Names are OData identifiers (issue #17): letters of any script, percent-encoded as UTF-8.
    expect(r.url).toBe(
      "https://example.test/root/items/1?$select=gr%C3%B6%C3%9Fe,id&$expand=parts($expand=parts($select=id),%E5%90%8D%E5%89%8D)",
    );
    expect(thrown(() => p.call("buildGetItemRequest", { id: "1" }, { select: ["a,b(c)"] }))).toMatchObject({
      part: "options",
      errors: [{ path: "/select/0" }],
    });
  });

  it("pages a collection GET without query options too (listItemsAll)", async () => {
    const server = await startServer();
    try {
      server.enqueue(
        { status: 200, json: { value: [{ id: "1" }], "@odata.nextLink": `${server.url}/next` } },
        { status: 200, json: { value: [{ id: "2" }] } },
      );
      const ids: unknown[] = [];
      for await (const item of p.call<AsyncIterable<{ id: string }>>(
        "listItemsAll",
        { top: 1 },
        { baseUrl: server.url },
      ))
        ids.push(item.id);
      expect(ids).toEqual(["1", "2"]);
      expect(server.requests.map((r) => r.target)).toEqual(["/it's/a:b@c/$x/(items)?top=1", "/next"]);
    } finally {
      await server.close();
    }
  });

  it("sends a collection body as an array, checks every item, and resolves a 204 to undefined", async () => {
    const server = await startServer();
    try {
      server.enqueue({ status: 204 });
      const result = await p.call<Promise<unknown>>("putNotes", { n: 7 }, [{ text: "a" }, { text: "b" }], {
        baseUrl: server.url,
      });
      expect(result).toBeUndefined();
      expect([server.requests[0]!.method, server.requests[0]!.target, server.requests[0]!.text]).toEqual([
        "PUT",
        "/things/7/notes",
        '[{"text":"a"},{"text":"b"}]',
      ]);
      const e = await rejection(
        p.call<Promise<unknown>>("putNotes", { n: 7 }, [{ text: "a" }, { txt: "b" }], { baseUrl: server.url }),
      );
      expect(e).toMatchObject({
        name: "RequestValidationError",
        errors: [{ path: "/1/txt", code: "unknownProperty" }],
      });
    } finally {
      await server.close();
    }
  });

  it("reads a collection response as { value: [...] } and checks every item", async () => {
    const server = await startServer();
    try {
      const page = { value: [{ id: "1", color: "red" }], "@odata.nextLink": "https://example.test/next" };
      server.enqueue({ status: 200, json: page }, { status: 200, json: { value: [{ id: 1 }] } });
      expect(await p.call<Promise<unknown>>("listItems", { top: 1 }, { baseUrl: server.url })).toEqual(page);
      expect(await rejection(p.call<Promise<unknown>>("listItems", { top: 1 }, { baseUrl: server.url }))).toMatchObject(
        { name: "ResponseValidationError", errors: [{ path: "/value/0/id" }] },
      );
    } finally {
      await server.close();
    }
  });
});
