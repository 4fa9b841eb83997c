/** Formatting a compiled module in pieces gives exactly what formatting it whole gives. */
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/ir/build.ts";
import { compileModules } from "../../generator/pipeline/compile.ts";
import {
  assemble,
  formatFiles,
  formatJobs,
  formatPiece,
  pieces,
  PRETTIER_OPTIONS,
} from "../../generator/pipeline/format.ts";
import { emitSources } from "../../generator/pipeline/generate.ts";
import { SHIPPED_SPEC } from "../support/fixtures.ts";

async function inPieces(path: string, text: string, size: number): Promise<string> {
  const files = [{ path, contents: text }];
  const done = new Map<number, (string | undefined)[]>();
  for (const job of formatJobs(files, size)) {
    const parts = done.get(job.file) ?? [];
    parts[job.piece] = await formatPiece(job);
    done.set(job.file, parts);
  }
  return (await assemble(files, done, [], "test"))[0]!.contents.replace(/^\/\*.*\*\/\n/, "");
}

describe("formatting in pieces", () => {
  it("never cuts inside an unindented function", () => {
    const text = "function f(v) {\nif (!v) return true;\nconst t = v.t;\nreturn t;\n}\nconst a = 1;\n";
    expect(pieces(text, 4)).toEqual([
      "function f(v) {\nif (!v) return true;\nconst t = v.t;\nreturn t;\n}\n",
      "const a = 1;\n",
    ]);
  });

  it("cuts only before top-level statements, and joins back to the input", () => {
    const text =
      "const a = 1;\n/**\n * doc\n */\nexport function f() {\n  return 1;\n}\nconst b = [\n  1,\n];\nlet c = 2;\n";
    const cut = pieces(text, 8);
    expect(cut).toEqual([
      "const a = 1;\n",
      "/**\n * doc\n */\nexport function f() {\n  return 1;\n}\n",
      "const b = [\n  1,\n];\n",
      "let c = 2;\n",
    ]);
    expect(cut.join("")).toBe(text);
  });

  it("gives the whole-file output for every compiled module of the shipped package", async () => {
    const sources = await emitSources((await loadSpec(SHIPPED_SPEC)).ir!, "");
    const compiled = compileModules(sources);
    for (const f of compiled) {
      const parser = f.path.endsWith(".js") ? "espree" : "babel-ts";
      if (f.contents.length >= 4096) expect(pieces(f.contents, 2048).length, f.path).toBeGreaterThan(1);
      // Every piece parses on its own: none sends the file back to be formatted whole.
      for (const job of formatJobs([f], 2048))
        expect(await formatPiece(job), `${f.path}, piece ${job.piece}`).toBeDefined();
      expect(await inPieces(f.path, f.contents, 2048), f.path).toBe(
        await format(f.contents, { ...PRETTIER_OPTIONS, parser }),
      );
    }
  });

  it("formats only the statements not laid out, together, and puts each back in its place", async () => {
    const statements = [
      { text: "const a=1", laidOut: false },
      { text: "const b = 2;", laidOut: true },
      { text: "function f(){return 1}\nlet  c=3", laidOut: false },
      { text: "const d = 4;", laidOut: true },
    ];
    const file = { path: "m.js", contents: statements.map((s) => s.text).join("\n"), statements };
    const expected = "const a = 1;\nconst b = 2;\nfunction f() {\n  return 1;\n}\nlet c = 3;\nconst d = 4;\n";
    expect(formatJobs([file])).toHaveLength(1);
    expect((await formatFiles([file], [], "test"))[0]!.contents.replace(/^\/\*.*\*\/\n/, "")).toBe(expected);
    // A statement that holds the text put between statements: the file is formatted whole.
    const tricky = [...statements, { text: "statementCut$;", laidOut: false }];
    const trickyFile = { path: "m.js", contents: tricky.map((s) => s.text).join("\n"), statements: tricky };
    expect((await formatFiles([trickyFile], [], "test"))[0]!.contents.replace(/^\/\*.*\*\/\n/, "")).toBe(
      `${expected}statementCut$;\n`,
    );
  });

  it("formats the file whole when a cut lands inside a template literal", async () => {
    const text = "const a = `\nlet x;\nconst b = 1;\n`;\nconst c = 2;\n";
    expect(pieces(text, 4)).toHaveLength(2);
    expect(await formatPiece({ file: 0, piece: 0, text: pieces(text, 4)[0]!, parser: "espree" })).toBeUndefined();
    expect(await inPieces("m.js", text, 4)).toBe(await format(text, { ...PRETTIER_OPTIONS, parser: "espree" }));
  });
});
