/**
 * The types emitter: `types.ts`, every interface, enum union and member list of the package.
 */
import type { IR } from "../../ir/types.ts";
import type { EmittedFile, Emitter } from "../emitter.ts";
import { jsDoc } from "../escape.ts";
import { Lookup } from "../lookup.ts";
import { emitEnum } from "./enum.ts";
import { emitNavigationMap, NAVIGATION_PRELUDE } from "./navigation.ts";
import { emitStructured } from "./structured.ts";

const PRELUDE = `${jsDoc(["`Edm.Single` and `Edm.Double` on the wire: a JSON number, or one of the strings OData uses for the values JSON cannot hold."])}
export type ODataFloat = number | "NaN" | "INF" | "-INF";`;

export const emitTypes: Emitter = (ir: IR): EmittedFile[] => {
  const lookup = new Lookup(ir);
  const parts = ir.types.map((t) => (t.kind === "enum" ? emitEnum(t) : [emitStructured(lookup, t), emitNavigationMap(lookup, t)].filter((s) => s !== "").join("\n\n")));
  const hasNavigation = ir.types.some((t) => t.kind !== "enum" && t.navigation.length > 0);
  return [{ path: "types.ts", contents: `${[PRELUDE, ...(hasNavigation ? [NAVIGATION_PRELUDE] : []), ...parts].join("\n\n")}\n` }];
};
