/**
 * The emitter contract. An emitter is a pure function of the IR: it never touches the file system
 * and keeps no state between runs.
 *
 * Layout of the generated package (paths relative to `generated/<apiVersion>/v<major>/`):
 *   types.js/.d.ts       enum member arrays; re-exports every type             (emit/types)
 *   types/<Name>.d.ts    one type's declaration, importing what it names        (emit/types)
 *   runtime.js/.d.ts     the validation runtime, from generator/runtime/src    (pipeline/runtime.ts)
 *   validators.js        validateT / isT / isE / validateOpBody / isOpBody      (emit/validators)
 *   validators.d.ts      re-exports every type's validators module              (emit/validators)
 *   validators/<T>.d.ts  one type's validators declared                         (emit/validators)
 *   client*.js/.d.ts     the HTTP client, from generator/runtime/src           (pipeline/runtime.ts)
 *   operations.js        request builders and operation functions              (emit/operations)
 *   operations.d.ts      re-exports every operation's declaration module        (emit/operations)
 *   operations/<op>.d.ts one operation's declarations                          (emit/operations)
 *   index.js/.d.ts       re-exports the public names of every module above     (emit/package)
 *   schemas/*.json       JSON Schemas, one per type, plus the two bundles       (emit/schemas)
 *   package.json, README.md                                                    (emit/package)
 *   CHANGELOG.md, spec.json, manifest.json                                     (pipeline/generate.ts)
 *
 * Every module is final as emitted: its statements are in prettier's layout (`emit/layout.ts`) or
 * left for the format stage. Modules import each other with `./name.js` specifiers.
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
   * For a `.js` or `.d.ts` an emitter rendered: its top-level statements (`contents` is their text),
   * some in prettier's layout already (`emit/layout.ts`); the format stage formats only the others.
   */
  readonly statements?: readonly Statement[];
}

export type Emitter = (ir: IR) => readonly EmittedFile[];

/**
 * A module made of statements. Its `contents` (the statements joined) is made only when read: the
 * format stage reads the statements, and for all of Graph the joined text was 40 MB held twice.
 */
export function moduleFile(
  path: string,
  statements: readonly Statement[],
  publicApi?: EmittedFile["publicApi"],
): EmittedFile {
  let contents: string | undefined;
  return {
    path,
    statements,
    ...(publicApi === undefined ? {} : { publicApi }),
    get contents(): string {
      contents ??= `${statements.map((s) => s.text).join("\n")}\n`;
      return contents;
    },
  };
}
