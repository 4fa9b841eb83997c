/**
 * Enum member values are read exactly from the YAML source: yaml's own reading of
 * 9223372036854775807 is a double that is not that number, and two members a unit apart near 2^63
 * would compare equal. Values come out as decimal text, checked against the underlying type's range.
 */
import { describe, expect, it } from "vitest";
import { loadSpecFromTexts } from "../../generator/ir/build.ts";
import type { IREnum } from "../../generator/model/ir.ts";

function load(underlying: string, values: readonly string[]): { values?: string[]; errors: string[] } {
  const members = values.map((v, i) => `      - { name: m${i}, value: ${v} }`).join("\n");
  const text = [
    "api: { package: values-fixture, title: t, apiVersion: beta, baseUrl: https://example.test, specVersion: 1.0.0 }",
    "namespace: n",
    "enums:",
    "  e:",
    `    underlying: ${underlying}`,
    "    members:",
    members,
    "",
  ].join("\n");
  const result = loadSpecFromTexts([{ file: "spec.yaml", text }]);
  const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code}: ${d.message}`);
  const e = result.ir?.types.find((t): t is IREnum => t.kind === "enum");
  return { ...(e === undefined ? {} : { values: e.members.map((m) => m.value) }), errors };
}

describe("enum member values", () => {
  it("keep the 64-bit extremes exactly, and tell apart neighbours a double cannot", () => {
    const r = load("Edm.Int64", [
      "9223372036854775807",
      "9223372036854775806",
      "-9223372036854775808",
      "-9223372036854775807",
    ]);
    expect(r.errors).toEqual([]);
    expect(r.values).toEqual([
      "9223372036854775807",
      "9223372036854775806",
      "-9223372036854775808",
      "-9223372036854775807",
    ]);
  });

  it("are normalised decimal text: a plus sign, leading zeros, hexadecimal and octal as YAML writes them", () => {
    expect(load("Edm.Int64", ["+12", "007", "-0", "0x7FFFFFFFFFFFFFFF", "0o17"]).values).toEqual([
      "12",
      "7",
      "0",
      "9223372036854775807",
      "15",
    ]);
  });

  it("are refused one past each end of each underlying type, with the range in the message", () => {
    const cases: [string, string, string][] = [
      ["Edm.Byte", "-1", "256"],
      ["Edm.SByte", "-129", "128"],
      ["Edm.Int16", "-32769", "32768"],
      ["Edm.Int32", "-2147483649", "2147483648"],
      ["Edm.Int64", "-9223372036854775809", "9223372036854775808"],
    ];
    for (const [underlying, below, above] of cases) {
      expect(load(underlying, [below, above]).errors, underlying).toEqual([
        expect.stringMatching(
          new RegExp(`^invalidValue: member "m0" has the value ${below}, outside ${underlying}'s range`),
        ),
        expect.stringMatching(
          new RegExp(`^invalidValue: member "m1" has the value ${above}, outside ${underlying}'s range`),
        ),
      ]);
    }
  });

  it("are integers as written: a float, an exponent or a quoted number is refused", () => {
    expect(load("Edm.Int64", ["1.5", "1e3", '"12"', "0x1p3"]).errors).toEqual([
      "type: expected an integer, found number 1.5",
      "type: expected an integer, found number 1000",
      'type: expected an integer, found string "12"',
      'type: expected an integer, found string "0x1p3"',
    ]);
  });

  it("are unique by exact value", () => {
    expect(load("Edm.Int64", ["9223372036854775807", "9223372036854775807"]).errors).toEqual([
      'duplicateMember: member "m1" has the value 9223372036854775807, already used at position 0',
    ]);
  });
});
