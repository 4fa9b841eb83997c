// The program that scripts/bench-instructions.ts runs under callgrind: it warms every contender up
// on both payloads (as `npm run bench` does, so that V8's type feedback is the same mix), then calls
// one contender on one payload N times. Plain JavaScript, so that no TypeScript loader runs under
// valgrind.
//
//   node bench-instructions-child.mjs <package dir> <contender> <payload> <N>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, contender, payload, count] = process.argv.slice(2);
const root = new URL("..", import.meta.url);
const require = createRequire(new URL("package.json", root));
const Ajv2020 = require("ajv/dist/2020.js").default;
const json = (path) => JSON.parse(readFileSync(path, "utf8"));
const validators = await import(pathToFileURL(join(dir, "validators.js")).href);
const bundle = json(join(dir, "schemas/bundle.schema.json"));
const ajvOf = (allErrors) => {
  const ajv = new Ajv2020({ strict: true, allErrors });
  ajv.addSchema(bundle);
  return ajv.getSchema(`${bundle.$id}#/$defs/microsoft.graph.callRecords.segment`);
};
const ajvFast = ajvOf(false);
const ajvAll = ajvOf(true);
const contenders = {
  isSegment: (v) => validators.isSegment(v),
  "Ajv allErrors:false": (v) => ajvFast(v),
  validateSegment: (v) => validators.validateSegment(v).ok,
  "Ajv allErrors:true": (v) => ajvAll(v),
};
const payloads = {
  "valid segment": json(new URL("test/fixtures/seed/real-segment.json", root)),
  "seed example body": json(new URL("test/fixtures/seed/update-segments-request.json", root)),
};
const fn = contenders[contender];
const value = payloads[payload];
if (fn === undefined || value === undefined) throw new Error(`unknown contender or payload: ${contender}, ${payload}`);
let sink = 0;
for (let i = 0; i < 5000; i++)
  for (const f of Object.values(contenders)) for (const v of Object.values(payloads)) if (f(v)) sink++;
const n = Number(count);
for (let i = 0; i < n; i++) if (fn(value)) sink++;
if (sink < 0) console.log(sink);
