/** The member list, member set and `isE` guard of an enumeration. */
import type { IREnum } from "../../model/ir.ts";
import { _, call, exportedFunction, type Code } from "../code.ts";
import { jsDoc } from "../escape.ts";
import type { Statement } from "../layout.ts";
import { namesList, type TypeNames } from "./names.ts";

export function enumValidators(t: IREnum, n: TypeNames): { code: Code[]; declaration: Statement } {
  const members = namesList(
    t.members.map((m) => m.name),
    ",",
  );
  const doc = jsDoc([`True when the value is a member name of ${t.qname}.`]);
  const is = exportedFunction(
    doc,
    n.is,
    [{ name: "value", type: _`unknown` }],
    _`value is ${n.staticType}`,
    _`return ${n.members!}.set.has(value);`,
  );
  return { code: [call(_`const ${n.members!} = membersOf`, [members]), is.code], declaration: is.declaration };
}
