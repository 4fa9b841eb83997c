/**
 * The JSON Schemas: every file compiles under Ajv2020 in strict mode with no warning, the per-type
 * files (which refer to each other by relative URI) judge like the bundle, and they carry what the
 * spec says about each property (description, deprecation, read-only).
 */
import type { AnySchemaObject } from "ajv";
import { describe, expect, it } from "vitest";
import { structuredTypes } from "../../generator/emit/schemas/hierarchy.ts";
import { FIXTURES, fixtureCases, SHIPPED_SPEC } from "../support/fixtures.ts";
import { Rng, sample, ValueGenerator } from "../support/values/index.ts";
import { withoutPrototypes } from "../validators/support/agree.ts";
import { ajvFor, loadPackage, newAjv } from "../validators/support/package.ts";

const SPECS: [string, string][] = [
  ["shipped", SHIPPED_SPEC],
  ...fixtureCases().map((c): [string, string] => [c, `${FIXTURES}/${c}/spec`]),
];

function schemaFiles(files: ReadonlyMap<string, string>): [string, AnySchemaObject][] {
  return [...files]
    .filter(([p]) => p.startsWith("schemas/"))
    .map(([p, text]) => [p, JSON.parse(text) as AnySchemaObject]);
}

describe.each(SPECS)("JSON Schemas of %s", (_name, specDir) => {
  it("has one file per type and every type in the bundle, keyed by qualified name", async () => {
    const pkg = await loadPackage(specDir);
    const paths = schemaFiles(pkg.files)
      .map(([p]) => p)
      .sort();
    const perType = pkg.ir.types.map((t) => `schemas/${t.qname}.schema.json`);
    expect(paths).toEqual(["schemas/bundle.response.schema.json", "schemas/bundle.schema.json", ...perType].sort());
    // Then the body of each action with parameters, as `<operation id>:body`.
    const bodies = pkg.ir.operations
      .filter((o) => o.parameters.some((p) => p.in === "body"))
      .map((o) => `${o.id}:body`);
    const defs = [...pkg.ir.types.map((t) => t.qname), ...bodies];
    expect(Object.keys(pkg.bundle.$defs as object)).toEqual(defs);
    expect(Object.keys(pkg.responseBundle.$defs as object)).toEqual(defs);
  });

  it("compiles under Ajv2020 strict mode with no warning", async () => {
    const pkg = await loadPackage(specDir);
    const log: string[] = [];
    const ajv = newAjv({ allErrors: true, log });
    const schemas = schemaFiles(pkg.files).map(([, s]) => s);
    for (const s of schemas) ajv.addSchema(s);
    for (const s of schemas) expect(ajv.getSchema(String(s.$id))).toBeTypeOf("function");
    expect(log).toEqual([]);
    expect(new Set(schemas.map((s) => s.$id)).size).toBe(schemas.length);
  });

  it("judges like the bundle through the per-type files", async () => {
    const pkg = await loadPackage(specDir);
    const ajv = newAjv({ allErrors: false });
    for (const [, s] of schemaFiles(pkg.files)) if (!String(s.$id).includes("bundle")) ajv.addSchema(s);
    const g = new ValueGenerator(pkg.ir, new Rng(7));
    const viaBundle = newAjv({ allErrors: false });
    let differ = 0;
    for (const t of structuredTypes(pkg.ir)) {
      const file = ajv.getSchema(
        `${String(pkg.bundle.$id).replace(/bundle\.schema\.json$/, "")}${t.qname}.schema.json`,
      )!;
      const bundle = ajvFor(viaBundle, pkg.bundle, t.qname);
      for (let i = 0; i < 100; i++) {
        const v = withoutPrototypes(sample(g, t));
        if (file(v) !== bundle(v)) differ++;
      }
    }
    expect(differ).toBe(0);
  });
});

describe("what the schemas say about properties", () => {
  it("keeps descriptions, deprecation and read-only", async () => {
    const pkg = await loadPackage(SHIPPED_SPEC);
    const defs = pkg.bundle.$defs as Record<string, AnySchemaObject>;
    const participant = defs["microsoft.graph.callRecords.participantEndpoint"]!;
    const identity = (participant.properties as Record<string, AnySchemaObject>).identity!;
    expect(identity.deprecated).toBe(true);
    expect(identity.description).toMatch(
      /^The participant's identities\.\n\nDeprecated \(since 2023-11-06, removal planned 2026-11-06\): Use associatedIdentity instead\.$/,
    );
    const segment = defs["microsoft.graph.callRecords.segment"]!;
    expect((segment.properties as Record<string, AnySchemaObject>).id!.readOnly).toBe(true);
  });
});
