/**
 * The pipeline, one readable function: load -> check -> IR -> emit -> compile (type-check) ->
 * format -> manifest; then the CLI writes the result, or compares it with disk in check mode.
 */
import { readFileSync } from "node:fs";
import { SpecError, type Diagnostic } from "../diagnostics.ts";
import type { EmittedFile } from "../emit/emitter.ts";
import { EMITTERS } from "../emit/index.ts";
import { emitPackage, GENERATOR_NAME } from "../emit/package/index.ts";
import { loadSpec, loadSpecFromTexts, type SpecResult } from "../ir/build.ts";
import type { IR } from "../ir/types.ts";
import { compileModules } from "./compile.ts";
import { formatFiles } from "./format.ts";
import { emitManifest } from "./manifest.ts";

export const GENERATOR_VERSION: string = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

export interface GeneratedPackage {
  readonly ir: IR;
  /** Warnings (errors throw a SpecError). */
  readonly diagnostics: readonly Diagnostic[];
  /** The package folder relative to the output root: `beta/v1`. */
  readonly folder: string;
  /** Every file of the package, sorted by path. */
  readonly files: readonly EmittedFile[];
}

export function packageFolder(ir: IR): string {
  return `${ir.api.apiVersion}/v${ir.api.specVersion.split(".")[0]}`;
}

function byPath(a: EmittedFile, b: EmittedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Emit, compile, format: everything after the IR. Pure apart from CPU time. */
export async function emitAll(ir: IR): Promise<EmittedFile[]> {
  const produced = EMITTERS.flatMap((emit) => emit(ir));
  const sources = [...produced, ...emitPackage(ir, produced)];
  const compiled = compileModules(sources);
  const assets = sources.filter((f) => !f.path.endsWith(".ts"));
  const formatted = await formatFiles([...compiled, ...assets].sort(byPath), ir.files, GENERATOR_NAME);
  const manifest = emitManifest(ir, formatted, { name: GENERATOR_NAME, version: GENERATOR_VERSION });
  return [...formatted, manifest].sort(byPath);
}

function fromSpec(spec: SpecResult): { ir: IR; diagnostics: readonly Diagnostic[] } {
  if (spec.ir === undefined) throw new SpecError(spec.diagnostics);
  return { ir: spec.ir, diagnostics: spec.diagnostics };
}

export async function generatePackage(specDir: string): Promise<GeneratedPackage> {
  const { ir, diagnostics } = fromSpec(await loadSpec(specDir));
  return { ir, diagnostics, folder: packageFolder(ir), files: await emitAll(ir) };
}

export async function generateFromTexts(inputs: readonly { file: string; text: string }[]): Promise<GeneratedPackage> {
  const { ir, diagnostics } = fromSpec(loadSpecFromTexts(inputs));
  return { ir, diagnostics, folder: packageFolder(ir), files: await emitAll(ir) };
}

/** Path -> contents of every file of the package, for tests and tools. */
export async function generateInMemory(opts: { specDir: string }): Promise<Map<string, string>> {
  const pkg = await generatePackage(opts.specDir);
  return new Map(pkg.files.map((f) => [f.path, f.contents]));
}
