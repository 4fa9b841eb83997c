/**
 * The API emitters, in a fixed order. Each is a pure function of the IR. The pipeline runs them
 * all, adds the package files (`emit/package`), then type-checks, compiles and formats the result.
 */
import type { Emitter } from "./emitter.ts";
import { emitOperations } from "./operations/index.ts";
import { emitSchemas } from "./schemas/index.ts";
import { emitTypes } from "./types/index.ts";
import { emitValidators } from "./validators/index.ts";

export const EMITTERS: readonly Emitter[] = [emitTypes, emitSchemas, emitValidators, emitOperations];
