/**
 * Stage 2, check: the files walked against the format, gathered into one model, every name
 * checked, every reference resolved once, then the checks of each kind of declaration. The result
 * carries every diagnostic of the run, and the model only when there is no error: a model that
 * comes out of here has every reference resolved and every path template parsed.
 */
import { compareDiagnostics, type Diagnostic } from "../model/diagnostics.ts";
import { loadSpecFiles, parseSpecTexts, type LoadResult } from "../load/load.ts";
import { checkAcknowledgements } from "./acknowledge.ts";
import { collect } from "./collect.ts";
import { checkContainer } from "./container.ts";
import { checkEnums } from "./enums.ts";
import { Reporter, type SpecModel } from "./model.ts";
import { checkNames } from "./names.ts";
import { checkOperations } from "./operations.ts";
import { resolveReferences } from "./resolve.ts";
import { checkStructured } from "./structured.ts";

export interface CheckResult {
  /** Present only when there is no error. */
  readonly model?: SpecModel & { readonly api: NonNullable<SpecModel["api"]> };
  /** Errors and warnings, sorted by place. */
  readonly diagnostics: readonly Diagnostic[];
}

export function checkSpec(loaded: LoadResult): CheckResult {
  const reporter = new Reporter();
  reporter.diagnostics.push(...loaded.diagnostics);
  const model = collect(loaded.files, reporter);
  checkNames(model, reporter);
  resolveReferences(model, reporter);
  checkStructured(model, reporter);
  checkEnums(model, reporter);
  checkOperations(model, reporter);
  checkContainer(model, reporter);
  checkAcknowledgements(model, reporter);
  const diagnostics = reporter.diagnostics.sort(compareDiagnostics);
  const api = model.api;
  if (reporter.hasErrors || api === undefined) return { diagnostics };
  return { model: { ...model, api }, diagnostics };
}

/** Loads and checks the spec folder. */
export async function checkSpecDir(specDir: string): Promise<CheckResult> {
  return checkSpec(await loadSpecFiles(specDir));
}

/** The same from texts already in memory (tests, watch mode, the fuzzer). */
export function checkSpecTexts(inputs: readonly { file: string; text: string }[]): CheckResult {
  return checkSpec(parseSpecTexts(inputs));
}
