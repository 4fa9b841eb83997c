/**
 * The codes a spec's `acknowledge` may hold: one table. A spec acknowledges something it keeps on
 * purpose by mapping its code to the reason (`acknowledge: { collectionUpdate: "the docs page says so" }`).
 *
 * Two kinds of code:
 * - `warning`: a warning of the checker. Acknowledged where the warning is reported, it is not printed
 *   but counted ("1 warning acknowledged").
 * - `drift`: a difference from the service metadata that `npm run drift` (issue #20) reports. A code
 *   ending in `:` takes an argument, the name of what is missing or different (`missingProperty:foo`).
 *
 * `where` says which spec nodes a code may sit on; the checker refuses it elsewhere.
 */

export type AcknowledgePlace = "file" | "type" | "property" | "navigation" | "enum" | "member" | "operation";

export interface AcknowledgeCode {
  readonly kind: "warning" | "drift";
  readonly where: readonly AcknowledgePlace[];
  /** What the code means, for the editor schema and messages. */
  readonly doc: string;
}

const warning = (where: readonly AcknowledgePlace[], doc: string) => ({ kind: "warning" as const, where, doc });
const drift = (where: readonly AcknowledgePlace[], doc: string) => ({ kind: "drift" as const, where, doc });

const DECLARED: readonly AcknowledgePlace[] = ["type", "property", "navigation", "enum", "member", "operation"];

export const ACKNOWLEDGE_CODES = {
  // Checker warnings.
  collectionUpdate: warning(["operation"], "a PATCH or PUT of one entity at a collection URL"),
  queryNotOffered: warning(["operation"], "a query option the generated client does not offer"),
  bodyOnRead: warning(["operation"], "a GET or DELETE that declares a request body"),
  noSuccess: warning(["operation"], "an operation without a 2xx response"),
  renamed: warning(["type", "enum", "operation"], "a TypeScript name other than the spec name"),
  wireName: warning(["property"], "a property name that is not an OData identifier (Graph's `request-id`)"),
  flagsValue: warning(
    ["enum", "member"],
    "a flags member value that is not a power of two or a combination of members",
  ),
  // Drift from the service metadata (issue #20).
  missingInMetadata: drift(DECLARED, "declared in the spec, absent from the metadata"),
  type: drift(["property", "navigation"], "a different type"),
  nullable: drift(["property", "navigation"], "a different nullability"),
  collection: drift(["property", "navigation"], "a collection in one, a single value in the other"),
  base: drift(["type"], "a different base type"),
  abstract: drift(["type"], "abstract in one only"),
  open: drift(["type"], "open in one only"),
  hasStream: drift(["type"], "a media entity in one only"),
  key: drift(["type"], "a different key"),
  kind: drift(["type"], "an entity type in one, a complex type in the other"),
  flags: drift(["enum"], "a flags enum in one only"),
  underlying: drift(["enum"], "a different underlying type"),
  containsTarget: drift(["navigation"], "containment in one only"),
  "memberValue:": drift(["enum"], "the named member has a different value"),
  "missingProperty:": drift(["type"], "the metadata has the named property, the spec leaves it out"),
  "missingNavigation:": drift(["type"], "the metadata has the named navigation property, the spec leaves it out"),
  "missingMember:": drift(["enum"], "the metadata has the named member, the spec leaves it out"),
  "missingType:": drift(["file"], "the metadata has the named type (qualified name), the spec leaves it out"),
  "missingOperation:": drift(
    ["file", "type"],
    "the metadata has the named action or function (on a type: bound to it), the spec leaves it out",
  ),
  parameters: drift(["operation"], "different parameters"),
  returnType: drift(["operation"], "a different return type"),
} as const satisfies Readonly<Record<string, AcknowledgeCode>>;

export type AcknowledgeCodeName = keyof typeof ACKNOWLEDGE_CODES;

type DriftName = {
  [K in AcknowledgeCodeName]: (typeof ACKNOWLEDGE_CODES)[K]["kind"] extends "drift" ? K : never;
}[AcknowledgeCodeName];
type WithoutColon<T> = T extends `${infer N}:` ? N : never;
/** A drift code about the node that carries it (`nullable`). */
export type DriftCode = Exclude<DriftName, `${string}:`>;
/** A drift code that names what is missing or different inside the node (`missingProperty` of `missingProperty:foo`). */
export type NamedDriftCode = WithoutColon<DriftName>;

/**
 * The table entry of a written code: `nullable` is itself, `missingProperty:foo` is
 * `missingProperty:` with the argument `foo`. Undefined for an unknown code or a missing argument.
 */
export function acknowledgeCode(code: string): { name: AcknowledgeCodeName; argument?: string } | undefined {
  const colon = code.indexOf(":");
  const name = colon < 0 ? code : code.slice(0, colon + 1);
  if (!Object.hasOwn(ACKNOWLEDGE_CODES, name)) return undefined;
  if (colon < 0) return { name: name as AcknowledgeCodeName };
  const argument = code.slice(colon + 1);
  return argument === "" ? undefined : { name: name as AcknowledgeCodeName, argument };
}
