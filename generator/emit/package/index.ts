/**
 * The package emitter: the files that describe the package rather than the API — `index.ts`,
 * `package.json` and `README.md`. They depend on which modules the other emitters produced, so the
 * pipeline calls `emitPackage` with that list after running them.
 */
import type { IR } from "../../model/ir.ts";
import type { EmittedFile } from "../emitter.ts";
import { normalisedSpec } from "../../ir/normalise.ts";
import { emitReadme } from "./readme.ts";

export { GENERATOR_NAME } from "./name.ts";

/**
 * Top-level modules other than `index`, in a fixed order: each is its `.js` file, or its `.ts` for a
 * module still emitted as TypeScript.
 */
function modulesOf(files: readonly EmittedFile[]): EmittedFile[] {
  const isModule = (p: string): boolean => (p.endsWith(".js") || p.endsWith(".ts")) && !p.endsWith(".d.ts");
  return files
    .filter((f) => isModule(f.path) && !f.path.includes("/") && nameOf(f) !== "index")
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const nameOf = (f: EmittedFile): string => f.path.replace(/\.(js|ts)$/, "");

/** The entry re-exports every module whole, or only its public names when it declares them. */
function emitIndex(modules: readonly EmittedFile[]): EmittedFile {
  const lines = modules.flatMap((m) => {
    const from = JSON.stringify(`./${nameOf(m)}.js`);
    if (m.publicApi === undefined) return [`export * from ${from};`];
    // A module of internals only (the client's request building) has nothing to re-export.
    const { types, values } = m.publicApi;
    return [
      ...(types.length === 0 ? [] : [`export type { ${types.join(", ")} } from ${from};`]),
      ...(values.length === 0 ? [] : [`export { ${values.join(", ")} } from ${from};`]),
    ];
  });
  return { path: "index.ts", contents: `${lines.join("\n")}\n` };
}

function emitPackageJson(ir: IR, modules: readonly string[], hasSchemas: boolean): EmittedFile {
  const exports: Record<string, unknown> = { ".": { types: "./index.d.ts", default: "./index.js" } };
  for (const m of modules) exports[`./${m}`] = { types: `./${m}.d.ts`, default: `./${m}.js` };
  if (hasSchemas) exports["./schemas/*"] = "./schemas/*";
  exports["./package.json"] = "./package.json";
  const pkg = {
    name: ir.api.packageName,
    version: ir.api.specVersion,
    description: `${ir.api.title}: TypeScript types, JSON Schemas, validators and request builders (API version ${ir.api.apiVersion}).`,
    type: "module",
    sideEffects: false,
    main: "./index.js",
    types: "./index.d.ts",
    exports,
    engines: { node: ">=20" },
  };
  return { path: "package.json", contents: `${JSON.stringify(pkg, null, 2)}\n` };
}

/** The package files, given the modules the API emitters produced, the changelog's text, and whether there are schemas. */
export function emitPackage(
  ir: IR,
  produced: readonly EmittedFile[],
  changelog: string,
  hasSchemas: boolean,
): EmittedFile[] {
  const all = modulesOf(produced);
  // A module with internal helpers is reachable only through the entry, never as a subpath.
  const modules = all.filter((m) => m.publicApi === undefined).map(nameOf);
  return [
    emitIndex(all),
    emitPackageJson(ir, modules, hasSchemas),
    emitReadme(ir, modules),
    { path: "CHANGELOG.md", contents: changelog },
    // The spec that made this folder, recorded so the next run can classify its changes.
    { path: "spec.json", contents: `${JSON.stringify(JSON.parse(normalisedSpec(ir)), null, 2)}\n` },
  ];
}
