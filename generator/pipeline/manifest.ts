/** `manifest.json`: what made the package and the sha256 of every file in it. */
import { createHash } from "node:crypto";
import type { EmittedFile } from "../emit/emitter.ts";
import { normalisedSpec } from "../ir/normalise.ts";
import type { IR } from "../model/ir.ts";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function specHash(ir: IR): string {
  return sha256(normalisedSpec(ir));
}

export function emitManifest(
  ir: IR,
  files: readonly EmittedFile[],
  generator: { name: string; version: string },
): EmittedFile {
  const manifest = {
    specVersion: ir.api.specVersion,
    specHash: specHash(ir),
    generator,
    files: files.map((f) => ({ path: f.path, sha256: sha256(f.contents) })),
  };
  return { path: "manifest.json", contents: `${JSON.stringify(manifest, null, 2)}\n` };
}
