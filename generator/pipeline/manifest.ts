/** `manifest.json`: what made the package and the sha256 of every file in it. */
import { createHash } from "node:crypto";
import type { EmittedFile } from "../emit/emitter.ts";
import { normalisedSpec } from "../ir/normalise.ts";
import type { IR } from "../model/ir.ts";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

// A run asks for these several times (the manifest, the version record, the fast path's record):
// for all of Graph each is seconds of work, so each is made once per IR and per file.
const specTexts = new WeakMap<IR, { text: string; hash: string }>();
const fileHashes = new WeakMap<EmittedFile, string>();

function specOf(ir: IR): { text: string; hash: string } {
  let spec = specTexts.get(ir);
  if (spec === undefined) {
    const text = normalisedSpec(ir);
    spec = { text, hash: sha256(text) };
    specTexts.set(ir, spec);
  }
  return spec;
}

/** The spec's meaning as text (`normalisedSpec`), made once per IR. */
export function specText(ir: IR): string {
  return specOf(ir).text;
}

export function specHash(ir: IR): string {
  return specOf(ir).hash;
}

/** The sha256 of a file's contents, made once per file. */
export function fileHash(f: EmittedFile): string {
  let hash = fileHashes.get(f);
  if (hash === undefined) {
    hash = sha256(f.contents);
    fileHashes.set(f, hash);
  }
  return hash;
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
    files: files.map((f) => ({ path: f.path, sha256: fileHash(f) })),
  };
  return { path: "manifest.json", contents: `${JSON.stringify(manifest, null, 2)}\n` };
}
