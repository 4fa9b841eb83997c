/** The README inside the generated package: what it is, which spec made it, how to use it. */
import type { IR, IREnum } from "../../model/ir.ts";
import type { EmittedFile } from "../emitter.ts";
import { markdownText } from "../escape.ts";

export function emitReadme(ir: IR, modules: readonly string[]): EmittedFile {
  const structured = ir.types.filter((t) => t.kind !== "enum");
  const enums = ir.types.filter((t): t is IREnum => t.kind === "enum");
  const first = structured.find((t) => t.kind === "entity" && !t.abstract) ?? structured[0];
  const name = first?.tsName ?? "T";
  const lines = [
    `# ${markdownText(ir.api.packageName)}`,
    "",
    `${markdownText(ir.api.title)}, API version ${markdownText(ir.api.apiVersion)}, generated from spec version ${markdownText(ir.api.specVersion)}.`,
    "Do not edit these files: change the spec and run `npm run generate` in the generator's repository.",
    "",
    `It holds ${structured.length} entity and complex types, ${enums.length} enums and ${ir.operations.length} operations, with no runtime dependencies.`,
    "",
    "| module | what |",
    "|---|---|",
    ...modules.map((m) => `| \`${m}\` | ${MODULE_DOCS[m] ?? ""} |`),
    "| `schemas/` | JSON Schemas (draft 2020-12): one per type, `bundle.schema.json` with every type under `$defs`, and `bundle.response.schema.json`, the same in response mode |",
    "",
    "## Use",
    "",
    "```ts",
    `import { validate${name}, type ${name} } from ${JSON.stringify(ir.api.packageName)};`,
    "",
    `const result = validate${name}(JSON.parse(text));`,
    "if (!result.ok) for (const e of result.errors) console.error(`${e.path}: ${e.message}`);",
    "```",
    "",
    '`validateT(value, { mode })` checks a request body by default (`mode: "request"`: unknown properties are errors); pass `mode: "response"` to tolerate properties the service adds later.',
    "",
    ...(enums.some((e) => e.evolvable)
      ? [
          "In response mode an enum with an `unknownFutureValue` member also takes any member the service adds later, while its TypeScript type names only the members this version knows: code that reads one should handle other strings too.",
          "",
        ]
      : []),
  ];
  return { path: "README.md", contents: lines.join("\n") };
}

const MODULE_DOCS: Readonly<Record<string, string>> = {
  types: "interfaces, enum unions and their member lists",
  runtime: "`ValidationResult`, `ValidationError` and the OData value scanners",
  validators: "`validateT`, `isT` and `isE` for every type and enum",
  operations: "request builders and send functions for every operation",
  client: "the fetch client they share: options, errors, retries",
};
