/**
 * The emitter contract. An emitter is a pure function of the IR: it never touches the file system
 * and keeps no state between runs.
 *
 * Layout of the generated package (paths relative to `generated/<apiVersion>/v<major>/`):
 *   types.js/.d.ts  interfaces, enum unions and member arrays            (emit/types)
 *   runtime.ts      ValidationError, ValidationResult, OData scanners     (emit/validators)
 *   validators.ts   validateT / isT / isE                                 (emit/validators)
 *   operations.ts   request builders and the fetch client                 (emit/operations)
 *   index.js/.d.ts  re-exports the public names of every module above     (emit/package)
 *   schemas/*.json  JSON Schemas, one per type, plus bundle.schema.json   (emit/schemas)
 *   package.json, manifest.json, README.md, CHANGELOG.md                  (emit/package)
 *
 * A module emitted as `.js` and `.d.ts` is final (in prettier's layout, `emit/layout.ts`); one still
 * emitted as `.ts` is never written as such: the pipeline prints its `.js` and `.d.ts`. Modules import
 * each other with `./name.js` specifiers.
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
   * For a module with functions that come in twins, the same text but for names of the same length
   * (the validators' two worlds): the module is type-checked whole, but printed and formatted
   * without the copies, which are then made from their originals by renaming identifiers
   * (`pipeline/twins.ts`). A rename to a name of the same length leaves prettier's layout as it
   * was, so the result is what printing and formatting the whole module gives (a test holds it).
   */
  readonly twins?: Twins;
  /**
   * For a module whose emitter renders its JavaScript and declarations itself (the large ones:
   * the validators, the types), the `.js` and `.d.ts`: the build stage uses them instead of having
   * TypeScript print them (with twins, the `.js` is without the copies). The module is still
   * type-checked; a test holds both, once formatted, equal to what TypeScript prints.
   */
  readonly printed?: Printed;
  /**
   * What the type-check reads, when it is not `contents`: the validators without the copies of
   * their twins, each copy declared by its signature (`declare function testT(...): boolean;`). A
   * copy is its original renamed (and the renamed calls go to functions of the same signatures),
   * so the check of the original is the check of the copy.
   */
  readonly checked?: string;
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

export interface Twins {
  /** The module without the copies. */
  readonly without: string;
  /**
   * The originals, top-level functions, in groups that stand together (a body and its chunks): the
   * copies of a group go just before its first original, in the same order.
   */
  readonly groups: readonly (readonly string[])[];
  /** Identifiers renamed in a copy: each original's own name, and the calls to its world's functions. */
  readonly renames: ReadonlyMap<string, string>;
}

export type Emitter = (ir: IR) => readonly EmittedFile[];
