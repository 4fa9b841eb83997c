/**
 * Hostile payloads: the validators and builders never throw on any JSON value in any position,
 * give Ajv's verdict there, leave no trace on Object.prototype, and handle large inputs.
 * (Their speed on large inputs is measured by `scripts/bench-payloads.ts`, never here.)
 */
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { disagreement } from "../validators/support/agree.ts";
import { validator } from "../validators/support/load.ts";
import { ajvFor, loadPackage, newAjv, type LoadedPackage } from "../validators/support/package.ts";
import { readFileSync } from "node:fs";

const SEGMENT = "microsoft.graph.callRecords.segment";
const real = JSON.parse(readFileSync(`${FIXTURES}/reference/real-segment-from-docs.json`, "utf8")) as unknown;

/** JSON values that break naive code, each as it comes off the wire (through JSON.parse). */
const HOSTILE: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  1e308,
  -1e308,
  2147483648,
  -2147483649,
  2 ** 53, // past Number.MAX_SAFE_INTEGER
  0.5,
  "",
  "NaN",
  "INF",
  "-INF",
  "Infinity",
  "PT",
  "P",
  "-PT2M17.1009318S",
  "2016-02-30T00:00Z",
  "9999-12-31T23:59:60.999999999999+14:00",
  "\u0000",
  "\u2028",
  "😀".repeat(1000),
  [],
  [null],
  [[[[[]]]]],
  {},
  ...[
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"toString":1,"valueOf":null,"hasOwnProperty":"x"}',
    '{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","__proto__":{"@odata.type":"x"}}',
    '{"@odata.type":{"toString":"x"}}',
    '{"@odata.type":null}',
    '{"@odata.type":["#microsoft.graph.callRecords.segment"]}',
  ].map((t) => JSON.parse(t) as unknown),
];

/** Every path to a node of a JSON value, the value itself first. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function replaced(value: unknown, path: readonly (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = by;
  return copy;
}

let pkg: LoadedPackage;
beforeAll(async () => {
  pkg = await loadPackage(SHIPPED_SPEC);
});

describe("hostile payloads", () => {
  it("never throw, and agree with Ajv, for every hostile value at every position of a real segment", () => {
    const ajv = newAjv({ allErrors: true });
    const judges = { request: ajvFor(ajv, pkg.bundle, SEGMENT), response: ajvFor(ajv, pkg.responseBundle, SEGMENT) };
    const validate = validator(pkg.validators, "validateSegment");
    const is = pkg.validators.isSegment!;
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    let checked = 0;
    for (const path of paths(real)) {
      for (const h of HOSTILE) {
        const value = replaced(real, path, h);
        for (const mode of ["request", "response"] as const) {
          const result = validate(value, { mode });
          const why = disagreement(value, { validate: result, is: is(value, { mode }) as boolean, ajv: judges[mode] });
          expect(why, `${mode} /${path.join("/")} = ${JSON.stringify(h).slice(0, 60)}`).toBeUndefined();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(9_000);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("treat __proto__ as data: a polluting key is validated, reported, and leaves no trace", () => {
    const validate = validator(pkg.validators, "validateSegment");
    const body = JSON.parse('{"__proto__":{"polluted":true},"caller":{"__proto__":{"x":1},"name":"n"}}') as unknown;
    const result = validate(body);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual([
        "/__proto__ unknownProperty",
        "/caller/__proto__ unknownProperty",
        "/caller/name unknownProperty",
      ]);
    expect(validate(body, { mode: "response" }).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("handle a body with 200,000 unknown keys and a 10,000-item media array", () => {
    const validate = validator(pkg.validators, "validateSegment");
    const keys: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) keys[`k${i}`] = i;
    // At most maxErrors problems are collected (100 by default), and the result says it stopped there.
    const wide = validate(keys);
    expect(wide).toMatchObject({ ok: false, truncated: true });
    if (!wide.ok) expect(wide.errors.length).toBe(100);
    const all = validate(keys, { maxErrors: Number.POSITIVE_INFINITY });
    if (!all.ok) expect(all.errors.length).toBe(200_000);
    expect(all).toMatchObject({ ok: false });
    expect("truncated" in all).toBe(false);
    expect(validate(keys, { mode: "response" }).ok).toBe(true);
    const media = (real as { media: unknown[] }).media[0];
    const long = { media: Array.from({ length: 10_000 }, () => media) };
    expect(validate(long).ok).toBe(true);
    const bad = { media: Array.from({ length: 10_000 }, (_, i) => (i % 1000 === 999 ? { label: 5 } : media)) };
    const r = validate(bad);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(
      Array.from({ length: 10 }, (_, i) => `/media/${i * 1000 + 999}/label`),
    );
  });

  it("builders refuse hostile parameters and bodies with a RequestValidationError, never anything else", async () => {
    const ops = (await import(pathToFileURL(`${pkg.dir}/operations.js`).href)) as Record<
      string,
      (...a: unknown[]) => unknown
    >;
    const client = (await import(pathToFileURL(`${pkg.dir}/client.js`).href)) as {
      RequestValidationError: new () => Error;
    };
    const build = ops.buildUpdateSegmentsRequest!;
    const params: unknown[] = [
      null,
      undefined,
      1,
      "x",
      [],
      {},
      { callRecordId: 1, sessionId: "s" },
      { callRecordId: "", sessionId: "s" },
      { callRecordId: { toString: () => "a" }, sessionId: "s" },
      JSON.parse('{"__proto__":{"callRecordId":"a"},"sessionId":"s"}'),
    ];
    for (const p of params) {
      expect(() => build(p, {}), JSON.stringify(p)).toThrow(client.RequestValidationError);
    }
    for (const h of HOSTILE) {
      let thrown: unknown;
      try {
        build({ callRecordId: "a", sessionId: "b" }, h);
      } catch (e) {
        thrown = e;
      }
      if (thrown !== undefined)
        expect(thrown, JSON.stringify(h).slice(0, 60)).toBeInstanceOf(client.RequestValidationError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keep their paths right when a getter validates another value mid-check, or throws", () => {
    const validate = validator(pkg.validators, "validateSegment");
    const bad = { media: [{ streams: [{ averageJitter: "PT" }] }] };
    const innerPaths: string[][] = [];
    const media = { label: 1 } as Record<string, unknown>;
    Object.defineProperty(media, "calleeDevice", {
      enumerable: true,
      get: () => {
        const r = validate(bad);
        innerPaths.push(r.ok ? [] : r.errors.map((e) => e.path));
        return { captureDeviceName: 2 };
      },
    });
    const outer = validate({ media: [media] });
    expect(innerPaths.length).toBeGreaterThan(0);
    for (const p of innerPaths) expect(p).toEqual(["/media/0/streams/0/averageJitter"]);
    expect(outer.ok ? [] : outer.errors.map((e) => e.path).sort()).toEqual([
      "/media/0/calleeDevice/captureDeviceName",
      "/media/0/label",
    ]);
    const throwing = { media: [{}] };
    Object.defineProperty(throwing.media[0], "label", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(() => validate(throwing)).toThrow("boom");
    const after = validate({ id: 1 });
    expect(after.ok ? [] : after.errors.map((e) => e.path)).toEqual(["/id"]);
  });
});
