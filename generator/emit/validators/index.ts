/**
 * Zero-dependency validators: `validators.js` and `validators.d.ts` (`validateT`/`isT` for every
 * entity and complex type, `isE` for every enum, `validateOpBody`/`isOpBody` for every action with
 * body parameters), calling the package's validation runtime (`runtime.js`, compiled from
 * generator/runtime/src). They check what the JSON Schemas say.
 */
import type { Emitter } from "../emitter.ts";
import { validatorsFiles } from "./module.ts";

export const emitValidators: Emitter = (ir) => validatorsFiles(ir);
