/**
 * Declaration modules. `types/<Name>.d.ts` declares one exported name of the types (an interface,
 * an `AnyT` union, an enum union, a navigation map, an action body) and imports only the names its
 * code mentions. The package reaches them through its `./types/*` subpath, so a consumer that
 * imports one interface from there type-checks that interface and what it reaches, not the 160,000
 * lines of all of Graph's types. `types.d.ts` re-exports them all, and the package entry re-exports
 * `types.d.ts`, as before. One operation's declarations (`operations/<name>.d.ts`) and one type's
 * validators (`validators/<Name>.d.ts`) are declared the same way (`valueModules`); at run time such a
 * subpath is the module that holds them all (`operations.js`, `validators.js`: the package's
 * `exports` say so), so there is no `.js` per operation or type.
 *
 * The helper types (`ODataFloat`, `Expanded`, ...) are one module, `types/odata-helpers.d.ts`: the
 * hyphen keeps its name apart from any type's. A module's file name is its type's name, unless that
 * name is taken already, ignoring case (two files that differ only in case are one file on macOS and
 * Windows), or is a device name Windows reserves (`Con`, `Nul`, ...): then `-2`, `-3`, ... follows it.
 * Graph has neither case.
 */
import { moduleFile, type EmittedFile } from "./emitter.ts";
import { stringLiteral } from "./escape.ts";
import { namedFrom, type Statement } from "./layout.ts";

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

/** The file name (without extension) of each name's module in one folder, by name, in the names' order. */
export function moduleFileNames(names: readonly string[], taken: readonly string[] = []): Map<string, string> {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const out = new Map<string, string>();
  for (const name of names) {
    let file = name;
    for (let n = 2; used.has(file.toLowerCase()) || WINDOWS_DEVICE.test(file); n++) file = `${name}-${n}`;
    used.add(file.toLowerCase());
    out.set(name, file);
  }
  return out;
}

/** The module of every name the declaration modules export (name -> `types/<file>`), helpers included. */
export function typeModuleMap(
  helpers: readonly { readonly name: string }[],
  declarations: readonly { readonly name: string }[],
): Map<string, string> {
  const moduleOf = new Map(helpers.map((h): [string, string] => [h.name, `types/${HELPERS_MODULE}`]));
  const files = moduleFileNames(
    declarations.map((d) => d.name),
    [HELPERS_MODULE],
  );
  for (const [name, file] of files) moduleOf.set(name, `types/${file}`);
  return moduleOf;
}

/** The specifier by which a module in folder `from` ("" for the package root) imports the module `to` ("types/X"). */
function specifier(from: string, to: string): string {
  const slash = to.lastIndexOf("/");
  const folder = slash < 0 ? "" : to.slice(0, slash);
  if (folder === from) return `./${to.slice(slash + 1)}.js`;
  return `${from === "" ? "./" : "../"}${to}.js`;
}

/** Comments and string literals: the text in which a name is not a reference. */
const NOT_CODE = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"/g;
const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/**
 * The `import type` statements, one per module in path order, of a module in folder `from` that
 * declares `own` with `statements`: each name of `moduleOf` (name -> module path in the package,
 * "types/Segment") their code mentions, outside comments and string literals. A property key that
 * happens to be a type's name counts too: the import is then unused, never wrong.
 */
export function typeImports(
  statements: readonly Statement[],
  own: ReadonlySet<string>,
  moduleOf: ReadonlyMap<string, string>,
  from: string,
): Statement[] {
  const byModule = new Map<string, Set<string>>();
  for (const s of statements)
    for (const m of s.text.replace(NOT_CODE, " ").matchAll(IDENTIFIER)) {
      const path = moduleOf.get(m[0]);
      if (path === undefined || own.has(m[0])) continue;
      byModule.set(path, (byModule.get(path) ?? new Set()).add(m[0]));
    }
  return [...byModule.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => namedFrom("import type", [...byModule.get(path)!].sort(), stringLiteral(specifier(from, path))));
}

/** A module's statements after its imports, a blank line between the two parts. */
export function withImports(imports: readonly Statement[], statements: readonly Statement[]): Statement[] {
  return imports.length === 0 ? [...statements] : [...imports, BLANK, ...statements];
}

/**
 * The declaration modules, and the statements of `types.d.ts` that re-export their names (the public
 * helpers first, then every declaration in order). `moduleOf` gives every name's module.
 */
export function declarationModules(
  helpers: readonly Helper[],
  declarations: readonly Declaration[],
  moduleOf: ReadonlyMap<string, string>,
): { files: EmittedFile[]; reexports: Statement[] } {
  const files = [moduleFile(`types/${HELPERS_MODULE}.d.ts`, separated(helpers.map((h) => h.statement)))];
  const reexports = [
    namedFrom(
      "export type",
      helpers.filter((h) => h.public).map((h) => h.name),
      stringLiteral(specifier("", `types/${HELPERS_MODULE}`)),
    ),
  ];
  for (const { name, statement } of declarations) {
    const path = moduleOf.get(name)!;
    const imports = typeImports([statement], new Set([name]), moduleOf, "types");
    files.push(moduleFile(`${path}.d.ts`, withImports(imports, [statement])));
    reexports.push(namedFrom("export type", [name], stringLiteral(specifier("", path))));
  }
  return { files, reexports };
}

/** The declarations of one operation, or of one type's validators, and the names they export. */
export interface ValueGroup {
  /** The name its module is named after (`getSegment`, `Segment`). */
  readonly name: string;
  readonly statements: readonly Statement[];
  readonly values: readonly string[];
  readonly types: readonly string[];
}

/**
 * A declaration module per group in `folder` (`operations/getSegment.d.ts`), importing what its code
 * names from `moduleOf`; and the statements with which the `.d.ts` of the module that holds the
 * values (`operations.d.ts`) re-exports them all.
 */
export function valueModules(
  folder: string,
  groups: readonly ValueGroup[],
  moduleOf: ReadonlyMap<string, string>,
): { files: EmittedFile[]; reexports: Statement[] } {
  const fileOf = moduleFileNames(groups.map((g) => g.name));
  const files: EmittedFile[] = [];
  const reexports: Statement[] = [];
  for (const g of groups) {
    const path = `${folder}/${fileOf.get(g.name)!}`;
    const imports = typeImports(g.statements, new Set([...g.values, ...g.types]), moduleOf, folder);
    files.push(moduleFile(`${path}.d.ts`, withImports(imports, g.statements)));
    if (g.types.length > 0) reexports.push(namedFrom("export type", g.types, stringLiteral(specifier("", path))));
    reexports.push(namedFrom("export", g.values, stringLiteral(specifier("", path))));
  }
  return { files, reexports };
}

/** The statements of a module, a blank line between two. */
export function separated(statements: readonly Statement[]): Statement[] {
  return statements.flatMap((s, i) => (i === 0 ? [s] : [BLANK, s]));
}
