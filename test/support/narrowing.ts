/**
 * Do the types admit what the validators accept? Seeded values (valid ones and mutated ones) go
 * through each `validateT` in request mode; every accepted one is written as an object literal
 * typed with the declared result type of that `validateT`, and TypeScript's checker must take them
 * all, excess-property checks included.
 *
 * Left out, as ARCHITECTURE.md documents: an object whose effective type is abstract (the
 * validators check a value that names the abstract type, or names none, as that type; the types
 * never construct one), and an object with a `__proto__` key (in an object literal it sets the
 * prototype instead of a property).
 */
import { Project, ts } from "ts-morph";
import { Lookup } from "../../generator/emit/lookup.ts";
import { structuredTypes } from "../../generator/emit/schemas/hierarchy.ts";
import type { IR } from "../../generator/model/ir.ts";
import { EMITTED_COMPILER_OPTIONS } from "../../generator/pipeline/compile.ts";
import { Rng, sample, slots, ValueGenerator } from "./values/index.ts";

export interface Narrowing {
  /** One per value TypeScript refused: its message, then the type and the value. */
  readonly problems: string[];
  /** Values the validators accepted and TypeScript was given. */
  readonly typed: number;
  readonly rejected: number;
}

type Validate = (value: unknown) => { ok: boolean };

export function narrowingProblems(
  ir: IR,
  files: ReadonlyMap<string, string>,
  validators: Readonly<Record<string, unknown>>,
  seed: number,
  perType: number,
): Narrowing {
  const lookup = new Lookup(ir);
  const g = new ValueGenerator(ir, new Rng(seed));
  const lines = [
    'import type * as V from "./validators.js";',
    "type Narrowed<F> = F extends (...a: never[]) => infer R ? (R extends { ok: true; value: infer T } ? T : never) : never;",
  ];
  const labels: string[] = [];
  let rejected = 0;
  for (const t of structuredTypes(ir)) {
    const validate = validators[`validate${t.tsName}`] as Validate;
    for (let i = 0; i < perType; i++) {
      const value = sample(g, t);
      if (!validate(value).ok) {
        rejected++;
        continue;
      }
      const nodes = slots(lookup, value, t);
      if (nodes.some((s) => s.kind === "object" && (s.type.abstract || Object.keys(s.obj).includes("__proto__"))))
        continue;
      lines.push(`export const v${labels.length}: Narrowed<typeof V.validate${t.tsName}> = ${JSON.stringify(value)};`);
      labels.push(`${t.qname}: ${JSON.stringify(value)}`);
    }
  }
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { ...EMITTED_COMPILER_OPTIONS, noEmit: true, declaration: false, isolatedDeclarations: false },
  });
  for (const f of ["types.d.ts", "runtime.d.ts", "validators.d.ts"]) project.createSourceFile(`/p/${f}`, files.get(f)!);
  const check = project.createSourceFile("/p/check.ts", lines.join("\n"));
  const first = lines.length - labels.length + 1; // the line of labels[0]
  const problems = check
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n  ")}\n  in ${labels[(d.getLineNumber() ?? 0) - first] ?? "?"}`,
    );
  return { problems, typed: labels.length, rejected };
}
