/**
 * The check of one property inside a type's body function. Locals of the body: `v` the object, `pl` whether
 * its prototype is plain, `e` the errors (or null: stop at the first), `m` strict (request mode), `n` the count of own
 * properties accounted for, `e0` the errors before, `x` the property's value, `i` an error-list mark.
 *
 * Own properties only, cheaply: a property read `v.p` that is not undefined
 * is own when `v`'s prototype is Object.prototype or null (`pl`) and Object.prototype has no `p`
 * (so `constructor`, `__proto__` and any polluted name take the slow `hasOwnProperty` road). This is
 * written out at each property rather than in a helper: V8 then reads `OP.p` as a named property.
 * Error paths are literals (the item index is added, and nested paths prefixed, only on error).
 *
 * A leaf value (primitive or enum) has a fast test and, once that fails, a reporter that builds the
 * error. A structured value is checked by its type's `check` function, which pushes errors with
 * paths relative to the value; they are prefixed here, so no path string is built while a value is
 * valid.
 */
import type { IRProperty, IRTypeRef } from "../../ir/types.ts";
import { _, prop, type Code, type Name } from "../code.ts";
import type { RuntimeImport, TypeNames } from "./names.ts";

export interface PropertyContext {
  readonly names: ReadonlyMap<string, TypeNames>;
  /** A runtime helper by name, recorded so that the module imports exactly what it uses. */
  readonly rt: (name: RuntimeImport) => Name;
}

/** The RFC 6901 reference token of a property, computed here so the emitted path is a literal. */
export function pointerToken(key: string): string {
  return `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
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
};

/** The leaf check call (true: stop), or undefined for a structured value. */
function leafCall(ref: IRTypeRef, nullable: boolean, x: Code, where: Code, cx: PropertyContext): Code | undefined {
  if (ref.kind === "complex" || ref.kind === "entity") return undefined;
  const pair = LEAF[ref.kind === "enum" ? "enum" : ref.edm];
  if (pair === undefined) throw new Error(`internal error: no leaf check for ${JSON.stringify(ref)}`);
  const fn = cx.rt(pair[nullable ? 1 : 0]);
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

function collectionCheck(p: IRProperty, cx: PropertyContext): Code {
  const path = pointerToken(p.wireName);
  const item = valueCheck(p.type, p.nullable, _`y`, _`${path}, j`, cx);
  return _`if (!Array.isArray(x)) {
if (${cx.rt("badArray")}(e, x, ${path})) return false;
} else {
for (let j = 0; j < x.length; j++) {
const y: unknown = x[j];
${item}
}
}`;
}

/** `count`: closed types count the declared properties present, to spot unknown ones cheaply. */
export function propertyCheck(p: IRProperty, cx: PropertyContext, count: boolean): Code {
  const inner = p.collection ? collectionCheck(p, cx) : valueCheck(p.type, p.nullable, _`x`, _`${pointerToken(p.wireName)}`, cx);
  const inherited = prop(cx.rt("OP"), p.wireName);
  return _`if ((x = ${prop(_`v`, p.wireName)}) !== undefined && ((pl && ${inherited} === undefined) || ${cx.rt("own")}(v, ${p.wireName}))) {
${count ? _`n++;` : _``}
${inner}
}`;
}

/** Whether a property's check needs the error-list mark `i`. */
export function needsMark(p: IRProperty): boolean {
  return p.type.kind === "complex" || p.type.kind === "entity";
}
