/**
 * The types emitter: `types.d.ts` (every interface, enum union, navigation map and action body of
 * the package, after the helper types they use) and `types.js` (the enums' member lists), written
 * as final files: statements in prettier's layout (`emit/layout.ts`), a blank line between two.
 */
import type { IR } from "../../model/ir.ts";
import { moduleFile, type EmittedFile, type Emitter } from "../emitter.ts";
import { written, type Statement } from "../layout.ts";
import { Lookup } from "../lookup.ts";
import { emitActionBody } from "./body.ts";
import { emitEnum, flagsHelper } from "./enum.ts";
import { emitNavigationMap } from "./navigation.ts";
import { FLAGS_LOOSELY, FLAGS_OF, NAVIGATION, ODATA_FLOAT, WITH_DYNAMIC_PROPERTIES } from "./prelude.ts";
import { emitStructured } from "./structured.ts";

const BLANK: Statement = { text: "", laidOut: true };

/** The helper types the spec's types need, and whether one of them is private (the file then ends with `export {}`). */
function prelude(ir: IR, lookup: Lookup): { statements: Statement[]; private: boolean } {
  const structured = ir.types.flatMap((t) => (t.kind === "enum" ? [] : [t]));
  const helpers = new Set(ir.types.map((t) => (t.kind === "enum" ? flagsHelper(t) : undefined)));
  const navigation = structured.some((t) => t.navigation.length > 0);
  const statements = [
    ODATA_FLOAT,
    ...(structured.some((t) => lookup.isOpen(t)) ? [WITH_DYNAMIC_PROPERTIES] : []),
    ...(helpers.has("FlagsOf") ? [FLAGS_OF] : []),
    ...(helpers.has("FlagsLoosely") ? [FLAGS_LOOSELY] : []),
    ...(navigation ? NAVIGATION : []),
  ];
  return { statements, private: navigation || helpers.has("FlagsOf") || helpers.has("FlagsLoosely") };
}

function separated(statements: readonly Statement[]): Statement[] {
  return statements.flatMap((s, i) => (i === 0 ? [s] : [BLANK, s]));
}

export const emitTypes: Emitter = (ir: IR): EmittedFile[] => {
  const lookup = new Lookup(ir);
  const dts: Statement[] = [];
  const js: Statement[] = [];
  for (const t of ir.types) {
    if (t.kind === "enum") {
      const e = emitEnum(t);
      dts.push(...e.dts);
      js.push(e.js);
      continue;
    }
    dts.push(...emitStructured(lookup, t));
    const navigation = emitNavigationMap(lookup, t);
    if (navigation !== undefined) dts.push(navigation);
  }
  for (const op of ir.operations) {
    const body = emitActionBody(lookup, op);
    if (body !== undefined) dts.push(body);
  }
  const { statements, private: hasPrivate } = prelude(ir, lookup);
  // A declaration file with a declaration it does not export ends with `export {}`, which keeps it unexported.
  const end = hasPrivate ? [written("export {};")] : [];
  return [
    moduleFile("types.d.ts", separated([...statements, ...dts, ...end])),
    moduleFile("types.js", js.length === 0 ? [written("export {};")] : separated(js)),
  ];
};
