/**
 * The validators of an entity or complex type `T`:
 * - `tType`, what the runtime needs to know of it (qualified name, declared property names for the
 *   unknown-key check of a closed type, navigation property names);
 * - `tFamily`, for a type with derived types: each derived type's `@odata.type` to its checks;
 * - `validT(v, m)`, the verdict on a value declared as `T`, and `checkT(v, m)`, the report on one
 *   found wrong (see runtime.ts): an object whose own `@odata.type` names a derived
 *   type goes to that type's; otherwise its own and inherited properties are checked (cheapest
 *   first), then, in a response, its navigation properties, then, in a request and unless `T` is
 *   open, that it has no other property but instance annotations (a for-in count of its keys
 *   against the declared ones found: equal proves there is none, without allocating `Object.keys`);
 * - `validateT` and `isT`, exported, which run them.
 */
import type { IRStructured } from "../../model/ir.ts";
import { _, type Code } from "../code.ts";
import { jsDoc } from "../escape.ts";
import type { Context } from "./context.ts";
import type { StructuredNames } from "./names.ts";
import { callStatement, Lines } from "./lines.ts";
import { checkOrder } from "./order.ts";
import { navigationChecks, propertyCheck, type Path, type Site } from "./property.ts";

/** A module statement's JavaScript. */
export type Js = string;

/** `const tType = structured(qname, base, properties, navigation, open);` */
export function typeInfo(t: IRStructured, cx: Context): Js {
  const n = cx.names.structured(t.qname);
  const base = t.baseType === undefined ? _`null` : cx.names.structured(t.baseType).info;
  const strings = (list: readonly string[]): Code[] => list.map((s) => _`${s}`);
  return callStatement(_`const ${n.info} = /* @__PURE__ */ ${cx.rt("structured")}`, [
    _`${t.qname}`,
    base,
    strings(t.properties.map((p) => p.wireName)),
    strings(t.navigation.map((p) => p.wireName)),
    _`${cx.lookup.isOpen(t)}`,
  ]);
}

/** `const tFamily = family(qnames, verdicts, reports);`, every type derived from `t`, directly or not. */
export function familyTable(t: IRStructured, cx: Context): Js | undefined {
  const derived = cx.lookup.descendants(t);
  if (derived.length === 0) return undefined;
  return callStatement(_`const ${cx.names.structured(t.qname).family} = /* @__PURE__ */ ${cx.rt("family")}`, [
    derived.map((d) => _`${d.qname}`),
    derived.map((d) => cx.names.structured(d.qname).valid),
    derived.map((d) => cx.names.structured(d.qname).check),
  ]);
}

/** The `@odata.type` step: a derived type's function, the declared type's own name, or another name. */
function typeStep(lines: Lines, t: IRStructured, site: Site, cx: Context): void {
  const n = cx.names.structured(t.qname);
  const other = site.path === "valid" ? _`return false;` : _`${cx.rt("wrongType")}(t, ${n.info});`;
  const foreign = _`!${cx.rt("tolerated")}(t, m)`;
  lines.block(_`if (t !== undefined && ${cx.rt("hasType")}(v, o))`, (body) => {
    if (site.counts) body.line(_`n++;`);
    if (t.derived.length === 0) {
      body.when(_`!${cx.rt("named")}(t, ${n.info}) && ${foreign}`, other);
      return;
    }
    body.block(_`if (!${cx.rt("named")}(t, ${n.info}))`, (named) => {
      named.line(_`const d = ${n.family}.get(t);`);
      named.when(_`d !== undefined`, site.path === "valid" ? _`return d.valid(v, m);` : _`return d.check(v, m);`);
      named.when(foreign, other);
    });
  });
}

/** The verdict (`validT`) or the report (`checkT`) on a value declared as `t`. */
export function typeFunction(t: IRStructured, path: Path, cx: Context): Js {
  const n = cx.names.structured(t.qname);
  const open = cx.lookup.isOpen(t);
  const site: Site = { path, counts: !open, info: n.info };
  const props = checkOrder(
    cx.lookup,
    cx.lookup.allProperties(t).map(({ property }) => property),
  );
  const navs = cx.lookup.allNavigation(t);
  const lines = new Lines();
  lines.block(_`function ${path === "valid" ? n.valid : n.check}(v, m)`, (body) => {
    const notObject = path === "valid" ? _`return false;` : _`return ${cx.rt("notObject")}(v, ${n.info});`;
    body.when(_`!${cx.rt("isObject")}(v)`, notObject);
    body.line(_`const t = v["@odata.type"];`);
    body.line(_`const o = ${cx.rt("inherits")}(v);`);
    if (!open) body.line(_`let n = 0;`);
    typeStep(body, t, site, cx);
    if (props.length + navs.length > 0) body.line(_`let k, x;`);
    for (const p of props) propertyCheck(body, { key: p.wireName, ...p }, site, cx);
    navigationChecks(body, navs, open, site, cx);
    if (path === "valid") {
      body.returns(open ? _`true` : _`!m || n === ${cx.rt("keyCount")}(v) || !${cx.rt("hasUnknownKey")}(v, ${n.info})`);
    } else if (!open) {
      body.when(_`m && n !== ${cx.rt("keyCount")}(v)`, _`${cx.rt("unknownKeys")}(v, ${n.info});`);
    }
  });
  const doc =
    path === "valid"
      ? jsDoc([`Whether a value declared as ${t.qname} is valid (m: request mode).`])
      : jsDoc([`Reports every problem of a value declared as ${t.qname} and found wrong (see runtime.js).`]);
  return `${doc}\n${lines.text()}`;
}

/** What the validators of `t` check: `ns.t`, or a type derived from it when it has derived types. */
export function checkedAs(t: IRStructured): string {
  return t.derived.length > 0 ? `${t.qname} or a type derived from it, named by its @odata.type` : t.qname;
}

/** `validateX` and `isX` over the verdict `n.valid` and the report `n.check`, documented as checking `what`. */
export function exportedPair(n: StructuredNames, what: string, cx: Context): Js[] {
  const validate = new Lines().block(_`export function ${n.validate}(value, options)`, (body) =>
    body.returnsCall(cx.rt("run"), [_`value`, n.valid, n.check, _`options`]),
  );
  const is = new Lines().block(_`export function ${n.is}(value, options)`, (body) =>
    body.returnsCall(n.valid, [_`value`, _`${cx.rt("strict")}(options)`]),
  );
  return [`${validateDoc(what)}\n${validate.text()}`, `${isDoc(n.validate.str)}\n${is.text()}`];
}

/** `validateT` and `isT`. */
export function exportedChecks(t: IRStructured, cx: Context): Js[] {
  return exportedPair(cx.names.structured(t.qname), checkedAs(t), cx);
}

export function validateDoc(what: string): string {
  return jsDoc([`Checks a value as ${what}, reporting every problem with its JSON Pointer path.`]);
}

export function isDoc(validate: string): string {
  return jsDoc([`The verdict of ${validate}, without the list of problems: stops at the first.`]);
}
