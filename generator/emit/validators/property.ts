/**
 * The check of one property (or navigation property, or action parameter) inside a type's verdict
 * (`validT`, which returns false at the first problem) or report (`checkT`, which reports every
 * problem to the report the runtime holds open). The two functions have the same parameters and
 * locals, so that their code differs only where it must. Locals: `v` the object, `o` what its properties may
 * be inherited through (runtime `inherits`), `m` strict (request mode), `n` the count of declared own
 * properties found (closed types), `k` the property's key, `x` its value, `y` an item of a
 * collection.
 *
 * Own properties only, cheaply: the key is set once, in `k`, and `v[k]` with `k` a known constant
 * is a named read for V8; a read that is not undefined is an own property when `!(k in o)`, that is
 * when `v`'s prototype is Object.prototype or null and Object.prototype has no such name (so
 * `constructor`, `__proto__` and any polluted name take the exact `own` road, as does every read
 * from an object with another prototype).
 *
 * A value's test is the Edm table's `test` (an enum's `isE`, a structured type's `validT`), which
 * V8 inlines; the report calls a reporter where the verdict returns false.
 */
import { EDM } from "../../model/edm.ts";
import type { IRNavigation, IRTypeRef } from "../../model/ir.ts";
import { _, type Code, type Name } from "../code.ts";
import type { Context } from "./context.ts";
import type { Lines } from "./lines.ts";

/** Which of a type's two functions the code is for: the verdict (`validT`) or the report (`checkT`). */
export type Path = "valid" | "check";

/** What a property check needs to know of the function it is in. */
export interface Site {
  readonly path: Path;
  /** Closed types count their declared properties, to find unknown ones cheaply. */
  readonly counts: boolean;
  /** The type's (or body's) `TypeInfo`, for the reporters that name it. */
  readonly info: Name;
}

/** A value: its type, whether it may be null, and whether it is a collection. */
export interface Declared {
  readonly key: string;
  readonly type: IRTypeRef;
  readonly nullable: boolean;
  readonly collection: boolean;
}

/**
 * What the reporters are given to name a property: its RFC 6901 reference token, without the "/"
 * they add. That is the key itself, `k`, unless the key holds `~` or `/`; then the escaped token.
 */
function token(key: string): Code {
  return /[~/]/.test(key) ? _`${key.replace(/~/g, "~0").replace(/\//g, "~1")}` : _`k`;
}

/**
 * The statement that checks the value `x` (a property's value, or `y`, an item at index `i`) at
 * `key`, in the verdict (`return false` when it is wrong) or in the report (a reporter, or the
 * report of its structured type); none when every value is right (Edm.Untyped).
 */
function valueCheck(
  lines: Lines,
  ref: IRTypeRef,
  nullable: boolean,
  x: Code,
  key: string,
  site: Site,
  cx: Context,
): void {
  const at = x.js === "y" ? _`${token(key)}, i` : token(key);
  const orNull = (also: boolean): Code => (nullable && also ? _`${x} !== null && ` : _``);
  if (ref.kind === "primitive") {
    const spec = EDM[ref.edm];
    if (spec.json === "any") return;
    // A stream is never inline, not even as null.
    const wrong = _`${orNull(spec.json !== "none")}!${cx.rt(spec.test)}(${x})`;
    if (site.path === "valid") lines.when(wrong, _`return false;`);
    else lines.when(wrong, _`${cx.rt("fail")}(${x}, ${cx.edm(ref.edm)}, ${at});`);
    return;
  }
  if (ref.kind === "enum") {
    const n = cx.enumeration(ref.qname);
    // An evolvable enum takes any string in a response: a member added later.
    const later = cx.isEvolvable(ref.qname) ? _` && (m || typeof ${x} !== "string")` : _``;
    const wrong = _`${orNull(true)}!${n.is}(${x})${later}`;
    if (site.path === "valid") lines.when(wrong, _`return false;`);
    else lines.when(wrong, _`${cx.rt("failEnum")}(${x}, ${n.info}, m, ${at});`);
    return;
  }
  const n = cx.names.structured(ref.qname);
  if (site.path === "valid") lines.when(_`${orNull(true)}!${n.valid}(${x}, m)`, _`return false;`);
  else if (nullable) lines.when(_`${x} !== null`, _`${cx.rt("inside")}(${x}, m, ${n.check}, ${at});`);
  else lines.line(_`${cx.rt("inside")}(${x}, m, ${n.check}, ${at});`);
}

