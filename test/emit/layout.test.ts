/**
 * The layouts of `emit/layout.ts` that large specs lean on (type aliases, generic heads, type
 * arguments one a line, declared functions with long names or return types): on seeded random
 * names of every length around the print width, each statement marked as laid out is exactly what
 * prettier prints for it, and most of them are laid out (so prettier is seldom needed).
 */
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { declaredFunction, interfaceDeclaration, typeAlias, type Statement } from "../../generator/emit/layout.ts";
import { PRETTIER_OPTIONS } from "../../generator/pipeline/format.ts";

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function statements(seed: number): Statement[] {
  const next = random(seed);
  const name = (): string => `N${"a".repeat(Math.floor(next() * 60))}`;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const type = (): string =>
    pick([
      () => `${name()} & ${name()}`,
      () => `${name()}<${name()}> & ${name()}`,
      () => name(),
      () => `"${name()}"`,
      () => `${name()}<${name()}>`,
      () => `${name()}<${name()}<${name()}, ${name()}, E>>`,
      () => `${name()}<${name()}, ${name()}, E>`,
      () => `${name()} | ${name()}`,
    ])();
  const parameter = (): string => pick(["", `E extends ExpandTree<${name()}> = {}`]);
  const doc = "/**\n * A comment.\n */";
  const out: Statement[] = [];
  for (let i = 0; i < 60; i++) {
    out.push(typeAlias(pick(["", doc]), name(), parameter(), type()));
    const p = parameter();
    const head = `export interface ${name()}${p === "" ? "" : `<${p}>`}`;
    const members = pick([[], [{ doc: "", key: `readonly ${name()}?`, parts: [type()] }]]);
    out.push(interfaceDeclaration("", head, members));
    out.push(declaredFunction("", name(), [`params: ${name()}`, `options?: ${name()}`], type()));
  }
  return out;
}

describe("the statement layouts", () => {
  for (const seed of [1, 2, 3]) {
    it(`are prettier's for seeded random names (seed ${seed})`, async () => {
      const all = statements(seed);
      const laid = all.filter((s) => s.laidOut);
      for (const s of laid) {
        const printed = await format(`${s.text}\n`, { ...PRETTIER_OPTIONS, parser: "babel-ts" });
        expect(printed, s.text).toBe(`${s.text}\n`);
      }
      expect(laid.length / all.length).toBeGreaterThan(0.6);
    });
  }
});
