/**
 * An enumeration's `Enumeration` (its member names, from the `<Enum>Members` array of types.js;
 * whether it is a flags enum, whether it is evolvable) and its exported guard `isE`: a member name,
 * or, for a flags enum, member names joined by "," (each at most once).
 */
import type { IREnum } from "../../model/ir.ts";
import { _ } from "../code.ts";
import { jsDoc } from "../escape.ts";
import type { Context } from "./context.ts";
import { callStatement, Lines } from "./lines.ts";
import type { Js } from "./structured.ts";

export function enumValidators(t: IREnum, cx: Context): Js[] {
  const n = cx.enumeration(t.qname);
  const info = callStatement(_`const ${n.info} = /* @__PURE__ */ ${cx.rt("enumeration")}`, [
    n.members,
    _`${t.flags}`,
    _`${t.evolvable}`,
  ]);
  const test = t.flags ? _`${cx.rt("isFlags")}(value, ${n.info})` : _`${n.info}.set.has(value)`;
  const is = new Lines().block(_`export function ${n.is}(value)`, (body) => body.line(_`return ${test};`));
  return [info, `${enumDoc(t)}\n${is.text()}`];
}

export function enumDoc(t: IREnum): string {
  const what = t.flags ? `member names of ${t.qname} joined by ",", each at most once` : `a member name of ${t.qname}`;
  return jsDoc([`True when the value is ${what}.`]);
}
