/**
 * The runtime's check of each Edm primitive, walked from the table of model/edm.ts: each `test` is a
 * function the runtime exports; it takes the table's valid samples and refuses its invalid ones; it
 * agrees with the ABNF-derived pattern of its primitive on many near misses (the runtime scans by
 * hand), and with Ajv on the primitive's JSON Schema on a mix of every kind of JSON value.
 */
import Ajv2020Module from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { EDM, EDM_PRIMITIVES, type EdmPrimitive } from "../../generator/model/edm.ts";
import * as runtime from "../../generator/runtime/src/runtime.ts";
import { anyJson, mangle, NEAR_MISS_ALPHABET, PRIMITIVE_VALUES, Rng } from "../support/values/index.ts";

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const exported = runtime as unknown as Record<string, unknown>;
const testOf = (edm: EdmPrimitive): ((x: unknown) => boolean) => exported[EDM[edm].test] as (x: unknown) => boolean;
const NEAR_MISSES = 20_000;

describe.each(EDM_PRIMITIVES)("the runtime's check of %s", (edm) => {
  const spec = EDM[edm];

  it("is a function the runtime exports, under the table's name", () => {
    expect(typeof exported[spec.test]).toBe("function");
  });

  it("takes the table's valid samples and refuses its invalid ones", () => {
    const test = testOf(edm);
    expect(spec.samples.valid.filter((x) => !test(x))).toEqual([]);
    expect(spec.samples.invalid.filter((x) => test(x))).toEqual([]);
  });

  it("agrees with Ajv on the primitive's JSON Schema, on valid values, near misses and any JSON", () => {
    const test = testOf(edm);
    const ajv = new Ajv2020({ strict: true }).compile(
      typeof spec.schema === "boolean" ? spec.schema : { ...spec.schema },
    );
    const r = new Rng(edm.length * 7919);
    const values = [...spec.samples.valid, ...spec.samples.invalid];
    for (let i = 0; i < 2000; i++) {
      values.push(PRIMITIVE_VALUES[edm].valid(r), PRIMITIVE_VALUES[edm].invalid(r), anyJson(r));
    }
    const differ = values.filter((x) => x !== undefined && test(x) !== ajv(x));
    expect(differ).toEqual([]);
  });
});

/** The primitives whose schema is a pattern: the runtime scans by hand what the pattern says. */
const PATTERNED = EDM_PRIMITIVES.filter((edm) => {
  const schema = EDM[edm].schema;
  return typeof schema === "object" && typeof schema.pattern === "string";
});

describe("the hand-written scanners and the ABNF patterns", () => {
  it("cover every primitive with a pattern", () => {
    expect(PATTERNED).toEqual([
      "Edm.Guid",
      "Edm.Date",
      "Edm.TimeOfDay",
      "Edm.DateTimeOffset",
      "Edm.Duration",
      "Edm.Binary",
    ]);
  });

  it.each(PATTERNED)(`agree on ${NEAR_MISSES} near misses of %s`, (edm) => {
    const pattern = new RegExp((EDM[edm].schema as { pattern: string }).pattern, "u");
    const test = testOf(edm);
    const r = new Rng(42);
    const strings: string[] = [];
    for (let i = 0; i < NEAR_MISSES; i++) {
      const valid = PRIMITIVE_VALUES[edm].valid(r) as string;
      strings.push(r.chance(0.2) ? valid : mangle(r, valid, [], NEAR_MISS_ALPHABET));
    }
    expect(strings.filter((s) => test(s) !== pattern.test(s))).toEqual([]);
    // A real mix: most near misses are wrong, a fair share still right.
    const accepted = strings.filter((s) => pattern.test(s)).length;
    expect(accepted).toBeGreaterThan(NEAR_MISSES / 10);
    expect(accepted).toBeLessThan((NEAR_MISSES * 9) / 10);
  });
});
