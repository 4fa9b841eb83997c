/**
 * Compiles the operations' type tests (strict, the emitted package's own settings) against the
 * package generated now from the shipped spec, so they never depend on what `generated/` holds.
 * A `@ts-expect-error` the generated types no longer earn is itself a diagnostic.
 */
import { readFileSync } from "node:fs";
import { Project, ts } from "ts-morph";
import { beforeAll, describe, expect, it } from "vitest";
import { generatePackage } from "../../generator/pipeline/generate.ts";
import { EMITTED_COMPILER_OPTIONS } from "../support/typecheck.ts";
import { FIXTURES, ROOT, SHIPPED_SPEC } from "../support/fixtures.ts";

const TYPES_FILE = "test/operations/types/operations.types.ts";
let declarations: { path: string; contents: string }[];

beforeAll(async () => {
  const pkg = await generatePackage(SHIPPED_SPEC);
  // The package of the functions fixture spec, at generated/functions/.
  const functions = (await generatePackage(`${FIXTURES}/functions/spec`)).files;
  declarations = [
    ...pkg.files.map((f) => ({ path: `generated/${pkg.folder}/${f.path}`, contents: f.contents })),
    ...functions.map((f) => ({ path: `generated/functions/${f.path}`, contents: f.contents })),
  ].filter((f) => f.path.endsWith(".d.ts"));
});

/** The README's example of calling a function, as it is there, against the functions fixture's package. */
function readmeFunctionExample(): string {
  const readme = readFileSync(`${ROOT}README.md`, "utf8");
  const section = readme.slice(readme.indexOf("## Calling functions and actions"));
  const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
  return [
    'import type { Client } from "../../../generated/functions/index.js";',
    "declare const client: Client;",
    code.replace('"@graph-codegen/callrecords-v1"', '"../../../generated/functions/index.js"'),
    "export {};",
  ].join("\n");
}

function diagnosticsOf(file: string, contents: string): string[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      ...EMITTED_COMPILER_OPTIONS,
      noEmit: true,
      declaration: false,
      isolatedDeclarations: false,
      noUnusedLocals: false,
    },
  });
  for (const d of declarations) project.createSourceFile(`/repo/${d.path}`, d.contents);
  project.createSourceFile(`/repo/${file}`, contents);
  return project
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`,
    );
}

describe("generated operation types", () => {
  it("accept a well-typed call and refuse a wrong body, a missing parameter, a wrong option", () => {
    expect(diagnosticsOf(TYPES_FILE, readFileSync(`${ROOT}${TYPES_FILE}`, "utf8"))).toEqual([]);
  });

  it("compile the README example", () => {
    const file = "test/operations/types/readme-example.ts";
    expect(diagnosticsOf(file, readFileSync(`${ROOT}${file}`, "utf8"))).toEqual([]);
  });

  it("compile the README's reading example", () => {
    const file = "test/operations/types/reading-example.ts";
    expect(diagnosticsOf(file, readFileSync(`${ROOT}${file}`, "utf8"))).toEqual([]);
  });

  it("type functions and actions: parameters, bodies and every return shape", () => {
    const file = "test/operations/types/functions.types.ts";
    expect(diagnosticsOf(file, readFileSync(`${ROOT}${file}`, "utf8"))).toEqual([]);
  });

  it("fail the functions test when an expected error goes away (the check is not vacuous)", () => {
    const file = "test/operations/types/functions.types.ts";
    const source = readFileSync(`${ROOT}${file}`, "utf8").replace('color: "blue" });', 'color: "green" });');
    expect(diagnosticsOf(file, source)).toEqual([expect.stringMatching(/Unused '@ts-expect-error' directive/)]);
  });

  it("compile the README's example of calling a function with a date range", () => {
    expect(diagnosticsOf("test/operations/types/readme-function.ts", readmeFunctionExample())).toEqual([]);
  });

  it("type reads: $select names properties, $expand navigation properties, the result has what was expanded", () => {
    const file = "test/operations/types/reads.types.ts";
    expect(diagnosticsOf(file, readFileSync(`${ROOT}${file}`, "utf8"))).toEqual([]);
  });

  it("fail the reads test when an expected error goes away (the check is not vacuous)", () => {
    const file = "test/operations/types/reads.types.ts";
    const source = readFileSync(`${ROOT}${file}`, "utf8").replace(
      "{ expand: { joinWebUrl: true } }",
      "{ expand: { sessions: true } }",
    );
    expect(diagnosticsOf(file, source)).toEqual([expect.stringMatching(/Unused '@ts-expect-error' directive/)]);
  });

  it("fail this test when an expected error goes away (the check is not vacuous)", () => {
    const source = readFileSync(`${ROOT}${TYPES_FILE}`, "utf8").replace(
      '{ callRecordId: "c" }, segment);',
      '{ callRecordId: "c", sessionId: "s" }, segment);',
    );
    expect(diagnosticsOf(TYPES_FILE, source)).toEqual([expect.stringMatching(/Unused '@ts-expect-error' directive/)]);
  });
});
