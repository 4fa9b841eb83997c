/**
 * Fixes the TypeScript name of every type and operation once, for all emitters.
 *
 * A type's name is its simple name in PascalCase when that is free. Pinned names (`tsName`) are
 * taken first; then the types of the main namespace, which so win a collision; then the others,
 * each in qualified-name order. A type whose name is taken gets its namespace's last segment as a
 * prefix (`microsoft.graph.security.user` -> `SecurityUser`), then `_2`, `_3`... A spec name that is
 * not an ASCII identifier keeps its ASCII letters and digits (every other run of characters a word
 * break). Every name a type or operation exports (`validateT`, `TMembers`, `buildOpRequest`...) must
 * be free for the name to be taken. Every rename is a warning (`renamed`) that says why; a pinned
 * name that collides is an error at the pin.
 */
import { createHash } from "node:crypto";
import { compareStrings, type Diagnostic } from "../model/diagnostics.ts";
import { camelCase, isBareKey, isSafeIdentifier, pascalCase } from "../model/names.ts";
import type { IRAcknowledged, IRType, SourceLocation } from "../model/ir.ts";

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
  // types.d.ts's helper types, exported or not (a spec type of the same name would collide in that file)
  "WithDynamicProperties",
  "NestedExpand",
  "ExpandedValue",
  "FlagsOf",
  "FlagsLoosely",
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
  const names = [tsName, `validate${tsName}`, `is${tsName}`, `${tsName}Navigation`];
  if (t.derived.length > 0) names.push(`Any${tsName}`);
  return names;
}

/** Every name an operation puts into the package's exports; an action with body parameters has its body's too. */
export function exportedNamesOfOperation(tsName: string, bodyParameters: boolean): string[] {
  const fn = camelCase(tsName);
  const names = [
    fn,
    `build${tsName}Request`,
    `${tsName}Params`,
    `${tsName}Options`,
    `${tsName}Result`,
    `${tsName}Query`,
    `${fn}All`,
    `${tsName}AllOptions`,
  ];
  return bodyParameters ? [...names, `${tsName}Body`, `validate${tsName}Body`, `is${tsName}Body`] : names;
}

/** A type to name: its pin, if any, and where to report about it. */
export interface TypeToName {
  readonly type: IRType;
  readonly specPath: string;
  readonly pinned?: { readonly name: string; readonly at: SourceLocation; readonly specPath: string };
}

export interface OperationToName {
  readonly id: string;
  readonly bodyParameters: boolean;
  readonly source: SourceLocation;
  readonly specPath: string;
  readonly acknowledged?: IRAcknowledged;
}

export interface AssignedNames {
  readonly types: ReadonlyMap<string, string>; // qualified name -> tsName
  readonly operations: ReadonlyMap<string, string>; // id -> tsName
  readonly diagnostics: readonly Diagnostic[];
}

/** Who holds each exported name, for the reason of a rename or the error of a pin. */
class Taken {
  private readonly owners = new Map<string, string>(RESERVED_EXPORTS.map((n) => [n, "the package itself"]));

  ownerOf(names: readonly string[]): { name: string; owner: string } | undefined {
    for (const name of names) {
      const owner = this.owners.get(name);
      if (owner !== undefined) return { name, owner };
    }
    return undefined;
  }

  free(names: readonly string[]): boolean {
    return names.every((n) => isSafeIdentifier(n) && !this.owners.has(n));
  }

  take(names: readonly string[], owner: string): void {
    for (const n of names) this.owners.set(n, owner);
  }
}

export function assignNames(
  types: readonly TypeToName[],
  operations: readonly OperationToName[],
  mainNamespace: string,
): AssignedNames {
  const taken = new Taken();
  const suffixes = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const names = new Map<string, string>();
  const byQname = (a: TypeToName, b: TypeToName): number => compareStrings(a.type.qname, b.type.qname);
  for (const t of types.filter((x) => x.pinned !== undefined).sort(byQname)) {
    const pin = t.pinned!;
    const exported = exportedNamesOfType(t.type, pin.name);
    const clash = taken.ownerOf(exported);
    if (clash !== undefined) {
      diagnostics.push({
        severity: "error",
        code: "nameCollision",
        message:
          `the TypeScript name "${pin.name}" of "${t.type.qname}" collides: ` +
          `${clash.name} is taken by ${clash.owner}`,
        location: pin.at,
        specPath: pin.specPath,
      });
    }
    taken.take(exported, `"${t.type.qname}"`);
    names.set(t.type.qname, pin.name);
  }
  const main = types.filter((x) => x.pinned === undefined && x.type.namespace === mainNamespace).sort(byQname);
  const others = types.filter((x) => x.pinned === undefined && x.type.namespace !== mainNamespace).sort(byQname);
  for (const t of [...main, ...others]) {
    const { tsName, diagnostic } = nameType(t, taken, suffixes);
    names.set(t.type.qname, tsName);
    if (diagnostic !== undefined) diagnostics.push(diagnostic);
  }
  return { types: names, operations: nameOperations(operations, taken, suffixes, diagnostics), diagnostics };
}

