/**
 * `validators.js` and `validators.d.ts`, written as they are shipped. The module: its imports, the
 * descriptors of the Edm kinds it uses (from the table of model/edm.ts), then each enum's and each
 * structured type's validators (bases before the types derived from them, since a type's
 * descriptor builds on its base's), then each action body's. Every top-level call is marked
 * `@__PURE__`, and nothing lists every type, so a bundler keeps only what an import reaches.
 */
import { EDM, type EdmPrimitive } from "../../model/edm.ts";
import type { IR, IRStructured } from "../../model/ir.ts";
import { _ } from "../code.ts";
import { moduleFile, type EmittedFile } from "../emitter.ts";
import { stringLiteral } from "../escape.ts";
import { declaredFunction, namedFrom, unformatted, written, type Statement } from "../layout.ts";
import { bodyOperations } from "../lookup.ts";
import { structuredTypes } from "../schemas/hierarchy.ts";
import { bodyValidators, operationName } from "./body.ts";
import { Context } from "./context.ts";
import { enumDoc, enumValidators } from "./enum.ts";
import { callStatement } from "./lines.ts";
import { staticTypeName } from "./names.ts";
import {
  checkedAs,
  exportedChecks,
  familyTable,
  isDoc,
  typeFunction,
  typeInfo,
  validateDoc,
  type Js,
} from "./structured.ts";
import { bodyName } from "../types/body.ts";
import { typeModules } from "../types/index.ts";
import { valueModules, type ValueGroup } from "../modules.ts";

/** Structured types with every base before the types derived from it, else in the IR's order. */
function basesFirst(cx: Context): IRStructured[] {
  const depth = (t: IRStructured): number => cx.lookup.ancestors(t).length;
  const types = structuredTypes(cx.ir);
  return types
    .map((t, i) => ({ t, i }))
    .sort((a, b) => depth(a.t) - depth(b.t) || a.i - b.i)
    .map(({ t }) => t);
}

/** Every statement after the imports, in module order. */
function body(cx: Context): Js[] {
  const out: Js[] = [];
  for (const t of cx.ir.types) if (t.kind === "enum") out.push(...enumValidators(t, cx));
  for (const t of basesFirst(cx)) {
    out.push(typeInfo(t, cx));
    const table = familyTable(t, cx);
    if (table !== undefined) out.push(table);
    out.push(typeFunction(t, "valid", cx), typeFunction(t, "check", cx), ...exportedChecks(t, cx));
  }
  for (const op of bodyOperations(cx.ir)) out.push(...bodyValidators(op, cx));
  return out;
}

/** `const edmString = primitive("string", "type", "a string");` for each Edm kind used. */
function primitiveDescriptors(cx: Context): Js[] {
  return (Object.keys(EDM) as EdmPrimitive[])
    .filter((p) => cx.primitives.has(p))
    .map((p) =>
      callStatement(_`const ${cx.names.primitive(p)} = /* @__PURE__ */ ${cx.rt("primitive")}`, [
        _`${EDM[p].json}`,
        _`${EDM[p].code}`,
        _`${EDM[p].expected}`,
      ]),
    );
}

/** The imports: the runtime's helpers the module uses (aliased where an export took the name), the enums' member lists. */
function imports(cx: Context): Js[] {
  const runtime = [...cx.runtime]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((r) => {
      const local = cx.names.runtimeName(r).str;
      return local === r ? r : `${r} as ${local}`;
    });
  const members = cx.ir.types.flatMap((t) => {
    if (t.kind !== "enum") return [];
    const n = cx.enumeration(t.qname);
    return [n.members.str === n.membersExport ? n.membersExport : `${n.membersExport} as ${n.members.str}`];
  });
  return [
    ...(runtime.length === 0 ? [] : [namedFrom("import", runtime, stringLiteral("./runtime.js")).text]),
    ...(members.length === 0 ? [] : [namedFrom("import", members, stringLiteral("./types.js")).text]),
  ];
}

/** The declarations, per type (and per action body): each export's signature, with the documentation the `.js` has. */
function declarations(ir: IR): ValueGroup[] {
  const out: ValueGroup[] = [];
  const params = ["value: unknown", "options?: ValidateOptions"];
  const validate = (name: string, what: string, type: string): ValueGroup => ({
    name,
    statements: [
      declaredFunction(validateDoc(what), `validate${name}`, params, `ValidationResult<${type}>`),
      declaredFunction(isDoc(`validate${name}`), `is${name}`, params, `value is ${type}`),
    ],
    values: [`validate${name}`, `is${name}`],
    types: [],
  });
  for (const t of ir.types) {
    const type = staticTypeName(t);
    if (t.kind === "enum") {
      const statement = declaredFunction(enumDoc(t), `is${t.tsName}`, ["value: unknown"], `value is ${type}`);
      out.push({ name: t.tsName, statements: [statement], values: [`is${t.tsName}`], types: [] });
      continue;
    }
    out.push(validate(t.tsName, checkedAs(t), type));
  }
  for (const op of bodyOperations(ir))
    out.push(validate(bodyName(op), `the body of ${operationName(op)} (its parameters)`, bodyName(op)));
  return out;
}

/** Where the validators' declarations find the names they use: the types' modules, and the runtime's. */
function declaredModules(ir: IR): Map<string, string> {
  const moduleOf = typeModules(ir);
  for (const name of ["ValidateOptions", "ValidationResult"]) moduleOf.set(name, "runtime");
  return moduleOf;
}

/** validators.js and validators.d.ts. */
export function validatorsFiles(ir: IR): EmittedFile[] {
  const cx = new Context(ir);
  // The body first, then the descriptors: they record what the module uses, which the imports name.
  const rest = body(cx);
  const descriptors = primitiveDescriptors(cx);
  const js = [...imports(cx), ...descriptors, ...rest].map(written);
  const { files, reexports } = valueModules("validators", declarations(ir), declaredModules(ir));
  const statements = (list: readonly Statement[]): Statement[] =>
    list.length === 0 ? [unformatted("export {};")] : [...list];
  return [moduleFile("validators.js", statements(js)), moduleFile("validators.d.ts", statements(reexports)), ...files];
}
