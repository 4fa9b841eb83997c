/**
 * What one import of a generated package costs a browser app: each named export bundled alone from
 * the package entry by esbuild (ESM, minified, tree-shaken), then gzip -9. For an export of
 * `operations.js`, a second figure bundles it from that module with `validators.js` and
 * `runtime.js` left out, so that what the client and the request builders carry is seen apart from
 * what the validators carry.
 *
 *   npx tsx scripts/bundle-size.ts [--dir generated/beta/v1] updateSegments listSessions ...
 */
import { build, type Plugin } from "esbuild";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** Leaves the validation modules out of the bundle. */
const withoutValidation: Plugin = {
  name: "without-validation",
  setup(b) {
    b.onResolve({ filter: /^\.\/(validators|runtime)\.js$/ }, (a) => ({ path: a.path, external: true }));
  },
};

/** Bytes of the bundle of one export of the package in `dir`, imported from its module `from`, minified and gzipped. */
export async function bundleSize(
  dir: string,
  name: string,
  from: string,
  plugins: Plugin[] = [],
): Promise<{ bytes: number; gzip: number }> {
  const result = await build({
    stdin: { contents: `export { ${name} } from "./${from}.js";`, resolveDir: dir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    plugins,
  });
  const code = result.outputFiles[0]!.contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function size(dir: string, name: string, from: string, plugins: Plugin[]): Promise<string> {
  const { bytes, gzip } = await bundleSize(dir, name, from, plugins);
  return `${String(bytes).padStart(7)} B (${String(gzip).padStart(6)} B gzip)`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--dir");
  const dir = resolve(at === -1 ? "generated/beta/v1" : args.splice(at, 2)[1]!);
  const names = args.length > 0 ? args : ["updateSegments", "listSessions", "getCallRecord", "validateSegment"];
  const operations = readFileSync(`${dir}/operations.js`, "utf8");
  console.log(`${"export".padEnd(28)} ${"from the entry".padEnd(22)}   from operations.js, validation left out`);
  for (const name of names) {
    const own = new RegExp(`^export (?:async )?function\\*? ?${name}\\(`, "m").test(operations);
    const apart = own ? await size(dir, name, "operations", [withoutValidation]) : "";
    console.log(`${name.padEnd(28)} ${await size(dir, name, "index", [])}   ${apart}`);
  }
}

// Run as a script, not when another script imports `bundleSize`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
