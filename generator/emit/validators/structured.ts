/**
 * The validators of an entity or complex type `T`:
 * - `bodyT(v, e, m, n)` checks an object as exactly `T` (own and inherited properties; in request
 *   mode, unless `T` is open, no other property but instance annotations);
 * - `typesT` maps each `@odata.type` spelling accepted where `T` is declared to the body to use;
 * - `checkT(v, e, m)` checks a value declared as `T`: an object, dispatched on `@odata.type`.
 */
import type { IRStructured } from "../../ir/types.ts";
import { _, join, Name, type Code } from "../code.ts";
import type { Lookup } from "../lookup.ts";
import { family, odataTypeNames } from "../schemas/hierarchy.ts";
import { ODATA_TYPE } from "../schemas/structured.ts";
import type { TypeNames } from "./names.ts";
import { checkOrder } from "./order.ts";
import { needsMark, propertyCheck, type PropertyContext } from "./property.ts";

export interface StructuredContext extends PropertyContext {
  readonly lookup: Lookup;
}

function own(cx: StructuredContext, t: IRStructured): TypeNames {
  const n = cx.names.get(t.qname);
  if (n === undefined) throw new Error(`internal error: no names for ${JSON.stringify(t.qname)}`);
  return n;
}

/** Declared names: the closed base type's set (if any) and the type's own property names. */
function keysSet(t: IRStructured, cx: StructuredContext): Code {
  const base = t.baseType === undefined ? undefined : cx.lookup.structured(t.baseType);
  const inherited = base === undefined ? _`null` : own(cx, base).keys!;
  const names = join(t.properties.map((p) => _`${p.wireName}`));
  return _`const ${own(cx, t).keys!} = ${cx.rt("keys")}(${inherited}, [${names}]);`;
}

function unknownKeysCheck(t: IRStructured, cx: StructuredContext): Code {
  const keys = _`${cx.rt("knownKeys")}(v, e, ${own(cx, t).keys!}, ${t.qname})`;
  return _`if (m && n !== Object.keys(v).length && !${keys} && e === null) return false;`;
}

/** A parameter the body never reads is named with a leading `_` (noUnusedParameters). */
function param(name: string, used: boolean): Code {
  return new Name(used ? name : `_${name}`);
}

function body(t: IRStructured, cx: StructuredContext): Code {
  const props = cx.lookup.allProperties(t).map(({ property }) => property);
  const open = cx.lookup.isOpen(t);
  const has = props.length > 0;
  const params = [
    _`${param("v", has || !open)}: Record<string, unknown>`,
    _`${param("e", has || !open)}: ${cx.rt("Errors")}`,
    _`${param("m", !open || props.some(needsMark))}: boolean`,
    _`${param("n", !open)}: number`,
  ];
  const signature = _`function ${own(cx, t).body!}(${join(params)}): boolean`;
  if (!has && open) return _`${signature} {
return true;
}`;
  const locals = [...(has ? [_`x: unknown`] : []), ...(props.some(needsMark) ? [_`i = 0`] : [])];
  const checks = checkOrder(cx.lookup, props).map((p) => propertyCheck(p, cx, !open));
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
 * declared type itself. Anything else (not an object, a derived or a wrong type) goes to `dispatch`.
 */
function check(t: IRStructured, cx: StructuredContext): Code {
  const n = own(cx, t);
  const [hashName, bareName] = odataTypeNames(t.qname);
  return _`function ${n.check!}(v: unknown, e: ${cx.rt("Errors")}, m: boolean): boolean {
if (${cx.rt("isObject")}(v)) {
const t = v[${ODATA_TYPE}];
if (t === undefined) return ${n.body!}(v, e, m, 0);
if ((t === ${hashName} || t === ${bareName}) && ${cx.rt("ownType")}(v)) return ${n.body!}(v, e, m, 1);
}
return ${cx.rt("dispatch")}(v, e, m, ${n.table!});
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
