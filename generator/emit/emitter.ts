/**
 * The emitter contract. An emitter is a pure function of the IR: it never touches the file system
 * and keeps no state between runs.
 *
 * Layout of the generated package (paths relative to `generated/<apiVersion>/v<major>/`):
 *   types.ts        interfaces, enum unions and member arrays            (emit/types)
 *   runtime.ts      ValidationError, ValidationResult, OData scanners     (emit/validators)
 *   validators.ts   validateT / isT / isE                                 (emit/validators)
 *   operations.ts   request builders and the fetch client                 (emit/operations)
 *   index.ts        re-exports every module above                         (emit/package)
 *   schemas/*.json  JSON Schemas, one per type, plus bundle.schema.json   (emit/schemas)
 *   package.json, manifest.json, README.md, CHANGELOG.md                  (emit/package)
 *
 * `.ts` files are never written as such: the build stage type-checks them together (strict) and
 * compiles each to `.js` and `.d.ts`. Modules import each other with `./name.js` specifiers.
 */
import type { IR } from "../ir/types.ts";

export interface EmittedFile {
  /** Path inside the package folder, `/`-separated. */
  readonly path: string;
  readonly contents: string;
  /**
   * For a module whose exports are partly internal (helpers other modules import): the names the
   * package entry re-exports. Without it, the entry re-exports the whole module.
   */
  readonly publicApi?: { readonly values: readonly string[]; readonly types: readonly string[] };
}

export type Emitter = (ir: IR) => readonly EmittedFile[];
