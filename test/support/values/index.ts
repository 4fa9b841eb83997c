/** Seeded values for any IR: valid ones and near misses. See generate.ts and mutate.ts. */
export { Rng } from "./rng.ts";
export { ValueGenerator, DEFAULT_GEN, setOwn, type GenOptions } from "./generate.ts";
export { mutate, slots, effectiveType, type Slot } from "./mutate.ts";
export { validPrimitive, invalidPrimitive, validDateTimeOffset, validDuration } from "./primitives.ts";

import type { IRStructured } from "../../../generator/model/ir.ts";
import { ValueGenerator } from "./generate.ts";
import { mutate } from "./mutate.ts";

/** The n-th value of a stream: a valid value, or (two times in three) a mutated one. */
export function sample(g: ValueGenerator, t: IRStructured): unknown {
  const valid = g.object(t, 0);
  return g.rng.chance(1 / 3) ? valid : mutate(g, valid, t);
}
