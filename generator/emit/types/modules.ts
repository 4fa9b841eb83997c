/**
 * One declaration module per type: `types/<Name>.d.ts` declares one exported name of the types
 * (an interface, an `AnyT` union, an enum union, a navigation map, an action body) and imports only
 * the names its code mentions. The package reaches them through its `./types/*` subpath, so a
 * consumer that imports one interface from there type-checks that interface and what it reaches, not
 * the 160,000 lines of all of Graph's types. `types.d.ts` re-exports them all, and the package entry
 * re-exports `types.d.ts`, as before.
 *
 * The helper types (`ODataFloat`, `Expanded`, ...) are one module, `types/odata-helpers.d.ts`: the
 * hyphen keeps its name apart from any type's. A module's file name is its type's name, unless that
 * name is taken already, ignoring case (two files that differ only in case are one file on macOS and
 * Windows), or is a device name Windows reserves (`Con`, `Nul`, ...): then `-2`, `-3`, ... follows it.
 * Graph has neither case.
 */
import { moduleFile, type EmittedFile } from "../emitter.ts";
import { stringLiteral } from "../escape.ts";
import { namedFrom, type Statement } from "../layout.ts";

/** A top-level declaration of the types: the name it declares, and its statement. */
export interface Declaration {
  readonly name: string;
  readonly statement: Statement;
}

/** A helper type, and whether `types.d.ts` (and so the package entry) re-exports it. */
export interface Helper extends Declaration {
  readonly public: boolean;
}

export const HELPERS_MODULE = "odata-helpers";

export const BLANK: Statement = { text: "", laidOut: true };

const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** The file name (without `.d.ts`) of each declaration's module, by declared name. */
function fileNames(declarations: readonly Declaration[]): Map<string, string> {
  const taken = new Set([HELPERS_MODULE]);
  const out = new Map<string, string>();
  for (const { name } of declarations) {
    let file = name;
    for (let n = 2; taken.has(file.toLowerCase()) || WINDOWS_DEVICE.test(file); n++) file = `${name}-${n}`;
    taken.add(file.toLowerCase());
    out.set(name, file);
  }
  return out;
}

/** Comments and string literals: the text in which a name is not a reference. */
const NOT_CODE = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"/g;
const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/**
 * The names of `known` a statement's code mentions, outside comments and string literals. A
 * property key that happens to be a type's name counts too: the import is then unused, never wrong.
 */
function mentioned(text: string, known: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const m of text.replace(NOT_CODE, " ").matchAll(IDENTIFIER)) if (known.has(m[0])) out.add(m[0]);
  return out;
}

/** `import type { a, b } from "./m.js";` statements, one per module, in file-name order. */
function imports(names: Iterable<string>, moduleOf: ReadonlyMap<string, string>): Statement[] {
  const byModule = new Map<string, string[]>();
  for (const name of names) {
    const file = moduleOf.get(name)!;
    byModule.set(file, [...(byModule.get(file) ?? []), name]);
  }
  return [...byModule.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => namedFrom("import type", byModule.get(file)!.sort(), stringLiteral(`./${file}.js`)));
}

/**
 * The declaration modules, and the statements of `types.d.ts` that re-export their names (the public
 * helpers first, then every declaration in order). `helpersEnd` closes the helpers' module (an
 * `export {}` keeps its unexported helpers private).
 */
export function declarationModules(
  helpers: readonly Helper[],
  helpersEnd: readonly Statement[],
  declarations: readonly Declaration[],
): { files: EmittedFile[]; reexports: Statement[] } {
  const fileOf = fileNames(declarations);
  const moduleOf = new Map<string, string>(helpers.map((h) => [h.name, HELPERS_MODULE]));
  for (const [name, file] of fileOf) moduleOf.set(name, file);
  const helperStatements = separated(helpers.map((h) => h.statement));
  const files = [moduleFile(`types/${HELPERS_MODULE}.d.ts`, [...helperStatements, ...helpersEnd])];
  const reexports = [
    namedFrom(
      "export type",
      helpers.filter((h) => h.public).map((h) => h.name),
      stringLiteral(`./types/${HELPERS_MODULE}.js`),
    ),
  ];
  for (const { name, statement } of declarations) {
    const uses = mentioned(statement.text, moduleOf);
    uses.delete(name);
    const head = imports(uses, moduleOf);
    const file = fileOf.get(name)!;
    files.push(moduleFile(`types/${file}.d.ts`, head.length === 0 ? [statement] : [...head, BLANK, statement]));
    reexports.push(namedFrom("export type", [name], stringLiteral(`./types/${file}.js`)));
  }
  return { files, reexports };
}

/** The statements of a module, a blank line between two. */
export function separated(statements: readonly Statement[]): Statement[] {
  return statements.flatMap((s, i) => (i === 0 ? [s] : [BLANK, s]));
}
