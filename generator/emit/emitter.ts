/**
 * The emitter contract. An emitter is a pure function of the IR: it never touches the file system
 * and keeps no state between runs.
 *
 * Layout of the generated package (paths relative to `generated/<apiVersion>/v<major>/`):
 *   types.ts        interfaces, enum unions and member arrays            (emit/types)
 *   runtime.js/.d.ts  the validation runtime, compiled from generator/runtime/src (pipeline/runtime.ts)
 *   validators.js/.d.ts  validateT / isT / isE / validateOpBody / isOpBody  (emit/validators)
 *   operations.ts   request builders and the fetch client                 (emit/operations)
 *   index.ts        re-exports every module above                         (emit/package)
 *   schemas/*.json  JSON Schemas, one per type, plus bundle.schema.json   (emit/schemas)
 *   package.json, manifest.json, README.md, CHANGELOG.md                  (emit/package)
 *
 * A `.ts` file is never written as such: the build stage compiles each to `.js` and `.d.ts` (the
 * tests type-check them together, strict). An emitter that writes `.js` and `.d.ts` itself gives
 * their statements. Modules import each other with `./name.js` specifiers.
 */
import type { IR } from "../model/ir.ts";
import type { Statement } from "./layout.ts";

export interface EmittedFile {
  /** Path inside the package folder, `/`-separated. */
  readonly path: string;
  readonly contents: string;
  /**
   * For a module whose exports are partly internal (helpers other modules import): the names the
   * package entry re-exports. Without it, the entry re-exports the whole module.
   */
  readonly publicApi?: { readonly values: readonly string[]; readonly types: readonly string[] };
  /**
   * For a module whose emitter renders its JavaScript and declarations itself while still
   * emitting it as TypeScript (the types), the `.js` and `.d.ts`: the build stage uses them instead of having
   * TypeScript print them. The module is still type-checked; a test holds both, once formatted,
   * equal to what TypeScript prints.
   */
  readonly printed?: Printed;
  /**
   * For a `.js` or `.d.ts` an emitter rendered: its top-level statements (`contents` is their text),
   * some in prettier's layout already (`emit/layout.ts`); the format stage formats only the others.
   */
  readonly statements?: readonly Statement[];
}

/** A rendered module's `.js` and `.d.ts`, each as its top-level statements, some laid out already. */
export interface Printed {
  readonly js: readonly Statement[];
  readonly dts: readonly Statement[];
}

export type Emitter = (ir: IR) => readonly EmittedFile[];
