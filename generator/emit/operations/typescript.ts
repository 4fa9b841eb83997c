/**
 * The TypeScript types of an operation's parameters, body and results in `operations.d.ts`, built
 * from tsNames, the primitive table's `ts` and fixed words only.
 */
import { EDM } from "../../model/edm.ts";
import type { IRBody, IROperation, IRParameter, IRResponse, IRTypeRef } from "../../model/ir.ts";
import { bodyParameters } from "../lookup.ts";
import { bodyName } from "../types/body.ts";
import { staticTypeName } from "../validators/names.ts";
import type { OperationsContext } from "./context.ts";
import { isStream, parameterKind, successResponses } from "./descriptor.ts";
import { queryTarget, queryTypes } from "./shapes.ts";

/** The type of one value of `ref`: a primitive's (`EDM[...].ts`), an enum's union, a structured type. */
export function valueType(cx: OperationsContext, ref: IRTypeRef): string {
  if (ref.kind === "primitive") return EDM[ref.edm].ts;
  return staticTypeName(cx.lookup.type(ref.qname));
}

/** A parameter's type: a path or query parameter's JSON kind (or enum), a function parameter's full type. */
export function parameterType(cx: OperationsContext, p: IRParameter): string {
  if (p.in === "path" || p.in === "query")
    return p.type.kind === "enum" ? valueType(cx, p.type) : parameterKind(p.type);
  const one = valueType(cx, p.type);
  const nullable = p.nullable && one !== "unknown"; // `unknown` holds null already
  if (p.collection) return nullable ? `readonly (${one} | null)[]` : `readonly ${one}[]`;
  return nullable ? `${one} | null` : one;
}

/** The body a caller passes, or undefined when the operation sends none. */
export function bodyType(cx: OperationsContext, op: IROperation): string | undefined {
  if (bodyParameters(op).length > 0) return bodyName(op);
  const body = op.requestBody;
  if (body === undefined) return undefined;
  if (isStream(body)) return cx.clientType("StreamBody");
  const one = valueType(cx, body.type);
  return body.collection ? `readonly ${one}[]` : one;
}

/** What `BuiltRequest<...>` carries as its body. */
export function builtBodyType(cx: OperationsContext, op: IROperation): string {
  const body = bodyType(cx, op);
  if (body === undefined) return "null";
  return op.requestBody !== undefined && isStream(op.requestBody) ? cx.clientType("StreamBody") : "string";
}

/** The item type of a response of the query root: `Expanded<T, N, E>` when it can be expanded. */
function rootItem(cx: OperationsContext, op: IROperation): string | undefined {
  const q = queryTarget(cx, op);
  if (q === undefined) return undefined;
  const t = queryTypes(cx, q);
  return t.navigation === undefined ? t.item : `Expanded<${t.item}, ${t.navigation}, E>`;
}

/** The item of a response body: the value of a primitive or enum, an (expanded) object. */
export function itemType(cx: OperationsContext, op: IROperation, body: IRBody): string {
  const q = queryTarget(cx, op);
  if (q !== undefined && body.type.kind !== "primitive" && body.type.qname === q.root.qname) return rootItem(cx, op)!;
  return valueType(cx, body.type);
}

/** What a response resolves to: undefined, the bytes, the value, the object, or a page. */
export function responseType(cx: OperationsContext, op: IROperation, r: IRResponse): string {
  if (r.body === undefined) return "undefined";
  if (isStream(r.body)) return cx.clientType("StreamContent");
  const item = itemType(cx, op, r.body);
  return r.body.collection ? `${cx.clientType("CollectionResponse")}<${item}>` : item;
}

/** The union of what the declared success responses resolve to (each once, in status order). */
export function resultTypes(cx: OperationsContext, op: IROperation): string[] {
  const types = [...new Set(successResponses(op).map((r) => responseType(cx, op, r)))];
  return types.length === 0 ? ["never"] : types;
}

/** The page response `<op>All` iterates, when the operation is a GET whose 200 response is a collection. */
export function pagedResponse(op: IROperation): IRResponse | undefined {
  const page = op.responses.find((r) => r.status === 200);
  if (op.method !== "GET" || page?.body === undefined || !page.body.collection || isStream(page.body)) return undefined;
  return page;
}
