/**
 * The generated package of a spec, as the pipeline produces it (type-checked, compiled, formatted),
 * written to a temporary folder so its `.js` modules can be imported; and Ajv on its bundle.
 */
import Ajv2020Module from "ajv/dist/2020.js";
import type { AnySchemaObject, ValidateFunction } from "ajv";
import { generatePackage, type GeneratedPackage } from "../../../generator/pipeline/generate.ts";
import type { IR } from "../../../generator/model/ir.ts";
import { writeTemporary } from "../../support/imported.ts";
import type { ValidatorsModule } from "./load.ts";

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;

export interface LoadedPackage {
  readonly ir: IR;
  readonly dir: string;
  readonly files: ReadonlyMap<string, string>;
  readonly validators: ValidatorsModule;
  /** The generated runtime module (scanners and helpers). */
  readonly runtime: Record<string, unknown>;
  readonly bundle: AnySchemaObject;
  readonly responseBundle: AnySchemaObject;
}

const loaded = new Map<string, Promise<LoadedPackage>>();

/** The package of a spec folder, generated once per process. */
export function loadPackage(specDir: string): Promise<LoadedPackage> {
  let p = loaded.get(specDir);
  if (p === undefined) loaded.set(specDir, (p = generateAndImport(specDir)));
  return p;
}

async function generateAndImport(specDir: string): Promise<LoadedPackage> {
  return imported(await generatePackage(specDir));
}

async function imported(pkg: Pick<GeneratedPackage, "ir" | "files">): Promise<LoadedPackage> {
  const written = await writeTemporary(pkg.files, "generated-");
  const [validators, runtime] = await Promise.all([
    written.load<ValidatorsModule>("validators.js"),
    written.load<Record<string, unknown>>("runtime.js"),
  ]);
  const json = (path: string): AnySchemaObject => JSON.parse(written.files.get(path)!) as AnySchemaObject;
  return {
    ir: pkg.ir,
    dir: written.dir,
    files: written.files,
    validators,
    runtime,
    bundle: json("schemas/bundle.schema.json"),
    responseBundle: json("schemas/bundle.response.schema.json"),
  };
}

export interface AjvOptions {
  readonly allErrors: boolean;
  /** Warnings and errors Ajv logs while compiling go here. */
  readonly log?: string[];
}

export function newAjv(opts: AjvOptions): InstanceType<typeof Ajv2020> {
  const log = opts.log ?? [];
  const logger = {
    log: () => {},
    warn: (...a: unknown[]) => log.push(a.join(" ")),
    error: (...a: unknown[]) => log.push(a.join(" ")),
  };
  return new Ajv2020({ strict: true, allErrors: opts.allErrors, logger, code: { source: true } });
}

/** Ajv's validator of one type of a bundle, by qualified name. */
export function ajvFor(ajv: InstanceType<typeof Ajv2020>, bundle: AnySchemaObject, qname: string): ValidateFunction {
  const id = String(bundle.$id);
  if (ajv.getSchema(id) === undefined) ajv.addSchema(bundle);
  const v = ajv.getSchema(`${id}#/$defs/${encodeURIComponent(qname.replace(/~/g, "~0").replace(/\//g, "~1"))}`);
  if (v === undefined) throw new Error(`Ajv has no schema for ${qname}`);
  return v;
}
