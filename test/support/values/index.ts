/** Seeded values for any IR: valid ones and near misses. See generate.ts and mutate.ts. */
export { Rng } from "./rng.ts";
export { ValueGenerator, DEFAULT_GEN, type GenOptions } from "./generate.ts";
export { slots, type Slot } from "./mutate.ts";
export { mangle, anyJson, NEAR_MISS_ALPHABET, PRIMITIVE_VALUES } from "./primitives.ts";

import type { IROperation, IRStructured } from "../../../generator/model/ir.ts";
import type { ValueGenerator } from "./generate.ts";
import { mutate, mutateBody } from "./mutate.ts";

/** The n-th value of a stream: a valid value, or (two times in three) a mutated one. */
export function sample(g: ValueGenerator, t: IRStructured): unknown {
  const valid = g.object(t, 0);
  return g.rng.chance(1 / 3) ? valid : mutate(g, valid, t);
}

/** The same for an action's body. */
export function sampleBody(g: ValueGenerator, op: IROperation): unknown {
  const valid = g.body(op);
  return g.rng.chance(1 / 3) ? valid : mutateBody(g, valid, op);
}
