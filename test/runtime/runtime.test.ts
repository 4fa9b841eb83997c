/**
 * The validation runtime's helpers, as the generated validators call them: the families that
 * `@odata.type` selects from, flags enums, the run of a check (a first pass that stops, a second
 * that reports, `maxErrors`), paths and codes, and the patterns it shares with the JSON Schemas.
 */
import { describe, expect, it } from "vitest";
import { ANNOTATION_KEY_PATTERN, TYPE_NAME_PATTERN } from "../../generator/emit/schemas/patterns.ts";
import * as rt from "../../generator/runtime/src/runtime.ts";
import type { Check, Valid } from "../../generator/runtime/src/runtime.ts";

describe("families", () => {
  it("find a derived type's checks by either spelling", () => {
    const qnames = Array.from({ length: 12 }, (_, i) => `ns.t${i}`);
    const valid = qnames.map((): Valid => () => true);
    const check = qnames.map((): Check => () => {});
    const f = rt.family(qnames, valid, check);
    for (const [i, q] of qnames.entries()) {
      expect(f.get(q)).toEqual({ valid: valid[i], check: check[i] });
      expect(f.get(`#${q}`)).toBe(f.get(q));
    }
    for (const other of ["ns.other", "#ns", "", 1, null, undefined, { toString: () => "ns.t0" }])
      expect(f.get(other)).toBeUndefined();
  });

  it("name a type itself by either spelling", () => {
    const t = rt.structured("ns.a", null, ["x"], [], false);
    expect([rt.named("ns.a", t), rt.named("#ns.a", t), rt.named("ns.b", t), rt.named(undefined, t)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("flags enums", () => {
  const t = rt.enumeration(["read", "write", "delete"], true, false);
  it("take member names joined by commas, each at most once", () => {
    for (const ok of ["read", "read,write", "delete,read,write", "write,read"])
      expect(rt.isFlags(ok, t), ok).toBe(true);
    for (const bad of ["", "read,", ",read", "read,read", "read, write", "Read", "read,,write", 1, null, ["read"]])
      expect(rt.isFlags(bad, t), JSON.stringify(bad)).toBe(false);
  });
});

/** A value's two checks, where the report finds `count` wrong Int32 items at /items/i. */
function items(count: number): [Valid, Check] {
  const int32 = rt.primitive("integer", "range", "an integer (Int32)");
  return [
    () => count === 0,
    () => {
      for (let i = 0; i < count; i++) rt.fail("x", int32, "items", i);
    },
  ];
}

describe("a run", () => {
  const run = (checks: [Valid, Check], options?: rt.ValidateOptions) => rt.run(null, ...checks, options);

  it("collects at most maxErrors problems (100 by default), and says when it stopped there", () => {
    const some = run(items(3));
    expect(some.ok ? 0 : some.errors.length).toBe(3);
    expect("truncated" in some).toBe(false);
    const many = run(items(1000));
    expect(many.ok ? 0 : many.errors.length).toBe(100);
    expect(many).toMatchObject({ ok: false, truncated: true });
    expect(run(items(100))).not.toHaveProperty("truncated");
    const five = run(items(1000), { maxErrors: 5 });
    expect(five.ok ? [] : five.errors.map((e) => e.path)).toEqual([0, 1, 2, 3, 4].map((i) => `/items/${i}`));
    expect(five).toMatchObject({ truncated: true });
    const all = run(items(1000), { maxErrors: Number.POSITIVE_INFINITY });
    expect(all.ok ? 0 : all.errors.length).toBe(1000);
    for (const odd of [0, -1, Number.NaN, "5" as unknown as number]) {
      const r = run(items(1000), { maxErrors: odd });
      expect(r.ok ? 0 : r.errors.length, String(odd)).toBe(100);
    }
  });

  it("gives the value itself when the verdict is valid, and makes no report", () => {
    let reports = 0;
    const value = { a: 1 };
    const r = rt.run(
      value,
      () => true,
      () => void reports++,
      undefined,
    );
    expect(r.ok && r.value).toBe(value);
    expect(reports).toBe(0);
  });

  it("puts each nested value's place in front of its errors' paths", () => {
    const leaf: Check = (v) => rt.fail(v, rt.primitive("string", "type", "a string"), "name");
    const outer: Check = (_v, m) => {
      rt.inside(1, m, leaf, "a~1b");
      rt.inside(2, m, leaf, "list", 3);
      leaf(3, m);
    };
    const r = rt.run(null, () => false, outer, undefined);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(["/a~1b/name", "/list/3/name", "/name"]);
  });

  it("keeps a report apart from one a getter makes meanwhile, and lets the getter's exception through", () => {
    const s = rt.primitive("string", "type", "a string");
    const inner: Check = (v) => rt.fail(v, s, "inner");
    const outer: Check = (_v, m) => {
      rt.fail(1, s, "before");
      const nested = rt.run(null, () => false, inner, undefined);
      expect(nested.ok ? [] : nested.errors.map((e) => e.path)).toEqual(["/inner"]);
      rt.inside(null, m, () => rt.fail(2, s, "after"), "x");
    };
    const r = rt.run(null, () => false, outer, undefined);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(["/before", "/x/after"]);
    const boom = new Error("boom");
    expect(() =>
      rt.run(
        null,
        () => false,
        () => {
          throw boom;
        },
        undefined,
      ),
    ).toThrow(boom);
    const after = rt.run(null, () => false, inner, undefined);
    expect(after.ok ? [] : after.errors.map((e) => e.path)).toEqual(["/inner"]);
  });
});

describe("errors", () => {
  /** The errors a report makes. */
  const reported = (report: () => void): rt.ValidationError[] => {
    const r = rt.run(null, () => false, report, undefined);
    return r.ok ? [] : r.errors;
  };

  it("say null, the wrong JSON type, or the primitive's own code", () => {
    const int32 = rt.primitive("integer", "range", "an integer from -2147483648 to 2147483647 (Int32)");
    const errors = reported(() => {
      for (const x of [null, "1", 1.5, 2147483648]) rt.fail(x, int32, "n");
    });
    expect(errors.map((x) => x.code)).toEqual(["null", "type", "type", "range"]);
    expect(errors.map((x) => x.message)).toEqual([
      "expected an integer from -2147483648 to 2147483647 (Int32), found null, which is not allowed here",
      'expected an integer from -2147483648 to 2147483647 (Int32), found "1"',
      "expected an integer from -2147483648 to 2147483647 (Int32), found 1.5",
      "expected an integer from -2147483648 to 2147483647 (Int32), found 2147483648",
    ]);
  });

  it("show a long or unusual string as JSON, cut", () => {
    const s = rt.primitive("string", "format", "a thing");
    const errors = reported(() => {
      for (const x of ["x".repeat(100), 'q"\n', 'q"\n', {}, []]) rt.fail(x, s, "a");
    });
    expect(errors.map((x) => x.message.slice("expected a thing, found ".length))).toEqual([
      JSON.stringify(`${"x".repeat(77)}...`),
      '"q\\"\\n"',
      '"q\\"\\n"',
      "an object",
      "an array",
    ]);
  });

  it("name an enum's members, and members added later in a response for an evolvable one", () => {
    const evolvable = rt.enumeration(["a", "unknownFutureValue"], false, true);
    const errors = reported(() => {
      rt.failEnum("x", evolvable, true, "k");
      rt.failEnum(3, evolvable, false, "k", 0);
      rt.failEnum("a,a", rt.enumeration(["a", "b"], true, false), true, "k");
    });
    expect(errors).toEqual([
      { path: "/k", code: "enum", message: 'expected one of "a", "unknownFutureValue", found "x"' },
      {
        path: "/k/0",
        code: "type",
        message: 'expected a string: one of "a", "unknownFutureValue", or a member added later, found 3',
      },
      {
        path: "/k",
        code: "enum",
        message: 'expected one or more of "a", "b", joined by "," (each at most once), found "a,a"',
      },
    ]);
  });

  it("tolerate a well-formed type name in a response only", () => {
    expect(rt.tolerated("#ns.later", false)).toBe(true);
    expect(rt.tolerated("#ns.later", true)).toBe(false);
    expect(rt.tolerated("not a name", false)).toBe(false);
    expect(rt.tolerated(42, false)).toBe(false);
    const t = rt.structured("ns.a", null, [], [], false);
    expect(reported(() => rt.wrongType("#ns.b", t))).toEqual([
      {
        path: "/@odata.type",
        code: "odataType",
        message: 'expected a type name such as "#ns.a": ns.a or a type derived from it, found "#ns.b"',
      },
    ]);
  });

  it("find unknown keys exactly: annotations pass, a navigation property and a typo are named", () => {
    const base = rt.structured("ns.base", null, ["id"], ["children"], false);
    const t = rt.structured("ns.a", base, ["stage"], [], false);
    const v = { "@odata.etag": "1", "stage@ns.term": 1, id: 1, stag: 1, children: [], "a/b~c": 1 };
    expect(rt.keyCount(v)).toBe(6);
    expect(rt.hasUnknownKey(v, t)).toBe(true);
    expect(rt.hasUnknownKey({ id: 1, "@odata.etag": "1" }, t)).toBe(false);
    expect(reported(() => rt.unknownKeys(v, t)).map((x) => [x.path, x.message])).toEqual([
      ["/stag", 'unknown property "stag": ns.a declares no such property; did you mean "stage"?'],
      [
        "/children",
        'unknown property "children": a navigation property of ns.a, present only in a response that expands it, never in a request body',
      ],
      ["/a~1b~0c", 'unknown property "a/b~c": ns.a declares no such property'],
    ]);
  });
});

describe("names", () => {
  it("are the JSON Schemas' patterns", () => {
    const samples = ["@odata.etag", "a@ns.t", "@ns.t#q", "@odata", "a@b", "#a.b", "a.b", "a", "#a", "a.b.", "@1ns.t"];
    for (const s of samples) {
      expect(rt.isAnnotationKey(s), s).toBe(new RegExp(ANNOTATION_KEY_PATTERN, "u").test(s));
      expect(rt.isTypeName(s), s).toBe(new RegExp(TYPE_NAME_PATTERN, "u").test(s));
    }
  });
});
