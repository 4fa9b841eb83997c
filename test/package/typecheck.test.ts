/**
 * The emitted package type-checks, which generate itself no longer does: its declarations as one
 * strict program, and its JavaScript as JavaScript against the runtime's source, for every shipped
 * spec and every fixture spec (among them the constructs of issue #19, its functions, and the spec
 * that uses every construct of the format).
 */
import { describe, expect, it } from "vitest";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import { loadSpec } from "../../generator/ir/build.ts";
import { emitSources } from "../../generator/pipeline/generate.ts";
import { FIXTURES, fixtureCases, ROOT, SHIPPED_SPECS } from "../support/fixtures.ts";
import { checkDeclarations, checkJavaScript } from "../support/typecheck.ts";

const SPECS = [...SHIPPED_SPECS, ...fixtureCases().map((n) => `${FIXTURES}/${n}/spec`)];

const emitted = new Map<string, Promise<EmittedFile[]>>();
/** The emitted files of a spec, once per file. */
function sourcesOf(spec: string): Promise<EmittedFile[]> {
  let p = emitted.get(spec);
  if (p === undefined)
    emitted.set(
      spec,
      (p = loadSpec(spec).then(({ ir, diagnostics }) => {
        if (ir === undefined) throw new Error(`${spec}: ${JSON.stringify(diagnostics.slice(0, 3))}`);
        return emitSources(ir);
      })),
    );
  return p;
}

const name = (spec: string): string =>
  SHIPPED_SPECS.includes(spec)
    ? `the shipped ${spec.slice(ROOT.length)}`
    : spec
        .replace(/\/spec$/, "")
        .split("/")
        .pop()!;

describe("the emitted package", () => {
  for (const spec of SPECS) {
    it(`has declarations that type-check as one strict program, for ${name(spec)}`, async () => {
      expect(checkDeclarations(await sourcesOf(spec))).toEqual([]);
    });
  }

  it("has JavaScript that TypeScript checks without error, for every spec", async () => {
    const packages = await Promise.all(SPECS.map(sourcesOf));
    expect(checkJavaScript(packages)).toEqual([]);
  });

  it("fails the JavaScript check when validators.js calls what is not there", () => {
    const bad = {
      path: "validators.js",
      contents: 'import { fail } from "./runtime.js";\nexport const x = fail(1);\nnope();\n',
    };
    expect(checkJavaScript([[bad]]).join("\n")).toMatch(/Expected 3-4 arguments[\s\S]*Cannot find name 'nope'/);
  });

  it("fails the declarations check when a module does not type-check", () => {
    const bad = [{ path: "a.d.ts", contents: "export declare const n: number;\nexport declare const s: Strng;\n" }];
    expect(checkDeclarations(bad).join("\n")).toMatch(/Cannot find name 'Strng'/);
  });
});
