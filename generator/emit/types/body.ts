/**
 * `<Op>Body`: the JSON body of an action whose parameters are `in: body`, one member per parameter
 * (required unless the spec says `required: false`, CSDL's `Core.OptionalParameter`: then it may be left
 * out).
 */
import type { IROperation, IRParameter } from "../../model/ir.ts";
import { jsDoc, propertyKey } from "../escape.ts";
import { interfaceDeclaration, type Member, type Statement } from "../layout.ts";
import { bodyParameters, type Lookup } from "../lookup.ts";
import { slotTypeParts, typeNotes } from "./typeref.ts";

function parameterMember(lookup: Lookup, p: IRParameter): Member {
  const paragraphs = [p.description ?? "", typeNotes(lookup, p.type).join(" ")];
  return {
    doc: jsDoc(paragraphs.filter((s) => s !== "")),
    key: p.required ? propertyKey(p.name) : `${propertyKey(p.name)}?`,
    parts: slotTypeParts(lookup, p),
  };
}

/** The name of an operation's body interface. */
export function bodyName(op: IROperation): string {
  return `${op.tsName}Body`;
}

/** The body interface of an operation, or undefined when it has no body parameters. */
export function emitActionBody(lookup: Lookup, op: IROperation): Statement | undefined {
  const params = bodyParameters(op);
  if (params.length === 0) return undefined;
  const what = op.odataName === undefined ? `operation \`${op.id}\`` : `\`${op.odataName}\` (operation \`${op.id}\`)`;
  const doc = jsDoc([`The JSON body of ${what}, \`${op.method} ${op.path}\`: its parameters.`]);
  const members = [
    ...params.map((p) => parameterMember(lookup, p)),
    {
      doc: jsDoc(["Instance annotations (`@odata.etag`, `parameter@ns.term`, ...)."]),
      key: "[annotation: `${string}@${string}`]",
      parts: ["unknown"],
    },
  ];
  return interfaceDeclaration(doc, `export interface ${bodyName(op)}`, members);
}
