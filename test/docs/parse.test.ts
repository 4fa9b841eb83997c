/** The parsing layer of docs-check: front matter, tables, annotated blocks, HTTP, types, JSON. */
import { describe, expect, it } from "vitest";
import { extractPage } from "../../generator/docs/extract.ts";
import { jsonError, parseHttp, parseJson, pathOf, requestLines } from "../../generator/docs/http.ts";
import { jsonLines } from "../../generator/docs/json-lines.ts";
import { pageKind, type CodeBlock } from "../../generator/docs/page.ts";
import { parseDocsType } from "../../generator/docs/types-map.ts";

const PAGE = [
  "---", // 1
  'title: "widget resource type"', // 2
  'author: "**TODO: Who wrote this**"', // 3
  "doc_type: resourcePageType", // 4
  "---", // 5
  "# widget resource type", // 6
  "", // 7
  "Namespace: test.docs", // 8
  "", // 9
  "Prose with `**TODO: not a placeholder, it is code**` and **TODO: a real one**.", // 10
  "", // 11
  "## Properties", // 12
  "", // 13
  "|Property|Type|Description|", // 14
  "|:--|:--|:--|", // 15
  "|size|[test.docs.size](size.md) collection|Possible values are: `s`, `m`.|", // 16
  "|note|String|**TODO: Describe**|", // 17
  "", // 18
  '<!-- { "blockType": "response", "isCollection": true } -->', // 19
  "```http", // 20
  "HTTP/1.1 200 OK", // 21
  "```", // 22
  "", // 23
  "```json", // 24
  '{ "a": "**TODO: in code, not prose**" }', // 25
  "```", // 26
].join("\n");

describe("extractPage", () => {
  const page = extractPage("widget.md", PAGE);

  it("reads the front matter, title and namespace", () => {
    expect([page.frontMatter["doc_type"], page.title, page.namespace, pageKind(page)]).toEqual([
      "resourcePageType",
      "widget resource type",
      "test.docs",
      "resource",
    ]);
  });

  it("finds bold TODO placeholders in front matter, prose and tables, not in code", () => {
    expect(page.placeholders).toEqual([
      { text: "TODO: Who wrote this", line: 3 },
      { text: "TODO: a real one", line: 10 },
      { text: "TODO: Describe", line: 17 },
    ]);
  });

  it("reads tables as plain text cells with their code spans, under their heading", () => {
    expect(page.tables).toEqual([
      {
        heading: "Properties",
        headers: ["Property", "Type", "Description"],
        line: 14,
        rows: [
          [
            { text: "size", codes: [] },
            { text: "test.docs.size collection", codes: [] },
            { text: "Possible values are: s, m.", codes: ["s", "m"] },
          ],
          [
            { text: "note", codes: [] },
            { text: "String", codes: [] },
            { text: "TODO: Describe", codes: [] },
          ],
        ],
      },
    ]);
  });

  it("attaches an annotation to the next code block only", () => {
    expect(page.blocks.map((b) => [b.lang, b.line, b.annotation?.data ?? null])).toEqual([
      ["http", 20, { blockType: "response", isCollection: true }],
      ["json", 24, null],
    ]);
  });

  it("classifies a page without doc_type by its blocks", () => {
    expect(pageKind(extractPage("x.md", '<!-- { "blockType": "request" } -->\n```http\nGET /a\n```\n'))).toBe("api");
    expect(pageKind(extractPage("x.md", "# Notes\n\nNothing here.\n"))).toBe("unknown");
  });
});

const block = (text: string, lang = "http", line = 10): CodeBlock => ({ lang, text, line, heading: "" });

describe("parseHttp", () => {
  it("splits a request into request line, headers and body", () => {
    const message = parseHttp(
      block('PATCH https://example.test/beta/a/{id}\nContent-Type: application/json\n\n{\n  "x": 1\n}'),
    );
    expect(message).toEqual({
      method: "PATCH",
      target: "https://example.test/beta/a/{id}",
      headers: [{ name: "Content-Type", value: "application/json" }],
      body: '{\n  "x": 1\n}',
      bodyLine: 14,
    });
  });

  it("finds a body that follows the headers without a blank line", () => {
    const message = parseHttp(block('HTTP/1.1 201 Created\nContent-Type: application/json\n{"x": 1}'));
    expect([message.status, message.headers.length, message.body, message.bodyLine]).toEqual([201, 1, '{"x": 1}', 13]);
  });

  it("treats a json block as a body alone, and a GET as bodiless", () => {
    expect(parseHttp(block('{"x": 1}', "json"))).toEqual({ headers: [], body: '{"x": 1}', bodyLine: 11 });
    expect(parseHttp(block("GET https://example.test/beta/a"))).toEqual({
      method: "GET",
      target: "https://example.test/beta/a",
      headers: [],
      body: undefined,
      bodyLine: 12,
    });
  });

  it("reads the request lines of an HTTP request section", () => {
    expect(requestLines(block("GET /a/{id}\n\nGET /a/{id}/b"))).toEqual([
      { method: "GET", target: "/a/{id}", line: 11 },
      { method: "GET", target: "/a/{id}/b", line: 13 },
    ]);
  });
});

describe("pathOf", () => {
  it.each([
    [
      "https://graph.microsoft.com/beta/communications/callRecords/{callRecordId}/sessions?$expand=segments",
      "/communications/callRecords/{callRecordId}/sessions",
    ],
    ["https://example.test/v1.0/a/b", "/a/b"],
    ["/communications/callRecords/{id}", "/communications/callRecords/{id}"],
  ])("%s -> %s", (target, path) => {
    expect(pathOf(target)).toBe(path);
  });
});

describe("parseDocsType", () => {
  it.each([
    ["String", { name: "String", collection: false, edm: "Edm.String" }],
    ["Edm.Int64", { name: "Edm.Int64", collection: false, edm: "Edm.Int64" }],
    [
      "microsoft.graph.callRecords.media collection",
      { name: "microsoft.graph.callRecords.media", collection: true, edm: undefined },
    ],
    ["Collection(String)", { name: "String", collection: true, edm: "Edm.String" }],
    ["identitySet (deprecated)", { name: "identitySet", collection: false, edm: undefined }],
  ])("%s", (text, expected) => {
    expect(parseDocsType(text)).toEqual(expected);
  });
});

describe("JSON errors and lines", () => {
  it("gives the page line and column of a syntax error", () => {
    expect(parseJson('{\n  "a": 1,\n}', 40)).toEqual({
      ok: false,
      message: "Expected double-quoted property name (column 1)",
      line: 42,
    });
    expect(jsonError(new SyntaxError("Unexpected end of JSON input"), '{\n "a":')).toEqual({
      message: "the JSON ends too early",
      lineOffset: 1,
      column: 6,
    });
  });

  it("finds the line of a JSON Pointer, escapes included", () => {
    const lines = jsonLines('{\n  "a": [\n    { "b/c": 1 },\n    { "d": 2 }\n  ]\n}', 100);
    expect(["/a/0/b~1c", "/a/1/d", "/a", "/missing"].map((p) => lines.lineOf(p))).toEqual([102, 103, 101, 100]);
  });
});
