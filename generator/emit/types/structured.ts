/** One interface per entity or complex type, and the `AnyT` union for types with derived ones. */
import type { IRProperty, IRStructured } from "../../model/ir.ts";
import { jsDoc, propertyKey, stringLiteral } from "../escape.ts";
import { interfaceDeclaration, interfaceSource, unformatted, type Member, type Statement } from "../layout.ts";
import type { Lookup } from "../lookup.ts";
import { anyName, formatNote, propertyTypeParts } from "./typeref.ts";

/** The two spellings of a type's `@odata.type`, as the members of a TypeScript union of literals. */
function odataTypeLiterals(t: IRStructured): string[] {
  return [stringLiteral(`#${t.qname}`), stringLiteral(t.qname)];
}

function deprecationTag(p: IRProperty): string[] {
  const d = p.deprecated;
  if (d === undefined) return [];
  const dates = [
    d.since === undefined ? "" : `since ${d.since}`,
    d.removal === undefined ? "" : `removal ${d.removal}`,
  ].filter((s) => s !== "");
  return [`@deprecated ${d.message}${dates.length > 0 ? ` (${dates.join(", ")})` : ""}`];
}

/**
 * The members TypeScript's `Object` interface declares. An object without its own property of one
 * of these names still has it, from Object.prototype, and TypeScript checks an object literal that
 * leaves it out against that (`{}` is not a `{ constructor?: number }`): such a property's type
 * includes the inherited member's, which is also what reading it gives (the name "Object" is
 * reserved, so it is always the global).
 */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
]);

function propertyMember(lookup: Lookup, p: IRProperty, owner: IRStructured, self: IRStructured): Member {
  const paragraphs = [p.description ?? "", formatNote(p.type, lookup) ?? ""].filter((s) => s !== "");
  if (p.readOnly) paragraphs.push("Read-only: set by the service.");
  if (owner !== self) paragraphs.push(`Inherited from \`${owner.qname}\`.`);
  const inherited = OBJECT_MEMBERS.has(p.wireName);
  if (inherited)
    paragraphs.push(
      `Without an own \`${p.wireName}\`, a value reads the one of \`Object.prototype\`, as the type says.`,
    );
  const doc = jsDoc(paragraphs, deprecationTag(p));
  const parts = propertyTypeParts(lookup, p);
  return {
    doc,
    key: `${propertyKey(p.wireName)}?`,
    parts: inherited ? [...parts, `Object[${stringLiteral(p.wireName)}]`] : parts,
  };
}

function typeDoc(lookup: Lookup, t: IRStructured): string {
  const paragraphs = [t.description ?? ""];
  const notes: string[] = [
    `OData type \`#${t.qname}\`${t.kind === "entity" ? ` (entity, key ${t.key.join(", ")})` : ""}.`,
  ];
  if (t.baseType !== undefined) notes.push(`Derived from \`${t.baseType}\`.`);
  if (t.abstract) notes.push(`Abstract: a value is always one of the derived types, see \`${anyName(t)}\`.`);
  else if (t.derived.length > 0)
    notes.push(`A position of this type also accepts the derived types, see \`${anyName(t)}\`.`);
  if (lookup.isOpen(t)) notes.push("Open: values may carry dynamic properties.");
  return jsDoc([...paragraphs, notes.join(" ")].filter((s) => s !== ""));
}

/** The interface (and the `AnyT` union) of a type: the `.ts` text, and the `.d.ts` statements. */
export function emitStructured(lookup: Lookup, t: IRStructured): { ts: string; dts: Statement[] } {
  const members: Member[] = [];
  if (!t.abstract) {
    members.push({
      doc: jsDoc(["The type of this value, with or without the leading `#`."]),
      key: '"@odata.type"?',
      parts: odataTypeLiterals(t),
    });
  }
  for (const { owner, property } of lookup.allProperties(t)) members.push(propertyMember(lookup, property, owner, t));
  members.push({
    doc: jsDoc(["Instance annotations (`@odata.etag`, `property@ns.term`, ...)."]),
    key: "[annotation: `${string}@${string}`]",
    parts: ["unknown"],
  });
  if (lookup.isOpen(t))
    members.push({
      doc: jsDoc(["Dynamic properties of this open type."]),
      key: "[dynamicProperty: string]",
      parts: ["unknown"],
    });
  const [doc, head] = [typeDoc(lookup, t), `export interface ${t.tsName}`];
  const iface = { ts: interfaceSource(doc, head, members), dts: [interfaceDeclaration(doc, head, members)] };
  if (t.derived.length === 0) return iface;
  const any = emitAny(lookup, t);
  return { ts: `${iface.ts}\n\n${any}`, dts: [...iface.dts, unformatted(any)] };
}

/** `AnyT`: `T` (unless abstract) and each concrete descendant, which must name itself in `@odata.type`. */
function emitAny(lookup: Lookup, t: IRStructured): string {
  // Each type literal on lines of its own, as TypeScript prints it in the `.d.ts` (rendered here).
  const members = lookup
    .concreteFamily(t)
    .map((x) => (x === t ? x.tsName : `(${x.tsName} & {\n"@odata.type": ${odataTypeLiterals(x).join(" | ")};\n})`));
  const doc = jsDoc([
    `A value in a position declared as \`${t.qname}\`: ${t.abstract ? "one of its derived types" : "the type itself or one of its derived types"}, told apart by \`@odata.type\`.`,
  ]);
  return `${doc}\nexport type ${anyName(t)} =\n  | ${members.join("\n  | ")};`;
}
