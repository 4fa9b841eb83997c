/**
 * The pipeline, one readable function: load -> check -> IR -> version plan -> emit -> compile
 * (type-check) -> format -> manifest; then the CLI writes the result, or compares it with disk.
 */
import { readFileSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import { SpecError, type Diagnostic } from "../model/diagnostics.ts";
import type { EmittedFile } from "../emit/emitter.ts";
import { changelogEntry, previousEntries, renderChangelog } from "../emit/package/changelog.ts";
import { GENERATOR_NAME } from "../emit/package/name.ts";
import { loadSpec, loadSpecFromTexts, type SpecResult } from "../ir/build.ts";
import type { IR } from "../model/ir.ts";
import { formatPlan, planVersion, readHistory, VersionError, type History, type VersionPlan } from "../version/plan.ts";
import { emitManifest } from "./manifest.ts";

export const GENERATOR_VERSION: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

export interface GeneratedPackage {
  readonly ir: IR;
  /** Warnings (errors throw a SpecError). */
  readonly diagnostics: readonly Diagnostic[];
  /** How this version relates to the recorded one. */
  readonly plan: VersionPlan;
  /** The package folder relative to the output root: `beta/v1`. */
  readonly folder: string;
  /** Every file of the package, sorted by path. */
  readonly files: readonly EmittedFile[];
}

export interface GenerateOptions {
  /** The output root (`generated/`) whose recorded versions the spec is compared with. */
  readonly outRoot?: string;
  /**
   * Compile and format on two threads (`pipeline/parallel.ts`). Unset: only when the emitted
   * TypeScript is large enough to gain from it. The output is the same either way.
   */
  readonly parallel?: boolean;
}

export function packageFolder(ir: IR): string {
  return `${ir.api.apiVersion}/v${ir.api.specVersion.split(".")[0]}`;
}

function byPath(a: EmittedFile, b: EmittedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Emit, compile, format: everything after the IR. Pure apart from CPU time. The emitters, the
 * compiler and the formatter are loaded on first use, so runs that stop earlier (the fast path,
 * `diff`) stay quick.
 */
export async function emitAll(ir: IR, changelog: string, parallel?: boolean): Promise<EmittedFile[]> {
  // An IR this large will be compiled on two threads: the second starts while the emitters run.
  const early =
    parallel !== false && ir.types.length >= EARLY_THREAD_TYPES
      ? (await import("./parallel.ts")).startThread()
      : undefined;
  let parts: EmittedParts;
  try {
    parts = await emitParts(ir, changelog);
  } catch (error) {
    await early?.terminate();
    throw error;
  }
  const formatted = (await compileAndFormat(parts, ir.files, parallel, early)).sort(byPath);
  const manifest = emitManifest(ir, formatted, { name: GENERATOR_NAME, version: GENERATOR_VERSION });
  return [...formatted, manifest].sort(byPath);
}

/**
 * What the emitters make: the `.ts` modules and the assets they go with now, and the JSON Schemas
 * later (`schemas`): nothing compiled needs them, so on two threads they are emitted once the
 * type-check and the formatting have started (0.7 s at 100x).
 */
export interface EmittedParts {
  readonly sources: readonly EmittedFile[];
  readonly schemas: () => readonly EmittedFile[];
}

async function emitParts(ir: IR, changelog: string): Promise<EmittedParts> {
  const [{ EMITTERS }, { emitPackage }, { emitSchemas }] = await Promise.all([
    import("../emit/index.ts"),
    import("../emit/package/index.ts"),
    import("../emit/schemas/index.ts"),
  ]);
  const produced = EMITTERS.filter((emit) => emit !== emitSchemas).flatMap((emit) => emit(ir));
  return {
    sources: [...produced, ...emitPackage(ir, produced, changelog, EMITTERS.includes(emitSchemas))],
    schemas: () => emitSchemas(ir),
  };
}

/** What the emitters make, before compiling and formatting: `.ts` modules and assets. */
export async function emitSources(ir: IR, changelog: string): Promise<EmittedFile[]> {
  const { sources, schemas } = await emitParts(ir, changelog);
  return [...sources, ...schemas()];
}

/**
 * Types from which `emitAll` starts the second thread before emitting: about where the emitted
 * TypeScript passes `PARALLEL_THRESHOLD` (the shipped spec has 31 types and 190 KB). A wrong guess
 * costs a thread started and stopped, or one that starts late.
 */
export const EARLY_THREAD_TYPES = 150;

/** Compile (type-check, `.js`, `.d.ts`) and format, on one thread or two (on `early`, if started). */
export async function compileAndFormat(
  { sources, schemas }: EmittedParts,
  specFiles: readonly string[],
  parallel: boolean | undefined,
  early: Worker | undefined,
): Promise<EmittedFile[]> {
  const { compileAndFormatParallel, PARALLEL_THRESHOLD } = await import("./parallel.ts");
  const size = sources.reduce((n, f) => (f.path.endsWith(".ts") ? n + f.contents.length : n), 0);
  if (parallel ?? size >= PARALLEL_THRESHOLD)
    return compileAndFormatParallel(sources, specFiles, GENERATOR_NAME, {
      later: schemas,
      ...(early === undefined ? {} : { thread: early }),
    });
  await early?.terminate();
  const [{ compileModules, transpile, typeScriptSources }, { formatFiles }, { checkNative, nativeChecker }] =
    await Promise.all([import("./compile.ts"), import("./format.ts"), import("./native-check.ts")]);
  const assets = sources.filter((f) => !f.path.endsWith(".ts"));
  const checker = nativeChecker();
  if (checker === undefined)
    return formatFiles([...compileModules(sources), ...assets, ...schemas()], specFiles, GENERATOR_NAME);
  // The native compiler checks in its own process (0.2 s for the shipped spec, where ts-morph
  // takes 0.5-1.3 s) while this thread prints and formats; the run fails if the check does.
  const checked = checkNative(sources, checker);
  checked.catch(() => {}); // awaited below
  const formatted = await formatFiles(
    [...typeScriptSources(sources).flatMap(transpile), ...assets, ...schemas()],
    specFiles,
    GENERATOR_NAME,
  );
  await checked;
  return formatted;
}

/** The changelog for this run: the recorded entries, with a new one on top when the version moved. */
function changelogFor(ir: IR, history: History | undefined, plan: VersionPlan): string {
  const previous = history === undefined ? "" : previousEntries(history.changelog);
  const moved = history === undefined || plan.bump !== "none";
  const entry = moved ? changelogEntry(ir.api.specVersion, plan.changes, history === undefined) : undefined;
  return renderChangelog(entry, previous);
}

/** Compares the IR with the recorded history; refuses a version bump smaller than the changes need. */
export async function planFor(ir: IR, opts: GenerateOptions): Promise<{ history?: History; plan: VersionPlan }> {
  const history = opts.outRoot === undefined ? undefined : await readHistory(opts.outRoot, ir.api.apiVersion);
  return { ...(history === undefined ? {} : { history }), plan: planVersion(history, ir) };
}

export async function generateFromIR(
  ir: IR,
  diagnostics: readonly Diagnostic[],
  opts: GenerateOptions,
): Promise<GeneratedPackage> {
  const { history, plan } = await planFor(ir, opts);
  if (!plan.ok) throw new VersionError(plan, formatPlan(plan, ir.api.specVersion));
  const files = await emitAll(ir, changelogFor(ir, history, plan), opts.parallel);
  return { ir, diagnostics, plan, folder: packageFolder(ir), files };
}

export function irOf(spec: SpecResult): { ir: IR; diagnostics: readonly Diagnostic[] } {
  if (spec.ir === undefined) throw new SpecError(spec.diagnostics);
  return { ir: spec.ir, diagnostics: spec.diagnostics };
}

export async function generatePackage(specDir: string, opts: GenerateOptions = {}): Promise<GeneratedPackage> {
  const { ir, diagnostics } = irOf(await loadSpec(specDir));
  return generateFromIR(ir, diagnostics, opts);
}

export async function generateFromTexts(
  inputs: readonly { file: string; text: string }[],
  opts: GenerateOptions = {},
): Promise<GeneratedPackage> {
  const { ir, diagnostics } = irOf(loadSpecFromTexts(inputs));
  return generateFromIR(ir, diagnostics, opts);
}

/** Path -> contents of every file of the package, for tests and tools. */
export async function generateInMemory(opts: { specDir: string }): Promise<Map<string, string>> {
  const pkg = await generatePackage(opts.specDir);
  return new Map(pkg.files.map((f) => [f.path, f.contents]));
}
