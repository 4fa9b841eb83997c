/**
 * The validators of an entity or complex type `T`, in two worlds of the same text (see
 * `PropertyContext.world`):
 * - `testT(v, e, m, n, o)` and `bodyT(...)` check an object as exactly `T` (own and inherited
 *   properties; in request mode, unless `T` is open, no other property but instance annotations; in
 *   response mode the navigation properties, own and inherited, when expanded), in chunks
 *   (`chunks.ts`). The unknown-key check counts the keys with for-in (no allocation) and compares
 *   with the declared properties found: a for-in count is never below the own keys, so equality
 *   proves there is no other; otherwise `unknownKeys` decides;
 * - `typesT` maps each `@odata.type` spelling accepted where `T` is declared to the bodies to use;
 * - `guardT(v, e, m)` checks a value declared as `T` for the verdict alone (e is null);
 * - `checkT(v, e, m, k?, j?)` checks it collecting errors: given its place in the parent (property
 *   token, item index), it puts it in front of the paths of the errors it added.
 */
import type { IRStructured } from "../../model/ir.ts";
import { _, call, join, Name, ts, type Code } from "../code.ts";
import type { Lookup } from "../lookup.ts";
import { allNavigation, family } from "../schemas/hierarchy.ts";
import { ODATA_TYPE } from "../schemas/structured.ts";
import { chunkedBody } from "./chunks.ts";
import { namesList, type TypeNames } from "./names.ts";
import { checkOrder } from "./order.ts";
import { navigationCheck, propertyCheck, type PropertyContext } from "./property.ts";

export interface StructuredContext extends PropertyContext {
  readonly lookup: Lookup;
}

function own(cx: Omit<StructuredContext, "world">, t: IRStructured): TypeNames {
  const n = cx.names.get(t.qname);
  if (n === undefined) throw new Error(`internal error: no names for ${JSON.stringify(t.qname)}`);
  return n;
}

/**
 * Declared names: the closed base type's (if any) and the type's own property names; then its own
 * navigation property names, which a request body may not carry (named so in the error).
 */
function keysSet(t: IRStructured, cx: Omit<StructuredContext, "world">): Code {
  const base = t.baseType === undefined ? undefined : cx.lookup.structured(t.baseType);
  const inherited = base === undefined ? _`null` : own(cx, base).keys!;
  const names = namesList(
    t.properties.map((p) => p.wireName),
    "@",
  );
  const navs =
    t.navigation.length === 0
      ? undefined
      : namesList(
          t.navigation.map((n) => n.wireName),
          "@",
        );
  return call(_`const ${own(cx, t).keys!} = keysOf`, [inherited, names, ...(navs === undefined ? [] : [navs])]);
}

function unknownKeysCheck(t: IRStructured, cx: StructuredContext): Code {
  return _`m && n !== ${cx.rt("keyCount")}(v) && ${cx.rt("unknownKeys")}(v, e, ${own(cx, t).keys!}, ${t.qname})`;
}

function body(t: IRStructured, cx: StructuredContext): { code: Code; declarations: string } {
  const n = own(cx, t);
  const open = cx.lookup.isOpen(t);
  const props = cx.lookup.allProperties(t).map(({ property }) => property);
  const checks = [
    ...checkOrder(cx.lookup, props).map((p) => propertyCheck(p, cx, !open)),
    ...allNavigation(cx.lookup, t).map((nav) => navigationCheck(nav, cx, open, t.qname)),
  ];
  const names = cx.world === "check" ? [n.body!, ...n.chunks!] : [n.testBody!, ...n.testChunks!];
  return chunkedBody({ names, checks, unknownKeys: open ? undefined : unknownKeysCheck(t, cx), rt: cx.rt });
}

/** The type's family (its @odata.type spellings to bodies), with its qualified name and own body. */
function table(t: IRStructured, cx: Omit<StructuredContext, "world">): Code {
  const members = family(cx.lookup, t);
  const names = namesList(
    members.map((s) => s.qname),
    "@",
  );
  const bodies = join(members.map((s) => own(cx, s).body!));
  const tests = join(members.map((s) => own(cx, s).testBody!));
  return call(_`const ${own(cx, t).table!} = familyOf`, [names, _`[${bodies}]`, _`[${tests}]`]);
}

