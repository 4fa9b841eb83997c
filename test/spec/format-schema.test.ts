/**
 * `spec/spec.schema.json` is what editors use to complete and flag spec files: it must be current,
 * accept the shipped spec and refuse what the checker refuses structurally.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { specFormatSchema } from "../../generator/check/format-schema.ts";
import { FIXTURES, readSpecTexts, ROOT, SHIPPED_SPECS } from "../support/fixtures.ts";

describe("spec format schema", () => {
  const schemaText = readFileSync(`${ROOT}spec/spec.schema.json`, "utf8");
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(schemaText));

  it("is current (regenerate with `npx tsx generator/cli.ts spec-schema`)", () => {
    expect(schemaText).toBe(specFormatSchema());
  });

  it("is referenced by every shipped spec file and accepts each", () => {
    for (const root of SHIPPED_SPECS)
      for (const { file, text } of readSpecTexts(root)) {
        const at = `${root}/${file}`;
        const header = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
        // The reference resolves from the file's folder to spec/spec.schema.json.
        expect(header === null ? undefined : resolve(dirname(at), header[1]!), at).toBe(`${ROOT}spec/spec.schema.json`);
        expect(validate(parse(text)), `${at}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
  });

  it("accepts every file of the fixture that uses every construct", () => {
    for (const { file, text } of readSpecTexts(`${FIXTURES}/every-construct/spec`)) {
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("flags a misspelt key where the editor shows it", () => {
    const ok = validate(
      parse("namespace: n\ntypes:\n  t:\n    properties:\n      a: { type: Edm.String, nulable: true }\n"),
    );
    expect(ok).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`)).toEqual([
      '/types/t/properties/a additionalProperties {"additionalProperty":"nulable"}',
    ]);
  });

  it("takes the property keys the checker keeps with a warning, and refuses those it refuses", () => {
    const keyed = (key: string): boolean =>
      validate(
        parse(`namespace: n\ntypes:\n  t:\n    properties:\n      ${JSON.stringify(key)}: { type: Edm.String }\n`),
      );
    // An identifier, one with a joiner (a format character identifiers may hold), and Graph's `request-id`.
    expect(["a", "e\u0301\u200Dx", "request-id", "x.y"].map(keyed)).toEqual([true, true, true, true]);
    // An annotation, a space, OData's own `$` names, a bidirectional control.
    expect(["a@odata.type", "a b", "$value", "a\u202Eb"].map(keyed)).toEqual([false, false, false, false]);
  });
});
