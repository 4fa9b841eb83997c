/**
 * Stage 2d: checks on enumerations: members, their values (exact, to 64 bits) against the
 * underlying type's range, duplicates, and the rules of flags enums.
 */
import { ENUM_UNDERLYING } from "../model/edm.ts";
import type { RawEnum, RawMember } from "./format.ts";
import type { Decl, Reporter, SpecModel } from "./model.ts";

export function memberName(m: string | RawMember): string | undefined {
  return typeof m === "string" ? m : m.name;
}

/** A member's value as decimal text: the written one, else its position. */
export function memberValue(m: string | RawMember, position: number): string {
  return typeof m === "string" || m.value === undefined ? String(position) : m.value;
}

export function checkEnums(model: SpecModel, reporter: Reporter): void {
  for (const decl of model.enums.values()) {
    const members = decl.raw.members ?? [];
    if (members.length === 0 && decl.raw.members !== undefined) {
      reporter.error(decl, ["members"], "emptyEnum", "an enum needs at least one member");
    }
    checkMembers(decl, reporter);
    if (decl.raw.flags === true) checkFlags(decl, reporter);
  }
}

function checkMembers(decl: Decl<RawEnum>, reporter: Reporter): void {
  const underlying = decl.raw.underlying ?? "Edm.Int32";
  const range = ENUM_UNDERLYING[underlying];
  const names = new Map<string, number>();
  const values = new Map<string, number>();
  (decl.raw.members ?? []).forEach((m, i) => {
    const at = ["members", String(i)];
    const name = memberName(m);
    if (name === undefined) return;
    const first = names.get(name);
    if (first !== undefined) {
      reporter.error(decl, at, "duplicateMember", `member "${name}" is listed twice (first at position ${first})`);
    } else names.set(name, i);
    const value = memberValue(m, i);
    const n = BigInt(value);
    if (n < BigInt(range.min) || n > BigInt(range.max)) {
      reporter.error(
        decl,
        typeof m === "string" ? at : [...at, "value"],
        "invalidValue",
        `member "${name}" has the value ${value}, outside ${underlying}'s range ${range.min} to ${range.max}`,
        {
          hint:
            decl.raw.underlying === undefined
              ? "the default underlying type is Edm.Int32; set `underlying`"
              : undefined,
        },
      );
    }
    const firstValue = values.get(value);
    if (firstValue !== undefined) {
      reporter.error(
        decl,
        at,
        "duplicateMember",
        `member "${name}" has the value ${value}, already used at position ${firstValue}`,
      );
    } else values.set(value, i);
  });
}

/**
 * A flags enum: every member has an explicit, non-negative value (CSDL), and each value should be
 * zero, a power of two, or a combination of the single-bit members' values; anything else is a
 * warning (Graph's own metadata has one), since on the wire a value is written as member names.
 */
function checkFlags(decl: Decl<RawEnum>, reporter: Reporter): void {
  const members = decl.raw.members ?? [];
  const bits = members
    .map((m) => (typeof m === "string" || m.value === undefined ? -1n : BigInt(m.value)))
    .filter((v) => v > 0n && (v & (v - 1n)) === 0n)
    .reduce((all, v) => all | v, 0n);
  members.forEach((m, i) => {
    const at = ["members", String(i)];
    const name = memberName(m);
    if (typeof m === "string" || m.value === undefined) {
      reporter.error(decl, at, "flagsValue", `member "${name}" of a flags enum needs an explicit \`value\``, {
        hint: `write it as - { name: ${name}, value: <a power of two> }`,
      });
      return;
    }
    const v = BigInt(m.value);
    if (v < 0n) {
      reporter.error(
        decl,
        [...at, "value"],
        "flagsValue",
        `member "${name}" of a flags enum has the negative value ${v}`,
      );
    } else if ((v & ~bits) !== 0n) {
      reporter.warn(
        decl,
        [...at, "value"],
        "flagsValue",
        `member "${name}" has the value ${v}, ` +
          "which is neither a power of two nor a combination of the other members' values",
        { acknowledge: new Map([...(decl.raw.acknowledge ?? []), ...(m.acknowledge ?? [])]) },
      );
    }
  });
}
