/**
 * The check of one property inside a type's body function. Locals of the body: `v` the object, `o`
 * what it may inherit through (runtime `inherits`), `e` the errors (or null: stop at the first), `m`
 * strict (request mode), `n` the count of own properties accounted for, `k` the property's key, `x`
 * its value. A check returns true from the body to stop.
 *
 * Own properties only, cheaply: a read `v[k]` that is not undefined is own when `!(k in o)`, that
 * is when `v`'s prototype is Object.prototype or null and Object.prototype has no `k` (so
 * `constructor`, `__proto__` and any polluted name take the exact `hasOwnProperty` road, as does
 * every read from an object with another prototype). The key is written once, in the local `k`:
 * with `k` a known constant, V8 compiles `v[k]` as a named read and `k in o` (o being
 * Object.prototype, whose shape is stable) to a constant. For TypeScript, `k in o` is cheaper to
 * check than `OP[k] === undefined`, an element access narrowed at every condition before it.
 *
 * A leaf value (primitive or enum) has a fast test and, once that fails, a reporter that builds the
 * error. A structured value is checked by its type's `check` function, given its place (the token
 * and the item index), which it puts in front of the paths of the errors it added, so no path
 * string is built while a value is valid.
 */
import type { IRNavigation, IRProperty, IRTypeRef } from "../../model/ir.ts";
import { _, ts, type Code, type Name } from "../code.ts";
import type { RuntimeImport, TypeNames } from "./names.ts";

export interface PropertyContext {
  readonly names: ReadonlyMap<string, TypeNames>;
  /** A runtime helper by name, recorded so that the module imports exactly what it uses. */
  readonly rt: (name: RuntimeImport) => Name;
  /** Whether the named enum is evolvable (has `unknownFutureValue`). */
  readonly evolvable: (qname: string) => boolean;
  /**
   * Which world the code is for: `check` (validateT's second pass, which collects every error) or
   * `test` (isT, and validateT's first pass). The two are the same text but for the names of the
   * structured checks they call (`checkT` or `guardT`), so that V8 optimises each for its own use
   * while gzip folds the second copy into the first. The pipeline formats only the check world and
   * makes the test world's bodies from it by renaming (`Twins` in emitter.ts).
   */
  readonly world: "check" | "test";
}

/** The code of one check, and whether it reads `m` (the mode), besides `v`, `e`, `o`, `k`, `x`. */
export interface PropertyCheck {
  readonly code: Code;
  readonly mode: boolean;
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

const isStructured = (ref: IRTypeRef): boolean => ref.kind === "complex" || ref.kind === "entity";

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

function usesMode(ref: IRTypeRef, cx: PropertyContext): boolean {
  return isStructured(ref) || (ref.kind === "enum" && cx.evolvable(ref.qname));
}

/**
 * The test of the value `x` (a property value or a collection item) at `where` (the property's
 * token, and the item index): true means stop (the value is wrong and errors are not being
 * collected). A structured value's check function puts its place in front of the paths of the
 * errors it adds.
 */
function valueTest(ref: IRTypeRef, nullable: boolean, x: Code, where: Code, cx: PropertyContext): Code {
  const leaf = leafCall(ref, nullable, x, where, cx);
  if (leaf !== undefined) return leaf;
  if (ref.kind === "primitive" || ref.kind === "enum") throw new Error("internal error: unreachable");
  const n = namesOf(cx, ref.qname);
  const call = _`${cx.world === "check" ? n.check! : n.test!}(${x}, e, m, ${where})`;
  return nullable ? _`${x} !== null && ${call}` : call;
}

function collectionCheck(ref: IRTypeRef, nullable: boolean, t: Code, cx: PropertyContext): Code {
  const item = _`if (${valueTest(ref, nullable, _`y`, _`${t}, j`, cx)}) return true;`;
  return _`if (!Array.isArray(x)) {
if (${cx.rt("badArray")}(e, x, ${t})) return true;
} else {
for (let j = 0; j < x.length; j++) {
const y${ts`: unknown`} = x[j];
${item}
}
}`;
}

/**
 * `count`: closed types count the declared properties present, to spot unknown ones cheaply. A
 * single value is one `if`: present, counted (`(n = n + 1)` is never 0), then tested; fewer
 * statements and conditions are less for TypeScript's control-flow analysis to walk over. `n = n +
 * 1`, not `n++`: TypeScript walks back from a compound assignment to the one before it.
 */
export function propertyCheck(p: IRProperty, cx: PropertyContext, count: boolean): PropertyCheck {
  const t = tokenOf(p.wireName);
  const counted = count ? _` && (n = n + 1)` : _``;
  const code = p.collection
    ? _`if (${present(p.wireName, cx)}) {
${count ? _`n = n + 1;` : _``}
${collectionCheck(p.type, p.nullable, t, cx)}
}`
    : _`if (${present(p.wireName, cx)}${counted} && ${valueTest(p.type, p.nullable, _`x`, t, cx)}) return true;`;
  return { code, mode: usesMode(p.type, cx) };
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
 * is written once: `v[k]` with `k` a known constant compiles as a named read.
 */
function present(key: string, cx: PropertyContext): Code {
  return _`(x = v[(k = ${key})]) !== undefined && (!(k in o) || ${cx.rt("own")}(v, k))`;
}

/**
 * A navigation property, present only when expanded: in a response an array of its target type
 * (items never null) or, single, the target type or null; never part of a request body. A closed
 * type's unknown-key check reports it in a request; an open type's dynamic properties may not take
 * its name, so the body reports it here.
 */
export function navigationCheck(n: IRNavigation, cx: PropertyContext, open: boolean, qname: string): PropertyCheck {
  const ref: IRTypeRef = { kind: "entity", qname: n.target };
  const t = tokenOf(n.wireName);
  const inner = n.collection
    ? collectionCheck(ref, false, t, cx)
    : _`if (${valueTest(ref, true, _`x`, t, cx)}) return true;`;
  const code = open
    ? _`if (${present(n.wireName, cx)}) {
if (m) {
if (${cx.rt("navigationInRequest")}(e, ${n.wireName}, ${qname})) return true;
} else {
${inner}
}
}`
    : _`if (!m && ${present(n.wireName, cx)}) {
${inner}
}`;
  return { code, mode: true };
}
