/** The IR without positions or file names: two specs that mean the same give the same text. */
import type { IR } from "../model/ir.ts";

export function normalisedSpec(ir: IR): string {
  return JSON.stringify(ir, (k, v: unknown) => (k === "source" || k === "files" ? undefined : v));
}
