/**
 * An operation's description in `operations.js`: plain data that the client interprets
 * (`Operation` in `generator/runtime/src/client-url.ts`): method, path segments (literal, parameter,
 * function call with each argument's literal form), query parameters, the query options it takes,
 * its body and each declared success response, with the checks they need. Spec text enters only as
 * string literals and keys; checks are names of the package's validators and of the validation
 * runtime's value tests (read from `EDM`).
 */
import { EDM } from "../../model/edm.ts";
import {
  refName,
  type IRBody,
  type IROperation,
  type IRParameter,
  type IRResponse,
  type IRTypeRef,
} from "../../model/ir.ts";
import { stringLiteral } from "../escape.ts";
import { bodyParameters } from "../lookup.ts";
import type { OperationsContext } from "./context.ts";
import { array, atom, object, pureCall, type Literal } from "./objects.ts";
import { queryTarget, shapeName } from "./shapes.ts";

const str = (s: string): Literal => atom(stringLiteral(s));
const TRUE = atom("true");
const FALSE = atom("false");

/** How a path or query parameter's value is checked: the JSON kind of its type. */
export function parameterKind(ref: IRTypeRef): "string" | "number" | "boolean" {
  if (ref.kind !== "primitive") return "string";
  const json = EDM[ref.edm].json;
  if (json === "boolean") return "boolean";
  return json === "integer" || json === "number" || json === "float" ? "number" : "string";
}

/** The check of a single value: the runtime's test of a primitive, `isE`, or `validateT`. */
function check(cx: OperationsContext, ref: IRTypeRef): readonly [string, Literal] {
  if (ref.kind === "primitive") return ["test", atom(cx.runtimeTest(EDM[ref.edm].test))];
  const t = cx.lookup.type(ref.qname);
  if (t.kind === "enum") return ["test", atom(cx.validator(`is${t.tsName}`))];
  return ["validate", atom(cx.validator(`validate${t.tsName}`))];
}

/**
 * The check of a value in a response: as `check`, but an evolvable enum (one with
 * `unknownFutureValue`) takes any string there, as the validators do in response mode: the service
 * may send a member added after this package.
 */
function responseCheck(cx: OperationsContext, ref: IRTypeRef): readonly [string, Literal] {
  if (ref.kind !== "enum") return check(cx, ref);
  const t = cx.lookup.type(ref.qname);
  return t.kind === "enum" && t.evolvable ? ["test", atom(cx.runtimeTest(EDM["Edm.String"].test))] : check(cx, ref);
}

/**
 * How a function argument is written: `bare` (`3`), `quoted` (`'x'`, after `prefix` if any), or
 * `alias` (`@p`, its JSON in the query) for what has no literal form (a collection, a structured
 * value, `Edm.Untyped`). From `EDM[...].literal`.
 */
export function argumentForm(p: IRParameter): { form: "bare" | "quoted" | "alias"; prefix?: string } {
  if (p.collection) return { form: "alias" };
  if (p.type.kind === "enum") return { form: "quoted", prefix: p.type.qname };
  if (p.type.kind !== "primitive") return { form: "alias" };
  const literal = EDM[p.type.edm].literal;
  if (literal.kind === "prefixed") return { form: "quoted", prefix: literal.prefix };
  return { form: literal.kind === "none" ? "alias" : literal.kind };
}

/** A function argument: its literal form, check, and what it may be. */
function argument(cx: OperationsContext, p: IRParameter): Literal {
  const { form, prefix } = argumentForm(p);
  return object([
    ["name", str(p.name)],
    ["type", str(refName(p.type))],
    ["form", str(form)],
    ["prefix", prefix === undefined ? undefined : str(prefix)],
    check(cx, p.type),
    ["collection", p.collection ? TRUE : undefined],
    ["nullable", p.nullable ? TRUE : undefined],
    ["required", p.required ? undefined : FALSE],
  ]);
}

