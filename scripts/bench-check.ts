/**
 * How long TypeScript's checker takes on each emitted module of a synthetic spec with N copies of
 * the graph: the cost that dominates `generate` at scale (the validators, chiefly). Prints CPU
 * milliseconds per module, so a change to an emitter can be judged by what it costs the check.
 *
 *   npx tsx scripts/bench-check.ts --copies 10
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { loadSpec } from "../generator/ir/build.ts";
import { programOf } from "../generator/pipeline/compile.ts";
import { emitSources } from "../generator/pipeline/generate.ts";
import { writeSyntheticSpec } from "./synth.ts";

const arg = process.argv.indexOf("--copies");
const copies = arg < 0 ? 10 : Number(process.argv[arg + 1]);
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const dir = await mkdtemp(`${tmpdir()}/bench-check-`);
try {
  await writeSyntheticSpec(copies, dir);
  const ir = (await loadSpec(dir)).ir!;
  const sources = await emitSources(ir, "");
  let start = cpuMs();
  const program = programOf(sources).getProgram().compilerObject;
  program.getGlobalDiagnostics();
  console.log(`${copies}x, ${ir.types.length} types: program built in ${(cpuMs() - start).toFixed(0)} ms CPU`);
  for (const file of program.getSourceFiles().filter((f) => f.fileName.startsWith("/package/"))) {
    start = cpuMs();
    const found = program.getSemanticDiagnostics(file).length;
    console.log(
      `  ${file.fileName.slice("/package/".length).padEnd(16)} ${(cpuMs() - start).toFixed(0).padStart(7)} ms CPU${found > 0 ? `  (${found} diagnostics)` : ""}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
