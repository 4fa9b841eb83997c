/** An enum is a union of string literals plus a readonly array of its members, in order. */
import type { IREnum } from "../../model/ir.ts";
import { jsDoc, stringLiteral } from "../escape.ts";
import { listStatement, unformatted, unionAlias, type Statement } from "../layout.ts";

/** The enum in `types.ts`, and its statements in `types.js` and `types.d.ts`. */
export function emitEnum(e: IREnum): { ts: string; js: Statement; dts: Statement[] } {
  const notes = [`OData enum \`${e.qname}\`.`];
  if (e.evolvable) {
    notes.push(
      "Evolvable: members after `unknownFutureValue` are sent only to clients that ask with `Prefer: include-unknown-enum-members`; others receive `unknownFutureValue` instead.",
    );
  }
  const doc = jsDoc([e.description ?? "", notes.join(" ")].filter((s) => s !== ""));
  const union = e.members.map((m) => {
    const memberDoc = m.description === undefined ? "" : `${jsDoc([m.description])}\n`;
    return `${memberDoc}| ${stringLiteral(m.name)}`;
  });
  const alias = `${doc}\nexport type ${e.tsName} =\n${union.join("\n")};`;
  const membersDoc = jsDoc([`The members of \`${e.tsName}\`, in the order the API defines them.`]);
  const literals = e.members.map((m) => stringLiteral(m.name));
  const list = literals.join(", ");
  // A member with its own comment is laid out by prettier.
  const documented = e.members.some((m) => m.description !== undefined);
  return {
    // Annotated (isolatedDeclarations: the .d.ts is printed per file, without the checker).
    ts: `${alias}\n\n${membersDoc}\nexport const ${e.tsName}Members: readonly [${list}] = [${list}] as const satisfies readonly ${e.tsName}[];`,
    js: listStatement(membersDoc, `export const ${e.tsName}Members = [`, literals),
    dts: [
      documented ? unformatted(alias) : unionAlias(doc, e.tsName, literals),
      listStatement(membersDoc, `export declare const ${e.tsName}Members: readonly [`, literals),
    ],
  };
}