/**
 * The test world's check of a value declared as `T` (true: stop). The common cases go straight to
 * the body: an object without `@odata.type`, or naming the declared type itself (its spellings read
 * from the family table, so they are written once). Any other object (a derived type, a wrong one)
 * goes to `deriveTest`. The `@odata.type` is read here, at a site of this type's own, so V8 sees one
 * or two shapes there, and the prototype test is done once for the body: the runtime's `inherits`
 * written out, since as a call it cost 6% of isSegment's instructions on a valid segment. One
 * expression, since each `if` and each call is work for TypeScript's checker in every type. `k` and
 * `j` (the place in the parent) are taken, unread, so that the bodies of both worlds call their
 * checks alike.
 */
function test(t: IRStructured, cx: StructuredContext): Code {
  const n = own(cx, t);
  const f = n.table!;
  const body = n.testBody!;
  const odataOwn = _`${cx.rt("has")}(v, ${ODATA_TYPE}, o)`;
  // In prettier's layout (see layout.ts, `written`).
  return _`function ${n.test!}(v${ts`: unknown`}, e${ts`: ${cx.rt("Errors")}`}, m${ts`: boolean`}, _k${ts`?: string`}, _j${ts`?: number`})${ts`: boolean`} {
  if (!${cx.rt("isObject")}(v)) return true;
  const t${ts`: unknown`} = v[${ODATA_TYPE}],
    q${ts`: unknown`} = Object.getPrototypeOf(v),
    o = q === ${cx.rt("OP")} || q === null ? ${cx.rt("OP")} : v;
  return t === undefined
    ? ${body}(v, e, m, 0, o)
    : (t === ${f}.hash || t === ${f}.qname) && ${odataOwn}
      ? ${body}(v, e, m, 1, o)
      : ${cx.rt("deriveTest")}(v, t, e, m, o, ${f});
}`;
}

/**
 * The check world's check of a value declared as `T`: the runtime's `dispatch`, given the family.
 * This world runs only on a value the test world found wrong, so it can afford the generic call,
 * and the package is smaller for it.
 */
function check(t: IRStructured, cx: StructuredContext): Code {
  const n = own(cx, t);
  return _`function ${n.check!}(v${ts`: unknown`}, e${ts`: ${cx.rt("Errors")}`}, m${ts`: boolean`}, k${ts`?: string`}, j${ts`?: number`})${ts`: boolean`} {
  return ${cx.rt("dispatch")}(v, e, m, k, j, ${n.table!});
}`;
}

/**
 * Two worlds of the same text (see `PropertyContext.world`): the test world, then the check world,
 * each type's two copies side by side so that gzip finds the second within its window.
 */
export function structuredValidators(
  t: IRStructured,
  cx: Omit<StructuredContext, "world">,
): { testBodies: Code; testDeclarations: string; bodies: Code; laidOut: Code[] } {
  const testWorld = { ...cx, world: "test" as const };
  const checkWorld = { ...cx, world: "check" as const };
  const tests = body(t, testWorld);
  // The bodies are laid out by prettier; the rest is written in its layout.
  return {
    testBodies: tests.code,
    testDeclarations: tests.declarations,
    bodies: body(t, checkWorld).code,
    laidOut: [table(t, checkWorld), test(t, testWorld), check(t, checkWorld)],
  };
}

/**
 * The declared-name sets of the closed types, bases before derived types (each set builds on its
 * base's), so that no set is read before it is initialised.
 */
export function keysSets(types: readonly IRStructured[], cx: Omit<StructuredContext, "world">): Code[] {
  const depth = (t: IRStructured): number => cx.lookup.ancestors(t).length;
  const closed = types.filter((t) => !cx.lookup.isOpen(t));
  const ordered = closed.map((t, i) => ({ t, i })).sort((a, b) => depth(a.t) - depth(b.t) || a.i - b.i);
  return ordered.map(({ t }) => keysSet(t, cx));
}
