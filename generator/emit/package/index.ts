/**
 * The package emitter: the files that describe the package rather than the API — the entry
 * (`index.js` and `index.d.ts`, written final), `package.json`, `README.md`, `CHANGELOG.md` and
 * `spec.json`. They depend on which modules the other emitters produced, so the pipeline calls
 * `emitPackage` with that list after running them.
 *
 * The entry re-exports exactly the public names: a module that says which of its exports are public
 * (`EmittedFile.publicApi`: the runtime modules compiled from `generator/runtime/src/`, whose other
 * exports are helpers for the emitted modules) is re-exported by name; an emitted module, whose
 * every export is public, whole.
 */
import type { IR } from "../../model/ir.ts";
import { moduleFile, type EmittedFile } from "../emitter.ts";
import { stringLiteral } from "../escape.ts";
import { namedFrom, written, type Statement } from "../layout.ts";
import { emitReadme } from "./readme.ts";

/** A top-level module of the package: its name, and the public names it declares, if it declares them. */
interface Module {
  readonly name: string;
  readonly publicApi?: EmittedFile["publicApi"];
}

/**
 * Top-level modules other than `index`, sorted by name: each is its `.js` file, or its `.ts` for a
 * module still emitted as TypeScript.
 */
function modulesOf(files: readonly EmittedFile[]): Module[] {
  const isModule = (p: string): boolean => /^[^/]+\.(js|ts)$/.test(p) && !p.endsWith(".d.ts");
  return files
    .filter((f) => isModule(f.path))
    .map((f) => ({
      name: f.path.replace(/\.(js|ts)$/, ""),
      ...(f.publicApi === undefined ? {} : { publicApi: f.publicApi }),
    }))
    .filter((m) => m.name !== "index")
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The entry's statements: values only in `index.js`, values and types in `index.d.ts`. */
function entry(modules: readonly Module[], withTypes: boolean): Statement[] {
  const statements = modules.flatMap((m): Statement[] => {
    const from = stringLiteral(`./${m.name}.js`);
    if (m.publicApi === undefined) return [written(`export * from ${from};`)];
    const { values, types } = m.publicApi;
    return [
      ...(withTypes && types.length > 0 ? [namedFrom("export type", types, from)] : []),
      ...(values.length > 0 ? [namedFrom("export", values, from)] : []),
    ];
  });
  return statements.length === 0 ? [written("export {};")] : statements;
}

function emitPackageJson(ir: IR, modules: readonly string[], hasSchemas: boolean): EmittedFile {
  const exports: Record<string, unknown> = { ".": { types: "./index.d.ts", default: "./index.js" } };
  for (const m of modules) exports[`./${m}`] = { types: `./${m}.d.ts`, default: `./${m}.js` };
  // The declaration modules: one type, one operation's functions, one type's validators, declared
  // alone; at run time the module that holds them all (a subpath target without `*` is that file,
  // whatever the subpath).
  for (const m of ["types", "operations", "validators"])
    if (modules.includes(m)) exports[`./${m}/*`] = { types: `./${m}/*.d.ts`, default: `./${m}.js` };
  if (hasSchemas) exports["./schemas/*"] = "./schemas/*";
  exports["./package.json"] = "./package.json";
  const pkg = {
    name: ir.api.packageName,
    version: ir.api.specVersion,
    description:
      `${ir.api.title}: TypeScript types, JSON Schemas, validators and request builders (API version ` +
      `${ir.api.apiVersion}).`,
    type: "module",
    sideEffects: false,
    main: "./index.js",
    types: "./index.d.ts",
    exports,
    // 20.19: `require()` of an ES module without a flag, which CommonJS consumers rely on.
    engines: { node: ">=20.19" },
  };
  return { path: "package.json", contents: `${JSON.stringify(pkg, null, 2)}\n` };
}

/** The package files, given the modules the API emitters produced and whether there are schemas. */
export function emitPackage(ir: IR, produced: readonly EmittedFile[], hasSchemas: boolean): EmittedFile[] {
  const all = modulesOf(produced);
  // A module with internal helpers is reachable only through the entry, never as a subpath.
  const subpaths = all.filter((m) => m.publicApi === undefined).map((m) => m.name);
  return [
    moduleFile("index.js", entry(all, false)),
    moduleFile("index.d.ts", entry(all, true)),
    emitPackageJson(ir, subpaths, hasSchemas),
    emitReadme(ir, subpaths, new Set(produced.map((f) => f.path))),
  ];
}