function pathParts(cx: OperationsContext, op: IROperation): Literal {
  const byName = new Map(op.parameters.map((p) => [p.name, p]));
  return array(
    op.pathSegments.map((s) => {
      if (s.kind === "literal") return str(s.value);
      if (s.kind === "param") {
        const kind = parameterKind(byName.get(s.name)?.type ?? { kind: "primitive", edm: "Edm.String" });
        return object([
          ["param", str(s.name)],
          ["kind", kind === "string" ? undefined : str(kind)],
        ]);
      }
      const args = s.args.flatMap((a) => {
        const p = byName.get(a);
        return p === undefined ? [] : [argument(cx, p)];
      });
      return pureCall(cx.clientUrl("functionCall"), [str(s.name), array(args)]);
    }),
  );
}

function queryParameters(op: IROperation): Literal | undefined {
  const query = op.parameters.filter((p) => p.in === "query");
  if (query.length === 0) return undefined;
  return array(
    query.map((p) => {
      const kind = parameterKind(p.type);
      return object([
        ["name", str(p.name)],
        ["kind", kind === "string" ? undefined : str(kind)],
        ["required", p.required ? TRUE : undefined],
      ]);
    }),
  );
}

/** A body of raw bytes (`Edm.Stream`), sent and received as they are. */
export function isStream(body: IRBody): boolean {
  return body.type.kind === "primitive" && body.type.edm === "Edm.Stream";
}

/** What the operation sends: an action's parameters, its request body, or nothing. */
function requestBody(cx: OperationsContext, op: IROperation): Literal | undefined {
  if (bodyParameters(op).length > 0) {
    return object([
      ["kind", str("object")],
      ["validate", atom(cx.validator(`validate${op.tsName}Body`))],
    ]);
  }
  const body = op.requestBody;
  if (body === undefined) return undefined;
  if (isStream(body)) return object([["kind", str("stream")]]);
  const [name, test] = check(cx, body.type);
  if (name === "test")
    return object([
      ["kind", str("value")],
      ["type", str(refName(body.type))],
      [name, test],
    ]);
  return object([
    ["kind", str(body.collection ? "array" : "object")],
    [name, test],
  ]);
}

/** How a declared success response is read (see `ResponseSpec`). */
function response(cx: OperationsContext, op: IROperation, r: IRResponse): Literal {
  const body = r.body;
  if (body === undefined) return object([["kind", str("none")]]);
  if (isStream(body)) return object([["kind", str("stream")]]);
  const [name, test] = responseCheck(cx, body.type);
  if (name === "test") {
    const kind = body.collection ? "values" : "value";
    return object([
      ["kind", str(kind)],
      ["type", str(refName(body.type))],
      [name, test],
    ]);
  }
  const q = queryTarget(cx, op);
  const expandable = q?.expand === true && body.type.kind !== "primitive" && body.type.qname === q.root.qname;
  return object([
    ["kind", str(body.collection ? "page" : "object")],
    [name, test],
    ["shape", expandable ? atom(shapeName(cx, q.root).str) : undefined],
  ]);
}

export function successResponses(op: IROperation): IRResponse[] {
  return op.responses.filter((r) => r.status >= 200 && r.status <= 299);
}

/** `const <op>Operation = { ... };`'s value. */
export function descriptor(cx: OperationsContext, op: IROperation): Literal {
  const q = queryTarget(cx, op);
  const responses = successResponses(op).map((r) => [String(r.status), response(cx, op, r)] as const);
  return object(
    [
      ["id", str(op.id)],
      ["method", str(op.method)],
      ["baseUrl", atom(cx.baseUrlName.str)],
      ["path", pathParts(cx, op)],
      ["query", queryParameters(op)],
      [
        "queryOptions",
        q === undefined
          ? undefined
          : pureCall(cx.clientUrl("queryOptions"), [array(q.accepts.map(str)), atom(shapeName(cx, q.root).str)]),
      ],
      ["body", requestBody(cx, op)],
      // A status is a number, written as one (prettier unquotes a quoted one).
      ["responses", object(responses)],
    ],
    true,
  );
}
