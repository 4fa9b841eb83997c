/** The agreement check itself must be able to fail: it is shown a validator that is wrong. */
import type { ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { ajvLeafPaths, disagreement } from "./support/agree.ts";

function fakeAjv(ok: boolean, errors: { keyword: string; instancePath: string; params?: object }[]): ValidateFunction {
  const f = (() => ok) as unknown as ValidateFunction;
  f.errors = errors.map((e) => ({ schemaPath: "#", params: {}, ...e }));
  return f;
}
const err = (path: string) => ({ path, code: "type", message: "m" });

describe("the agreement check", () => {
  it("catches a different verdict from validateT or from isT", () => {
    const ajvNo = fakeAjv(false, [{ keyword: "type", instancePath: "/a" }]);
    expect(disagreement(1, { validate: { ok: true, value: 1 }, is: false, ajv: ajvNo })).toMatch(/verdicts differ/);
    expect(disagreement(1, { validate: { ok: false, errors: [err("/a")] }, is: true, ajv: ajvNo })).toMatch(
      /verdicts differ/,
    );
  });

  it("catches a leaf path Ajv reports and we do not, and one we report and Ajv does not", () => {
    const ajv = fakeAjv(false, [
      { keyword: "type", instancePath: "/a" },
      { keyword: "type", instancePath: "/b" },
    ]);
    expect(disagreement(1, { validate: { ok: false, errors: [err("/a")] }, is: false, ajv })).toMatch(
      /Ajv reports \/b/,
    );
    const ajvA = fakeAjv(false, [{ keyword: "type", instancePath: "/a" }]);
    expect(disagreement(1, { validate: { ok: false, errors: [err("/a"), err("/c")] }, is: false, ajv: ajvA })).toMatch(
      /we report \/c/,
    );
  });

  it("names an unknown property by its own path and ignores enclosing objects of failed alternatives", () => {
    const leaves = ajvLeafPaths([
      { keyword: "additionalProperties", instancePath: "/x", params: { additionalProperty: "a/b" }, schemaPath: "#" },
      { keyword: "type", instancePath: "/y", params: {}, schemaPath: "#" },
      { keyword: "enum", instancePath: "/y/z", params: {}, schemaPath: "#" },
      { keyword: "anyOf", instancePath: "/w", params: {}, schemaPath: "#" },
    ]);
    expect(leaves.sort()).toEqual(["/x/a~1b", "/y/z"]);
  });
});
