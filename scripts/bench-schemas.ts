/**
 * `npx tsx scripts/bench-schemas.ts [--copies 400]`: Ajv (draft 2020-12, its default settings and
 * the default stack) compiling the JSON Schemas of a synthetic spec, N copies of the call-records
 * graph (scripts/synth.ts), whose `microsoft.graph.entity` then has 3N derived types (1,200 at the
 * default). For each bundle: the time to compile `entity` (its lookup over every derived type, and
 * the types themselves), then every other type, and a value checked through the lookup.
 */
import type { ValidateFunction } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { emitSchemas } from "../generator/emit/schemas/index.ts";
import { loadSpec } from "../generator/ir/build.ts";
import { writeSyntheticSpec } from "./synth.ts";

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const copies = arg("copies", 400);
  const dir = await mkdtemp(`${tmpdir()}/synth-`);
  try {
    await writeSyntheticSpec(copies, dir);
    const { ir, diagnostics } = await loadSpec(dir);
    if (ir === undefined) throw new Error(JSON.stringify(diagnostics.slice(0, 3)));
    const entity = ir.types.find((t) => t.qname === "microsoft.graph.entity");
    const derived =
      entity?.kind === "entity" ? ir.types.filter((t) => t.kind === "entity" && t.baseType === entity.qname).length : 0;
    console.log(`${copies} copies: ${ir.types.length} types, ${derived} derived from microsoft.graph.entity`);
    for (const f of emitSchemas(ir).filter((file) => file.path.includes("bundle"))) {
      const bundle = JSON.parse(f.contents) as { $id: string; $defs: Record<string, unknown> };
      const ajv = new Ajv2020();
      ajv.addSchema(bundle);
      const ref = (q: string): string => `${bundle.$id}#/$defs/${encodeURIComponent(q)}`;
      const start = performance.now();
      const check = ajv.getSchema(ref("microsoft.graph.entity")) as ValidateFunction; // no schema is $async
      const lookup = performance.now() - start;
      for (const q of Object.keys(bundle.$defs)) ajv.getSchema(ref(q));
      const all = performance.now() - start;
      const value = { "@odata.type": `#synthetic.copy${copies - 1}.callRecords.segment`, id: 1 };
      console.log(
        `${f.path} (${(f.contents.length / 1e6).toFixed(1)} MB): entity ${lookup.toFixed(0)} ms, every type ${all.toFixed(0)} ms; ` +
          `a segment with a numeric id through the lookup: ${String(check(value))}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
