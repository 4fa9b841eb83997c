/**
 * Hostile specs: for each seed, the output type-checks (declarations and JavaScript), every JSON Schema
 * compiles under Ajv strict, importing the package runs nothing the spec wrote, and the validators
 * accept and reject exactly as the spec says, with hostile wire names handled as plain data.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import type { IREnum, IRStructured } from "../../generator/model/ir.ts";
import { GENERATOR_VERSION, generateFromTexts, type GeneratedPackage } from "../../generator/pipeline/generate.ts";
import { readRecordedSpec } from "../../generator/version/record.ts";
import { hostileSpec } from "../support/hostile.ts";
import { narrowingProblems } from "../support/narrowing.ts";
import { writeTemporary, type WrittenPackage } from "../support/imported.ts";
import { checkDeclarations, checkJavaScript } from "../support/typecheck.ts";

type Result = { ok: true } | { ok: false; errors: { path: string; code: string }[] };
type Module = Record<string, (value: unknown, options?: unknown) => unknown>;

const SEEDS = Array.from({ length: Number(process.env.HOSTILE_SEEDS ?? 12) }, (_, i) => i + 1);
const written: WrittenPackage[] = [];
afterAll(() => {
  for (const w of written) w.dispose();
});

const pointer = (key: string): string => `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;

function validValue(edm: string, members: readonly string[]): unknown {
  return (
    (
      {
        "Edm.String": "text",
        "Edm.Int32": 7,
        "Edm.Boolean": true,
        "Edm.Duration": "PT1S",
        "Edm.Single": "NaN",
      } as Record<string, unknown>
    )[edm] ?? members[0]
  );
}

async function load(pkg: GeneratedPackage): Promise<Module> {
  const w = await writeTemporary(pkg.files, "hostile-");
  written.push(w);
  return w.load<Module>("index.js");
}

describe.each(SEEDS)("hostile spec, seed %i", (seed) => {
  const spec = hostileSpec(seed);

  it("generates, compiles, and means exactly what the spec says", async () => {
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const pkg = await generateFromTexts([{ file: "hostile.yaml", text: spec.text }]);
    const type = pkg.ir.types.find((t): t is IRStructured => t.kind === "entity")!;
    const enumType = pkg.ir.types.find((t): t is IREnum => t.kind === "enum")!;
    expect(type.tsName).toMatch(/^[A-Za-z_$][\w$]*$/);
    if (type.tsName !== spec.typeName[0]!.toUpperCase() + spec.typeName.slice(1)) {
      expect(pkg.diagnostics.map((d) => d.code)).toContain("renamed");
    }

    // Every schema compiles under Ajv strict; the bundle is the judge below.
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const schemas = pkg.files.filter((f) => f.path.startsWith("schemas/") && !f.path.includes("bundle"));
    for (const f of schemas) ajv.addSchema(JSON.parse(f.contents) as object);
    for (const f of schemas)
      expect(ajv.getSchema((JSON.parse(f.contents) as { $id: string }).$id), f.path).toBeTypeOf("function");
    const bundle = JSON.parse(pkg.files.find((f) => f.path === "schemas/bundle.schema.json")!.contents) as {
      $id: string;
    };
    // The record the next run versions against reads back as it was written.
    const { release, ...written } = JSON.parse(pkg.files.find((f) => f.path === "spec.json")!.contents) as {
      release: unknown;
    };
    expect(release).toEqual({ released: false, since: null, generator: GENERATOR_VERSION });
    expect(readRecordedSpec(pkg.files.find((f) => f.path === "spec.json")!.contents, "spec.json")).toEqual({
      spec: written,
      released: false,
      since: null,
      generator: GENERATOR_VERSION,
    });

    const mod = await load(pkg);
    const validate = mod[`validate${type.tsName}`]! as (v: unknown) => Result;
    const is = mod[`is${type.tsName}`]! as (v: unknown) => boolean;
    const ajvBundle = new Ajv2020({ strict: true, allErrors: true });
    ajvBundle.addSchema(bundle);
    const ajvCheck = ajvBundle.compile({ $ref: `${bundle.$id}#/$defs/${type.qname}` });

    const members = enumType.members.map((m) => m.name);
    const good: Record<string, unknown> = { id: "x" };
    for (const p of type.properties)
      if (p.wireName !== "id")
        good[p.wireName] = p.type.kind === "enum" ? members[0] : validValue((p.type as { edm: string }).edm, members);
    const goodJson = JSON.parse(JSON.stringify(good)) as unknown; // own `__proto__` keys, as from the wire
    expect(validate(goodJson)).toEqual({ ok: true, value: goodJson });
    expect(is(goodJson)).toBe(true);
    expect(ajvCheck(goodJson)).toBe(true);

    for (const p of type.properties) {
      const bad = JSON.parse(JSON.stringify({ ...good, [p.wireName]: { wrong: true } })) as unknown;
      const r = validate(bad);
      expect(r.ok, p.wireName).toBe(false);
      if (!r.ok)
        expect(
          r.errors.map((e) => e.path),
          p.wireName,
        ).toEqual([pointer(p.wireName)]);
      expect(is(bad)).toBe(false);
      expect(ajvCheck(bad)).toBe(false);
    }
    const unknown = JSON.parse(JSON.stringify({ ...good, "not declared": 1 })) as unknown;
    expect(validate(unknown)).toMatchObject({
      ok: false,
      errors: [{ path: "/not declared", code: "unknownProperty" }],
    });

    // Enum members round-trip, near misses do not.
    const isEnum = mod[`is${enumType.tsName}`]! as (v: unknown) => boolean;
    for (const m of members) {
      expect(isEnum(m), m).toBe(true);
      expect(isEnum(`${m} `), m).toBe(false);
    }
    expect(mod[`${enumType.tsName}Members`] as unknown as string[]).toEqual(members);

    // What the validators accept, the types admit.
    expect(
      narrowingProblems(pkg.ir, new Map(pkg.files.map((f) => [f.path, f.contents])), mod, seed, 30).problems,
    ).toEqual([]);

    // Nothing leaked onto Object.prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
  });
});

describe("hostile packages", () => {
  it("type-check: every seed's declarations, and their JavaScript in one program", async () => {
    const packages = await Promise.all(
      SEEDS.map(
        async (seed) => (await generateFromTexts([{ file: "hostile.yaml", text: hostileSpec(seed).text }])).files,
      ),
    );
    for (const [i, files] of packages.entries()) expect(checkDeclarations(files), `seed ${SEEDS[i]}`).toEqual([]);
    expect(checkJavaScript(packages)).toEqual([]);
  });
});
