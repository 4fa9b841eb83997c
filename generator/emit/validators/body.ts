/**
 * The validators of an action's body: the object of its `in: body` parameters. Each parameter is
 * checked like a property (nullable, collection), a required one must be there, and, in a request,
 * no other key but an instance annotation may be; it is no typed value, so it carries no
 * `@odata.type`. `validateOpBody` and `isOpBody` run its verdict and its report.
 */
import type { IROperation } from "../../model/ir.ts";
import { _, type Code } from "../code.ts";
import { bodyParameters } from "../lookup.ts";
import type { Context } from "./context.ts";
import { callStatement, Lines } from "./lines.ts";
import { checkOrder } from "./order.ts";
import { propertyCheck, type Path } from "./property.ts";
import { exportedPair, type Js } from "./structured.ts";

/** The name an action goes by in messages: its OData name, or its operation id. */
export function operationName(op: IROperation): string {
  return op.odataName ?? op.id;
}

function bodyFunction(op: IROperation, path: Path, cx: Context): Js {
  const n = cx.names.body(op.id);
  const params = bodyParameters(op);
  const site = { path, counts: true, info: n.info };
  const lines = new Lines();
  lines.block(_`function ${path === "valid" ? n.valid : n.check}(v, m)`, (body) => {
    const isObject = _`!${cx.rt("isObject")}(v)`;
    if (path === "valid") body.when(isObject, _`return false;`);
    else body.when(isObject, _`return ${cx.rt("notObject")}(v, ${n.info});`);
    body.line(_`const t = v["@odata.type"];`);
    body.line(_`const o = ${cx.rt("inherits")}(v);`);
    const typed = _`t !== undefined && ${cx.rt("hasType")}(v, o)`;
    if (path === "valid") body.when(typed, _`return false;`);
    else body.when(typed, _`${cx.rt("typeInBody")}(t, ${n.info});`);
    body.line(_`let n = 0;`);
    if (params.length > 0) body.line(_`let k, x;`);
    for (const p of checkOrder(cx.lookup, params)) propertyCheck(body, { key: p.name, ...p }, site, cx, p.required);
    const unknown = _`m && n !== ${cx.rt("keyCount")}(v)`;
    if (path === "valid")
      body.returns(_`!m || n === ${cx.rt("keyCount")}(v) || !${cx.rt("hasUnknownKey")}(v, ${n.info})`);
    else body.when(unknown, _`${cx.rt("unknownKeys")}(v, ${n.info});`);
  });
  return lines.text();
}

export function bodyValidators(op: IROperation, cx: Context): Js[] {
  const n = cx.names.body(op.id);
  const params = bodyParameters(op);
  const strings = (list: readonly string[]): Code[] => list.map((s) => _`${s}`);
  const info = callStatement(_`const ${n.info} = /* @__PURE__ */ ${cx.rt("parameters")}`, [
    strings(params.map((p) => p.name)),
    _`${operationName(op)}`,
  ]);
  return [
    info,
    bodyFunction(op, "valid", cx),
    bodyFunction(op, "check", cx),
    ...exportedPair(n, `the body of ${operationName(op)} (its parameters)`, cx),
  ];
}
