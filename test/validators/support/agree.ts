/**
 * The agreement check between the generated validators and Ajv on the JSON Schema bundle: the same
 * verdict from validateT, isT and Ajv, and every leaf path Ajv reports among ours. Ajv also reports
 * the enclosing object of an alternative that failed (`anyOf`, `if`, the `null` branch of a
 * nullable value); a path that is a proper prefix of another Ajv path is not a leaf. Ajv is shown
 * the value without prototypes (see `withoutPrototypes`).
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Result } from "./load.ts";

const token = (k: string): string => `/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;

/** Ajv's error paths; an unknown or missing property is named by its own path, as ours are. */
export function ajvPaths(errors: readonly ErrorObject[]): string[] {
  return errors.map((e) => {
    const params = e.params as Record<string, unknown>;
    if (e.keyword === "additionalProperties") return e.instancePath + token(String(params.additionalProperty));
    if (e.keyword === "unevaluatedProperties") return e.instancePath + token(String(params.unevaluatedProperty));
    if (e.keyword === "required") return e.instancePath + token(String(params.missingProperty));
    return e.instancePath;
  });
}

/** Keywords about alternatives, not about a value itself (`not` is a leaf: our schemas use it only as `{ not: {} }`, never). */
const STRUCTURAL = new Set(["anyOf", "oneOf", "if"]);

export function ajvLeafPaths(errors: readonly ErrorObject[]): string[] {
  const paths = errors.filter((e) => !STRUCTURAL.has(e.keyword)).map((e) => ajvPaths([e])[0]!);
  const unique = [...new Set(paths)];
  return unique.filter((p) => !unique.some((q) => q !== p && q.startsWith(`${p}/`)));
}

/**
 * A deep copy whose objects have no prototype. Ajv reads properties with `data.p !== undefined`,
 * which finds Object.prototype's `toString` or `constructor` on an object that lacks its own; on a
 * null-prototype copy it sees own properties only, as the generated validators do.
 */
export function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (typeof value !== "object" || value === null) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(value)) out[k] = withoutPrototypes((value as Record<string, unknown>)[k]);
  return out;
}

export interface Verdicts {
  readonly validate: Result;
  readonly is: boolean;
  readonly ajv: ValidateFunction;
}

/** Why the two disagree on `value`, or undefined when they agree. */
export function disagreement(value: unknown, v: Verdicts): string | undefined {
  const ajvOk = v.ajv(withoutPrototypes(value));
  const ajvErrors = v.ajv.errors ?? [];
  if (v.validate.ok !== ajvOk || v.is !== ajvOk) {
    return `verdicts differ: validate ${v.validate.ok}, is ${v.is}, Ajv ${ajvOk} (${JSON.stringify(ajvErrors.slice(0, 4))})`;
  }
  if (v.validate.ok) return undefined;
  const ours = new Set(v.validate.errors.map((e) => e.path));
  const missing = ajvLeafPaths(ajvErrors).filter((p) => !ours.has(p));
  if (missing.length > 0) return `Ajv reports ${missing.join(", ")}, we do not (ours: ${[...ours].join(", ")})`;
  const all = new Set(ajvPaths(ajvErrors));
  const extra = [...ours].filter((p) => !all.has(p));
  if (extra.length > 0) return `we report ${extra.join(", ")}, Ajv does not (Ajv: ${[...all].join(", ")})`;
  return undefined;
}
