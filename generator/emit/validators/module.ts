/** The generated `validators.ts`: imports, shared tables, then each type's validators and exports. */
import type { IR, IRStructured } from "../../ir/types.ts";
import { _, Code, join, Name } from "../code.ts";
import type { Twins } from "../emitter.ts";
import { jsDoc } from "../escape.ts";
import { Lookup } from "../lookup.ts";
import { structuredTypes } from "../schemas/hierarchy.ts";
import { enumValidators } from "./enum.ts";
import { namesList, RUNTIME_IMPORTS, type RuntimeImport, type TypeNames } from "./names.ts";
import { keysSets, structuredValidators } from "./structured.ts";

const RUNTIME_TYPES: ReadonlySet<RuntimeImport> = new Set<RuntimeImport>(["ValidateOptions", "ValidationResult", "Errors", "Body", "Family", "Keys", "Members"]);

/** Imports what the module uses, in the runtime's order. */
function imports(ir: IR, names: ReadonlyMap<string, TypeNames>, used: ReadonlySet<RuntimeImport>): Code {
  const types = ir.types.map((t) => names.get(t.qname)!.staticType);
  const runtime = RUNTIME_IMPORTS.filter((r) => used.has(r)).map((r) => (RUNTIME_TYPES.has(r) ? `type ${r}` : r));
  return _`import type { ${join(types)} } from "./types.js";
import { ${new Code(runtime.join(", "))} } from "./runtime.js";`;
}

function exportsOf(t: IRStructured, n: TypeNames, rt: (name: RuntimeImport) => Name): Code {
  const x: Name = n.staticType;
  const kind = t.derived.length > 0 ? ` or a type derived from it, named by its @odata.type` : "";
  const validateDoc = new Code(jsDoc([`Checks a value as ${t.qname}${kind}, reporting every problem with its JSON Pointer path.`]));
  const isDoc = new Code(jsDoc([`The verdict of ${n.validate!.str}, without the list of problems: stops at the first.`]));
  return _`${validateDoc}
export function ${n.validate!}(value: unknown, options?: ${rt("ValidateOptions")}): ${rt("ValidationResult")}<${x}> {
return ${rt("run")}<${x}>(value, ${n.test!}, ${n.check!}, options);
}

${isDoc}
export function ${n.is}(value: unknown, options?: ${rt("ValidateOptions")}): value is ${x} {
return !${n.test!}(value, null, ${rt("strict")}(options));
}`;
}

/**
 * The module's tables are built through these local functions rather than by calling the imports
 * directly: for each reference to an imported or const name in a top-level statement, TypeScript's
 * control-flow analysis walks back over every top-level statement before it (quadratic in the
 * number of types), while a reference to a function declared here costs nothing.
 */
function tableBuilders(ir: IR, lookup: Lookup, rt: (name: RuntimeImport) => Name): Code {
  const structured = structuredTypes(ir);
  const out: Code[] = [];
  if (structured.length > 0) {
    out.push(_`function familyOf(qnames: string, bodies: readonly ${rt("Body")}[], tests: readonly ${rt("Body")}[]): ${rt("Family")} {
return ${rt("family")}(KNOWN, qnames, bodies, tests);
}`);
  }
  if (structured.some((t) => !lookup.isOpen(t))) {
    out.push(_`function keysOf(base: ${rt("Keys")} | null, own: string, navigation?: string): ${rt("Keys")} {
return ${rt("keys")}(base, own, navigation);
}`);
  }
  if (ir.types.some((t) => t.kind === "enum")) {
    out.push(_`function membersOf(list: string): ${rt("Members")} {
return ${rt("members")}(list);
}`);
  }
  return join(out, "\n\n");
}

/**
 * The module, and the same module without the test world's bodies, with what makes them again from
 * the check world's (`Twins`): each test body is its check body but for names of the same length.
 */
export function validatorsSource(ir: IR, names: ReadonlyMap<string, TypeNames>): { contents: string; twins: Twins } {
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
  const known = namesList(structuredTypes(ir).map((t) => t.qname), "@");
  const parts: Code[] = [];
  const without: Code[] = [];
  if (structuredTypes(ir).length > 0) {
    parts.push(_`/** Every @odata.type spelling of every type this package knows. */
const KNOWN = ${rt("known")}(${known});`);
  }
  parts.push(tableBuilders(ir, lookup, rt));
  parts.push(keysSets(structuredTypes(ir), cx));
  without.push(...parts);
  const groups: string[][] = [];
  const renames = new Map<string, string>();
  for (const t of ir.types) {
    const n = names.get(t.qname)!;
    if (t.kind === "enum") {
      const code = enumValidators(t, n);
      parts.push(code);
      without.push(code);
      continue;
    }
    const { testBodies, rest } = structuredValidators(t, cx);
    const tail = join([rest, exportsOf(t, n, rt)], "\n\n");
    parts.push(join([testBodies, tail], "\n\n"));
    without.push(tail);
    const originals = [n.body!, ...n.chunks!];
    const copies = [n.testBody!, ...n.testChunks!];
    originals.forEach((b, i) => renames.set(b.str, copies[i]!.str));
    renames.set(n.check!.str, n.test!.str);
    groups.push(originals.map((b) => b.str));
  }
  const head = imports(ir, names, used);
  const text = (list: Code[]): string => `${join([head, ...list], "\n\n").str}\n`;
  return { contents: text(parts), twins: { without: text(without), groups, renames } };
}
