/**
 * The generator's layers point one way: each stage imports only from the stages below it, the
 * runtime shipped in packages imports only itself, and no module imports itself back through
 * others (no import cycles).
 */
import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.ts";

/** From the bottom up; a layer may import from the ones before it. `cli` is the file generator/cli.ts. */
const LAYERS = ["model", "load", "check", "ir", "version", "emit", "pipeline", "docs", "csdl", "cli"];
/** Layers that are siblings (neither imports the other). */
const SIBLINGS: readonly (readonly [string, string])[] = [["docs", "csdl"]];

const files = fg.sync("generator/**/*.ts", { cwd: ROOT }).sort();

/** The generator files a file imports (static and dynamic), relative to the repository. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import\()\s*["'](\.[^"']+)["']/g)) {
    const target = normalize(join(dirname(file), m[1]!)).replace(/\.js$/, ".ts");
    if (target.startsWith("generator/")) out.push(target);
  }
  return out;
}

const layerOf = (file: string): string => {
  const parts = relative("generator", file).split("/");
  return parts.length === 1 ? parts[0]!.replace(/\.ts$/, "") : parts[0]!;
};

describe("the generator's layers", () => {
  it("each import points down, to the module's own layer or one below it", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (from === "runtime") continue;
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        const [a, b] = [LAYERS.indexOf(from), LAYERS.indexOf(to)];
        const sibling = SIBLINGS.some(([x, y]) => (x === from && y === to) || (x === to && y === from));
        if (a < 0 || b < 0 || b > a || sibling) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("the runtime shipped in packages imports only itself", () => {
    const outside = files
      .filter((f) => f.startsWith("generator/runtime/src/"))
      .flatMap((f) =>
        importsOf(f)
          .filter((t) => !t.startsWith("generator/runtime/src/"))
          .map((t) => `${f} -> ${t}`),
      );
    expect(outside).toEqual([]);
  });

  it("has no import cycle", () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...path.slice(path.indexOf(f)), f].join(" -> "));
        return;
      }
      state.set(f, "open");
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, "done");
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
