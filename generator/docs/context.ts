/** The per-run state of docs-check: the spec's index and its generated validators. */
import type { SpecIndex } from "./spec-index.ts";
import type { Validate } from "./validators.ts";

export interface CheckContext {
  readonly index: SpecIndex;
  /** `validateT` by tsName `T`. */
  readonly validators: ReadonlyMap<string, Validate>;
}
