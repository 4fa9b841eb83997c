/**
 * One interface per entity or complex type, with its own and inherited properties, and the `AnyT`
 * union for a type with derived ones.
 *
 * - A stream property (`Edm.Stream`) never holds a value in a body: it is declared `never`, and its
 *   `@odata.media*` annotations are declared beside it; a media entity (`hasStream`) declares the
 *   same annotations for its own bytes.
 * - An open type declares no index signature for its dynamic properties, so that an object literal
 *   with a misspelt name is still an error; `WithDynamicProperties<T>` adds them (`prelude.ts`).
 * - In `AnyT`, each derived type is a member once per spelling of its `@odata.type` (with and
 *   without `#`), so that comparing `@odata.type` with either spelling narrows in both branches.
 */
import type { IRProperty, IRStructured } from "../../model/ir.ts";
import { jsDoc, propertyKey, stringLiteral } from "../escape.ts";
import {
  interfaceDeclaration,
  unionAlias,
  unionOfMembers,
  type Member,
  type Statement,
  type UnionMember,
} from "../layout.ts";
import type { Lookup } from "../lookup.ts";
import { anyName, neverInline, slotTypeParts, typeNotes } from "./typeref.ts";

/** The two spellings of a type's `@odata.type`, as literals: with the leading `#`, then without. */
function odataTypeLiterals(t: IRStructured): [string, string] {
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

/**
 * The `@odata.media*` annotations of a stream: `prefix` is `photo` for the stream property `photo`,
 * "" for a media entity's own bytes; `subject` says which in their comments.
 */
function mediaAnnotations(prefix: string, subject: string): Member[] {
  const annotation = (name: string, text: string): Member => ({
    doc: jsDoc([text]),
    key: `${stringLiteral(`${prefix}@odata.${name}`)}?`,
    parts: ["string"],
  });
  return [
    annotation("mediaReadLink", `The URL to read ${subject} from, when it is not the default one.`),
    annotation("mediaEditLink", `The URL to write ${subject} to, when it is not the default one.`),
    annotation("mediaContentType", `The media type of ${subject} (\`image/png\`).`),
    annotation("mediaEtag", `The ETag of ${subject}, for conditional requests.`),
  ];
}

function propertyMembers(lookup: Lookup, p: IRProperty, owner: IRStructured, self: IRStructured): Member[] {
  const stream = neverInline(p.type);
  const notes = stream ? [] : typeNotes(lookup, p.type, p.facets);
  const paragraphs = [p.description ?? "", notes.join(" ")].filter((s) => s !== "");
  if (stream)
    paragraphs.push(
      `A stream: never inline. Its bytes are read and written through their own request ` +
        `(\`.../${p.wireName}\`); a body carries only its \`@odata.media*\` annotations.`,
    );
  if (p.readOnly) paragraphs.push("Read-only: set by the service.");
  if (owner !== self) paragraphs.push(`Inherited from \`${owner.qname}\`.`);
  const inherited = OBJECT_MEMBERS.has(p.wireName);
  if (inherited)
    paragraphs.push(
      `Without an own \`${p.wireName}\`, a value reads the one of \`Object.prototype\`, as the type says.`,
    );
  const parts = stream ? ["never"] : slotTypeParts(lookup, p);
  const property: Member = {
    doc: jsDoc(paragraphs, deprecationTag(p)),
    key: `${propertyKey(p.wireName)}?`,
    parts: inherited ? [...parts, `Object[${stringLiteral(p.wireName)}]`] : parts,
  };
  return stream ? [property, ...mediaAnnotations(p.wireName, `the stream \`${p.wireName}\``)] : [property];
}

function isMediaEntity(lookup: Lookup, t: IRStructured): boolean {
  return [...lookup.ancestors(t), t].some((x) => x.hasStream);
}

function entityNote(t: IRStructured): string {
  if (t.kind !== "entity") return "";
  return t.key.length === 0 ? " (entity without a key)" : ` (entity, key ${t.key.join(", ")})`;
}

function typeDoc(lookup: Lookup, t: IRStructured): string {
  const notes: string[] = [`OData type \`#${t.qname}\`${entityNote(t)}.`];
  if (t.baseType !== undefined) notes.push(`Derived from \`${t.baseType}\`.`);
  if (t.abstract) notes.push(`Abstract: a value is always one of the derived types, see \`${anyName(t)}\`.`);
  else if (t.derived.length > 0)
    notes.push(`A position of this type also accepts the derived types, see \`${anyName(t)}\`.`);
  if (isMediaEntity(lookup, t))
    notes.push("A media entity: its bytes are read and written at `.../$value`, described by `@odata.media*`.");
  if (lookup.isOpen(t))
    notes.push(
      `Open: a value may carry dynamic properties (any name, any JSON value). \`${t.tsName}\` names only ` +
        `the declared ones, so that a misspelt name is an error in an object literal; use ` +
        `\`WithDynamicProperties<${t.tsName}>\` for a value with dynamic properties.`,
    );
  return jsDoc([t.description ?? "", notes.join(" ")].filter((s) => s !== ""));
}

/** The interface of a type. */
export function emitInterface(lookup: Lookup, t: IRStructured): Statement {
  const members: Member[] = [];
  if (!t.abstract)
    members.push({
      doc: jsDoc(["The type of this value, with or without the leading `#`."]),
      key: '"@odata.type"?',
      parts: odataTypeLiterals(t),
    });
  if (isMediaEntity(lookup, t)) members.push(...mediaAnnotations("", "the bytes of this media entity"));
  for (const { owner, property } of lookup.allProperties(t))
    members.push(...propertyMembers(lookup, property, owner, t));
  members.push({
    doc: jsDoc(["Instance annotations (`@odata.etag`, `property@ns.term`, ...)."]),
    key: "[annotation: `${string}@${string}`]",
    parts: ["unknown"],
  });
  return interfaceDeclaration(typeDoc(lookup, t), `export interface ${t.tsName}`, members);
}

/**
 * `AnyT`: `T` (unless abstract), and each concrete descendant once per spelling of its
 * `@odata.type`, which it must name.
 */
export function emitAny(lookup: Lookup, t: IRStructured): Statement {
  const members = lookup.concreteFamily(t).flatMap((x): UnionMember[] => {
    if (x === t) return [x.tsName];
    return odataTypeLiterals(x).map((value) => ({ type: x.tsName, key: '"@odata.type"', value }));
  });
  const what = t.abstract ? "one of its derived types" : "the type itself or one of its derived types";
  const doc = jsDoc([
    `A value in a position declared as \`${t.qname}\`: ${what}, told apart by \`@odata.type\`. A derived ` +
      `type is a member once per spelling of its name (with and without \`#\`), so that comparing ` +
      `\`@odata.type\` with either spelling narrows the value in both branches.`,
  ]);
  // Abstract all the way down: no value can be in such a position.
  if (members.length === 0) return unionAlias(doc, anyName(t), ["never"]);
  return unionOfMembers(doc, anyName(t), members);
}
