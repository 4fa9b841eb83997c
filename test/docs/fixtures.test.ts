/**
 * docs-check on the fixture pages (written for this project) against the fixture spec: one page
 * per kind of disagreement, exact issue lists, and the whole text report as a golden file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../../generator/docs/context.ts";
import { checkSource } from "../../generator/docs/check.ts";
import { formatText } from "../../generator/docs/report.ts";
import { pageFiles } from "../../generator/docs/cli.ts";
import { brief, briefs, check, contextFor, FIXTURE_PAGES, FIXTURE_SPEC } from "./support/check.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ctx = await contextFor(FIXTURE_SPEC);
});

const page = (name: string) => check(ctx, `${FIXTURE_PAGES}/${name}`);

describe("pages that agree", () => {
  it.each(["agree/part.md", "agree/update-gadget.md", "agree/list-gadgets.md"])("%s has no issues", (name) => {
    expect(page(name).issues).toEqual([]);
  });

  it("matches API pages to operations and resource pages to types", () => {
    expect(
      [page("agree/part.md"), page("agree/update-gadget.md"), page("agree/list-gadgets.md")].map((r) => [
        r.kind,
        r.subject,
      ]),
    ).toEqual([
      ["resource", "test.docs.part"],
      ["api", "updateGadget"],
      ["api", "listGadgets"],
    ]);
  });
});

describe("pages that disagree", () => {
  it("a missing property and an extra one, in the table and the JSON representation", () => {
    const report = page("disagree/part-missing-property.md");
    expect(briefs(report)).toEqual(["error missing-in-docs 15", "error not-in-spec 18", "error not-in-spec 29 /size"]);
    expect(report.issues[0]!.message).toBe("count: the spec has this property (Edm.Int32), the page does not list it");
  });

  it("wrong types are errors; Double for Single and String for an enum are warnings", () => {
    const report = page("disagree/gadget-wrong-type.md");
    expect(report.issues.map((i) => `${i.severity} ${i.code} ${i.line}: ${i.message}`)).toEqual([
      "warning docs-looser 19: weight: docs say Double, spec says Edm.Single (the docs write Double for every Edm.Single)",
      "error type-mismatch 21: serial: docs say Int32, spec says Edm.Int64",
      "error type-mismatch 23: warmup: docs say String, spec says Edm.Duration",
      "warning docs-looser 24: color: docs say String, spec says test.docs.color (the docs write String for an enum)",
      "warning enum-member-missing 24: color: docs do not list `ultraviolet` of enum color (it comes after unknownFutureValue, so Graph sends it only on request)",
      "error type-mismatch 25: parts: docs say part, spec says Collection(test.docs.part)",
    ]);
  });

  it("an enum member the spec lacks, in a description list and in a value table", () => {
    const report = page("disagree/part-enum-member.md");
    expect(briefs(report)).toEqual([
      "error enum-member-not-in-spec 19",
      "error enum-member-not-in-spec 23",
      "error enum-value-mismatch 29",
      "error enum-value-mismatch 30",
    ]);
    expect(report.issues[0]!.message).toBe("shade: docs list `purple`, which enum color does not have");
  });

  it("placeholders in the prose and in the examples, with their lines and JSON paths", () => {
    const report = page("disagree/update-gadget-placeholders.md");
    expect(briefs(report)).toEqual([
      "error placeholder 4",
      "error placeholder 12",
      "warning path-parameter 19",
      ...["ratio", "serial", "madeAt", "warmup", "color", "parts"].map(() => "warning missing-in-docs 24"),
      "error placeholder 26",
      "error placeholder 42 /label",
      "error example-invalid 43 /weight",
      "error example-invalid 44 /parts/0/count",
      "error example-invalid 60 /madeAt",
      "error example-invalid 61 /color",
    ]);
    expect(report.issues.filter((i) => i.code === "placeholder").map((i) => i.message)).toEqual([
      "placeholder left in the page: TODO: Name the writer",
      "placeholder left in the page: TODO: Say what updating a gadget does.",
      "placeholder left in the page: TODO: Describe the label",
      "placeholder left in the example: TODO: Pick a label",
    ]);
    expect(report.issues.filter((i) => i.path !== undefined).map((i) => i.example)).toEqual([
      "request update_gadget",
      "request update_gadget",
      "request update_gadget",
      "response (line 55)",
      "response (line 55)",
    ]);
  });
});

describe("malformed pages get a clear message, not a crash", () => {
  it("a resource page without tables", () => {
    const report = page("malformed/part-no-tables.md");
    expect(report.issues).toEqual([
      {
        severity: "error",
        code: "no-properties-table",
        message:
          "the page has no property table (a table with Property and Type columns) for part, which has properties in the spec",
        type: "test.docs.part",
      },
    ]);
  });

  it("broken JSON in an example and in a block annotation", () => {
    const report = page("malformed/update-gadget-broken-json.md");
    expect(report.issues.map((i) => `${brief(i)}: ${i.message}`)).toEqual([
      "error example-json 27: the example body is not valid JSON: Expected double-quoted property name (column 1)",
      "error unreadable-annotation 35: block annotation is not valid JSON: Expected double-quoted property name (column 1); the block after it is not checked",
    ]);
  });

  it("a Markdown file that is no reference page is skipped, saying why", () => {
    const report = page("malformed/notes.md");
    expect([report.issues, report.skipped]).toEqual([
      [],
      "not a resource or method page: no doc_type in its front matter, and no request, response or resource blocks",
    ]);
  });

  it("a page of another doc_type is skipped, even with an HTTP block in it", () => {
    expect(page("mixed/overview.md").skipped).toBe("not a resource or method page: its doc_type is conceptualPageType");
  });

  it("a file that does not exist is unreadable input", () => {
    expect(briefs(page("malformed/absent.md"))).toEqual(["fatal unreadable -"]);
  });
});

describe("pages written inline", () => {
  const api = (request: string, status: string) =>
    [
      "---",
      "doc_type: apiPageType",
      "---",
      "# Update gadget",
      "",
      '<!-- { "blockType": "request", "name": "update_gadget" } -->',
      "```http",
      request,
      "```",
      "",
      '<!-- { "blockType": "response" } -->',
      "```http",
      status,
      "```",
    ].join("\n");

  it("a request line with the wrong method or path, and an undeclared status", () => {
    const report = checkSource(
      ctx,
      "api.md",
      api("POST https://example.test/beta/workshops/w1/gizmos/g7", "HTTP/1.1 201 Created"),
    );
    expect(report.issues.map((i) => `${brief(i)}: ${i.message}`)).toEqual([
      "error http-method 8: docs use POST, spec operation updateGadget uses PATCH",
      "error http-path 8: docs path /workshops/w1/gizmos/g7 does not fit spec path /workshops/{workshopId}/gadgets/{gadgetId}",
      "error http-status 13: docs answer 201, spec operation updateGadget declares 200",
    ]);
  });

  const enumPage = (rows: string[]) =>
    [
      "---",
      "doc_type: enumPageType",
      "---",
      "# color enum type",
      "",
      "Namespace: test.docs",
      "",
      "|Member|Value|",
      "|:--|:--|",
      ...rows,
    ].join("\n");

  it("an enum page whose table agrees", () => {
    const report = checkSource(
      ctx,
      "color.md",
      enumPage(["|red|0|", "|green|1|", "|blue|2|", "|unknownFutureValue|3|", "|ultraviolet|4|"]),
    );
    expect([report.kind, report.subject, report.issues]).toEqual(["enum", "test.docs.color", []]);
  });

  it("an enum page missing a member before and one after unknownFutureValue", () => {
    const report = checkSource(ctx, "color.md", enumPage(["|red|0|", "|green|1|", "|unknownFutureValue|3|"]));
    expect(report.issues.map((i) => `${brief(i)}: ${i.message}`)).toEqual([
      "error enum-member-missing 8: color value table: docs do not list `blue`, a member of enum color",
      "warning enum-member-missing 8: color value table: docs do not list `ultraviolet` of enum color (it comes after unknownFutureValue, so Graph sends it only on request)",
    ]);
  });
});

describe("hostile names are plain data", () => {
  const source = [
    "---",
    "doc_type: resourcePageType",
    "---",
    "# part resource type",
    "",
    "Namespace: test.docs",
    "",
    "|Property|Type|Description|",
    "|:--|:--|:--|",
    "|name|String|The name.|",
    "|count|Int32|The count.|",
    "|shade|color|The paint.|",
    "|__proto__|String|Not a property.|",
    "|constructor|String|Not one either.|",
    "",
    '<!-- { "blockType": "response", "@odata.type": "test.docs.part" } -->',
    "```json",
    '{ "name": "*/ ${x} \\u2028", "__proto__": { "x": "**TODO: fill in**" }, "constructor": 1 }',
    "```",
  ].join("\n");

  it("reports __proto__ and constructor like any other unknown name", () => {
    expect(briefs(checkSource(ctx, "hostile.md", source))).toEqual([
      "error not-in-spec 13",
      "error not-in-spec 14",
      "error placeholder 18 /__proto__/x",
    ]);
  });
});

describe("the whole report", () => {
  it("matches the golden text report", async () => {
    const { files } = pageFiles([FIXTURE_PAGES]);
    const text = formatText(files.map((f) => check(ctx, f)));
    await expect(text).toMatchFileSnapshot("./golden/fixtures-report.txt");
  });
});
