/**
 * The validators of an entity or complex type `T`:
 * - `bodyT(v, e, m, n)` checks an object as exactly `T` (own and inherited properties; in request
 *   mode, unless `T` is open, no other property but instance annotations; in response mode the
 *   navigation properties, own and inherited, when expanded). The unknown-key check counts the keys
 *   with for-in (no allocation) and compares with the declared properties found: a for-in count is
 *   never below the own keys, so equality proves there is no other; otherwise `knownKeys` decides;
 * - `typesT` maps each `@odata.type` spelling accepted where `T` is declared to the body to use;
 * - `checkT(v, e, m)` checks a value declared as `T`: an object, dispatched on `@odata.type`.
 */
import type { IRStructured } from "../../ir/types.ts";
import { _, join, Name, type Code } from "../code.ts";
import type { Lookup } from "../lookup.ts";
import { allNavigation, family } from "../schemas/hierarchy.ts";
import { ODATA_TYPE } from "../schemas/structured.ts";
import type { TypeNames } from "./names.ts";
import { checkOrder } from "./order.ts";
import { navigationCheck, needsMark, propertyCheck, type PropertyContext } from "./property.ts";

export interface StructuredContext extends PropertyContext {
  readonly lookup: Lookup;
}

function own(cx: StructuredContext, t: IRStructured): TypeNames {
  const n = cx.names.get(t.qname);
  if (n === undefined) throw new Error(`internal error: no names for ${JSON.stringify(t.qname)}`);
  return n;
}

/**
 * Declared names: the closed base type's (if any) and the type's own property names; then its own
 * navigation property names, which a request body may not carry (named so in the error).
 */
function keysSet(t: IRStructured, cx: StructuredContext): Code {
  const base = t.baseType === undefined ? undefined : cx.lookup.structured(t.baseType);
  const inherited = base === undefined ? _`null` : own(cx, base).keys!;
  const names = join(t.properties.map((p) => _`${p.wireName}`));
  const navs = t.navigation.length === 0 ? _`` : _`, [${join(t.navigation.map((n) => _`${n.wireName}`))}]`;
  return _`const ${own(cx, t).keys!} = ${cx.rt("keys")}(${inherited}, [${names}]${navs});`;
}

function unknownKeysCheck(t: IRStructured, cx: StructuredContext): Code {
  const keys = _`${cx.rt("knownKeys")}(v, e, ${own(cx, t).keys!}, ${t.qname})`;
  return _`if (m && n !== ${cx.rt("keyCount")}(v) && !${keys} && e === null) return false;`;
}

/** A parameter the body never reads is named with a leading `_` (noUnusedParameters). */
function param(name: string, used: boolean): Code {
  return new Name(used ? name : `_${name}`);
}

function body(t: IRStructured, cx: StructuredContext): Code {
  const props = cx.lookup.allProperties(t).map(({ property }) => property);
  const navs = allNavigation(cx.lookup, t);
  const open = cx.lookup.isOpen(t);
  const has = props.length > 0 || navs.length > 0;
  const mark = props.some(needsMark) || navs.length > 0;
  const evolvable = props.some((p) => p.type.kind === "enum" && cx.evolvable(p.type.qname));
  const params = [
    _`${param("v", has || !open)}: Record<string, unknown>`,
    _`${param("e", has || !open)}: ${cx.rt("Errors")}`,
    _`${param("m", !open || mark || evolvable)}: boolean`,
    _`${param("n", !open)}: number`,
  ];
  const signature = _`function ${own(cx, t).body!}(${join(params)}): boolean`;
  if (!has && open) return _`${signature} {
return true;
}`;
  const locals = [...(has ? [_`k: string`, _`x: unknown`] : []), ...(mark ? [_`i = 0`] : [])];
  const checks = [
    ...checkOrder(cx.lookup, props).map((p) => propertyCheck(p, cx, !open)),
    ...navs.map((n) => navigationCheck(n, cx, open, t.qname)),
  ];
  return _`${signature} {
const e0 = e === null ? 0 : e.length;
${has ? _`const q: unknown = Object.getPrototypeOf(v),
pl = q === ${cx.rt("OP")} || q === null;` : _``}
${locals.length > 0 ? _`let ${join(locals)};` : _``}
${join(checks, "\n")}
${open ? _`` : unknownKeysCheck(t, cx)}
return e === null || e.length === e0;
}`;
}

/** The type's family (its @odata.type spellings to bodies), with its qualified name and own body. */
function table(t: IRStructured, cx: StructuredContext): Code {
  const members = family(cx.lookup, t);
  const names = join(members.map((s) => _`${s.qname}`));
  const bodies = join(members.map((s) => own(cx, s).body!));
  return _`const ${own(cx, t).table!} = ${cx.rt("family")}(KNOWN, [${names}], [${bodies}]);`;
}

/**
 * The common cases go straight to the body: an object without `@odata.type`, or naming the
 * declared type itself (its spellings read from the family table, so they are written once).
 * Anything else (not an object, a derived or a wrong type) goes to `dispatch`, with the
 * `@odata.type` read here (a monomorphic read; the shared `dispatch` would read it megamorphically).
 */
function check(t: IRStructured, cx: StructuredContext): Code {
  const n = own(cx, t);
  return _`function ${n.check!}(v: unknown, e: ${cx.rt("Errors")}, m: boolean): boolean {
let t: unknown;
if (${cx.rt("isObject")}(v)) {
t = v[${ODATA_TYPE}];
if (t === undefined) return ${n.body!}(v, e, m, 0);
if ((t === ${n.table!}.hash || t === ${n.table!}.qname) && ${cx.rt("ownType")}(v)) return ${n.body!}(v, e, m, 1);
}
return ${cx.rt("dispatch")}(v, t, e, m, ${n.table!});
}`;
}

export function structuredValidators(t: IRStructured, cx: StructuredContext): Code {
  return join([body(t, cx), table(t, cx), check(t, cx)], "\n\n");
}

/**
 * The declared-name sets of the closed types, bases before derived types (each set builds on its
 * base's), so that no set is read before it is initialised.
 */
export function keysSets(types: readonly IRStructured[], cx: StructuredContext): Code {
  const depth = (t: IRStructured): number => cx.lookup.ancestors(t).length;
  const closed = types.filter((t) => !cx.lookup.isOpen(t));
  const ordered = closed.map((t, i) => ({ t, i })).sort((a, b) => depth(a.t) - depth(b.t) || a.i - b.i);
  return join(ordered.map(({ t }) => keysSet(t, cx)), "\n");
}
