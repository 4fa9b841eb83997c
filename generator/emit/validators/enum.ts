/** The member list, member set and `isE` guard of an enumeration. */
import type { IREnum } from "../../ir/types.ts";
import { _, Code } from "../code.ts";
import { jsDoc } from "../escape.ts";
import { namesList, type TypeNames } from "./names.ts";

export function enumValidators(t: IREnum, n: TypeNames): Code {
  const members = namesList(t.members.map((m) => m.name), ",");
  const doc = new Code(jsDoc([`True when the value is a member name of ${t.qname}.`]));
  return _`const ${n.members!} = membersOf(${members});

${doc}
export function ${n.is}(value: unknown): value is ${n.staticType} {
return ${n.members!}.set.has(value);
}`;
}
