/**
 * What the constructs of issue #19 mean to the validators (test/fixtures/constructs/spec/): every Edm
 * primitive, walked from the table (its valid samples taken, its invalid ones refused with the
 * table's code); Edm.Untyped; an Edm.Stream property, never inline, its media annotations taken;
 * flags enums; an open type's dynamic properties; an action's body. isT always agrees.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { EDM, EDM_PRIMITIVES } from "../../generator/model/edm.ts";
import { CONSTRUCTS_SPEC, primitiveProperty } from "../support/constructs.ts";
import type { Options, Result } from "./support/load.ts";
import { loadPackage, type LoadedPackage } from "./support/package.ts";

let pkg: LoadedPackage;
beforeAll(async () => {
  pkg = await loadPackage(CONSTRUCTS_SPEC);
});

/** [path, code] of each error, or "ok"; isT must give the same verdict. */
function problems(name: string, v: unknown, o?: Options): [string, string][] | "ok" {
  const r = pkg.validators[`validate${name}`]!(v, o) as Result;
  expect(pkg.validators[`is${name}`]!(v, o), JSON.stringify(v)).toBe(r.ok);
  return r.ok ? "ok" : r.errors.map((e) => [e.path, e.code]);
}
const messages = (name: string, v: unknown): string[] => {
  const r = pkg.validators[`validate${name}`]!(v) as Result;
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe.each(EDM_PRIMITIVES.filter((p) => p !== "Edm.Stream"))("a property of %s", (edm) => {
  const key = primitiveProperty(edm);
  const spec = EDM[edm];

  it("takes the table's valid samples, alone and in a collection", () => {
    for (const x of spec.samples.valid) {
      if (x === null) continue;
      expect(problems("Item", { [key]: x }), JSON.stringify(x)).toBe("ok");
      expect(problems("Item", { [`${key}s`]: [x] }), JSON.stringify(x)).toBe("ok");
    }
  });

  it("refuses the table's invalid samples with the table's code, at the property's path", () => {
    for (const x of spec.samples.invalid) {
      const json = typeof x === "string" ? "string" : typeof x === "boolean" ? "boolean" : "number";
      const right = spec.json === json || (spec.json === "integer" && Number.isInteger(x)) || spec.json === "float";
      const code = x === null ? "null" : right ? spec.code : "type";
      expect(problems("Item", { [key]: x }), JSON.stringify(x)).toEqual([[`/${key}`, code]]);
      expect(problems("Item", { [`${key}s`]: [x] }), JSON.stringify(x)).toEqual([[`/${key}s/0`, code]]);
    }
  });

  it("takes null where nullable (Edm.Untyped always), and refuses it elsewhere", () => {
    expect(problems("Item", { [`${key}OrNull`]: null })).toBe("ok");
    expect(problems("Item", { [key]: null })).toEqual(spec.json === "any" ? "ok" : [[`/${key}`, "null"]]);
  });

  it("says what was expected", () => {
    if (spec.samples.invalid.length === 0) return;
    expect(messages("Item", { [key]: spec.samples.invalid[0] })[0]).toMatch(`expected ${spec.expected}, found `);
  });
});

describe("a stream property", () => {
  it("is never inline, not even null, with a message that says so", () => {
    for (const x of ["AQID", null, {}, ""])
      expect(problems("Item", { stream: x })).toEqual([["/stream", x === null ? "null" : "type"]]);
    expect(messages("Item", { stream: "AQID" })).toEqual([
      'expected no inline value (a stream is read and written through its own request), found "AQID"',
    ]);
  });

  it("takes its media annotations, and a media entity its own, in both modes", () => {
    const v = {
      "stream@odata.mediaReadLink": "https://x.test/t",
      "stream@odata.mediaEditLink": "https://x.test/t",
      "stream@odata.mediaContentType": "image/png",
      "stream@odata.mediaEtag": 'W/"1"',
      "@odata.mediaContentType": "application/pdf",
      "@odata.mediaReadLink": "https://x.test/$value",
    };
    expect(problems("Item", v)).toBe("ok");
    expect(problems("Item", v, { mode: "response" })).toBe("ok");
  });
});

describe("a flags enum", () => {
  it("takes member names joined by commas, each at most once", () => {
    for (const ok of ["read", "write,read", "read,write,execute"])
      expect(problems("Item", { permission: ok })).toBe("ok");
    for (const bad of ["", "read,read", "read, write", "Read", "read,", "admin"])
      expect(problems("Item", { permission: bad }), bad).toEqual([["/permission", "enum"]]);
    expect(problems("Item", { permissions: ["read", null, "x,read"] })).toEqual([["/permissions/2", "enum"]]);
    expect(pkg.validators.isPermission!("execute,write")).toBe(true);
    expect(pkg.validators.isPermission!("execute,execute")).toBe(false);
  });

  it("when evolvable, takes any string in a response only", () => {
    expect(problems("Item", { features: "alpha,gamma" })).toEqual([["/features", "enum"]]);
    expect(problems("Item", { features: "alpha,gamma" }, { mode: "response" })).toBe("ok");
    expect(problems("Item", { features: 1 }, { mode: "response" })).toEqual([["/features", "type"]]);
    expect(messages("Item", { features: "x" })).toEqual([
      'expected one or more of "alpha", "beta", "unknownFutureValue", joined by "," (each at most once), found "x"',
    ]);
  });
});

describe("an open type", () => {
  it("takes dynamic properties of any JSON value, and checks its declared ones", () => {
    const bag = { name: "l", any: [1, { deep: null }], __proto__: 1, when: "2024-02-29" };
    expect(problems("Bag", JSON.parse(JSON.stringify(bag)))).toBe("ok");
    expect(problems("Bag", { extra: {}, when: "2024-02-30T" })).toEqual([["/when", "format"]]);
  });
});

describe("an action's body", () => {
  const body = { recipients: ["a@example.test"], permission: "read,write", expires: null };

  it("takes its parameters as they are declared: required, nullable, collections", () => {
    expect(problems("ShareItemBody", body)).toBe("ok");
    expect(
      problems("ShareItemBody", { ...body, note: null, bag: { name: "x", more: 1 }, items: [{ id: "d" }], extra: [1] }),
    ).toBe("ok");
    expect(pkg.validators.validateShareItemBody!(body)).toEqual({ ok: true, value: body });
  });

  it("refuses a missing required parameter, an unknown key and an @odata.type", () => {
    expect(problems("ShareItemBody", { recipients: [], "@ns.term": 1 })).toEqual([
      ["/permission", "required"],
      ["/expires", "required"],
    ]);
    expect(problems("ShareItemBody", { ...body, recipient: "x", "@odata.type": "#test.c.x" })).toEqual([
      ["/@odata.type", "odataType"],
      ["/recipient", "unknownProperty"],
    ]);
    expect(messages("ShareItemBody", { ...body, recipient: "x" })).toEqual([
      'unknown property "recipient": the body of test.c.share declares no such property; did you mean "recipients"?',
    ]);
    expect(messages("ShareItemBody", { recipients: [], permission: "read" })).toEqual([
      'missing "expires": the body of test.c.share requires it',
    ]);
  });

  it("checks each parameter's value (cheapest first), nested ones with their full path", () => {
    expect(problems("ShareItemBody", { ...body, recipients: "a", permission: null, items: [{ id: 1 }] })).toEqual([
      ["/permission", "null"],
      ["/recipients", "type"],
      ["/items/0/id", "type"],
    ]);
    expect(problems("ShareItemBody", [])).toEqual([["", "type"]]);
  });
});

describe("maxErrors", () => {
  it("stops the report there, and the result says so", () => {
    const many = { permissions: Array.from({ length: 300 }, () => "x") };
    const r = pkg.validators.validateItem!(many) as Result & { truncated?: true };
    expect(r.ok ? 0 : r.errors.length).toBe(100);
    expect(r.truncated).toBe(true);
    const five = pkg.validators.validateItem!(many, { maxErrors: 5 }) as Result & { truncated?: true };
    expect(five.ok ? [] : five.errors.map((e) => e.path)).toEqual([0, 1, 2, 3, 4].map((i) => `/permissions/${i}`));
    expect(five.truncated).toBe(true);
    const all = pkg.validators.validateItem!(many, { maxErrors: 300 }) as Result & { truncated?: true };
    expect(all.ok ? 0 : all.errors.length).toBe(300);
    expect(all.truncated).toBeUndefined();
  });
});
