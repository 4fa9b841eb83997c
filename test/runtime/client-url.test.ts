/**
 * The client's request building (generator/runtime/src/client-url.ts), imported as source: function
 * parameters as OData literals, byte for byte, for hostile strings in every literal form; parameter
 * aliases; optional parameters; what is refused and where; bodies checked as the JSON that is sent;
 * and that the request which reaches a real HTTP server is the one built.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestValidationError } from "../../generator/runtime/src/client.ts";
import { sendRequest } from "../../generator/runtime/src/client-send.ts";
import {
  buildRequest,
  checkExpanded,
  functionCall,
  type FunctionArgument,
  type Operation,
  type Shape,
  type Validate,
} from "../../generator/runtime/src/client-url.ts";
import { PATTERNS } from "../../generator/model/edm.ts";
import { startServer, type TestServer } from "../support/server.ts";

const matches = (pattern: string) => (x: unknown) => typeof x === "string" && new RegExp(pattern).test(x);
/** Value checks as the validation runtime makes them (EDM[...].test), for these tests. */
const tests = {
  isString: (x: unknown) => typeof x === "string",
  isBoolean: (x: unknown) => typeof x === "boolean",
  isInt32: (x: unknown) => Number.isInteger(x) && Math.abs(x as number) <= 2 ** 31,
  isInt64: (x: unknown) => Number.isInteger(x),
  isFloat: (x: unknown) => (typeof x === "number" && Number.isFinite(x)) || x === "NaN" || x === "INF" || x === "-INF",
  isDecimal: (x: unknown) => typeof x === "number" && Number.isFinite(x),
  isGuid: matches(PATTERNS.guid),
  isDate: matches(PATTERNS.date),
  isTimeOfDay: matches(PATTERNS.timeOfDay),
  isDateTimeOffset: matches(PATTERNS.dateTimeOffset),
  isDuration: matches(PATTERNS.duration),
  isBinary: matches(PATTERNS.binary),
  isColor: (x: unknown) => x === "red" || x === "green" || x === "unknownFutureValue",
  isPermission: (x: unknown) =>
    typeof x === "string" && x.split(",").every((m, i, all) => ["read", "write"].includes(m) && all.indexOf(m) === i),
};
/** A complex type's validator: `{ label: string }`, nothing else. */
const validateTag: Validate = (value) => {
  const ok =
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).every((k) => k === "label") &&
    typeof (value as { label?: unknown }).label === "string";
  return ok
    ? { ok: true, value }
    : { ok: false, errors: [{ path: "/label", code: "type", message: "expected a label" }] };
};

const BASE = "https://example.test/v1.0";

/** An unbound function `ns.f(p=...)` with one argument. */
function fn(arg: Omit<FunctionArgument, "name"> & { name?: string }): Operation {
  return {
    id: "f",
    method: "GET",
    baseUrl: BASE,
    path: ["root", functionCall("ns.f", [{ name: "p", ...arg }])],
    responses: { 204: { kind: "none" } },
  };
}

const url = (op: Operation, params: unknown): string => buildRequest(op, params, undefined, undefined).url;
const call = (op: Operation, params: unknown): string => url(op, params).slice(`${BASE}/root/`.length);

function refusal(f: () => unknown): RequestValidationError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RequestValidationError);
    return e as RequestValidationError;
  }
  throw new Error("expected a RequestValidationError");
}

const HOSTILE: [string, string][] = [
  ["o'brien", "o%27%27brien"],
  ["''", "%27%27%27%27"],
  ["a/b", "a%2Fb"],
  ["?x=1&y", "%3Fx%3D1%26y"],
  ["#frag", "%23frag"],
  ["100%", "100%25"],
  ["%2F", "%252F"],
  ["..", ".."],
  [".", "."],
  ["", ""],
  ["a b", "a%20b"],
  ["x)y,z=w(", "x%29y%2Cz%3Dw%28"],
  ["@alias", "%40alias"],
  ["12:30", "12:30"],
  ["+1", "%2B1"],
  ["é日本", "%C3%A9%E6%97%A5%E6%9C%AC"],
  ["😀", "%F0%9F%98%80"],
  ["\u2028\n\t", "%E2%80%A8%0A%09"],
  ["$filter", "%24filter"],
  ["a\\b", "a%5Cb"],
];

