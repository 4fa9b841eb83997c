/**
 * The check of one property inside a type's body function. Locals of the body: `v` the object, `pl` whether
 * its prototype is plain, `e` the errors (or null: stop at the first), `m` strict (request mode), `n` the count of own
 * properties accounted for, `e0` the errors before, `k` the property's key, `x` its value, `i` an error-list mark.
 *
 * Own properties only, cheaply: a property read `v.p` that is not undefined
 * is own when `v`'s prototype is Object.prototype or null (`pl`) and Object.prototype has no `p`
 * (so `constructor`, `__proto__` and any polluted name take the slow `hasOwnProperty` road). This is
 * written out at each property rather than in a helper, with the key in the local `k` (a constant
 * there): V8 then reads `v[k]` and `OP[k]` as named properties. Error paths are built from `k` only
 * on error (the item index added, and nested paths prefixed, on the way up).
 *
 * A leaf value (primitive or enum) has a fast test and, once that fails, a reporter that builds the
 * error. A structured value is checked by its type's `check` function, which pushes errors with
 * paths relative to the value; they are prefixed here, so no path string is built while a value is
 * valid.
 */
import type { IRNavigation, IRProperty, IRTypeRef } from "../../ir/types.ts";
import { _, type Code, type Name } from "../code.ts";
import type { RuntimeImport, TypeNames } from "./names.ts";

export interface PropertyContext {
  readonly names: ReadonlyMap<string, TypeNames>;
  /** A runtime helper by name, recorded so that the module imports exactly what it uses. */
  readonly rt: (name: RuntimeImport) => Name;
  /** Whether the named enum is evolvable (has `unknownFutureValue`). */
  readonly evolvable: (qname: string) => boolean;
}


function namesOf(cx: PropertyContext, qname: string): TypeNames {
  const n = cx.names.get(qname);
  if (n === undefined) throw new Error(`internal error: no names for ${JSON.stringify(qname)}`);
  return n;
}

/** The runtime's leaf check for a primitive or enum value, non-null and nullable forms. */
const LEAF: Readonly<Record<string, readonly [RuntimeImport, RuntimeImport]>> = {
  "Edm.String": ["vString", "vStringOrNull"],
  "Edm.Boolean": ["vBoolean", "vBooleanOrNull"],
  "Edm.Int32": ["vInt32", "vInt32OrNull"],
  "Edm.Int64": ["vInt64", "vInt64OrNull"],
  "Edm.Single": ["vFloat", "vFloatOrNull"],
  "Edm.Double": ["vFloat", "vFloatOrNull"],
  "Edm.DateTimeOffset": ["vDateTimeOffset", "vDateTimeOffsetOrNull"],
  "Edm.Duration": ["vDuration", "vDurationOrNull"],
  enum: ["vEnum", "vEnumOrNull"],
  evolvable: ["vEvolvable", "vEvolvableOrNull"],
};

/** The leaf check call (true: stop), or undefined for a structured value. */
function leafCall(ref: IRTypeRef, nullable: boolean, x: Code, where: Code, cx: PropertyContext): Code | undefined {
  if (ref.kind === "complex" || ref.kind === "entity") return undefined;
  const evolvable = ref.kind === "enum" && cx.evolvable(ref.qname);
  const pair = LEAF[ref.kind === "enum" ? (evolvable ? "evolvable" : "enum") : ref.edm];
  if (pair === undefined) throw new Error(`internal error: no leaf check for ${JSON.stringify(ref)}`);
  const fn = cx.rt(pair[nullable ? 1 : 0]);
  // An evolvable enum also takes the mode: a response may carry members added later.
  if (evolvable) return _`${fn}(e, ${x}, ${namesOf(cx, ref.qname).members!}, m, ${where})`;
  if (ref.kind === "enum") return _`${fn}(e, ${x}, ${namesOf(cx, ref.qname).members!}, ${where})`;
  return _`${fn}(e, ${x}, ${where})`;
}

/**
 * Checks the value `x` (a property value or a collection item) at `path`. A reporter returns true
 * when the body must stop (errors are not being collected), after pushing the error otherwise.
 */
function valueCheck(ref: IRTypeRef, nullable: boolean, x: Code, where: Code, cx: PropertyContext): Code {
  const leaf = leafCall(ref, nullable, x, where, cx);
  if (leaf !== undefined) return _`if (${leaf}) return false;`;
  if (ref.kind === "primitive" || ref.kind === "enum") throw new Error("internal error: unreachable");
  const nullOk = nullable ? _`${x} === null || ` : _``;
  const check = namesOf(cx, ref.qname).check!;
  const call = _`((i = e === null ? 0 : e.length), ${check}(${x}, e, m))`;
  return _`if (!(${nullOk}${call}) && ${cx.rt("nest")}(e, i, ${where})) return false;`;
}

function collectionCheck(ref: IRTypeRef, nullable: boolean, t: Code, cx: PropertyContext): Code {
  const item = valueCheck(ref, nullable, _`y`, _`${t}, j`, cx);
  return _`if (!Array.isArray(x)) {
if (${cx.rt("badArray")}(e, x, ${t})) return false;
} else {
for (let j = 0; j < x.length; j++) {
const y: unknown = x[j];
${item}
}
}`;
}

/** `count`: closed types count the declared properties present, to spot unknown ones cheaply. */
export function propertyCheck(p: IRProperty, cx: PropertyContext, count: boolean): Code {
  const t = tokenOf(p.wireName);
  const inner = p.collection ? collectionCheck(p.type, p.nullable, t, cx) : valueCheck(p.type, p.nullable, _`x`, t, cx);
  return _`if (${present(p.wireName, cx)}) {
${count ? _`n++;` : _``}
${inner}
}`;
}

/**
 * What the reporters are given to name a property: its RFC 6901 reference token, without the "/"
 * they add on error. That is the key itself, `k`, unless the key holds `~` or `/`; then the escaped
 * token, as a literal.
 */
function tokenOf(key: string): Code {
  return /[~/]/.test(key) ? _`${key.replace(/~/g, "~0").replace(/\//g, "~1")}` : _`k`;
}

/**
 * Reads the own property `key` into `x` (true when it is there), with `k` set to the key. The key
 * is written once: `v[k]` and `OP[k]` with `k` a known constant compile as named reads.
 */
function present(key: string, cx: PropertyContext): Code {
  return _`(x = v[(k = ${key})]) !== undefined && ((pl && ${cx.rt("OP")}[k] === undefined) || ${cx.rt("own")}(v, k))`;
}

/**
 * A navigation property, present only when expanded: in a response an array of its target type
 * (items never null) or, single, the target type or null; never part of a request body. A closed
 * type's unknown-key check reports it in a request; an open type's dynamic properties may not take
 * its name, so the body reports it here.
 */
export function navigationCheck(n: IRNavigation, cx: PropertyContext, open: boolean, qname: string): Code {
  const ref: IRTypeRef = { kind: "entity", qname: n.target };
  const t = tokenOf(n.wireName);
  const inner = n.collection ? collectionCheck(ref, false, t, cx) : valueCheck(ref, true, _`x`, t, cx);
  if (!open) return _`if (!m && ${present(n.wireName, cx)}) {
${inner}
}`;
  return _`if (${present(n.wireName, cx)}) {
if (m) {
if (${cx.rt("navigationInRequest")}(e, ${n.wireName}, ${qname})) return false;
} else {
${inner}
}
}`;
}

/** Whether a property's check needs the error-list mark `i`. */
export function needsMark(p: IRProperty): boolean {
  return p.type.kind === "complex" || p.type.kind === "entity";
}
