/** The generated `validators.ts`: imports, shared tables, then each type's validators and exports. */
import type { IR, IRStructured } from "../../model/ir.ts";
import { _, call, Code, exportedFunction, join, Name, ts } from "../code.ts";
import type { Printed, Twins } from "../emitter.ts";
import { jsDoc, withoutBlankLines } from "../escape.ts";
import { unformatted, written, type Statement } from "../layout.ts";
import { Lookup } from "../lookup.ts";
import { structuredTypes } from "../schemas/hierarchy.ts";
import { enumValidators } from "./enum.ts";
import { namesList, RUNTIME_IMPORTS, type RuntimeImport, type TypeNames } from "./names.ts";
import { keysSets, structuredValidators } from "./structured.ts";

const RUNTIME_TYPES: ReadonlySet<RuntimeImport> = new Set<RuntimeImport>([
  "ValidateOptions",
  "ValidationResult",
  "Errors",
  "Body",
  "Family",
  "Keys",
  "Members",
]);

/**
 * Imports what the module uses, in the runtime's order; the types from the runtime are named with
 * `type`, so that the JavaScript rendering is the value imports alone.
 */
function imports(ir: IR, names: ReadonlyMap<string, TypeNames>, used: ReadonlySet<RuntimeImport>): Code {
  const types = join(ir.types.map((t) => names.get(t.qname)!.staticType)).str;
  const runtime = RUNTIME_IMPORTS.filter((r) => used.has(r));
  const listed = runtime.map((r) => (RUNTIME_TYPES.has(r) ? `type ${r}` : r)).join(", ");
  const values = runtime.filter((r) => !RUNTIME_TYPES.has(r)).join(", ");
  // TypeScript drops an import that names only types from the JavaScript.
  return new Code(
    `import type { ${types} } from "./types.js";\nimport { ${listed} } from "./runtime.js";`,
    values === "" ? "" : `import { ${values} } from "./runtime.js";`,
  );
}

/** What the `.d.ts` imports: every static type (each has its `isT`), and the runtime's types the exports name. */
function declarationImports(ir: IR, names: ReadonlyMap<string, TypeNames>, structured: boolean): string {
  const types = join(ir.types.map((t) => names.get(t.qname)!.staticType)).str;
  const lines = ir.types.length === 0 ? [] : [`import type { ${types} } from "./types.js";`];
  if (structured) lines.push(`import { type ValidateOptions, type ValidationResult } from "./runtime.js";`);
  return lines.join("\n");
}

function exportsOf(
  t: IRStructured,
  n: TypeNames,
  rt: (name: RuntimeImport) => Name,
): { code: Code[]; declarations: Statement[] } {
  const x: Name = n.staticType;
  const kind = t.derived.length > 0 ? ` or a type derived from it, named by its @odata.type` : "";
  const params = [
    { name: "value", type: _`unknown` },
    { name: "options", type: _`${rt("ValidateOptions")}`, optional: true },
  ];
  const validateDoc = jsDoc([
    `Checks a value as ${t.qname}${kind}, reporting every problem with its JSON Pointer path.`,
  ]);
  const validate = exportedFunction(
    validateDoc,
    n.validate!,
    params,
    _`${rt("ValidationResult")}<${x}>`,
    _`return ${rt("run")}${ts`<${x}>`}(value, ${n.test!}, ${n.check!}, options);`,
  );
  const isDoc = jsDoc([`The verdict of ${n.validate!.str}, without the list of problems: stops at the first.`]);
  const is = exportedFunction(
    isDoc,
    n.is,
    params,
    _`value is ${x}`,
    _`return !${n.test!}(value, null, ${rt("strict")}(options));`,
  );
  return { code: [validate.code, is.code], declarations: [validate.declaration, is.declaration] };
}

/**
 * The module's tables are built through these local functions rather than by calling the imports
 * directly: for each reference to an imported or const name in a top-level statement, TypeScript's
 * control-flow analysis walks back over every top-level statement before it (quadratic in the
 * number of types), while a reference to a function declared here costs nothing.
 */
