// The scale benchmark's peer: json-schema-to-typescript compiling a schema bundle (every definition
// under $defs), in a process of its own so that its time and memory are measured as generate's are.
//
//   node scripts/bench-scale-peer.mjs generated/.../schemas/bundle.schema.json
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { compile } from "json-schema-to-typescript";

const file = process.argv[2];
const bundle = JSON.parse(readFileSync(file, "utf8"));
const ts = await compile(bundle, "Bundle", {
  unreachableDefinitions: true,
  bannerComment: "",
  format: false,
  cwd: dirname(file),
});
console.log(`${Object.keys(bundle.$defs ?? {}).length} definitions, ${ts.length} characters of TypeScript`);
