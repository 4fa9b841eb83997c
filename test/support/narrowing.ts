/**
 * Do the types admit what the validators accept? Seeded values (valid ones and mutated ones) go
 * through each `validateT` in request mode; every accepted one is written as an object literal
 * typed with the declared result type of that `validateT`, and TypeScript's checker must take them
 * all, excess-property checks included.
 *
 * The dynamic properties of an open type's value are spread into its literal from a call
 * (`...dynamic({ custom: 1 })`): the type of an open type names only its declared properties (so
 * that a misspelt one is an error in a literal), and TypeScript does not hold spread properties to
 * excess-property checks, while every declared property of the literal still is.
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
import { addTypeDeclarations, EMITTED_COMPILER_OPTIONS, unresolvedImports } from "./typecheck.ts";
import { Rng, sample, slots, ValueGenerator, type Slot } from "./values/index.ts";

export interface Narrowing {
  /** One per value TypeScript refused: its message, then the type and the value. */
  readonly problems: string[];
  /** Values the validators accepted and TypeScript was given. */
  readonly typed: number;
  readonly rejected: number;
}

type Validate = (value: unknown) => { ok: boolean };

/** For each object of an open type in a value: its declared property names (`@odata.type` included). */
function openObjects(lookup: Lookup, nodes: readonly Slot[]): Map<object, Set<string>> {
  const open = new Map<object, Set<string>>();
  for (const s of nodes)
    if (s.kind === "object" && lookup.isOpen(s.type))
      open.set(s.obj, new Set(["@odata.type", ...lookup.allProperties(s.type).map((p) => p.property.wireName)]));
  return open;
}

/** The value as TypeScript source, each open object's dynamic properties spread from `dynamic(...)`. */
function literal(value: unknown, open: ReadonlyMap<object, ReadonlySet<string>>): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, open)).join(",")}]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const entries = Object.entries(value);
  const text = (list: [string, unknown][]): string =>
    list.map(([k, v]) => `${JSON.stringify(k)}:${literal(v, open)}`).join(",");
  const declared = open.get(value);
  const dynamic = entries.filter(([k]) => declared !== undefined && !declared.has(k) && !k.includes("@"));
  if (dynamic.length === 0) return `{${text(entries)}}`;
  const rest = entries.filter((e) => !dynamic.includes(e));
  return `{${[...(rest.length > 0 ? [text(rest)] : []), `...dynamic({${text(dynamic)}})`].join(",")}}`;
}

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
    "declare function dynamic<T>(value: T): T;",
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
      const source = literal(value, openObjects(lookup, nodes));
      lines.push(`export const v${labels.length}: Narrowed<typeof V.validate${t.tsName}> = ${source};`);
      labels.push(`${t.qname}: ${JSON.stringify(value)}`);
    }
  }
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { ...EMITTED_COMPILER_OPTIONS, noEmit: true, declaration: false, isolatedDeclarations: false },
  });
  addTypeDeclarations(project, files);
  for (const f of ["runtime.d.ts", "validators.d.ts"]) project.createSourceFile(`/p/${f}`, files.get(f));
  const check = project.createSourceFile("/p/check.ts", lines.join("\n"));
  const first = lines.length - labels.length + 1; // the line of labels[0]
  const problems = check
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n  ")}\n  in ${labels[(d.getLineNumber() ?? 0) - first] ?? "?"}`,
    );
  // A declaration module not found would make its types TypeScript's error type, which every narrowing accepts.
  problems.push(...unresolvedImports(project).map((i) => `not found: ${i}`));
  return { problems, typed: labels.length, rejected };
}
