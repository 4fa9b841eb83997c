/**
 * The validators and the types agree on what they let through: `validateT` (and `isT`) narrow a
 * value to the type their declaration names, so every value a validator accepts in request mode
 * must also be a value of that type. Seeded values (valid ones and mutated ones) go through each
 * `validateT`; every accepted one is written as an object literal typed with the declared result
 * type of that `validateT`, and TypeScript's checker must take them all, excess-property checks
 * included.
 *
 * Left out, as ARCHITECTURE.md documents: an object whose effective type is abstract (the
 * validators check a value that names the abstract type, or names none, as that type; the types
 * never construct one), and an object with a `__proto__` key (in an object literal it sets the
 * prototype instead of a property).
 */
import { Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { Lookup } from "../../generator/emit/lookup.ts";
import { structuredTypes } from "../../generator/emit/schemas/hierarchy.ts";
import { EMITTED_COMPILER_OPTIONS } from "../../generator/pipeline/compile.ts";
import { FIXTURES, fixtureCases, SHIPPED_SPEC } from "../support/fixtures.ts";
import { Rng, sample, slots, ValueGenerator } from "../support/values/index.ts";
import { validator } from "../validators/support/load.ts";
import { loadPackage } from "../validators/support/package.ts";

const VALUES_PER_TYPE = Number(process.env.NARROWING_VALUES ?? 40);
const SPECS: [string, string][] = [["shipped", SHIPPED_SPEC], ...fixtureCases().map((c): [string, string] => [c, `${FIXTURES}/${c}/spec`])];

describe.each(SPECS)("what the %s validators accept", (_name, specDir) => {
  it("type-checks as the type they narrow to", async () => {
    const pkg = await loadPackage(specDir);
    const lookup = new Lookup(pkg.ir);
    const g = new ValueGenerator(pkg.ir, new Rng(20261129));
    const lines = ['import type * as V from "./validators.js";', "type Narrowed<F> = F extends (...a: never[]) => infer R ? (R extends { ok: true; value: infer T } ? T : never) : never;"];
    const labels: string[] = [];
    let accepted = 0;
    let rejected = 0;
    for (const t of structuredTypes(pkg.ir)) {
      const validate = validator(pkg.validators, `validate${t.tsName}`);
      for (let i = 0; i < VALUES_PER_TYPE; i++) {
        const value = sample(g, t);
        if (!validate(value).ok) {
          rejected++;
          continue;
        }
        const nodes = slots(lookup, value, t);
        const abstract = nodes.some((s) => s.kind === "object" && s.type.abstract);
        const oddKey = nodes.some((s) => s.kind === "object" && Object.keys(s.obj).some((k) => k === "__proto__"));
        if (abstract || oddKey) continue;
        lines.push(`export const v${labels.length}: Narrowed<typeof V.validate${t.tsName}> = ${JSON.stringify(value)};`);
        labels.push(`${t.qname}: ${JSON.stringify(value)}`);
        accepted++;
      }
    }
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { ...EMITTED_COMPILER_OPTIONS, noEmit: true, declaration: false, isolatedDeclarations: false } });
    for (const f of ["types.d.ts", "runtime.d.ts", "validators.d.ts"]) project.createSourceFile(`/p/${f}`, pkg.files.get(f)!);
    const check = project.createSourceFile("/p/check.ts", lines.join("\n"));
    const problems = check.getPreEmitDiagnostics().map((d) => `${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n  ")}\n  in ${labels[(d.getLineNumber() ?? 0) - 3] ?? "?"}`);
    expect(problems).toEqual([]);
    // Both verdicts were exercised, and enough accepted values were typed to mean something.
    expect(rejected).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(VALUES_PER_TYPE / 4);
  });
});
