/**
 * The types emitter on every construct of issue #19 (the spec `test/fixtures/constructs/spec/`): the
 * files it writes are final (every statement in prettier's layout, prettier leaves them as they are,
 * and the package holds them as they are, below its banner), `types.js` holds exactly the member lists `types.d.ts` declares, the docs
 * TypeScript shows carry the enum values, and the type tests of `constructs.types.ts` compile under
 * the emitted package's strict settings, each expected error included.
 */
import { readFileSync } from "node:fs";
import { format } from "prettier";
import { Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit/types/index.ts";
import { assignNames } from "../../generator/ir/names.ts";
import type { IREnum } from "../../generator/model/ir.ts";
import { addTypeDeclarations, EMITTED_COMPILER_OPTIONS, exportedType } from "../support/typecheck.ts";
import { parserFor, PRETTIER_OPTIONS } from "../../generator/pipeline/format.ts";
import { constructsIR } from "../support/constructs.ts";
import { FIXTURES, ROOT } from "../support/fixtures.ts";

const CONSTRUCTS = constructsIR();
const files = emitTypes(CONSTRUCTS);
const text = (path: string): string => files.find((f) => f.path === path)!.contents;

describe("the types emitter, on every construct", () => {
  it("writes final files: laid out as prettier leaves them", async () => {
    for (const f of files) {
      expect(
        f.statements!.filter((s) => !s.laidOut),
        f.path,
      ).toEqual([]);
      expect(await format(f.contents, { ...PRETTIER_OPTIONS, parser: parserFor(f.path)! }), f.path).toBe(f.contents);
      // Exactly what the package holds under its banner: the golden output of the constructs fixture.
      const golden = readFileSync(`${FIXTURES}/constructs/expected/${f.path}`, "utf8");
      expect(golden.slice(golden.indexOf("\n") + 1), f.path).toBe(f.contents);
    }
  });

  it("puts exactly the member lists in types.js", async () => {
    const js = (await import(`data:text/javascript,${encodeURIComponent(text("types.js"))}`)) as Record<
      string,
      unknown
    >;
    const enums = CONSTRUCTS.types.filter((t): t is IREnum => t.kind === "enum");
    expect({ ...js }).toEqual(
      Object.fromEntries(enums.map((e) => [`${e.tsName}Members`, e.members.map((m) => m.name)])),
    );
  });

  it("documents every enum member's value, negative and 64-bit ones too", () => {
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { noEmit: true } });
    const file = addTypeDeclarations(project, new Map(files.map((f) => [f.path, f.contents])));
    const docs = (name: string): string =>
      exportedType(file, name)!
        .getSymbolOrThrow()
        .compilerSymbol.getDocumentationComment(project.getTypeChecker().compilerObject)
        .map((p) => p.text)
        .join("");
    expect(docs("Level")).toMatch(/`below` = -2: Under the floor\.\n- `floor` = -1\n- `ground` = 0$/);
    expect(docs("Mask")).toMatch(/`top` = 9223372036854775807: The highest 64-bit value\.$/);
  });

  it("type-checks the type tests, each expected error included", () => {
    const project = new Project({
      compilerOptions: {
        ...EMITTED_COMPILER_OPTIONS,
        noEmit: true,
        declaration: false,
        isolatedDeclarations: false,
        noUnusedLocals: false,
        skipLibCheck: false,
        skipDefaultLibCheck: true,
      },
    });
    project.addSourceFileAtPath(`${ROOT}test/types/constructs.types.ts`);
    project.resolveSourceFileDependencies();
    const problems = project
      .getPreEmitDiagnostics()
      .map(
        (d) =>
          `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`,
      );
    expect(problems).toEqual([]);
  });
});

it("keeps the names of the helper types from spec types", () => {
  const helpers = ["WithDynamicProperties", "NestedExpand", "ExpandedValue", "FlagsOf", "FlagsLoosely"];
  const types = helpers.map((h) => ({ ...CONSTRUCTS.types.find((t) => t.name === "log")!, name: h, qname: `t.${h}` }));
  const named = assignNames(
    types.map((type) => ({ type, specPath: `types.${type.name}` })),
    [],
    "t",
  ).types;
  expect([...named.values()].filter((n) => helpers.includes(n))).toEqual([]);
});
