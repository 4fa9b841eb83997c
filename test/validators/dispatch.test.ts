/**
 * The runtime's choice of body by @odata.type, in both worlds, for a small family (compared name by
 * name) and a large one (looked up in a Map): the same choice, with and without "#", an inherited
 * @odata.type counting as absent, and an unknown name refused in request mode and tolerated, when
 * well-formed, in response mode.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SHIPPED_SPEC } from "../support/fixtures.ts";
import { loadPackage } from "./support/package.ts";

type Body = (v: Record<string, unknown>, e: unknown, m: boolean, n: number, o: object) => boolean;
interface Runtime {
  family: (known: ReadonlySet<unknown>, list: string, bodies: Body[], tests: Body[]) => unknown;
  known: (list: string) => ReadonlySet<unknown>;
  derive: (v: Record<string, unknown>, t: unknown, e: unknown, m: boolean, o: object, f: unknown) => boolean;
  deriveTest: (v: Record<string, unknown>, t: unknown, e: unknown, m: boolean, o: object, f: unknown) => boolean;
}

let rt: Runtime;
beforeAll(async () => {
  rt = (await loadPackage(SHIPPED_SPEC)).runtime as unknown as Runtime;
});

/** A family of `size` types, whose bodies record which of them ran, in which world and with what n. */
function make(size: number) {
  const qnames = Array.from({ length: size }, (_, i) => `ns.t${i}`);
  const calls: string[] = [];
  const body =
    (world: string, i: number): Body =>
    (_v, _e, _m, n) => (calls.push(`${world}${i}:${n}`), false);
  const f = rt.family(
    rt.known(qnames.map((q) => `${q}@`).join("")),
    qnames.map((q) => `${q}@`).join(""),
    qnames.map((_, i) => body("check", i)),
    qnames.map((_, i) => body("test", i)),
  );
  return { f, calls, qnames };
}

describe("dispatch on @odata.type", () => {
  for (const size of [3, 12]) {
    it(`picks the same body in both worlds, for a family of ${size} types`, () => {
      const { f, calls, qnames } = make(size);
      const OP = Object.prototype;
      for (const [i, q] of qnames.entries()) {
        if (i === 0) continue; // the declared type's own spellings take the check functions' fast path
        for (const t of [q, `#${q}`]) {
          calls.length = 0;
          expect(rt.deriveTest({ "@odata.type": t }, t, null, true, OP, f)).toBe(false);
          expect(rt.derive({ "@odata.type": t }, t, [], true, OP, f)).toBe(false);
          expect(calls).toEqual([`test${i}:1`, `check${i}:1`]);
        }
      }
      // Inherited: counts as absent, checked as the declared type with no @odata.type counted.
      calls.length = 0;
      const inherited = Object.create({ "@odata.type": `#${qnames[1]!}` }) as Record<string, unknown>;
      expect(rt.deriveTest(inherited, inherited["@odata.type"], null, true, inherited, f)).toBe(false);
      expect(calls).toEqual(["test0:0"]);
      // Unknown: refused in request mode; a well-formed one is tolerated in response mode.
      calls.length = 0;
      expect(rt.deriveTest({ "@odata.type": "#ns.other" }, "#ns.other", null, true, OP, f)).toBe(true);
      expect(rt.deriveTest({ "@odata.type": "#ns.other" }, "#ns.other", null, false, OP, f)).toBe(false);
      expect(rt.deriveTest({ "@odata.type": "not a name" }, "not a name", null, false, OP, f)).toBe(true);
      expect(calls).toEqual(["test0:1"]);
      const errors: { path: string; code: string }[] = [];
      rt.derive({ "@odata.type": "#ns.other" }, "#ns.other", errors, true, OP, f);
      expect(errors.map((e) => e.code)).toEqual(["odataType"]);
    });
  }
});
