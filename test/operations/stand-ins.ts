/**
 * STAND-INS, to delete when the branches that provide them are merged. The operations emitter
 * relies on three names other emitters will give the package, and these tests need a package that
 * loads before they do:
 * - the validation runtime exports every `EDM[...].test` as `(x: unknown) => boolean` (today it has a
 *   few, some for strings only): a missing one is added here, built from the `EDM` table;
 * - `validators.js` exports `validate<Op>Body` for an action with body parameters: added here, a
 *   plain check (an object; each parameter present when required, null only where nullable, of its
 *   type; no other key), not the validators' own;
 * - `types.d.ts` declares `<Op>Body`: added here, an interface of the parameters.
 * Each is added only when the file lacks it, so once the real ones arrive this file changes nothing.
 */
import { EDM, EDM_PRIMITIVES } from "../../generator/model/edm.ts";
import type { IR, IRParameter } from "../../generator/model/ir.ts";
import type { EmittedFile } from "../../generator/emit/emitter.ts";

function exported(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/^export (?:declare )?(?:function|const|interface|type) (\w+)/gm)].map((m) => m[1]!),
  );
}

/** A check of a primitive's non-null value, from its table entry. */
function primitiveCheck(name: (typeof EDM_PRIMITIVES)[number]): string {
  const spec = EDM[name];
  const schema = typeof spec.schema === "object" ? (spec.schema as Record<string, unknown>) : {};
  switch (spec.json) {
    case "string": {
      const pattern = schema["pattern"];
      return typeof pattern === "string"
        ? `typeof x === "string" && new RegExp(${JSON.stringify(pattern)}).test(x)`
        : `typeof x === "string"`;
    }
    case "boolean":
      return `typeof x === "boolean"`;
    case "integer": {
      const [min, max] = [schema["minimum"], schema["maximum"]];
      const range = typeof min === "number" && typeof max === "number" ? ` && x >= ${min} && x <= ${max}` : "";
      return `Number.isSafeInteger(x)${range}`;
    }
    case "number":
      return `typeof x === "number" && Number.isFinite(x)`;
    case "float":
      return `(typeof x === "number" && Number.isFinite(x)) || x === "NaN" || x === "INF" || x === "-INF"`;
    case "any":
      return "true";
    case "none":
      return "false";
  }
}

function runtimeStandIns(runtime: string): string {
  const have = exported(runtime);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of EDM_PRIMITIVES) {
    const test = EDM[name].test;
    if (have.has(test) || seen.has(test)) continue;
    seen.add(test);
    out.push(`export function ${test}(x) {\n  return ${primitiveCheck(name)};\n}`);
  }
  return out.join("\n");
}

function paramCheck(ir: IR, p: IRParameter): string {
  const one = (v: string): string => {
    if (p.type.kind === "primitive") return `runtime.${EDM[p.type.edm].test}(${v})`;
    const t = ir.types.find((x) => x.qname === (p.type as { qname: string }).qname)!;
    return t.kind === "enum" ? `is${t.tsName}(${v})` : `validate${t.tsName}(${v}, { mode: "request" }).ok`;
  };
  const item = (v: string): string => (p.nullable ? `(${v} === null || ${one(v)})` : one(v));
  return p.collection ? `Array.isArray(v) && v.every((x) => ${item("x")})` : item("v");
}

function validatorStandIns(ir: IR, validators: string): string {
  const have = exported(validators);
  const out: string[] = [];
  for (const op of ir.operations) {
    const params = op.parameters.filter((p) => p.in === "body");
    const name = `validate${op.tsName}Body`;
    if (params.length === 0 || have.has(name)) continue;
    const checks = params.map((p) => {
      const missing = p.required
        ? `{ errors.push({ path: "/${p.name}", code: "required", message: "required" }); }`
        : "";
      return `{ const v = value["${p.name}"]; if (v === undefined) ${missing || "{}"} else if (!(${paramCheck(ir, p)})) errors.push({ path: "/${p.name}", code: "type", message: "not a valid ${p.name}" }); }`;
    });
    const known = JSON.stringify(params.map((p) => p.name));
    out.push(
      [
        `export function ${name}(value) {`,
        `  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, errors: [{ path: "", code: "type", message: "expected an object" }] };`,
        "  const errors = [];",
        `  for (const k of Object.keys(value)) if (!${known}.includes(k)) errors.push({ path: "/" + k, code: "unknownProperty", message: "unknown" });`,
        ...checks.map((c) => `  ${c}`),
        "  return errors.length === 0 ? { ok: true, value } : { ok: false, errors };",
        "}",
      ].join("\n"),
    );
  }
  // Appended to validators.js itself: its validators and guards are in scope already.
  return out.length === 0 ? "" : [`import * as runtime from "./runtime.js";`, ...out].join("\n");
}

function typeOf(ir: IR, p: IRParameter): string {
  const one =
    p.type.kind === "primitive"
      ? EDM[p.type.edm].ts
      : ir.types.find((t) => t.qname === (p.type as { qname: string }).qname)!.tsName;
  const item = p.nullable ? `${one} | null` : one;
  return p.collection ? `readonly (${item})[]` : item;
}

function typeStandIns(ir: IR, types: string): string {
  const have = exported(types);
  const out: string[] = [];
  for (const op of ir.operations) {
    const params = op.parameters.filter((p) => p.in === "body");
    const name = `${op.tsName}Body`;
    if (params.length === 0 || have.has(name)) continue;
    const members = params.map((p) => `  readonly ${p.name}${p.required ? "" : "?"}: ${typeOf(ir, p)};`);
    out.push(`export interface ${name} {\n${members.join("\n")}\n}`);
  }
  return out.join("\n");
}

/** The package's files with the stand-ins added where they are missing. */
export function withStandIns(ir: IR, files: readonly EmittedFile[]): EmittedFile[] {
  const text = (path: string): string => files.find((f) => f.path === path)?.contents ?? "";
  const added = new Map<string, string>([
    ["runtime.js", runtimeStandIns(text("runtime.js"))],
    ["validators.js", validatorStandIns(ir, text("validators.js"))],
    ["types.d.ts", typeStandIns(ir, text("types.d.ts"))],
  ]);
  return files.map((f) => {
    const extra = added.get(f.path);
    if (extra === undefined || extra === "") return f;
    return { path: f.path, contents: `${f.contents}\n/* stand-in (test/operations/stand-ins.ts) */\n${extra}\n` };
  });
}
