/**
 * The seed page's example request body: every placeholder is reported at its path (each Edm.Single
 * holding "Single", each enum holding "String": 33), and nothing else; the fixed body is valid; the
 * messages say what was expected and what was found.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SHIPPED_SPEC } from "../support/fixtures.ts";
import { validator, type Result } from "./support/load.ts";
import { ajvFor, loadPackage, newAjv, type LoadedPackage } from "./support/package.ts";
import { realSegment, seedFixed, seedRequest } from "./support/seed.ts";

let pkg: LoadedPackage;
let validateSegment: (v: unknown, o?: { mode?: "request" | "response" }) => Result;
beforeAll(async () => {
  pkg = await loadPackage(SHIPPED_SPEC);
  validateSegment = validator(pkg.validators, "validateSegment");
});

/** JSON Pointers of every string equal to one of `placeholders`, found by walking the JSON. */
function placeholderPaths(value: unknown, placeholders: readonly string[], path = ""): string[] {
  if (typeof value === "string") return placeholders.includes(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, placeholders, `${path}/${i}`));
  if (typeof value === "object" && value !== null) {
    return Object.keys(value).flatMap((k) =>
      placeholderPaths((value as Record<string, unknown>)[k], placeholders, `${path}/${k}`),
    );
  }
  return [];
}

describe("the seed's update-segments request body", () => {
  it("reports the 33 placeholders, each at its path, and nothing else", () => {
    const result = validateSegment(seedRequest());
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const expected = placeholderPaths(seedRequest(), ["Single", "String"]);
    expect(expected).toHaveLength(33);
    expect(errors.map((e) => e.path).sort()).toEqual([...expected].sort());
    const singles = new Set(placeholderPaths(seedRequest(), ["Single"]));
    for (const e of errors) expect(e.code).toBe(singles.has(e.path) ? "type" : "enum");
  });

  it("gives the same verdict as isSegment and as Ajv on the bundle, in both modes", () => {
    const ajv = ajvFor(newAjv({ allErrors: true }), pkg.bundle, "microsoft.graph.callRecords.segment");
    for (const body of [seedRequest(), seedFixed(), realSegment()]) {
      for (const mode of ["request", "response"] as const) {
        const ok = validateSegment(body, { mode }).ok;
        expect(pkg.validators.isSegment!(body, { mode })).toBe(ok);
      }
      expect(ajv(body)).toBe(validateSegment(body).ok);
    }
  });

  it("is valid once the placeholders are replaced by real values", () => {
    expect(validateSegment(seedFixed())).toEqual({ ok: true, value: seedFixed() });
    expect(validateSegment(realSegment()).ok).toBe(true);
    expect(validateSegment(realSegment(), { mode: "response" }).ok).toBe(true);
  });

  it("says what was expected and what was found", () => {
    const body = seedFixed() as {
      media: { streams: Record<string, unknown>[] }[];
      failureInfo: Record<string, unknown>;
    };
    body.media[0]!.streams[0]!.averageJitter = "PT";
    body.failureInfo.stage = "String";
    const result = validateSegment(body);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: "/failureInfo/stage",
        code: "enum",
        message: 'expected one of "unknown", "callSetup", "midcall", "unknownFutureValue", found "String"',
      },
      {
        path: "/media/0/streams/0/averageJitter",
        code: "format",
        message: 'expected an ISO 8601 duration such as "PT0.016S", found "PT"',
      },
    ]);
  });
});
