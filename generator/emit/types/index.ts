/**
 * The types emitter: a declaration module per type (`types/<Name>.d.ts`, see `modules.ts`: every
 * interface, `AnyT` union, enum union, navigation map and action body of the package, and
 * `types/odata-helpers.d.ts` with the helper types they use), `types.d.ts`, which re-exports them and
 * declares the enums' member lists, and `types.js`, which holds those lists. All are written as
 * final files: statements in prettier's layout (`emit/layout.ts`), a blank line between two.
 */
import type { IR } from "../../model/ir.ts";
import { moduleFile, type EmittedFile, type Emitter } from "../emitter.ts";
import { written, type Statement } from "../layout.ts";
import { Lookup } from "../lookup.ts";
import { bodyName, emitActionBody } from "./body.ts";
import { emitEnum, flagsHelper } from "./enum.ts";
import { BLANK, declarationModules, separated, type Declaration, type Helper } from "./modules.ts";
import { emitNavigationMap, navigationMapName } from "./navigation.ts";
import { FLAGS_LOOSELY, FLAGS_OF, NAVIGATION, ODATA_FLOAT, WITH_DYNAMIC_PROPERTIES } from "./prelude.ts";
import { emitStructured } from "./structured.ts";

/** The helper types the spec's types need, and whether one of them is private (the module then ends with `export {}`). */
function prelude(ir: IR, lookup: Lookup): { helpers: Helper[]; private: boolean } {
  const structured = ir.types.flatMap((t) => (t.kind === "enum" ? [] : [t]));
  const flags = new Set(ir.types.map((t) => (t.kind === "enum" ? flagsHelper(t) : undefined)));
  const navigation = structured.some((t) => t.navigation.length > 0);
  const helpers = [
    ODATA_FLOAT,
    ...(structured.some((t) => lookup.isOpen(t)) ? [WITH_DYNAMIC_PROPERTIES] : []),
    ...(flags.has("FlagsOf") ? [FLAGS_OF] : []),
    ...(flags.has("FlagsLoosely") ? [FLAGS_LOOSELY] : []),
    ...(navigation ? NAVIGATION : []),
  ];
  return { helpers, private: navigation };
}

export const emitTypes: Emitter = (ir: IR): EmittedFile[] => {
  const lookup = new Lookup(ir);
  const declarations: Declaration[] = [];
  const members: Statement[] = [];
  const js: Statement[] = [];
  for (const t of ir.types) {
    if (t.kind === "enum") {
      const e = emitEnum(t);
      declarations.push({ name: t.tsName, statement: e.union });
      members.push(e.members);
      js.push(e.js);
      continue;
    }
    declarations.push(...emitStructured(lookup, t));
    const navigation = emitNavigationMap(lookup, t);
    if (navigation !== undefined) declarations.push({ name: navigationMapName(t), statement: navigation });
  }
  for (const op of ir.operations) {
    const body = emitActionBody(lookup, op);
    if (body !== undefined) declarations.push({ name: bodyName(op), statement: body });
  }
  const { helpers, private: hasPrivate } = prelude(ir, lookup);
  // A declaration file with a declaration it does not export ends with `export {}`, which keeps it unexported.
  const end = hasPrivate ? [BLANK, written("export {};")] : [];
  const { files, reexports } = declarationModules(helpers, end, declarations);
  return [
    moduleFile("types.d.ts", members.length === 0 ? reexports : [...reexports, BLANK, ...separated(members)]),
    moduleFile("types.js", js.length === 0 ? [written("export {};")] : separated(js)),
    ...files,
  ];
};
