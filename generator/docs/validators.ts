/**
 * The validators docs-check runs examples through: generated in memory from the spec, written to
 * a temporary folder, imported, and the folder removed. So the check always uses the current spec.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { IR } from "../model/ir.ts";
import { generatePackage } from "../pipeline/generate.ts";

export interface ValidationProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly errors: readonly ValidationProblem[] };

export type Validate = (value: unknown, options?: { mode?: "request" | "response" }) => ValidationResult;

export interface GeneratedChecks {
  readonly ir: IR;
  /** `validateT` functions by tsName `T`. */
  readonly validators: ReadonlyMap<string, Validate>;
}

function writeModules(dir: string, files: readonly { path: string; contents: string }[]): void {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  for (const file of files.filter((f) => f.path.endsWith(".js"))) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}

function validatorsOf(module: Record<string, unknown>, ir: IR): Map<string, Validate> {
  const found = new Map<string, Validate>();
  for (const type of ir.types) {
    const fn = module[`validate${type.tsName}`];
    if (typeof fn === "function") found.set(type.tsName, fn as Validate);
  }
  return found;
}

/** Generate the package for `specDir` and import its validators. Throws SpecError on a bad spec. */
export async function loadGeneratedChecks(specDir: string): Promise<GeneratedChecks> {
  const pkg = await generatePackage(specDir);
  const dir = mkdtempSync(join(tmpdir(), "docs-check-"));
  try {
    writeModules(dir, pkg.files);
    const module = (await import(pathToFileURL(join(dir, "validators.js")).href)) as Record<string, unknown>;
    return { ir: pkg.ir, validators: validatorsOf(module, pkg.ir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