/** The items of the collection `x` (at `key`): an array, each item checked. */
function items(lines: Lines, key: string, ref: IRTypeRef, nullable: boolean, site: Site, cx: Context): void {
  const untyped = ref.kind === "primitive" && EDM[ref.edm].json === "any";
  const each = (l: Lines): void => {
    l.block(_`for (let i = 0; i < x.length; i++)`, (body) => {
      body.line(_`const y = x[i];`);
      valueCheck(body, ref, nullable, _`y`, key, site, cx);
    });
  };
  if (site.path === "valid") {
    lines.when(_`!Array.isArray(x)`, _`return false;`);
    if (!untyped) each(lines);
    return;
  }
  const notArray = _`${cx.rt("notArray")}(x, ${token(key)});`;
  if (untyped) lines.when(_`!Array.isArray(x)`, notArray);
  else lines.ifElse(_`!Array.isArray(x)`, (l) => l.line(notArray), each);
}

/** The test that `x`, just read, is an own property (with the runtime's `own` under its local name). */
function present(cx: Context): Code {
  return _`x !== undefined && (!(k in o) || ${cx.rt("own")}(v, k))`;
}

/** A property's (or parameter's) check; `required`: its absence is an error (action parameters). */
export function propertyCheck(lines: Lines, p: Declared, site: Site, cx: Context, required = false): void {
  const untyped = !p.collection && p.type.kind === "primitive" && EDM[p.type.edm].json === "any";
  if (untyped && !site.counts && !required) return; // any value, on an open type: nothing to check
  lines.line(_`k = ${p.key};`);
  lines.line(_`x = v[k];`);
  if (untyped && !required) {
    lines.when(present(cx), _`n++;`);
    return;
  }
  lines.block(
    _`if (${present(cx)})`,
    (body) => {
      if (site.counts) body.line(_`n++;`);
      if (p.collection) items(body, p.key, p.type, p.nullable, site, cx);
      else valueCheck(body, p.type, p.nullable, _`x`, p.key, site, cx);
    },
    !required ? _`` : site.path === "valid" ? _` else return false;` : _` else ${cx.rt("missing")}(k, ${site.info});`,
  );
}

/**
 * A navigation property, present only when expanded: in a response an array of its target type
 * (items never null) or, single, the target type or null; never part of a request body. A closed
 * type reports one in a request through its unknown-key check, and checks them in a response only
 * (`navigationChecks`); an open type's dynamic properties may not take its name, so its check
 * refuses one in a request itself.
 */
function navigationCheck(lines: Lines, nav: IRNavigation, open: boolean, site: Site, cx: Context): void {
  const target: IRTypeRef = { kind: "entity", qname: nav.target };
  lines.line(_`k = ${nav.wireName};`);
  lines.line(_`x = v[k];`);
  const expanded = (l: Lines): void => {
    if (nav.collection) items(l, nav.wireName, target, false, site, cx);
    else valueCheck(l, target, true, _`x`, nav.wireName, site, cx);
  };
  lines.block(_`if (${present(cx)})`, (body) => {
    if (!open) return expanded(body);
    if (site.path === "valid") {
      body.when(_`m`, _`return false;`);
      return expanded(body);
    }
    body.ifElse(_`m`, (l) => l.line(_`${cx.rt("navigationInRequest")}(k, ${site.info});`), expanded);
  });
}

/** The navigation properties of a type, own and inherited: a closed type checks them in a response only. */
export function navigationChecks(
  lines: Lines,
  navs: readonly IRNavigation[],
  open: boolean,
  site: Site,
  cx: Context,
): void {
  if (navs.length === 0) return;
  if (open) {
    for (const nav of navs) navigationCheck(lines, nav, true, site, cx);
    return;
  }
  lines.block(_`if (!m)`, (body) => {
    for (const nav of navs) navigationCheck(body, nav, false, site, cx);
  });
}
