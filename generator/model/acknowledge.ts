/**
 * The codes a spec may acknowledge with `acknowledge: { <code>: <reason> }`: a difference it keeps
 * on purpose. Two kinds:
 * - a checker warning (`collectionUpdate`, ...): the warning is then counted as acknowledged, not printed;
 * - a drift code (`npm run drift`): a disagreement with the service metadata, then reported as
 *   acknowledged instead of as drift. Some take a name after a colon (`missingProperty:foo`).
 */

/** Checker warnings that a spec may acknowledge. */
export const WARNING_CODES = ["collectionUpdate", "queryNotOffered", "bodyOnRead", "noSuccess", "renamed"] as const;

/** Drift codes about the node that carries the acknowledgement itself. */
export const DRIFT_CODES = [
  "missingInMetadata",
  "type",
  "nullable",
  "collection",
  "base",
  "abstract",
  "open",
  "hasStream",
  "key",
  "kind",
  "flags",
  "underlying",
  "containsTarget",
  "parameters",
  "returnType",
] as const;

/** Drift codes that name what is missing or different inside the node: `missingProperty:<name>`. */
export const NAMED_DRIFT_CODES = [
  "memberValue",
  "missingProperty",
  "missingNavigation",
  "missingMember",
  "missingType",
  "missingOperation",
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];
export type DriftCode = (typeof DRIFT_CODES)[number];
export type NamedDriftCode = (typeof NAMED_DRIFT_CODES)[number];

/** Is `code` one a spec may acknowledge (a warning, a drift code, or `<named>:<name>` with a non-empty name)? */
export function isAcknowledgeCode(code: string): boolean {
  const colon = code.indexOf(":");
  if (colon < 0)
    return (WARNING_CODES as readonly string[]).includes(code) || (DRIFT_CODES as readonly string[]).includes(code);
  return (NAMED_DRIFT_CODES as readonly string[]).includes(code.slice(0, colon)) && code.length > colon + 1;
}
