/**
 * docs-check on the constructs of issue #19, against the spec that has them all
 * (`test/fixtures/constructs/spec/`): every docs name of every Edm primitive (read from the `EDM`
 * table), flags enums in examples and value tables, and function-call paths.
 */
import { describe, expect, it } from "vitest";
import { compareEnumTable } from "../../generator/docs/compare-enums.ts";
import { unknownEnumValues } from "../../generator/docs/enum-values.ts";
import { pathFits } from "../../generator/docs/route.ts";
import { indexSpec } from "../../generator/docs/spec-index.ts";
import { compareType } from "../../generator/docs/types-map.ts";
import { EDM, EDM_PRIMITIVES } from "../../generator/model/edm.ts";
import type { IREnum, IRProperty, IRStructured } from "../../generator/model/ir.ts";
import { constructsIR, primitiveProperty } from "../support/constructs.ts";

const CONSTRUCTS = constructsIR();
const index = indexSpec(CONSTRUCTS);
const item = CONSTRUCTS.types.find((t) => t.name === "item") as IRStructured;
const prop = (name: string): IRProperty => item.properties.find((p) => p.wireName === name)!;
const permission = CONSTRUCTS.types.find((t) => t.name === "permission") as IREnum;
const verdict = (p: IRProperty, written: string): string => compareType(index, p, written)?.code ?? "agrees";

describe("the docs names of the primitives, from the EDM table", () => {
  it.each(EDM_PRIMITIVES)("%s agrees with each of its names, with or without Edm., in any case", (edm) => {
    const p = prop(primitiveProperty(edm));
    const names = [edm, edm.slice(4), ...EDM[edm].docs, ...EDM[edm].docs.map((d) => d.toUpperCase())];
    const verdicts = names.map((n) => verdict(p, n));
    // A name that is another primitive's own name (Double for an Edm.Single) is the docs' known looseness.
    const looser = (n: string): boolean =>
      EDM_PRIMITIVES.some((o) => o !== edm && o.slice(4).toLowerCase() === n.replace(/^Edm\./, "").toLowerCase());
    expect(verdicts).toEqual(names.map((n) => (looser(n) ? "docs-looser" : "agrees")));
  });

  it("says what the spec has and what the page has when they differ", () => {
    expect(compareType(index, prop("guid"), "String")).toEqual({
      severity: "error",
      code: "type-mismatch",
      message: "guid: docs say String, spec says Edm.Guid",
      expected: "Edm.Guid",
      found: "String",
    });
    expect(verdict(prop("guids"), "Collection(Guid)")).toBe("agrees");
    expect(verdict(prop("guids"), "Guid")).toBe("type-mismatch");
    expect(verdict(prop("date"), "DateTimeOffset")).toBe("type-mismatch");
    expect(verdict(prop("timeOfDay"), "TimeOfDay")).toBe("agrees");
    expect(verdict(prop("stream"), "Stream")).toBe("agrees");
  });

  it("compares a flags enum like any enum: its name agrees, String is looser", () => {
    expect([verdict(prop("permission"), "permission"), verdict(prop("permission"), "String")]).toEqual([
      "agrees",
      "docs-looser",
    ]);
  });
});

describe("flags enums in examples and value tables", () => {
  it("accept member names joined by a comma, each once, and refuse anything else", () => {
    const problems = (value: string): string[] =>
      unknownEnumValues(index, item, { permission: value }, "").map((p) => p.message);
    expect(["read", "write,read", "read,write,execute"].flatMap(problems)).toEqual([]);
    expect(problems("read,read")).toEqual([
      '[enum] expected names of "read", "write", "execute" joined by ",", each at most once, found "read,read"',
    ]);
    expect(["read, write", "read,delete", ""].map((v) => problems(v).length)).toEqual([1, 1, 1]);
  });

  it("compare member values, 64-bit and negative ones exactly", () => {
    const mask = CONSTRUCTS.types.find((t) => t.name === "mask") as IREnum;
    const table = (rows: string[][]) => ({
      heading: "mask values",
      headers: ["Member", "Value"],
      rows: rows.map((r) => r.map((text) => ({ text, codes: [] }))),
      line: 10,
    });
    expect(
      compareEnumTable(
        table([
          ["none", "0"],
          ["low", "1"],
          ["top", "9223372036854775807"],
        ]),
        mask,
      ),
    ).toEqual([]);
    expect(
      compareEnumTable(
        table([
          ["none", "0"],
          ["low", "1"],
          ["top", "9223372036854775808"],
        ]),
        mask,
      ).map((i) => [i.code, i.expected, i.found]),
    ).toEqual([["enum-value-mismatch", "9223372036854775807", "9223372036854775808"]]);
    expect(permission.flags).toBe(true);
  });
});

describe("function-call paths", () => {
  const fn = CONSTRUCTS.operations.find((o) => o.id === "getRecent")!;

  it("fit a docs path that names the function in full or by its last part, whatever the arguments", () => {
    expect(
      [
        "/items/test.c.recent(since={since})",
        "/items/recent(since=2024-01-01T00:00:00Z)",
        "https://example.test/v1.0/items/recent()",
      ].map((p) => pathFits(fn, p)),
    ).toEqual([true, true, true]);
    expect(["/items/older(since={since})", "/items/recent", "/items/x/recent()"].map((p) => pathFits(fn, p))).toEqual([
      false,
      false,
      false,
    ]);
  });
});
