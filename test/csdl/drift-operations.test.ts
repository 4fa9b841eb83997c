/**
 * drift of functions and actions: a spec operation naming one the metadata lacks, parameters or a
 * return type that differ, and a metadata operation bound to a spec type that the spec lacks.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drift } from "../../generator/csdl/drift.ts";
import { SpecDocs } from "../../generator/csdl/spec-docs.ts";
import { parseSpecTexts } from "../../generator/load/load.ts";
import { importText, loadImported } from "./support.ts";

const XML = readFileSync(new URL("fixtures/constructs.csdl.xml", import.meta.url), "utf8");

describe("drift of operations", () => {
  it("finds missing and differing functions and actions", () => {
    const { read } = importText(XML);
    const files = [
      {
        path: "test.shop.yaml",
        text: [
          "api: { package: p, title: t, apiVersion: v1.0, baseUrl: https://x, specVersion: 1.0.0 }",
          "namespace: test.shop",
          "types:",
          "  entity: { kind: entity, key: [id], properties: { id: { type: Edm.String, nullable: false } } }",
          "  order: { kind: entity, base: entity, properties: { total: { type: Edm.Decimal } } }",
          "operations:",
          "  archive:",
          "    action: test.shop.archive",
          "    method: POST",
          "    path: /x/test.shop.archive",
          "    responses: { 204: { description: Archived. } }",
          "  shippingAddress:",
          "    function: test.shop.shippingAddress",
          "    method: GET",
          "    path: /x/test.shop.shippingAddress(zone={zone})",
          "    parameters: { zone: { in: function, type: Edm.String } }",
          "    responses: { 204: { description: Nothing. } }",
          "  gone:",
          "    function: test.shop.gone",
          "    method: GET",
          "    path: /x/test.shop.gone()",
          "    responses: { 204: { description: Nothing. } }",
        ].join("\n"),
      },
    ];
    const loaded = loadImported(files);
    expect(loaded.diagnostics).toEqual([]);
    const ir = loaded.ir!;
    const docs = new SpecDocs(
      parseSpecTexts(files.filter((f) => f.path.endsWith(".yaml")).map((f) => ({ file: f.path, text: f.text }))).files,
    );
    const findings = drift(ir, docs, read.model)
      .findings.filter((f) => /^(missingOperation|parameters|returnType)|^missingInMetadata$/.test(f.code))
      .map((f) => `${f.code}: ${f.message}`);
    expect(findings).toEqual([
      "missingOperation:recentOrders: function test.shop.recentOrders, bound to test.shop.order, is not in the spec",
      "missingOperation:ship: action test.shop.ship, bound to test.shop.order, is not in the spec",
      "parameters: parameters differ from the metadata's: zone is not in the metadata",
      "returnType: returns nothing in the spec, test.shop.address in the metadata",
      "missingInMetadata: function test.shop.gone is not in the metadata",
    ]);
  });

  it("takes a bound operation the spec leaves out as acknowledged at file level too", () => {
    const { read } = importText(XML);
    const text = [
      "api: { package: p, title: t, apiVersion: v1.0, baseUrl: https://x, specVersion: 1.0.0 }",
      "acknowledge:",
      "  missingOperation:ship: Shipping is another team's API.",
      "  missingOperation:gone: Nothing by that name is bound to a spec type.",
      "namespace: test.shop",
      "types:",
      "  entity: { kind: entity, key: [id], properties: { id: { type: Edm.String, nullable: false } } }",
      "  order: { kind: entity, base: entity, properties: { total: { type: Edm.Decimal } } }",
    ].join("\n");
    const files = [{ path: "test.shop.yaml", text }];
    const result = drift(
      loadImported(files).ir!,
      new SpecDocs(parseSpecTexts([{ file: files[0]!.path, text }]).files),
      read.model,
    );
    const ship = result.findings.find((f) => f.code === "missingOperation:ship");
    expect(ship?.acknowledged).toBe("Shipping is another team's API.");
    expect(result.stale.map((s) => `${s.location.line}:${s.location.col} ${s.code}`)).toEqual([
      "4:3 missingOperation:gone",
    ]);
  });
});
