/** The member list, member set and `isE` guard of an enumeration. */
import type { IREnum } from "../../ir/types.ts";
import { _, Code, join, type Name } from "../code.ts";
import { jsDoc } from "../escape.ts";
import type { RuntimeImport, TypeNames } from "./names.ts";

export function enumValidators(t: IREnum, n: TypeNames, rt: (name: RuntimeImport) => Name): Code {
  const members = join(t.members.map((m) => _`${m.name}`));
  const doc = new Code(jsDoc([`True when the value is a member name of ${t.qname}.`]));
  return _`const ${n.members!} = ${rt("members")}([${members}]);

${doc}
export function ${n.is}(value: unknown): value is ${n.staticType} {
return ${n.members!}.set.has(value);
}`;
}
