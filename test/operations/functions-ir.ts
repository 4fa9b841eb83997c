/**
 * An IR with OData functions and actions, written by hand as plain data: the spec format for them
 * (`in: function | body`, call segments) is being added to the checker on another branch, so these
 * tests build the IR the checker will build, as `model/ir.ts` describes it. Once the checker
 * reads it, a fixture spec can replace this file.
 *
 * Every row of issue #19's table the client serves: a function unbound, bound to a collection and
 * bound to an entity; parameters of every literal form (a string, an enum, a date-time, an optional
 * number, a nullable one, a collection and a complex value by alias); actions bound to an entity, a
 * collection and unbound; and every return shape: none, a primitive, an enum, a collection of
 * primitives, a complex value, an entity, a collection of complex values, and raw bytes both ways.
 * `getPstnCalls` is the README's example, as the v1.0 package will have it.
 */
import type {
  IR,
  IRBody,
  IROperation,
  IRParameter,
  IRProperty,
  IRResponse,
  IRStructured,
  IRTypeRef,
  HttpMethod,
  IRPathSegment,
} from "../../generator/model/ir.ts";
import type { EdmPrimitive } from "../../generator/model/edm.ts";

const source = { file: "functions.ts", line: 1, col: 1 };
const NS = "test.fn";
const CR = "microsoft.graph.callRecords";

const edm = (e: EdmPrimitive): IRTypeRef => ({ kind: "primitive", edm: e });
const enumRef = (qname: string): IRTypeRef => ({ kind: "enum", qname });
const complex = (qname: string): IRTypeRef => ({ kind: "complex", qname });
const entity = (qname: string): IRTypeRef => ({ kind: "entity", qname });

function prop(wireName: string, type: IRTypeRef, extra: Partial<IRProperty> = {}): IRProperty {
  return { wireName, type, collection: false, nullable: true, readOnly: false, source, ...extra };
}

function structured(
  qname: string,
  tsName: string,
  kind: "entity" | "complex",
  properties: IRProperty[],
  key: string[] = [],
): IRStructured {
  const name = qname.slice(qname.lastIndexOf(".") + 1);
  const namespace = qname.slice(0, qname.lastIndexOf("."));
  return {
    kind,
    qname,
    namespace,
    name,
    tsName,
    abstract: false,
    open: false,
    hasStream: false,
    key,
    properties,
    navigation: [],
    derived: [],
    source,
  };
}

function param(name: string, where: IRParameter["in"], type: IRTypeRef, extra: Partial<IRParameter> = {}): IRParameter {
  return { name, in: where, type, collection: false, nullable: false, required: true, source, ...extra };
}

const body = (type: IRTypeRef, collection = false): IRBody => ({ type, collection });
const ok = (status: number, b?: IRBody): IRResponse => ({ status, ...(b === undefined ? {} : { body: b }) });

/** `/a/b/{x}/ns.f(p={p})`: segments from a template, as the checker parses them. */
function segments(path: string): IRPathSegment[] {
  return path
    .split("/")
    .filter((s) => s !== "")
    .map((s): IRPathSegment => {
      const param = /^\{(\w+)\}$/.exec(s);
      if (param !== null) return { kind: "param", name: param[1]! };
      const call = /^([\w.]+)\((.*)\)$/.exec(s);
      if (call === null) return { kind: "literal", value: s };
      const args = call[2] === "" ? [] : call[2]!.split(",").map((a) => a.slice(0, a.indexOf("=")));
      return { kind: "call", name: call[1]!, args };
    });
}

function operation(
  id: string,
  odata: IROperation["odata"],
  method: HttpMethod,
  path: string,
  parameters: IRParameter[],
  responses: IRResponse[],
  extra: Partial<IROperation> = {},
): IROperation {
  const call = segments(path).find((s) => s.kind === "call");
  const odataName = odata === "action" ? path.slice(path.lastIndexOf("/") + 1) : call?.name;
  return {
    kind: "operation",
    id,
    tsName: id[0]!.toUpperCase() + id.slice(1),
    odata,
    ...(odataName === undefined || odata === "request" ? {} : { odataName }),
    method,
    path,
    pathSegments: segments(path),
    parameters,
    headers: [],
    query: [],
    responses,
    source,
    ...extra,
  };
}