describe("function parameters as OData literals, byte for byte", () => {
  it("quotes a string, doubling its quotes, and percent-encodes what is inside", () => {
    const op = fn({ type: "Edm.String", form: "quoted", test: tests.isString });
    for (const [value, inside] of HOSTILE) expect(call(op, { p: value }), value).toBe(`ns.f(p='${inside}')`);
  });

  it("writes what a check lets through exactly, in every form: quoted, prefixed, bare", () => {
    const anything = (): boolean => true;
    const quoted = fn({ type: "ns.t", form: "quoted", test: anything });
    const prefixed = fn({ type: "ns.t", form: "quoted", prefix: "ns.t", test: anything });
    const bare = fn({ type: "ns.t", form: "bare", test: anything });
    for (const [value, inside] of HOSTILE) {
      expect(call(quoted, { p: value }), value).toBe(`ns.f(p='${inside}')`);
      expect(call(prefixed, { p: value }), value).toBe(`ns.f(p=ns.t'${inside}')`);
      // Bare, a quote is not doubled (a bare literal holds none once its check is the type's).
      expect(call(bare, { p: value }), value).toBe(`ns.f(p=${inside.replace(/%27%27/g, "%27")})`);
    }
  });

  it("writes an enum as ns.enum'member', a flags enum's members joined by an encoded comma", () => {
    const color = fn({ type: "ns.color", form: "quoted", prefix: "ns.color", test: tests.isColor });
    expect(call(color, { p: "red" })).toBe("ns.f(p=ns.color'red')");
    const permission = fn({ type: "ns.permission", form: "quoted", prefix: "ns.permission", test: tests.isPermission });
    expect(call(permission, { p: "read,write" })).toBe("ns.f(p=ns.permission'read%2Cwrite')");
    expect(call(permission, { p: "write" })).toBe("ns.f(p=ns.permission'write')");
    for (const bad of ["read,read", "read, write", "Read", "red"]) {
      expect(refusal(() => call(permission, { p: bad })).errors[0]).toMatchObject({ path: "/p", code: "parameter" });
    }
  });

  it("writes durations and binary values with their prefix, the value inside percent-encoded", () => {
    const duration = fn({ type: "Edm.Duration", form: "quoted", prefix: "duration", test: tests.isDuration });
    expect(call(duration, { p: "P1D" })).toBe("ns.f(p=duration'P1D')");
    expect(call(duration, { p: "-PT2M17.1009318S" })).toBe("ns.f(p=duration'-PT2M17.1009318S')");
    const binary = fn({ type: "Edm.Binary", form: "quoted", prefix: "binary", test: tests.isBinary });
    expect(call(binary, { p: "AQ+/" })).toBe("ns.f(p=binary'AQ%2B%2F')");
    expect(call(binary, { p: "AQ==" })).toBe("ns.f(p=binary'AQ%3D%3D')");
    expect(call(binary, { p: "-_8" })).toBe("ns.f(p=binary'-_8')");
  });

  it("writes Guids, dates, times, numbers and booleans bare (an offset's + encoded, colons kept)", () => {
    const cases: [string, (x: unknown) => boolean, unknown, string][] = [
      ["Edm.Guid", tests.isGuid, "01234567-89ab-CDEF-0123-456789abcdef", "01234567-89ab-CDEF-0123-456789abcdef"],
      ["Edm.Date", tests.isDate, "2024-02-29", "2024-02-29"],
      ["Edm.Date", tests.isDate, "-0001-01-01", "-0001-01-01"],
      ["Edm.TimeOfDay", tests.isTimeOfDay, "13:45:30.5", "13:45:30.5"],
      ["Edm.DateTimeOffset", tests.isDateTimeOffset, "2019-11-01T00:00:00Z", "2019-11-01T00:00:00Z"],
      [
        "Edm.DateTimeOffset",
        tests.isDateTimeOffset,
        "2016-12-31T23:56:48.8437798+03:00",
        "2016-12-31T23:56:48.8437798%2B03:00",
      ],
      ["Edm.Int32", tests.isInt32, -5, "-5"],
      ["Edm.Int64", tests.isInt64, 9007199254740991, "9007199254740991"],
      ["Edm.Double", tests.isFloat, 1.5, "1.5"],
      ["Edm.Double", tests.isFloat, 1e21, "1e%2B21"],
      ["Edm.Double", tests.isFloat, "NaN", "NaN"],
      ["Edm.Double", tests.isFloat, "-INF", "-INF"],
      ["Edm.Decimal", tests.isDecimal, 0.1, "0.1"],
      ["Edm.Boolean", tests.isBoolean, false, "false"],
    ];
    for (const [type, test, value, text] of cases) {
      expect(call(fn({ type, form: "bare", test }), { p: value }), `${type} ${String(value)}`).toBe(`ns.f(p=${text})`);
    }
  });

  it("writes null as null where the parameter may be null, and refuses it elsewhere", () => {
    const nullable = fn({ type: "Edm.String", form: "quoted", test: tests.isString, nullable: true });
    expect(call(nullable, { p: null })).toBe("ns.f(p=null)");
    const strict = fn({ type: "Edm.String", form: "quoted", test: tests.isString });
    expect(refusal(() => call(strict, { p: null })).errors).toEqual([
      { path: "/p", code: "parameter", message: 'function parameter "p" may not be null (Edm.String)' },
    ]);
  });

  it("passes a collection or a structured value by a parameter alias, its JSON percent-encoded in the query", () => {
    const ids = fn({ type: "Edm.String", form: "alias", test: tests.isString, collection: true });
    expect(url(ids, { p: ["a'b", "c/d", "é"] })).toBe(
      `${BASE}/root/ns.f(p=@p)?@p=%5B%22a%27b%22%2C%22c%2Fd%22%2C%22%C3%A9%22%5D`,
    );
    expect(url(ids, { p: [] })).toBe(`${BASE}/root/ns.f(p=@p)?@p=%5B%5D`);
    const tag = fn({ type: "ns.tag", form: "alias", validate: validateTag });
    expect(url(tag, { p: { label: "x&y=#" } })).toBe(
      `${BASE}/root/ns.f(p=@p)?@p=%7B%22label%22%3A%22x%26y%3D%23%22%7D`,
    );
    const colors = fn({ type: "ns.color", form: "alias", test: tests.isColor, collection: true, nullable: true });
    expect(url(colors, { p: ["red", null] })).toBe(`${BASE}/root/ns.f(p=@p)?@p=%5B%22red%22%2Cnull%5D`);
  });

  it("checks an alias value as the JSON that is sent, item by item, with the item's path", () => {
    const ids = fn({ type: "Edm.Int32", form: "alias", test: tests.isInt32, collection: true });
    expect(refusal(() => url(ids, { p: [1, "2"] })).errors[0]).toMatchObject({ path: "/p/1", code: "parameter" });
    expect(refusal(() => url(ids, { p: [1, null] })).errors[0]).toMatchObject({ path: "/p/1" });
    expect(refusal(() => url(ids, { p: "1,2" })).errors[0]).toMatchObject({ path: "/p" });
    const tag = fn({ type: "ns.tag", form: "alias", validate: validateTag });
    const sneaky = { label: "ok", toJSON: () => ({ label: 5 }) };
    expect(refusal(() => url(tag, { p: sneaky })).errors[0]).toMatchObject({ path: "/p/label" });
    const dated = { toJSON: () => ({ label: "as sent" }) };
    expect(url(tag, { p: dated })).toBe(`${BASE}/root/ns.f(p=@p)?@p=%7B%22label%22%3A%22as%20sent%22%7D`);
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(refusal(() => url(tag, { p: cyclic })).errors[0]!.message).toMatch(/cannot be written as JSON/);
  });

  it("leaves out an optional parameter left undefined, and keeps the order of the rest", () => {
    const op: Operation = {
      id: "range",
      method: "GET",
      baseUrl: BASE,
      path: [
        functionCall("ns.range", [
          { name: "from", type: "Edm.Date", form: "bare", test: tests.isDate },
          { name: "top", type: "Edm.Int32", form: "bare", test: tests.isInt32, required: false },
          { name: "to", type: "Edm.Date", form: "bare", test: tests.isDate, required: false },
        ]),
      ],
      responses: { 200: { kind: "none" } },
    };
    expect(url(op, { from: "2024-01-01", to: "2024-02-01" })).toBe(`${BASE}/ns.range(from=2024-01-01,to=2024-02-01)`);
    expect(url(op, { from: "2024-01-01", top: 5 })).toBe(`${BASE}/ns.range(from=2024-01-01,top=5)`);
    expect(url(op, { from: "2024-01-01", top: undefined })).toBe(`${BASE}/ns.range(from=2024-01-01)`);
    expect(refusal(() => url(op, { top: 5 })).errors).toEqual([
      { path: "/from", code: "parameter", message: 'function parameter "from" is required (Edm.Date), found nothing' },
    ]);
    const noArgs: Operation = { ...op, path: ["me", functionCall("ns.delta", [])] };
    expect(url(noArgs, {})).toBe(`${BASE}/me/ns.delta()`);
  });

  it("refuses a value of the wrong type or form, an inherited one, and a lone surrogate, naming the parameter", () => {
    const date = fn({ type: "Edm.Date", form: "bare", test: tests.isDate });
    for (const bad of ["2024-13-01", "2024-01-01)", 20240101, { toString: () => "2024-01-01" }, ["2024-01-01"]]) {
      expect(refusal(() => url(date, { p: bad })).errors[0], String(bad)).toMatchObject({
        path: "/p",
        code: "parameter",
      });
    }
    expect(refusal(() => url(date, Object.create({ p: "2024-01-01" }))).errors[0]!.message).toMatch(/required/);
    const text = fn({ type: "Edm.String", form: "quoted", test: tests.isString });
    expect(refusal(() => url(text, { p: "a\ud800" })).errors[0]!.message).toMatch(/lone surrogate/);
    expect(refusal(() => url(text, { p: 5 })).errors[0]!.message).toBe(
      'function parameter "p" must be a valid Edm.String, found a number',
    );
  });
});

