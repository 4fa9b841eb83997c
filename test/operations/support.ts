/**
 * The generated package of a spec, exactly as the pipeline produces it (type-checked, compiled,
 * formatted), written to a temporary folder and imported, so the tests run the code a user gets.
 */
import { generateFromTexts, generatePackage, type GeneratedPackage } from "../../generator/pipeline/generate.ts";
import { writeTemporary } from "../support/imported.ts";

export interface Built {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface ProblemList {
  errors: { path: string; code: string; message: string }[];
}

type Fn = (...args: never[]) => unknown;
/** The module's exports; the tests call them with deliberately wrong values too. */
export type Generated = Record<string, Fn> & {
  GraphError: new (...args: never[]) => Error;
  RequestValidationError: new (...args: never[]) => Error;
  ResponseValidationError: new (...args: never[]) => Error;
};

export interface LoadedPackage {
  readonly pkg: GeneratedPackage;
  readonly dir: string;
  readonly files: ReadonlyMap<string, string>;
  readonly mod: Generated;
  /** Calls an export by name, with any arguments. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  dispose(): void;
}

async function load(pkg: GeneratedPackage): Promise<LoadedPackage> {
  const written = await writeTemporary(pkg.files, "operations-");
  const mod = await written.load<Generated>("index.js");
  const call = <T>(name: string, ...args: unknown[]): T => {
    const f = mod[name] as unknown as ((...a: unknown[]) => T) | undefined;
    if (typeof f !== "function") throw new Error(`the package exports no function ${name}`);
    return f(...args);
  };
  return { pkg, dir: written.dir, files: written.files, mod, call, dispose: written.dispose };
}

export async function loadPackage(specDir: string): Promise<LoadedPackage> {
  return load(await generatePackage(specDir));
}

export async function loadPackageFromTexts(texts: readonly { file: string; text: string }[]): Promise<LoadedPackage> {
  return load(await generateFromTexts(texts));
}

/** What a promise rejects with (fails when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error("expected a rejection, the promise resolved");
}

/** What a function throws (fails when it returns). */
export function thrown(f: () => unknown): Error & Record<string, unknown> {
  try {
    f();
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error("expected a throw, the function returned");
}
