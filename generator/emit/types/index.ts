/**
 * The types emitter: a declaration module per type (`types/<Name>.d.ts`, see `emit/modules.ts`: every
 * interface, `AnyT` union, enum union, navigation map and action body of the package, and
 * `types/odata-helpers.d.ts` with the helper types they use), `types.d.ts`, which re-exports them and
 * declares the enums' member lists, and `types.js`, which holds those lists. All are written as
 * final files: statements in prettier's layout (`emit/layout.ts`), a blank line between two.
 */
import type { IR, IREnum } from "../../model/ir.ts";
import { moduleFile, type EmittedFile, type Emitter } from "../emitter.ts";
import { written, type Statement } from "../layout.ts";
import { bodyParameters, Lookup } from "../lookup.ts";
import { bodyName, emitActionBody } from "./body.ts";
import { emitEnum, flagsHelper, type EmittedEnum } from "./enum.ts";
import { BLANK, declarationModules, separated, typeModuleMap, type Helper } from "../modules.ts";
import { emitNavigationMap, navigationMapName } from "./navigation.ts";
import { FLAGS_LOOSELY, FLAGS_OF, NAVIGATION, ODATA_FLOAT, WITH_DYNAMIC_PROPERTIES } from "./prelude.ts";
import { emitAny, emitInterface } from "./structured.ts";
import { anyName } from "./typeref.ts";

/** The helper types the spec's types need. */
function prelude(ir: IR, lookup: Lookup): Helper[] {
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
  return helpers;
}

/** A declaration to come: its name, known before its statement is written. */
interface Planned {
  readonly name: string;
  readonly emit: () => Statement;
}

/**
 * Every declaration of the types, in the order of `types.d.ts`: per type, then per action with a
 * body. An enum's union comes from `enumOf`, so that the caller emits each enum once.
 */
function planned(ir: IR, lookup: Lookup, enumOf: (e: IREnum) => EmittedEnum = emitEnum): Planned[] {
  const out: Planned[] = [];
  for (const t of ir.types) {
    if (t.kind === "enum") {
      out.push({ name: t.tsName, emit: () => enumOf(t).union });
      continue;
    }
    out.push({ name: t.tsName, emit: () => emitInterface(lookup, t) });
    if (t.derived.length > 0) out.push({ name: anyName(t), emit: () => emitAny(lookup, t) });
    if (lookup.allNavigation(t).length > 0)
      out.push({ name: navigationMapName(t), emit: () => emitNavigationMap(lookup, t)! });
  }
  for (const op of ir.operations)
    if (bodyParameters(op).length > 0) out.push({ name: bodyName(op), emit: () => emitActionBody(lookup, op)! });
  return out;
}

/** Where each type the package declares lives (name -> `types/<file>`), for the modules that import them. */
export function typeModules(ir: IR): Map<string, string> {
  const lookup = new Lookup(ir);
  return typeModuleMap(prelude(ir, lookup), planned(ir, lookup));
}

export const emitTypes: Emitter = (ir: IR): EmittedFile[] => {
  const lookup = new Lookup(ir);
  const enums = new Map(ir.types.flatMap((t) => (t.kind === "enum" ? [[t, emitEnum(t)] as const] : [])));
  const plan = planned(ir, lookup, (e) => enums.get(e)!);
  const declarations = plan.map((p) => ({ name: p.name, statement: p.emit() }));
  const members = [...enums.values()].map((e) => e.members);
  const js = [...enums.values()].map((e) => e.js);
  const helpers = prelude(ir, lookup);
  const { files, reexports } = declarationModules(helpers, declarations, typeModuleMap(helpers, plan));
  return [
    moduleFile("types.d.ts", members.length === 0 ? reexports : [...reexports, BLANK, ...separated(members)]),
    moduleFile("types.js", js.length === 0 ? [written("export {};")] : separated(js)),
    ...files,
  ];
};
