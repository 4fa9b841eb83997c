/**
 * The README inside the generated package: what it is, which spec made it, how to use it. Each
 * example starts with a comment naming it as a file (`// read.ts`), so that the consumer test can
 * write it out, type-check it under `node16`, `nodenext` and `bundler`, and run it.
 */
import type { IR } from "../../model/ir.ts";
import type { EmittedFile } from "../emitter.ts";
import { markdownText, stringLiteral } from "../escape.ts";
import { operationNames } from "../operations/operation.ts";

const MODULE_DOCS: Readonly<Record<string, string>> = {
  types: "interfaces, enum unions and their member lists",
  runtime: "`ValidationResult`, `ValidationError` and the OData value scanners",
  validators: "`validateT`, `isT` and `isE` for every type and enum",
  operations: "request builders and send functions for every operation",
  client: "the fetch client they share: options, errors, retries",
};

function overview(ir: IR, modules: readonly string[]): string[] {
  const structured = ir.types.filter((t) => t.kind !== "enum");
  const enums = ir.types.filter((t) => t.kind === "enum");
  return [
    `# ${markdownText(ir.api.packageName)}`,
    "",
    `${markdownText(ir.api.title)}, API version ${markdownText(ir.api.apiVersion)}, generated from ` +
      `spec version ${markdownText(ir.api.specVersion)}.`,
    "Do not edit these files: change the spec and run `npm run generate` in the generator's repository.",
    "",
    `It holds ${structured.length} entity and complex types, ${enums.length} enums and ` +
      `${ir.operations.length} operations, with no runtime dependencies.`,
    "It is an ES module package for Node 20.19 or later (which can also `require()` it) and for bundlers;",
    "TypeScript reads it with `moduleResolution` `node16`, `nodenext` or `bundler`.",
    "",
    "| module | what |",
    "|---|---|",
    ...modules.map((m) => `| \`${m}\` | ${MODULE_DOCS[m] ?? ""} |`),
    "| `types/<Name>` | one type's declarations, for `import type` (see below) |",
    ...(modules.includes("operations")
      ? ["| `operations/<name>` | one operation's functions and types (see below) |"]
      : []),
    "| `schemas/` | JSON Schemas (draft 2020-12): one per type, `bundle.schema.json` with every type " +
      "under `$defs`, and `bundle.response.schema.json`, the same in response mode |",
  ];
}

function responses(ir: IR, name: string, pkg: string): string[] {
  const evolvable = ir.types.some((t): boolean => t.kind === "enum" && t.evolvable);
  return [
    "## Checking what the service sent",
    "",
    'A value the service sent is checked in response mode (`mode: "response"`): it tolerates ' +
      "properties the service adds later, and checks the navigation properties a request expanded " +
      "(`$expand`).",
    'The default mode, `"request"`, is for the bodies you send: there an unknown property is an ' +
      "error (a typo must not reach the service silently) and a navigation property is refused, so a " +
      "real `GET` response fails it.",
    "",
    "```ts",
    "// read.ts",
    `import { validate${name}, type ${name} } from ${pkg};`,
    "",
    `export function read${name}(body: unknown): ${name} {`,
    `  const result = validate${name}(body, { mode: "response" });`,
    '  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\\n"));',
    "  return result.value;",
    "}",
    "```",
    ...(evolvable
      ? [
          "",
          "In response mode an enum with an `unknownFutureValue` member also takes any member the service " +
            "adds later, while its TypeScript type names only the members this version knows: code that " +
            "reads one should handle other strings too.",
        ]
      : []),
  ];
}

function schemas(name: string, pkg: string, schema: string): string[] {
  return [
    "## The JSON Schemas",
    "",
    "Import a bundle as JSON with an import attribute.",
    "A dynamic `import()` works under every TypeScript `module` setting that reads this package " +
      "(`node16` also needs `resolveJsonModule`);",
    'a static `import bundle from "...json" with { type: "json" }` works under `nodenext` and ' +
      "`esnext`, but `node16` refuses import attributes.",
    "",
    "```ts",
    "// schemas.ts",
    `const { default: bundle } = await import(${schema}, { with: { type: "json" } });`,
    "",
    "export const schemaId: string = bundle.$id;",
    "```",
    "",
    "## From CommonJS",
    "",
    "Node 20.19 or later loads this ES module package with `require()` (it has no top-level " +
      "`await`), and the schemas are plain JSON files.",
    "In TypeScript, a `.cts` file may `import` the package under `module` `nodenext` (TypeScript 5.8 " +
      "or later); `node16` refuses it.",
    "",
    "```js",
    "// require.cjs",
    `const { validate${name} } = require(${pkg});`,
    `const bundle = require(${schema});`,
    "",
    `console.log(validate${name}({}).ok, bundle.$id.endsWith("bundle.schema.json"));`,
    "```",
  ];
}