describe("bodies", () => {
  const update: Operation = {
    id: "update",
    method: "PATCH",
    baseUrl: BASE,
    path: ["tags", { param: "id" }],
    body: { kind: "object", validate: validateTag },
    responses: { 204: { kind: "none" } },
  };

  it("are checked as the JSON that is sent: no toJSON (own, a class's, a nested value's) can bypass the check", () => {
    class Tag {
      constructor(readonly label: string) {}
      toJSON(): unknown {
        return { label: 1 };
      }
    }
    const bodies: unknown[] = [
      { label: "ok", toJSON: () => ({ label: 2 }) },
      new Tag("ok"),
      { label: { toJSON: () => 3 } },
      {
        label: "ok",
        get extra() {
          return undefined;
        },
        ["x"]: { toJSON: () => "y" },
      },
    ];
    for (const body of bodies) {
      const e = refusal(() => buildRequest(update, { id: "1" }, body, undefined));
      expect(e.part).toBe("body");
    }
  });

  it("send exactly the JSON that was checked", () => {
    const body = { toJSON: () => ({ label: "from toJSON" }) };
    expect(buildRequest(update, { id: "1" }, body, undefined).body).toBe('{"label":"from toJSON"}');
  });

  it("that are not JSON at all are refused as such", () => {
    for (const body of [undefined, () => 1, Symbol("s"), { label: 1n }]) {
      const e = refusal(() => buildRequest(update, { id: "1" }, body, undefined));
      expect([e.part, e.errors[0]!.code]).toEqual(["body", "json"]);
    }
  });

  it("of raw bytes go as they are, with the Blob's type or application/octet-stream", () => {
    const upload: Operation = { ...update, method: "PUT", body: { kind: "stream" } };
    const bytes = new Uint8Array([0, 255, 10]);
    expect(buildRequest(upload, { id: "1" }, bytes, undefined)).toMatchObject({
      body: bytes,
      headers: { "Content-Type": "application/octet-stream" },
    });
    const blob = new Blob(["png"], { type: "image/png" });
    expect(buildRequest(upload, { id: "1" }, blob, undefined).headers["Content-Type"]).toBe("image/png");
    expect(refusal(() => buildRequest(upload, { id: "1" }, "bytes", undefined)).part).toBe("body");
  });
});

