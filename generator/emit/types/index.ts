/**
 * The types emitter: `types.ts`, every interface, enum union and member list of the package, with
 * its `.js` (the member lists) and `.d.ts` (the rest as it is, the member lists declared), as
 * statements mostly in prettier's layout already (`emit/layout.ts`).
 */
import type { IR } from "../../model/ir.ts";
import type { EmittedFile, Emitter } from "../emitter.ts";
import { jsDoc, withoutBlankLines } from "../escape.ts";
import { unformatted, type Statement } from "../layout.ts";
import { Lookup } from "../lookup.ts";
import { emitEnum } from "./enum.ts";
import { emitNavigationMap, NAVIGATION_PRELUDE } from "./navigation.ts";
import { emitStructured } from "./structured.ts";

const PRELUDE = `${jsDoc(["`Edm.Single` and `Edm.Double` on the wire: a JSON number, or one of the strings OData uses for the values JSON cannot hold."])}
export type ODataFloat = number | "NaN" | "INF" | "-INF";`;

export const emitTypes: Emitter = (ir: IR): EmittedFile[] => {
  const lookup = new Lookup(ir);
  const parts = ir.types.map((t): { ts: string; js?: Statement; dts: Statement[] } => {
    if (t.kind === "enum") return emitEnum(t);
    const structured = emitStructured(lookup, t);
    const navigation = emitNavigationMap(lookup, t);
    if (navigation === undefined) return structured;
    return { ts: `${structured.ts}\n\n${navigation.ts}`, dts: [...structured.dts, navigation.dts] };
  });
  const hasNavigation = ir.types.some((t) => t.kind !== "enum" && t.navigation.length > 0);
  const prelude = [PRELUDE, ...(hasNavigation ? [NAVIGATION_PRELUDE] : [])];
  const js = parts.flatMap((p) => (p.js === undefined ? [] : [p.js]));
  return [
    {
      path: "types.ts",
      contents: `${[...prelude, ...parts.map((p) => p.ts)].join("\n\n")}\n`,
      printed: {
        // TypeScript prints a module without values as `export {};`.
        js: js.length === 0 ? [unformatted("export {};")] : js,
        // And ends a declaration file that has a declaration it does not export (the prelude's
        // `NestedExpand`) with `export {};`, so that it stays unexported.
        dts: [
          ...prelude.map((p) => unformatted(withoutBlankLines(p))),
          ...parts.flatMap((p) => p.dts),
          ...(hasNavigation ? [unformatted("export {};")] : []),
        ],
      },
    },
  ];
};