/** One type or operation to name: its candidates in order, what each would export, and where to report. */
interface Naming {
  readonly candidates: readonly string[];
  readonly expand: (tsName: string) => string[];
  /** How messages name it: `"ns.segment"`, `the operation "getSegment"`. */
  readonly owner: string;
  /** Its name in the spec, whose first letter raised is the name nothing needs to be said about. */
  readonly spelled: string;
  readonly location: SourceLocation;
  readonly specPath: string;
  readonly acknowledged?: IRAcknowledged;
}

/** The first free candidate (else a suffixed one), taken; a warning when it is not the spec's name, raised. */
function nameOne(n: Naming, taken: Taken, suffixes: Map<string, number>): { tsName: string; diagnostic?: Diagnostic } {
  const plain = n.candidates[0]!;
  const clash = taken.ownerOf(n.expand(plain));
  const tsName = pick(n.candidates, n.expand, taken, suffixes);
  taken.take(n.expand(tsName), n.owner);
  const natural = n.spelled[0]!.toUpperCase() + n.spelled.slice(1);
  if (tsName === natural) return { tsName };
  const reason = clash !== undefined ? `${clash.name} is taken by ${clash.owner}` : whyNotNatural(natural, plain);
  const ack = n.acknowledged?.renamed;
  return {
    tsName,
    diagnostic: {
      severity: "warning",
      code: "renamed",
      message: `${n.owner} is named ${tsName} in TypeScript (${reason})`,
      location: n.location,
      specPath: n.specPath,
      ...(ack === undefined ? {} : { acknowledged: ack }),
    },
  };
}

function nameType(
  t: TypeToName,
  taken: Taken,
  suffixes: Map<string, number>,
): { tsName: string; diagnostic?: Diagnostic } {
  const { type } = t;
  const plain = pascalCase(type.name) || fallback(type.qname);
  const prefixed = pascalCase(type.namespace.split(".").pop() ?? "") + plain;
  return nameOne(
    {
      candidates: [plain, prefixed],
      expand: (n) => exportedNamesOfType(type, n),
      owner: `"${type.qname}"`,
      spelled: type.name,
      location: type.source,
      specPath: t.specPath,
      ...(type.acknowledged === undefined ? {} : { acknowledged: type.acknowledged }),
    },
    taken,
    suffixes,
  );
}

function nameOperations(
  operations: readonly OperationToName[],
  taken: Taken,
  suffixes: Map<string, number>,
  diagnostics: Diagnostic[],
): Map<string, string> {
  const names = new Map<string, string>();
  for (const op of [...operations].sort((a, b) => compareStrings(a.id, b.id))) {
    const { tsName, diagnostic } = nameOne(
      {
        candidates: [pascalCase(op.id) || fallback(op.id)],
        expand: (n) => exportedNamesOfOperation(n, op.bodyParameters),
        owner: `the operation "${op.id}"`,
        spelled: op.id,
        location: op.source,
        specPath: op.specPath,
        ...(op.acknowledged === undefined ? {} : { acknowledged: op.acknowledged }),
      },
      taken,
      suffixes,
    );
    names.set(op.id, tsName);
    if (diagnostic !== undefined) diagnostics.push(diagnostic);
  }
  return names;
}

/** Why a name whose PascalCase form was free still differs from the spec name. */
function whyNotNatural(natural: string, plain: string): string {
  if (isSafeIdentifier(natural))
    return natural === plain ? "its name is taken" : "TypeScript names are written in PascalCase";
  if (isBareKey(natural)) return "JavaScript or TypeScript keeps that name for itself";
  return "its name is not an ASCII identifier";
}

function fallback(seed: string): string {
  return `T${createHash("sha256").update(seed).digest("hex").slice(0, 8)}`;
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
  taken: Taken,
  suffixes: Map<string, number>,
): string {
  const free = (n: string): boolean => taken.free(expand(n));
  const chosen = candidates.find(free);
  if (chosen !== undefined) return chosen;
  const base = candidates[0]!;
  const key = `${base}\0${expand("\0").join("\0")}`;
  let i = suffixes.get(key) ?? 2;
  while (!free(`${base}_${i}`)) i++;
  suffixes.set(key, i + 1);
  return `${base}_${i}`;
}
