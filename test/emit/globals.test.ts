/**
 * A spec type is never named like a global type the emitted declarations use: a module that
 * declares or imports a type `Extract` can no longer write `Extract<A, B>`. Every global type the
 * generated `.d.ts` files refer to must be one `escape.ts` reserves, so that names.ts renames a
 * spec type that would take it.
 */
import { Node, Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { isSafeIdentifier } from "../../generator/emit/escape.ts";
import { EMITTED_COMPILER_OPTIONS } from "../support/typecheck.ts";
import { generateFromTexts } from "../../generator/pipeline/generate.ts";
import { FIXTURES, SHIPPED_SPEC } from "../support/fixtures.ts";
import { loadPackage } from "../validators/support/package.ts";

/** The names of global (lib) types that a package's declaration files refer to. */
function globalTypesUsed(files: ReadonlyMap<string, string>): string[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { ...EMITTED_COMPILER_OPTIONS, noEmit: true },
  });
  const ours = [...files]
    .filter(([path]) => path.endsWith(".d.ts"))
    .map(([path, text]) => project.createSourceFile(`/p/${path}`, text));
  const names = new Set<string>();
  for (const file of ours) {
    file.forEachDescendant((node) => {
      if (!Node.isTypeReference(node) && !Node.isExpressionWithTypeArguments(node)) return;
      const name = Node.isTypeReference(node) ? node.getTypeName() : node.getExpression();
      const declarations = name.getSymbol()?.getDeclarations() ?? [];
      if (declarations.length > 0 && declarations.every((d) => !d.getSourceFile().getFilePath().startsWith("/p/")))
        names.add(name.getText());
    });
  }
  return [...names].sort();
}

describe("the global types the emitted declarations use", () => {
  it.each([
    ["shipped", SHIPPED_SPEC],
    ["navigation", `${FIXTURES}/navigation/spec`],
  ])("are all reserved (%s)", async (_name, specDir) => {
    const used = globalTypesUsed((await loadPackage(specDir)).files);
    expect(used).toContain("Extract");
    expect(used.filter((n) => isSafeIdentifier(n))).toEqual([]);
  });
});

it("a spec whose types are named like global types generates, with each renamed and said why", async () => {
  const text = [
    'api: { package: "@t/globals", title: Globals, apiVersion: beta, baseUrl: "https://example.test", specVersion: 1.0.0 }',
    "namespace: t.g",
    "types:",
    "  extract: { kind: entity, key: [id], properties: { id: { type: Edm.String, nullable: false } }, navigation: { kids: { type: extract, collection: true } } }",
    "  asyncGenerator: { properties: { a: { type: Edm.String } } }",
    "  readonlySet: { properties: { b: { type: asyncGenerator } } }",
    "  snake_case: { properties: { c: { type: Edm.String } } }",
    "  größe: { properties: { d: { type: Edm.String } } }",
    "operations:",
    "  listThings: { method: GET, path: /things, query: [$select, $expand], responses: { 200: { body: { type: extract, collection: true } } } }",
  ].join("\n");
  const pkg = await generateFromTexts([{ file: "s.yaml", text }]); // type-checked by the pipeline
  expect(pkg.ir.types.map((t) => t.tsName).sort()).toEqual([
    "AsyncGenerator_",
    "Extract_",
    "GrE",
    "ReadonlySet_",
    "SnakeCase",
  ]);
  const messages = pkg.diagnostics.map((d) => d.message);
  expect(messages).toContain(
    '"t.g.extract" is named Extract_ in TypeScript (JavaScript or TypeScript keeps that name for itself)',
  );
  // The other reasons a name changes are said as they are.
  expect(messages).toContain(
    '"t.g.snake_case" is named SnakeCase in TypeScript (TypeScript names are written in PascalCase)',
  );
  expect(messages).toContain('"t.g.größe" is named GrE in TypeScript (its name is not an ASCII identifier)');
});
