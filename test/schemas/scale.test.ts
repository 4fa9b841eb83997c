/**
 * A type with many derived types (Graph v1.0's entity has 1,145): both bundles compile in Ajv with
 * its default settings and the default stack (a chain of if/then/else, one per derived type, did
 * not), and still pick each derived type by its @odata.type, through a lookup three levels deep.
 * The IR is built by hand: a base entity, 300 types derived from it and 30 more two levels down.
 * `npx tsx scripts/bench-schemas.ts` measures Ajv's compile time at 1,200 and more.
 */
import Ajv2020Module from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { emitSchemas } from "../../generator/emit/schemas/index.ts";
import type { IR, IRStructured } from "../../generator/model/ir.ts";

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const DERIVED = 300;
const at = { file: "scale.yaml", line: 1, col: 1 };

function entity(name: string, base: string | undefined, derived: string[], property: string): IRStructured {
  return {
    kind: "entity",
    qname: `s.${name}`,
    namespace: "s",
    name,
    tsName: name[0]!.toUpperCase() + name.slice(1),
    ...(base === undefined ? {} : { baseType: `s.${base}` }),
    abstract: false,
    open: false,
    hasStream: false,
    key: ["id"],
    properties: [
      {
        wireName: property,
        type: { kind: "primitive", edm: "Edm.Int32" },
        collection: false,
        nullable: false,
        readOnly: false,
        source: at,
      },
    ],
    navigation: [],
    derived: derived.map((d) => `s.${d}`).sort(),
    source: at,
  };
}

function scaleIR(): IR {
  const names = Array.from({ length: DERIVED }, (_, i) => `t${String(i).padStart(4, "0")}`);
  // Every tenth derived type has one of its own: a family two levels deep.
  const types = names.map((n, i) => entity(n, "base", i % 10 === 0 ? [`${n}x`] : [], `p${i}`));
  const grand = names.filter((_, i) => i % 10 === 0).map((n) => entity(`${n}x`, n, [], "q"));
  const base = entity("base", undefined, names, "id");
  return {
    api: {
      packageName: "@t/scale",
      title: "Scale",
      apiVersion: "beta",
      baseUrl: "https://example.test",
      specVersion: "1.0.0",
      mainNamespace: "s",
      source: { file: "scale.yaml", line: 1, col: 1 },
    },
    files: ["scale.yaml"],
    types: [base, ...types, ...grand].sort((a, b) => (a.qname < b.qname ? -1 : 1)),
    operations: [],
    container: [],
  };
}

describe("a type with 330 derived types", () => {
  const files = emitSchemas(scaleIR());
  const bundle = (name: string): { $id: string } =>
    JSON.parse(files.find((f) => f.path === `schemas/${name}`)!.contents) as { $id: string };

  it.each(["bundle.schema.json", "bundle.response.schema.json"])("compiles in Ajv's defaults: %s", (name) => {
    const b = bundle(name);
    const ajv = new Ajv2020();
    ajv.addSchema(b);
    const base = ajv.getSchema(`${b.$id}#/$defs/s.base`)!;
    expect(base({ id: 1 })).toBe(true);
    expect(base({ "@odata.type": "#s.t0299", p299: 5 })).toBe(true);
    expect(base({ "@odata.type": "#s.t0299", p299: "5" })).toBe(false);
    expect(base({ "@odata.type": "s.t0290x", p290: 1, q: 2 })).toBe(true);
    expect(base({ "@odata.type": "s.t0290x", q: "2" })).toBe(false);
    // A property of another derived type is not one of this one's.
    expect(base({ "@odata.type": "#s.t0001", p2: 1 })).toBe(name === "bundle.response.schema.json");
  });
});
