/**
 * Compiling and formatting on two threads gives the one-thread output byte for byte, and a failure
 * on either thread fails the run with the right error instead of hanging.
 */
import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { InternalError } from "../../generator/model/diagnostics.ts";
import { loadSpec } from "../../generator/ir/build.ts";
import { check, compileModules, EMITTED_COMPILER_OPTIONS } from "../../generator/pipeline/compile.ts";
import { formatFiles } from "../../generator/pipeline/format.ts";
import { emitSources } from "../../generator/pipeline/generate.ts";
import { checkNative, nativeChecker, nativeTsconfig } from "../../generator/pipeline/native-check.ts";
import { compileAndFormatParallel, startThread } from "../../generator/pipeline/parallel.ts";
import { SHIPPED_SPEC } from "../support/fixtures.ts";

const SPEC_FILES = ["spec.yaml"];

async function serial(sources: Parameters<typeof compileModules>[0]) {
  const assets = sources.filter((f) => !f.path.endsWith(".ts"));
  const out = await formatFiles([...compileModules(sources), ...assets], SPEC_FILES, "test");
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const NATIVE = nativeChecker();

// Both checkers: TypeScript 7 in a child process (the default where it is installed), and ts-morph
// on the second thread (the fallback).
describe.each([
  ["the native checker", NATIVE],
  ["ts-morph on the second thread", null],
])("two threads, checked by %s", (_name, checker) => {
  it("give the one-thread output byte for byte, with files cut into many pieces", async () => {
    const ir = (await loadSpec(SHIPPED_SPEC)).ir!;
    const sources = await emitSources(ir, "");
    // The second thread started before the work is ready, as `emitAll` starts it for a large IR.
    const thread = startThread();
    const one = await serial(sources);
    // 4 KiB pieces: every compiled module of the shipped package is cut, most into many pieces.
    const two = (
      await compileAndFormatParallel(sources, SPEC_FILES, "test", { pieceSize: 4096, checker: checker ?? null, thread })
    ).sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(two.map((f) => f.path)).toEqual(one.map((f) => f.path));
    for (const [i, f] of two.entries()) expect(f.contents, f.path).toBe(one[i]!.contents);
  });

  it("fail with the checker's diagnostics when a module does not type-check", async () => {
    const sources = [
      { path: "a.ts", contents: 'export const n: number = "not a number";\n' },
      { path: "README.md", contents: "# Title\n" },
    ];
    const run = compileAndFormatParallel(sources, SPEC_FILES, "test", { checker: checker ?? null });
    await expect(run).rejects.toBeInstanceOf(InternalError);
    await expect(run).rejects.toThrow(/does not type-check[\s\S]*Type 'string' is not assignable to type 'number'/);
  });

  it("fail when a module does not even parse, and stop the other thread", async () => {
    const sources = [{ path: "a.ts", contents: "export const = ;\n" }];
    await expect(
      compileAndFormatParallel(sources, SPEC_FILES, "test", { checker: checker ?? null }),
    ).rejects.toBeInstanceOf(InternalError);
  });
});

describe("the native checker", () => {
  it("is installed here (CI installs it with npm ci)", () => {
    expect(NATIVE).toBeDefined();
  });

  it("is given exactly the options ts-morph checks with", () => {
    const { options, errors } = ts.convertCompilerOptionsFromJson(nativeTsconfig().compilerOptions, "/");
    expect(errors).toEqual([]);
    const { noEmit, types, ...native } = options;
    expect(noEmit).toBe(true);
    expect(types).toEqual([]);
    const expected = { ...EMITTED_COMPILER_OPTIONS, lib: EMITTED_COMPILER_OPTIONS.lib.map((l) => l) };
    expect(native).toEqual(expected);
  });

  it("refuses what ts-morph refuses, with the diagnostic", async () => {
    const bad = [{ path: "a.ts", contents: "export function f(x: number): string {\n  return x;\n}\n" }];
    await expect(checkNative(bad, NATIVE!)).rejects.toThrow(
      /a\.ts\(2,3\): error TS2322: Type 'number' is not assignable to type 'string'/,
    );
    expect(() => check(bad)).toThrow(/Type 'number' is not assignable to type 'string'/);
    const unused = [
      { path: "b.ts", contents: "export function g(_a: number): number {\n  const unusedLocal = 1;\n  return 2;\n}\n" },
    ];
    await expect(checkNative(unused, NATIVE!)).rejects.toThrow(/TS6133/);
    expect(() => check(unused)).toThrow(/is declared but its value is never read/);
  });
});
