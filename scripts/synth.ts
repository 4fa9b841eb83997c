/**
 * Writes a synthetic spec with N copies of the shipped call-records graph, each copy in its own
 * namespace (`synthetic.copyK.callRecords`), for the scale benchmark.
 *
 *   npx tsx scripts/synth.ts --copies 10 --out .tmp/synth-10
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import fg from "fast-glob";
import { fileURLToPath } from "node:url";

const SPEC = fileURLToPath(new URL("../spec/beta/", import.meta.url));
const NS = "microsoft.graph.callRecords";

export async function writeSyntheticSpec(copies: number, out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(`${out}/copies`, { recursive: true });
  for (const f of await fg("*.yaml", { cwd: SPEC }))
    await writeFile(`${out}/${f}`, await readFile(`${SPEC}${f}`, "utf8"));
  const api = await readFile(`${out}/api.yaml`, "utf8");
  await writeFile(`${out}/api.yaml`, api.replace(/\n {2}specVersion: .*\n/, "\n  specVersion: 1.0.0\n"));
  const graph = await Promise.all(
    (await fg("callRecords/*.yaml", { cwd: SPEC })).sort().map((f) => readFile(`${SPEC}${f}`, "utf8")),
  );
  for (let k = 0; k < copies; k++) {
    const ns = k === 0 ? NS : `synthetic.copy${k}.callRecords`;
    const text = graph.map((t) => t.replaceAll(NS, ns).replace(/^# yaml-language-server.*\n/m, "")).join("\n---\n");
    await mkdir(`${out}/copies/${k}`, { recursive: true });
    for (const [i, part] of text.split("\n---\n").entries()) await writeFile(`${out}/copies/${k}/part${i}.yaml`, part);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string): string => {
    const i = process.argv.indexOf(`--${name}`);
    return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
  };
  await writeSyntheticSpec(Number(arg("copies", "10")), arg("out", ".tmp/synth"));
}
