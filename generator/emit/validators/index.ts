/**
 * Zero-dependency validators: `runtime.ts` (result types, OData scanners, helpers; fixed text) and
 * `validators.ts` (`validateT`/`isT` for every entity and complex type, `isE` for every enum),
 * straight-line code built with the code builder. They check what the JSON Schemas say.
 */
import type { Emitter } from "../emitter.ts";
import { validatorsSource } from "./module.ts";
import { allocateNames } from "./names.ts";
import { runtimeSource } from "./runtime-template.ts";

/** What the package entry exports from `runtime.ts`; the rest are helpers for `validators.ts`. */
export const RUNTIME_PUBLIC = {
  values: ["isDateTimeOffset", "isDuration", "isAnnotationKey", "isTypeName"],
  types: ["ValidationError", "ValidationResult", "ValidateOptions"],
} as const;

export const emitValidators: Emitter = (ir) => [
  { path: "runtime.ts", contents: runtimeSource(), publicApi: RUNTIME_PUBLIC },
  { path: "validators.ts", ...validatorsSource(ir, allocateNames(ir)) },
];