export const FUNCTIONS_IR: IR = {
  api: {
    source,
    packageName: "@fixtures/functions",
    title: "Functions and actions",
    apiVersion: "v1.0",
    baseUrl: "https://example.test/v1.0",
    specVersion: "1.0.0",
    mainNamespace: NS,
  },
  files: ["functions.ts"],
  types: [
    structured(`${CR}.pstnCallLogRow`, "PstnCallLogRow", "complex", [
      prop("id", edm("Edm.String")),
      prop("startDateTime", edm("Edm.DateTimeOffset")),
      prop("duration", edm("Edm.Int32")),
      prop("charge", edm("Edm.Double")),
    ]),
    {
      kind: "enum",
      qname: `${NS}.color`,
      namespace: NS,
      name: "color",
      tsName: "Color",
      members: ["red", "green", "unknownFutureValue"].map((name, i) => ({ name, value: String(i) })),
      underlying: "Edm.Int32",
      flags: false,
      evolvable: true,
      source,
    },
    structured(`${NS}.filter`, "Filter", "complex", [prop("label", edm("Edm.String"), { nullable: false })]),
    structured(`${NS}.row`, "Row", "complex", [
      prop("id", edm("Edm.String")),
      prop("when", edm("Edm.DateTimeOffset")),
      prop("minutes", edm("Edm.Int32")),
      prop("color", enumRef(`${NS}.color`)),
    ]),
    structured(
      `${NS}.thing`,
      "Thing",
      "entity",
      [prop("id", edm("Edm.String"), { nullable: false }), prop("name", edm("Edm.String"))],
      ["id"],
    ),
  ],
  operations: [
    operation(
      "copyThing",
      "action",
      "POST",
      `/things/${NS}.copy`,
      [param("name", "body", edm("Edm.String")), param("color", "body", enumRef(`${NS}.color`), { required: false })],
      [ok(200, body(entity(`${NS}.thing`)))],
    ),
    operation(
      "countThings",
      "function",
      "GET",
      `/things/${NS}.count(name={name},color={color},top={top})`,
      [
        param("name", "function", edm("Edm.String")),
        param("color", "function", enumRef(`${NS}.color`)),
        param("top", "function", edm("Edm.Int32"), { required: false, nullable: true }),
      ],
      [ok(200, body(edm("Edm.Int32")))],
    ),
    operation(
      "findThings",
      "function",
      "GET",
      `/things/${NS}.find(ids={ids},filter={filter})`,
      [
        param("ids", "function", edm("Edm.String"), { collection: true }),
        param("filter", "function", complex(`${NS}.filter`), { nullable: true }),
      ],
      [ok(200, body(edm("Edm.String"), true))],
    ),
    operation(
      "getPhoto",
      "request",
      "GET",
      "/things/{thingId}/photo/$value",
      [param("thingId", "path", edm("Edm.String"))],
      [ok(200, body(edm("Edm.Stream")))],
    ),
    operation(
      "getPstnCalls",
      "function",
      "GET",
      `/communications/callRecords/${CR}.getPstnCalls(fromDateTime={fromDateTime},toDateTime={toDateTime})`,
      [
        param("fromDateTime", "function", edm("Edm.DateTimeOffset")),
        param("toDateTime", "function", edm("Edm.DateTimeOffset")),
      ],
      [ok(200, body(complex(`${CR}.pstnCallLogRow`), true))],
    ),
    operation(
      "getRows",
      "function",
      "GET",
      `/reports/${NS}.getRows(from={from},to={to})`,
      [param("from", "function", edm("Edm.DateTimeOffset")), param("to", "function", edm("Edm.DateTimeOffset"))],
      [ok(200, body(complex(`${NS}.row`), true))],
    ),
    operation("latestRow", "function", "GET", `/reports/${NS}.latest()`, [], [ok(200, body(complex(`${NS}.row`)))]),
    operation(
      "ping",
      "action",
      "POST",
      `/${NS}.ping`,
      [param("text", "body", edm("Edm.String"))],
      [ok(200, body(edm("Edm.String")))],
    ),
    operation(
      "resetThing",
      "action",
      "POST",
      `/things/{thingId}/${NS}.reset`,
      [
        param("thingId", "path", edm("Edm.String")),
        param("reason", "body", edm("Edm.String")),
        param("when", "body", edm("Edm.DateTimeOffset"), { required: false, nullable: true }),
      ],
      [ok(204)],
    ),
    operation(
      "setPhoto",
      "request",
      "PUT",
      "/things/{thingId}/photo/$value",
      [param("thingId", "path", edm("Edm.String"))],
      [ok(204)],
      { requestBody: body(edm("Edm.Stream")) },
    ),
    operation(
      "thingColor",
      "function",
      "GET",
      `/things/{thingId}/${NS}.color()`,
      [param("thingId", "path", edm("Edm.String"))],
      [ok(200, body(enumRef(`${NS}.color`)))],
    ),
  ],
  container: [],
};