/**
 * The declaration modules: one type, and only what it reaches; one operation likewise. An example
 * names a type or an operation only when its module is named as it is (not renamed apart from
 * another name that differs only in case).
 */
function oneAtATime(ir: IR, name: string, paths: ReadonlySet<string>): string[] {
  const pkg = ir.api.packageName;
  const op = ir.operations.length === 0 ? undefined : operationNames(ir.operations[0]!).fn;
  const typeExample = [
    "```ts",
    "// one-type.ts",
    `import type { ${name} } from ${stringLiteral(`${pkg}/types/${name}`)};`,
    "",
    `export type ${name}List = readonly ${name}[];`,
    "```",
    "",
  ];
  const operationExample = [
    "```ts",
    "// one-operation.ts",
    `import { ${op} } from ${stringLiteral(`${pkg}/operations/${op}`)};`,
    "",
    `export const send: typeof ${op} = ${op};`,
    "```",
    "",
  ];
  return [
    "## One type or operation at a time",
    "",
    "Each type also has a declaration module of its own, `types/<Name>`, which imports only the types " +
      "it refers to. A file that imports a type from there makes TypeScript read that type and what it " +
      "reaches, not the whole package, which counts for a large API. It holds declarations only: " +
      "import it with `import type`. (Where two type names differ only in case, the later one's module " +
      "is `types/<Name>-2`, so that the files stay apart on file systems that ignore case.)",
    "",
    ...(paths.has(`types/${name}.d.ts`) ? typeExample : []),
    "Each type's validators likewise: `validators/<Name>` declares `validate<Name>` and `is<Name>` " +
      "(`is<Name>` alone for an enum); at run time it is `validators.js`.",
    "",
    ...(op === undefined
      ? []
      : [
          "Each operation likewise: `operations/<name>` declares that operation's functions and types " +
            "alone; at run time it is `operations.js`, which holds every operation.",
          "",
          ...(paths.has(`operations/${op}.d.ts`) ? operationExample : []),
        ]),
  ];
}

/** What a reader of the types needs to know about the constructs this spec uses, or nothing. */
function typeNotes(ir: IR): string[] {
  const open = ir.types.some((t) => t.kind !== "enum" && t.open);
  const flags = ir.types.some((t) => t.kind === "enum" && t.flags);
  if (!open && !flags) return [];
  return [
    "## The types",
    "",
    ...(open
      ? [
          "An open type's interface names only its declared properties, so that a misspelt one is an error in " +
            "an object literal; `WithDynamicProperties<T>` is a `T` with dynamic properties (any other name, any " +
            "JSON value).",
        ]
      : []),
    ...(flags
      ? [
          'A flags enum\'s value is member names joined by `,` (`"a,b"`), each at most once, in any order. ' +
            "For an enum of up to six members its type is exactly those strings; for a larger one it is a superset " +
            "whose first and last names are members (the validators check every name).",
        ]
      : []),
    "",
  ];
}

export function emitReadme(ir: IR, modules: readonly string[], paths: ReadonlySet<string>): EmittedFile {
  const structured = ir.types.filter((t) => t.kind !== "enum");
  const first = structured.find((t) => t.kind === "entity" && !t.abstract) ?? structured[0];
  const name = first?.tsName ?? "T";
  const pkg = stringLiteral(ir.api.packageName);
  const schema = stringLiteral(`${ir.api.packageName}/schemas/bundle.schema.json`);
  const lines = [
    ...overview(ir, modules),
    "",
    ...responses(ir, name, pkg),
    "",
    ...oneAtATime(ir, name, paths),
    ...typeNotes(ir),
    ...schemas(name, pkg, schema),
  ];
  return { path: "README.md", contents: `${lines.join("\n")}\n` };
}
