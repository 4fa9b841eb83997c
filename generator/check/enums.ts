/** Stage 2c: checks on enumerations — names, duplicate members and values. */
import type { RawMember } from "./format.ts";
import type { Reporter, SpecModel } from "./model.ts";
import { TYPE_NAME } from "./structured.ts";

export function memberName(m: string | RawMember): string | undefined {
  return typeof m === "string" ? m : m.name;
}

/** Why a member name cannot be one, or undefined when it can. */
export function memberNameProblem(name: string): string | undefined {
  if (name.length === 0) return "it is empty";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "it contains a control character";
  if (name.includes(",")) return "it contains a comma, which separates flag members on the wire";
  if (/^[+-]?\d+$/.test(name)) return "it is all digits, which OData reads as a member's numeric value";
  return undefined;
}

export function checkEnums(model: SpecModel, reporter: Reporter): void {
  for (const decl of model.enums.values()) {
    if (!TYPE_NAME.test(decl.name)) {
      reporter.error(decl, [], "invalidName", `"${decl.name}" cannot be an enum name: use letters, digits and _`, {
        at: "key",
      });
    }
    const members = decl.raw.members ?? [];
    if (members.length === 0 && decl.raw.members !== undefined) {
      reporter.error(decl, ["members"], "emptyEnum", "an enum needs at least one member");
    }
    const names = new Map<string, number>();
    const values = new Map<number, number>();
    members.forEach((m, i) => {
      const name = memberName(m);
      if (name === undefined) return;
      const problem = memberNameProblem(name);
      if (problem !== undefined)
        reporter.error(decl, ["members", String(i)], "invalidName", `"${name}" cannot be an enum member: ${problem}`);
      const first = names.get(name);
      if (first !== undefined) {
        reporter.error(
          decl,
          ["members", String(i)],
          "duplicateMember",
          `member "${name}" is listed twice (first at position ${first})`,
        );
      } else names.set(name, i);
      const value = typeof m === "string" || m.value === undefined ? i : m.value;
      const firstValue = values.get(value);
      if (firstValue !== undefined) {
        reporter.error(
          decl,
          ["members", String(i)],
          "duplicateMember",
          `member "${name}" has the value ${value}, already used at position ${firstValue}`,
        );
      } else values.set(value, i);
    });
  }
}