describe("what reaches a real server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(() => ({ status: 204 }));
  });
  afterAll(() => server.close());

  it("is the request target built, byte for byte, for every hostile string in every literal form", async () => {
    const forms: Omit<FunctionArgument, "name">[] = [
      { type: "Edm.String", form: "quoted", test: tests.isString },
      { type: "Edm.String", form: "alias", test: tests.isString, collection: true },
    ];
    const enums = fn({ type: "ns.color", form: "quoted", prefix: "ns.color", test: tests.isColor });
    const targets: string[] = [];
    for (const form of forms) {
      const op = { ...fn(form), baseUrl: `${server.url}/v1.0` };
      for (const [value] of HOSTILE) {
        const built = buildRequest(op, { p: form.collection === true ? [value] : value }, undefined, undefined);
        targets.push(built.url.slice(server.url.length));
        await sendRequest(op, { p: form.collection === true ? [value] : value }, undefined, { retry: false });
      }
    }
    targets.push(url({ ...enums, baseUrl: `${server.url}/v1.0` }, { p: "green" }).slice(server.url.length));
    await sendRequest({ ...enums, baseUrl: `${server.url}/v1.0` }, { p: "green" }, undefined, {});
    expect(server.requests.map((r) => r.target)).toEqual(targets);
    expect(targets.at(-1)).toBe("/v1.0/root/ns.f(p=ns.color'green')");
  });
});

describe("checkExpanded", () => {
  const segment: Shape = { name: "g", properties: [], navigation: {} };
  const session: Shape = {
    name: "s",
    properties: [],
    navigation: { segments: { target: () => segment, collection: true } },
  };
  const record: Shape = {
    name: "r",
    properties: [],
    navigation: { sessions: { target: () => session, collection: true } },
  };
  const expand = { sessions: { expand: { segments: true } } };

  it("asks only that what was expanded is there, at every depth, with its path", () => {
    expect(checkExpanded(record, { sessions: [{ segments: [{}, {}] }, { segments: [] }] }, expand)).toEqual([]);
    expect(checkExpanded(record, { sessions: [{ segments: [] }, {}] }, expand)).toEqual([
      {
        path: "/sessions/1/segments",
        code: "expanded",
        message: 'the expanded navigation property "segments" is missing',
      },
    ]);
    expect(checkExpanded(record, {}, undefined)).toEqual([]);
  });
});
