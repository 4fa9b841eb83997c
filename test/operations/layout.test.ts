/**
 * `operations.js`, `operations.d.ts` and the declaration modules of `operations/` are written in prettier's layout by the emitter (no
 * formatting for most statements): every statement it marks as laid out is a prettier fixpoint on
 * its own, and each whole file is one, for the shipped spec, the fixtures (the functions and actions
 * among them) and seeded hostile specs. The object-literal layout (`objects.ts`) agrees with prettier on seeded
 * random literals of every shape it writes.
 */
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { emitOperations } from "../../generator/emit/operations/index.ts";
import { array, atom, lines, object, pureCall, type Literal } from "../../generator/emit/operations/objects.ts";
import { loadSpec, loadSpecFromTexts } from "../../generator/ir/build.ts";
import type { IR } from "../../generator/model/ir.ts";
import { PRETTIER_OPTIONS } from "../../generator/pipeline/format.ts";
import { generateFromIR } from "../../generator/pipeline/generate.ts";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { hostileSpec } from "../support/hostile.ts";

const parser = (path: string): string => (path.endsWith(".d.ts") ? "babel-ts" : "espree");
const pretty = (text: string, path: string): Promise<string> =>
  format(text, { ...PRETTIER_OPTIONS, parser: parser(path) });

async function expectLaidOut(ir: IR): Promise<{ laid: number; all: number }> {
  let laid = 0;
  let all = 0;
  for (const file of emitOperations(ir)) {
    for (const s of file.statements ?? []) {
      if (s.text === "") continue; // the blank line between two parts of a module
      all++;
      if (!s.laidOut) continue;
      laid++;
      expect(await pretty(`${s.text}\n`, file.path), `${file.path}:\n${s.text}`).toBe(`${s.text}\n`);
    }
  }
  const pkg = await generateFromIR(ir, [], {});
  for (const f of pkg.files.filter((x) => x.path.startsWith("operations"))) {
    expect(await pretty(f.contents, f.path), f.path).toBe(f.contents);
  }
  return { laid, all };
}

const irOf = async (dir: string): Promise<IR> => (await loadSpec(dir)).ir!;

describe("the operations modules, as the emitter lays them out", () => {
  it("are prettier's layout for the shipped spec, nearly every statement laid out by the emitter", async () => {
    const { laid, all } = await expectLaidOut(await irOf(SHIPPED_SPEC));
    expect(laid / all).toBeGreaterThan(0.8);
  });

  for (const name of ["functions", "constructs", "cross-namespace", "navigation", "hostile-names"]) {
    it(`are prettier's layout for the ${name} fixture`, async () => {
      await expectLaidOut(await irOf(`${FIXTURES}/${name}/spec`));
    });
  }

  for (const seed of [1, 2, 3, 4]) {
    it(`are prettier's layout for hostile spec ${seed}`, async () => {
      const spec = loadSpecFromTexts([{ file: "hostile.yaml", text: hostileSpec(seed).text }]);
      if (spec.ir!.operations.length > 0) await expectLaidOut(spec.ir!);
    });
  }
});

/**
 * A seeded generator of literals like the ones the emitter writes. A call's arguments hold no call:
 * prettier breaks every argument out when one has a comment (`/* @__PURE__ *\/`), and the emitter
 * never writes one there.
 */
function randomLiteral(next: () => number, depth: number, calls = true): Literal {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const word = (): string => "x".repeat(1 + Math.floor(next() * 30));
  const leaf = (): Literal => pick([atom(`"${word()}"`), atom(word()), atom("true"), atom(`() => ${word()}`)]);
  if (depth === 0 || next() < 0.3) return leaf();
  const n = Math.floor(next() * 5);
  const r = next();
  if (r < 0.2 && calls) return pureCall(word(), [atom(`"${word()}"`), randomLiteral(next, depth - 1, false)]);
  if (r < 0.6) return array(Array.from({ length: n }, () => randomLiteral(next, depth - 1, calls)));
  const keys = Array.from({ length: n }, (_, i) => pick([`k${i}`, `${200 + i}`, `"a-${i}"`]));
  return object(
    keys.map((k) => [k, randomLiteral(next, depth - 1, calls)] as const),
    next() < 0.2,
  );
}

describe("object literals in prettier's layout", () => {
  it("agree with prettier on 1000 seeded literals, at every depth and width", async () => {
    let state = 7;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 1000; i++) {
      const literal = randomLiteral(next, 4);
      const text = `${lines("const value = ", literal, ";", "").join("\n")}\n`;
      if (text.split("\n").some((l) => l.length > 100)) continue; // left to prettier by `written`
      expect(await pretty(text, "x.js"), text).toBe(text);
    }
  });
});
