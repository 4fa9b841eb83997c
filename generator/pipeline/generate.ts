/**
 * The pipeline, one readable function: load -> check -> IR -> version plan -> emit -> format ->
 * manifest; then the CLI writes the result, or compares it with disk.
 */
import { readFileSync } from "node:fs";
import { ConfigError, SpecError, type Diagnostic } from "../model/diagnostics.ts";
import type { EmittedFile } from "../emit/emitter.ts";
import type { Statement } from "../emit/layout.ts";
import type { RuntimeModule } from "./runtime.ts";
import { changelogEntry, renderChangelog } from "../emit/package/changelog.ts";
import { notesSince } from "../emit/package/generator-notes.ts";
import { recordText } from "../version/record.ts";
import { GENERATOR_NAME } from "../emit/package/name.ts";
import { loadSpec, loadSpecFromTexts, type SpecResult } from "../ir/build.ts";
import type { IR } from "../model/ir.ts";
import { formatPlan, planVersion, readHistory, VersionError, type History, type VersionPlan } from "../version/plan.ts";
import { emitManifest, specText } from "./manifest.ts";

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
  /** Record the spec's version as released (`generate --release`); otherwise a new version stays unreleased. */
  readonly release?: boolean;
}

export function packageFolder(ir: IR): string {
  return `${ir.api.apiVersion}/v${ir.api.specVersion.split(".")[0]}`;
}

function byPath(a: EmittedFile, b: EmittedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Emit and format: everything after the IR, pure apart from CPU time. The emitters and the
 * formatter are loaded on first use, so runs that stop earlier (the fast path, `diff`) stay quick.
 * Type-checking the emitted package is the tests' job (`test/package/typecheck.test.ts`).
 */
export async function emitAll(ir: IR, versionFiles: readonly EmittedFile[]): Promise<EmittedFile[]> {
  const { formatFiles } = await import("./format.ts");
  const formatted = await formatFiles([...(await emitSources(ir)), ...versionFiles], ir.files, GENERATOR_NAME);
  formatted.sort(byPath);
  const manifest = emitManifest(ir, formatted, { name: GENERATOR_NAME, version: GENERATOR_VERSION });
  return [...formatted, manifest].sort(byPath);
}

/** A runtime module's two files, laid out already; the `.js` names what the package entry re-exports. */
function runtimeFiles(m: RuntimeModule): EmittedFile[] {
  const laidOut = (text: string): Statement[] => [{ text: text.replace(/\n$/, ""), laidOut: true }];
  return [
    {
      path: `${m.name}.js`,
      contents: m.js,
      statements: laidOut(m.js),
      publicApi: { values: m.values, types: m.types },
    },
    { path: `${m.name}.d.ts`, contents: m.dts, statements: laidOut(m.dts) },
  ];
}

/** What the emitters make, before formatting. */
export async function emitSources(ir: IR): Promise<EmittedFile[]> {
  const [{ EMITTERS }, { emitPackage }, { emitSchemas }, { runtimeModules }] = await Promise.all([
    import("../emit/index.ts"),
    import("../emit/package/index.ts"),
    import("../emit/schemas/index.ts"),
    import("./runtime.ts"),
  ]);
  // The client (client*.ts) serves the operations: a spec without any gets none of it.
  const needed = (m: RuntimeModule): boolean => ir.operations.length > 0 || !m.name.startsWith("client");
  const runtime = (await runtimeModules()).filter(needed).flatMap(runtimeFiles);
  const produced = [...runtime, ...EMITTERS.flatMap((emit) => emit(ir))];
  return [...produced, ...emitPackage(ir, produced, EMITTERS.includes(emitSchemas))];
}

/**
 * The package's version record and changelog. A spec at the last release's version (nothing
 * changed, or the plan refused it) is that release again. A newer version is unreleased until
 * `generate --release`: every run recomputes its one entry against the last release, so editing and
 * releasing are apart (bumping first and changing after amends the same entry).
 */
function versionFiles(ir: IR, history: History | undefined, plan: VersionPlan, release: boolean): EmittedFile[] {
  const moved = history === undefined || plan.bump !== "none";
  if (release && !moved)
    throw new ConfigError(`${ir.api.specVersion} is already released: raise api.specVersion for the next release`);
  const notes = history === undefined ? [] : notesSince(history.generator, GENERATOR_VERSION);
  const entry = moved ? changelogEntry(ir.api.specVersion, plan.changes, history === undefined, notes) : undefined;
  const released = release || !moved;
  // A release records the generator that made it; an unreleased version, the one of the last release.
  const generator = release || history === undefined ? GENERATOR_VERSION : history.generator;
  // recordText keeps `since` only while the version is unreleased.
  const record = recordText(specText(ir), { released, since: history?.spec ?? null, generator });
  return [
    { path: "CHANGELOG.md", contents: renderChangelog(entry, history?.entries ?? "") },
    // The spec that made this folder, recorded so the next run can classify its changes.
    { path: "spec.json", contents: record },
  ];
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
  if (!plan.ok) {
    const at = `${ir.api.source.file}:${ir.api.source.line}:${ir.api.source.col}`;
    throw new VersionError(plan, `${formatPlan(plan, ir.api.specVersion)} (${at}, api.specVersion)`);
  }
  const files = await emitAll(ir, versionFiles(ir, history, plan, opts.release === true));
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