function tableBuilders(ir: IR, lookup: Lookup, rt: (name: RuntimeImport) => Name): Code[] {
  const structured = structuredTypes(ir);
  const out: Code[] = [];
  if (structured.length > 0) {
    out.push(_`function familyOf(qnames${ts`: string`}, bodies${ts`: readonly ${rt("Body")}[]`}, tests${ts`: readonly ${rt("Body")}[]`})${ts`: ${rt("Family")}`} {
  return ${rt("family")}(KNOWN, qnames, bodies, tests);
}`);
  }
  if (structured.some((t) => !lookup.isOpen(t))) {
    out.push(_`function keysOf(base${ts`: ${rt("Keys")} | null`}, own${ts`: string`}, navigation${ts`?: string`})${ts`: ${rt("Keys")}`} {
  return ${rt("keys")}(base, own, navigation);
}`);
  }
  if (ir.types.some((t) => t.kind === "enum")) {
    out.push(_`function membersOf(list${ts`: string`})${ts`: ${rt("Members")}`} {
  return ${rt("members")}(list);
}`);
  }
  return out;
}

/**
 * The module; the same module without the test world's bodies, with what makes them again from
 * the check world's (`Twins`: each test body is its check body but for names of the same length);
 * the `.js` (without the test world's bodies) and `.d.ts`, rendered here (`Printed`); and what
 * the type-check reads (`checked`): the module with each test body declared, not defined.
 */
export function validatorsSource(
  ir: IR,
  names: ReadonlyMap<string, TypeNames>,
): { contents: string; twins: Twins; printed: Printed; checked: string } {
  const used = new Set<RuntimeImport>();
  const rt = (name: RuntimeImport): Name => {
    used.add(name);
    return new Name(name);
  };
  const lookup = new Lookup(ir);
  const evolvable = (qname: string): boolean => {
    const t = lookup.type(qname);
    return t.kind === "enum" && t.evolvable;
  };
  const cx = { names, lookup, rt, evolvable };
  const known = namesList(
    structuredTypes(ir).map((t) => t.qname),
    "@",
  );
  // Top-level statements: the whole module, and the one without the test world's bodies (each a
  // statement written in prettier's layout, or not), and what the type-check reads.
  const parts: Code[] = [];
  const without: { code: Code; inLayout: boolean }[] = [];
  const checked: Code[] = [];
  const everywhere = (codes: readonly Code[], inLayout = true): void => {
    parts.push(...codes);
    without.push(...codes.map((code) => ({ code, inLayout })));
    checked.push(...codes);
  };
  if (structuredTypes(ir).length > 0) {
    everywhere([
      _`/** Every @odata.type spelling of every type this package knows. */
${call(_`const KNOWN = ${rt("known")}`, [known])}`,
    ]);
  }
  everywhere(tableBuilders(ir, lookup, rt));
  everywhere(keysSets(structuredTypes(ir), cx));
  const declarations: Statement[] = [];
  const groups: string[][] = [];
  const renames = new Map<string, string>();
  for (const t of ir.types) {
    const n = names.get(t.qname)!;
    if (t.kind === "enum") {
      const { code, declaration } = enumValidators(t, n);
      everywhere(code);
      declarations.push(declaration);
      continue;
    }
    const { testBodies, testDeclarations, bodies, laidOut } = structuredValidators(t, cx);
    const exported = exportsOf(t, n, rt);
    declarations.push(...exported.declarations);
    parts.push(testBodies);
    checked.push(new Code(testDeclarations));
    everywhere([bodies], false);
    everywhere([...laidOut, ...exported.code]);
    const originals = [n.body!, ...n.chunks!];
    const copies = [n.testBody!, ...n.testChunks!];
    originals.forEach((b, i) => renames.set(b.str, copies[i]!.str));
    renames.set(n.check!.str, n.test!.str);
    groups.push(originals.map((b) => b.str));
  }
  const head = imports(ir, names, used);
  const text = (list: readonly Code[]): string => `${join([head, ...list], "\n\n").str}\n`;
  const imported = declarationImports(ir, names, structuredTypes(ir).length > 0);
  const dts = [...(imported === "" ? [] : [unformatted(imported)]), ...declarations];
  const js = [
    unformatted(withoutBlankLines(head.js)),
    ...without.map((u) => (u.inLayout ? written : unformatted)(withoutBlankLines(u.code.js))),
  ].filter((s) => s.text !== "");
  const printed = { js, dts: dts.length === 0 ? [unformatted("export {};")] : dts };
  return {
    contents: text(parts),
    twins: { without: text(without.map((u) => u.code)), groups, renames },
    printed,
    checked: text(checked),
  };
}
