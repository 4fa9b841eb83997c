/** An enum is a union of string literals plus a readonly array of its members, in order. */
import type { IREnum } from "../../ir/types.ts";
import { jsDoc, stringLiteral } from "../escape.ts";

/** The enum in `types.ts`, and the parts of it in `types.js` and `types.d.ts`. */
export function emitEnum(e: IREnum): { ts: string; js: string; dts: string } {
  const notes = [`OData enum \`${e.qname}\`.`];
  if (e.evolvable) {
    notes.push("Evolvable: members after `unknownFutureValue` are sent only to clients that ask with `Prefer: include-unknown-enum-members`; others receive `unknownFutureValue` instead.");
  }
  const doc = jsDoc([e.description ?? "", notes.join(" ")].filter((s) => s !== ""));
  const union = e.members.map((m) => {
    const memberDoc = m.description === undefined ? "" : `${jsDoc([m.description])}\n`;
    return `${memberDoc}| ${stringLiteral(m.name)}`;
  });
  const alias = `${doc}\nexport type ${e.tsName} =\n${union.join("\n")};`;
  const membersDoc = jsDoc([`The members of \`${e.tsName}\`, in the order the API defines them.`]);
  const list = e.members.map((m) => stringLiteral(m.name)).join(", ");
  const head = `${membersDoc}\nexport`;
  return {
    // Annotated (isolatedDeclarations: the .d.ts is printed per file, without the checker).
    ts: `${alias}\n\n${head} const ${e.tsName}Members: readonly [${list}] = [${list}] as const satisfies readonly ${e.tsName}[];`,
    js: `${head} const ${e.tsName}Members = [${list}];`,
    dts: `${alias}\n${head} declare const ${e.tsName}Members: readonly [${list}];`,
  };
}
