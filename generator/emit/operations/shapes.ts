/**
 * What an operation's parameters and bodies look like in the generated `operations.ts`: their
 * TypeScript types (built only from tsNames and fixed keywords), the runtime kind of a parameter,
 * and the validator call that checks a body. Records every imported name it uses.
 */
import { InternalError } from "../../model/diagnostics.ts";
import type { IRBody, IRParameter, IRResponse, IRTypeRef } from "../../model/ir.ts";
import { _, Code, Name } from "../code.ts";
import type { Lookup } from "../lookup.ts";
import { staticTypeName } from "../validators/names.ts";

/** The names `operations.ts` imports, by module, collected while emitting. */
export interface Imports {
  readonly types: Set<string>;
  readonly validators: Set<string>;
  readonly client: Set<string>;
}

export interface ShapeContext {
  readonly lookup: Lookup;
  readonly imports: Imports;
}

/** A name from the fixed client module (`client.ts`), recorded for the import list. */
export function client(cx: ShapeContext, name: string): Name {
  cx.imports.client.add(name);
  return new Name(name);
}

export type ParameterKind = "string" | "number" | "boolean";

export function parameterKind(ref: IRTypeRef): ParameterKind {
  if (ref.kind !== "primitive") return "string";
  if (ref.edm === "Edm.Boolean") return "boolean";
  return ref.edm === "Edm.String" || ref.edm === "Edm.DateTimeOffset" || ref.edm === "Edm.Duration"
    ? "string"
    : "number";
}

/** The TypeScript type of a parameter: its enum's union, or the JSON kind of its primitive. */
export function parameterType(cx: ShapeContext, p: IRParameter): Code {
  if (p.type.kind === "enum") {
    const tsName = cx.lookup.type(p.type.qname).tsName;
    cx.imports.types.add(tsName);
    return new Name(tsName);
  }
  if (p.type.kind !== "primitive") throw new InternalError(`parameter ${p.name} has a structured type`);
  return new Code(parameterKind(p.type));
}

function structuredOf(cx: ShapeContext, body: IRBody, role: string): { staticType: Name; validate: Name } {
  if (body.type.kind !== "entity" && body.type.kind !== "complex") {
    throw new InternalError(
      `${role} of type ${body.type.kind === "primitive" ? body.type.edm : body.type.qname}: only entity and complex bodies are supported`,
    );
  }
  const t = cx.lookup.structured(body.type.qname);
  const staticType = staticTypeName(t);
  cx.imports.types.add(staticType);
  cx.imports.validators.add(`validate${t.tsName}`);
  return { staticType: new Name(staticType), validate: new Name(`validate${t.tsName}`) };
}

/** The type of the body a caller passes: `AnyT`, `T`, or a readonly array of it. */
export function requestBodyType(cx: ShapeContext, body: IRBody): Code {
  const { staticType } = structuredOf(cx, body, "a request body");
  return body.collection ? _`readonly ${staticType}[]` : staticType;
}

/**
 * The type a success response resolves to: `T`, `CollectionResponse<T>` for a collection (OData's
 * `{ value: [...] }`), or `undefined` when it has no body.
 */
export function responseType(cx: ShapeContext, r: IRResponse): Code {
  if (r.body === undefined) return _`undefined`;
  const { staticType } = structuredOf(cx, r.body, `the ${r.status} response`);
  return r.body.collection ? _`${client(cx, "CollectionResponse")}<${staticType}>` : staticType;
}

/**
 * A call checking `value` as a body in the given mode. A collection is an array in a request and
 * `{ value: [...] }` in a response; every item is checked.
 */
export function validation(cx: ShapeContext, body: IRBody, value: Code, mode: "request" | "response"): Code {
  const { validate } = structuredOf(cx, body, mode === "request" ? "a request body" : "a response body");
  if (!body.collection) return _`${validate}(${value}, { mode: ${mode} })`;
  const each = client(cx, mode === "request" ? "checkEach" : "checkPage");
  return _`${each}(${value}, (item) => ${validate}(item, { mode: ${mode} }))`;
}
