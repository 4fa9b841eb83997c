/**
 * vitest's global setup: one temporary folder for the whole run, where the tests write generated
 * packages (`imported.ts`), removed when the run ends. A test worker is stopped without running its
 * exit handlers, so folders removed only on exit were left behind, run after run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "graph-codegen-tests-"));
  process.env["GRAPH_CODEGEN_TEST_TMP"] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
