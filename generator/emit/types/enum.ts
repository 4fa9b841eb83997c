/**
 * An enum is a union of string literals (the member names, which are the wire form) plus a readonly
 * array of its members, in order. A flags enum's value is member names joined by `,`, each at most
 * once, in any order: exactly that union when it stays small (`FlagsOf`), else a sound superset
 * (`FlagsLoosely`), see `prelude.ts`. Member values (negative ones, 64-bit ones) are in the comment.
 */
import type { IREnum } from "../../model/ir.ts";
import { jsDoc, stringLiteral } from "../escape.ts";
import { listStatement, typeArgumentAlias, unionAlias, type Statement } from "../layout.ts";
import { EXACT_FLAGS_MEMBERS } from "./prelude.ts";

/** The helper type a flags enum's union is written with. */
export function flagsHelper(e: IREnum): "FlagsOf" | "FlagsLoosely" | undefined {
  if (!e.flags) return undefined;
  return e.members.length <= EXACT_FLAGS_MEMBERS ? "FlagsOf" : "FlagsLoosely";
}

function kindNote(e: IREnum): string {
  const notes = [
    `OData enum \`${e.qname}\`${e.underlying === "Edm.Int32" ? "" : ` (underlying type \`${e.underlying}\`)`}.`,
  ];
  if (e.flags) {
    const example = e.members.length > 1 ? `\`"${e.members[0]!.name},${e.members[1]!.name}"\`` : "";
    notes.push(
      `Flags: a value is member names joined by \`,\`${example === "" ? "" : ` (${example})`}, each at most once, ` +
        "in any order, without spaces.",
    );
    if (flagsHelper(e) === "FlagsLoosely")
      notes.push(
        `With more than ${EXACT_FLAGS_MEMBERS} members the type checks the first and the last name of a ` +
          `value; the validators check them all.`,
      );
  }
  if (e.evolvable)
    notes.push(
      "Evolvable: members after `unknownFutureValue` are sent only to clients that ask with `Prefer: " +
        "include-unknown-enum-members`; others receive `unknownFutureValue` instead.",
    );
  return notes.join(" ");
}

/**
 * The members with their values and descriptions, when that says more than the union: some member
 * has a description, or a value other than its position.
 */
function membersNote(e: IREnum): string | undefined {
  const informative = e.members.some((m, i) => m.description !== undefined || m.value !== String(i));
  if (!informative) return undefined;
  const lines = e.members.map(
    (m) =>
      `- \`${m.name}\` = ${m.value}${m.description === undefined ? "" : `: ${m.description.replace(/\s+/g, " ")}`}`,
  );
  return ["Members:", ...lines].join("\n");
}

export interface EmittedEnum {
  readonly union: Statement;
  readonly members: Statement;
  readonly js: Statement;
}

/**
 * The enum's union (its own declaration module), its members' declaration (in `types.d.ts`, beside
 * the members' array in `types.js`) and that array.
 */
export function emitEnum(e: IREnum): EmittedEnum {
  const doc = jsDoc([e.description ?? "", kindNote(e), membersNote(e) ?? ""].filter((s) => s !== ""));
  const literals = e.members.map((m) => stringLiteral(m.name));
  const helper = flagsHelper(e);
  const union =
    literals.length === 0
      ? unionAlias(doc, e.tsName, ["never"])
      : helper === undefined
        ? unionAlias(doc, e.tsName, literals)
        : typeArgumentAlias(doc, e.tsName, helper, literals);
  const membersDoc = jsDoc([`The members of \`${e.tsName}\`, in the order the API defines them.`]);
  return {
    union,
    members: listStatement(membersDoc, `export declare const ${e.tsName}Members: readonly [`, literals),
    js: listStatement(membersDoc, `export const ${e.tsName}Members = [`, literals),
  };
}
