/**
 * The validators and the types agree on what they let through: `validateT` (and `isT`) narrow a
 * value to the type their declaration names, so every value a validator accepts in request mode
 * must also be a value of that type (`test/support/narrowing.ts`). For the shipped spec and every
 * fixture; the hostile-spec test does the same for its seeded specs.
 */
import { describe, expect, it } from "vitest";
import { FIXTURES, fixtureCases, SHIPPED_SPEC } from "../support/fixtures.ts";
import { narrowingProblems } from "../support/narrowing.ts";
import { loadPackage } from "../validators/support/package.ts";

const VALUES_PER_TYPE = Number(process.env.NARROWING_VALUES ?? 40);
const SPECS: [string, string][] = [
  ["shipped", SHIPPED_SPEC],
  ...fixtureCases().map((c): [string, string] => [c, `${FIXTURES}/${c}/spec`]),
];

describe.each(SPECS)("what the %s validators accept", (_name, specDir) => {
  it("type-checks as the type they narrow to", async () => {
    const pkg = await loadPackage(specDir);
    const { problems, typed, rejected } = narrowingProblems(
      pkg.ir,
      pkg.files,
      pkg.validators,
      20261129,
      VALUES_PER_TYPE,
    );
    expect(problems).toEqual([]);
    // Both verdicts were exercised, and enough accepted values were typed to mean something.
    expect(rejected).toBeGreaterThan(0);
    expect(typed).toBeGreaterThan(VALUES_PER_TYPE / 4);
  });
});
