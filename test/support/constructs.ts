/**
 * The spec with every construct of issue #19 that reaches the types, the validators, the JSON
 * Schemas and docs-check (`test/fixtures/constructs/spec/`), read through the loader and the checker
 * like any spec.
 */
import { loadSpecFromTexts } from "../../generator/ir/build.ts";
import { formatDiagnostics } from "../../generator/model/diagnostics.ts";
import type { EdmPrimitive } from "../../generator/model/edm.ts";
import type { IR } from "../../generator/model/ir.ts";
import { FIXTURES, readSpecTexts } from "./fixtures.ts";

export const CONSTRUCTS_SPEC = `${FIXTURES}/constructs/spec`;

/** Its IR; a diagnostic the spec does not acknowledge fails the caller. */
export function constructsIR(): IR {
  const { ir, diagnostics } = loadSpecFromTexts(readSpecTexts(CONSTRUCTS_SPEC));
  const problems = diagnostics.filter((d) => d.acknowledged === undefined);
  if (ir === undefined || problems.length > 0) throw new Error(`the constructs spec: ${formatDiagnostics(problems)}`);
  return ir;
}

/** `Edm.Int16` -> `int16`: the spec's property of each primitive is named after it. */
export const primitiveProperty = (edm: EdmPrimitive): string => edm[4]!.toLowerCase() + edm.slice(5);
