/**
 * Fixes the TypeScript name of every type and operation once, for all emitters.
 *
 * A name is the PascalCase of the spec name. A spec name that is not already an identifier is
 * renamed deterministically (its letters and digits kept, every other run of characters a word
 * break), and so is a name that would collide with another exported name: the later one, in
 * qualified-name order, takes its namespace's last segment as a prefix, then a numeric suffix.
 * Every renaming is reported as a warning.
 */
import { createHash } from "node:crypto";
import { compareStrings, type Diagnostic } from "../model/diagnostics.ts";
import { camelCase, isBareKey, isSafeIdentifier, pascalCase } from "../model/names.ts";
import type { IRType, SourceLocation } from "../model/ir.ts";

/** Names the package's fixed modules (runtime, client, helper types) export themselves. */
export const RESERVED_EXPORTS: readonly string[] = [
  "ODataFloat",
  "ValidationError",
  "ValidationResult",
  "ValidateOptions",
  "GraphError",
  "ResponseValidationError",
  "RequestValidationError",
  "BuiltRequest",
  "RequestOptions",
  "ClientOptions",
  "AccessToken",
  "Page",
  "CollectionPage",
  "NavigationTarget",
  "ExpandTree",
  "ExpandOptionsOf",
  "Expanded",
  "RetryOptions",
  "GraphErrorDetail",
  "CollectionResponse",
  "checkEach",
  "checkPage",
  "pathParameter",
  "queryParameters",
  "prepareRequest",
  "sendRequest",
  // client.ts: query options ($select, $expand) and paging (issue 8); entityShapes is operations.ts's own table
  "SelectableOf",
  "CheckedExpand",
  "EntityShape",
  "EntityShapes",
  "withQueryOptions",
  "checkExpanded",
  "PagingOptions",
  "PageLimitError",
  "sendPages",
  "entityShapes",
  // client.ts, client-url.ts, client-send.ts (the client as real source): public names, and the
  // internal functions operations.js imports
  "createClient",
  "Client",
  "ClientDefaults",
  "HeaderList",
  "GraphErrorInit",
  "TimeoutError",
  "StreamBody",
  "StreamContent",
  "buildRequest",
  "functionCall",
  "queryOptions",
  // runtime.ts, as the package entry re-exports it
  "isDateTimeOffset",
  "isDuration",
  "isAnnotationKey",
  "isTypeName",
];

/** Every name a type puts into the package's exports, from its TypeScript name. */
export function exportedNamesOfType(t: IRType, tsName: string): string[] {
  if (t.kind === "enum") return [tsName, `is${tsName}`, `${tsName}Members`];
  const names = [tsName, `validate${tsName}`, `is${tsName}`];
  if (t.derived.length > 0) names.push(`Any${tsName}`);
  if (t.navigation.length > 0 || t.kind === "entity") names.push(`${tsName}Navigation`);
  return names;
}

/** Every name an operation puts into the package's exports. */
export function exportedNamesOfOperation(id: string, tsName: string): string[] {
  return [
    id,
    `build${tsName}Request`,
    `${tsName}Params`,
    `${tsName}Options`,
    `${tsName}Result`,
    `${tsName}Query`,
    `${id}All`,
    `${tsName}AllOptions`,
    // an action's body of parameters: its interface, validator and guard
    `${tsName}Body`,
    `validate${tsName}Body`,
    `is${tsName}Body`,
  ];
}

function whyRenamed(natural: string, plain: string): string {
  if (isSafeIdentifier(natural))
    return natural === plain ? "its name is taken" : "TypeScript names are written in PascalCase";
  if (isBareKey(natural)) return "JavaScript or TypeScript keeps that name for itself";
  return "its name is not an identifier";
}

function fallback(seed: string): string {
  return `T${createHash("sha256").update(seed).digest("hex").slice(0, 8)}`;
}

export function assignNames(
  types: readonly IRType[],
  operationIds: readonly string[],
  diagnostics: Diagnostic[],
): { types: IRType[]; operationNames: Map<string, string> } {
  const used = new Set<string>(RESERVED_EXPORTS);
  const suffixes = new Map<string, number>();
  const warn = (source: SourceLocation, message: string): void => {
    diagnostics.push({ severity: "warning", code: "renamed", message, location: source, specPath: "" });
  };
  const sorted = [...types].sort((a, b) => compareStrings(a.qname, b.qname));
  const out: IRType[] = [];
  for (const t of sorted) {
    const plain = pascalCase(t.name);
    const candidates = [
      plain || fallback(t.qname),
      pascalCase(t.namespace.split(".").pop() ?? "") + (plain || fallback(t.qname)),
    ];
    const tsName = pick(candidates, (n) => exportedNamesOfType(t, n), used, suffixes);
    const natural = t.name.length > 0 ? t.name[0]!.toUpperCase() + t.name.slice(1) : "";
    if (tsName !== natural)
      warn(t.source, `"${t.qname}" is named ${tsName} in TypeScript (${whyRenamed(natural, plain)})`);
    out.push({ ...t, tsName });
  }
  const operationNames = new Map<string, string>();
  for (const id of [...operationIds].sort(compareStrings)) {
    const tsName = pick(
      [pascalCase(id) || fallback(id)],
      (n) => exportedNamesOfOperation(camelCase(n), n),
      used,
      suffixes,
    );
    operationNames.set(id, tsName);
  }
  return { types: out, operationNames };
}

/**
 * The first free candidate, else the first free `<first>_<n>` from 2 on. Names are only ever
 * taken, so for one base and one set of derived names (`expand`'s pattern) the first free suffix
 * never goes down: `suffixes` remembers where the last search ended, so that N types of one name
 * cost N tries, not N²/2 (a spec with 100 copies of a graph has 100 of each name).
 */
function pick(
  candidates: readonly string[],
  expand: (n: string) => string[],
  used: Set<string>,
  suffixes: Map<string, number>,
): string {
  const free = (n: string): boolean => expand(n).every((e) => !used.has(e) && isSafeIdentifier(e));
  let chosen = candidates.find(free);
  if (chosen === undefined) {
    const base = candidates[0]!;
    const key = `${base}\0${expand("\0").join("\0")}`;
    let i = suffixes.get(key) ?? 2;
    while (!free(`${base}_${i}`)) i++;
    suffixes.set(key, i + 1);
    chosen = `${base}_${i}`;
  }
  for (const e of expand(chosen)) used.add(e);
  return chosen;
}
