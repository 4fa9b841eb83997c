/**
 * An IR with every construct of issue #19 the validators and schemas handle: every Edm primitive
 * (Edm.Untyped and an Edm.Stream property included), flags enums (one evolvable), a media entity
 * (`hasStream`), an open type, collections of each kind, and an action with body parameters.
 *
 * The spec format that says all of this is being extended on another branch: what today's checker
 * accepts is written as YAML and loaded; the rest (flags, hasStream, the action and its body
 * parameters) is set on the IR by hand here, since the IR is plain data.
 */
import { EDM_PRIMITIVES } from "../../generator/model/edm.ts";
import { loadSpecFromTexts } from "../../generator/ir/build.ts";
import type {
  IR,
  IREnum,
  IROperation,
  IRParameter,
  IRStructured,
  IRType,
  IRTypeRef,
} from "../../generator/model/ir.ts";

/** Every primitive but Edm.Stream, as a property named after it: `string`, `byte`, `timeOfDay`, ... */
const VALUE_PRIMITIVES = EDM_PRIMITIVES.filter((p) => p !== "Edm.Stream");
const nameOf = (p: string): string => p[4]!.toLowerCase() + p.slice(5);

const SPEC = `api:
  package: "@fixtures/constructs"
  title: Every construct
  apiVersion: beta
  baseUrl: https://example.test/beta
  specVersion: 1.0.0
namespace: test.c
types:
  item:
    kind: entity
    key: [id]
    properties:
      id: { type: Edm.String, nullable: false }
  doc:
    kind: entity
    base: item
    description: A media entity with a property of every primitive.
    properties:
${VALUE_PRIMITIVES.map((p) => `      ${nameOf(p)}: { type: ${p}, nullable: false }`).join("\n")}
${VALUE_PRIMITIVES.map((p) => `      ${nameOf(p)}OrNull: { type: ${p} }`).join("\n")}
${VALUE_PRIMITIVES.map((p) => `      ${nameOf(p)}s: { type: ${p}, collection: true, nullable: false }`).join("\n")}
      thumbnail: { type: Edm.Stream }
      permission: { type: permission, nullable: false }
      permissions: { type: permission, collection: true }
      features: { type: feature }
      bag: { type: bag }
      bags: { type: bag, collection: true }
    navigation:
      related: { type: doc, collection: true }
  bag:
    open: true
    properties:
      label: { type: Edm.String }
      when: { type: Edm.Date }
enums:
  permission:
    members: [read, write, delete]
  feature:
    members: [alpha, beta, unknownFutureValue]
operations:
  shareDoc:
    method: POST
    path: /docs/{docId}/test.c.share
    parameters:
      docId: { in: path, type: Edm.String }
    responses:
      204: { description: Shared. }
`;

const at = { file: "constructs.yaml", line: 1, col: 1 };

function parameter(name: string, type: IRTypeRef, more: Partial<IRParameter> = {}): IRParameter {
  return { name, in: "body", type, collection: false, nullable: true, required: true, source: at, ...more };
}

/** The action's body parameters: required and optional, nullable or not, collections, each kind of type. */
const BODY: readonly IRParameter[] = [
  parameter("recipients", { kind: "primitive", edm: "Edm.String" }, { collection: true, nullable: false }),
  parameter("permission", { kind: "enum", qname: "test.c.permission" }, { nullable: false }),
  parameter("expires", { kind: "primitive", edm: "Edm.DateTimeOffset" }),
  parameter("note", { kind: "primitive", edm: "Edm.String" }, { required: false }),
  parameter("bag", { kind: "complex", qname: "test.c.bag" }, { required: false }),
  parameter("docs", { kind: "entity", qname: "test.c.doc" }, { collection: true, required: false }),
  parameter("extra", { kind: "primitive", edm: "Edm.Untyped" }, { required: false }),
];

function patched(t: IRType): IRType {
  if (t.kind === "enum") {
    const flags = t.name === "permission" || t.name === "feature";
    const members = t.members.map((m, i) => ({ ...m, value: String(2 ** i) }));
    return { ...t, flags, members } satisfies IREnum;
  }
  return t.name === "doc" ? ({ ...t, hasStream: true } satisfies IRStructured) : t;
}

function action(op: IROperation): IROperation {
  return {
    ...op,
    odata: "action",
    odataName: "test.c.share",
    parameters: [...op.parameters, ...BODY],
  };
}

export function constructsIR(): IR {
  const spec = loadSpecFromTexts([{ file: "constructs.yaml", text: SPEC }]);
  if (spec.ir === undefined) throw new Error(`the constructs spec does not load: ${JSON.stringify(spec.diagnostics)}`);
  return { ...spec.ir, types: spec.ir.types.map(patched), operations: spec.ir.operations.map(action) };
}
