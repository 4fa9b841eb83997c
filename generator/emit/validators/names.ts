/**
 * The identifiers of the generated validators module, allocated once per run so that no two
 * collide: exported `validateT`/`isT`/`isE`, and the module-private tables and functions.
 */
import type { IR, IRStructured, IRType } from "../../model/ir.ts";
import { _, type Code, Name, NameScope } from "../code.ts";
import { Lookup } from "../lookup.ts";
import { chunkCount } from "./chunks.ts";

export interface TypeNames {
  /** The static type a valid value has: `T`, or `AnyT` for a type with derived types. */
  readonly staticType: Name;
  readonly validate?: Name;
  readonly is: Name;
  /** Checks a value declared as this type (dispatching on @odata.type). */
  readonly check?: Name;
  /** Checks an object as exactly this type. */
  readonly body?: Name;
  /**
   * The rest of the body, a few properties each, each calling the next (see chunks.ts): `bodyT$1`...
   * A `$` appears in no other name of the module, so these never meet another type's `bodyU`.
   */
  readonly chunks?: readonly Name[];
  /** The test world's `check`, `body` and chunks: the same code, for the verdict alone (property.ts). */
  readonly test?: Name;
  readonly testBody?: Name;
  readonly testChunks?: readonly Name[];
  /** @odata.type spellings accepted where this type is declared, to the body that checks each. */
  readonly table?: Name;
  /** Declared property names (request mode). */
  readonly keys?: Name;
  /** Enum member names (a runtime `Members`: list and set). */
  readonly members?: Name;
}

/** Names the runtime exports and this module imports, reserved before anything else. */
export const RUNTIME_IMPORTS = [
  "ValidateOptions",
  "ValidationResult",
  "Errors",
  "Body",
  "Family",
  "Keys",
  "Members",
  "OP",
  "own",
  "inherits",
  "has",
  "isObject",
  "family",
  "known",
  "keys",
  "members",
  "strict",
  "run",
  "notObject",
  "dispatch",
  "derive",
  "deriveTest",
  "unknownKeys",
  "keyCount",
  "badArray",
  "vString",
  "vStringOrNull",
  "vBoolean",
  "vBooleanOrNull",
  "vInt32",
  "vInt32OrNull",
  "vInt64",
  "vInt64OrNull",
  "vFloat",
  "vFloatOrNull",
  "vDateTimeOffset",
  "vDateTimeOffsetOrNull",
  "vDuration",
  "vDurationOrNull",
  "vEnum",
  "vEnumOrNull",
  "vEvolvable",
  "vEvolvableOrNull",
  "navigationInRequest",
] as const;

export type RuntimeImport = (typeof RUNTIME_IMPORTS)[number];

export function staticTypeName(t: IRType): string {
  return t.kind !== "enum" && t.derived.length > 0 ? `Any${t.tsName}` : t.tsName;
}

/** An exported name must be exactly `prefix + tsName`; a clash is a bug upstream (tsNames are unique). */
function exported(scope: NameScope, name: string): Name {
  const n = scope.fresh(name);
  if (n.str !== name) throw new Error(`internal error: exported name ${name} is not unique`);
  return n;
}

/** Module-level names of `validators.ts` itself: the known-types set and the table builders. */
export const MODULE_LOCALS = ["KNOWN", "familyOf", "keysOf", "membersOf"] as const;

/**
 * The two worlds' names come in pairs of one length (`bodyT`/`testT`, `checkT`/`guardT`), so that
 * the test world can be made from the formatted check world by renaming (see `twins` in
 * emitter.ts): renaming to a name of the same length leaves prettier's layout as it was.
 */
function structuredNames(scope: NameScope, t: IRStructured, exports: readonly Name[], chunks: number): TypeNames {
  const [validate, is] = exports;
  const [check, guard] = scope.freshSet([`check${t.tsName}`, `guard${t.tsName}`]);
  const [body, testBody] = scope.freshSet([`body${t.tsName}`, `test${t.tsName}`]);
  const chunkNames = (base: Name): Name[] =>
    Array.from({ length: chunks - 1 }, (_, i) => new Name(`${base.str}$${i + 1}`));
  return {
    staticType: new Name(staticTypeName(t)),
    validate,
    is: is!,
    check: check!,
    body: body!,
    chunks: chunkNames(body!),
    test: guard!,
    testBody: testBody!,
    testChunks: chunkNames(testBody!),
    table: scope.fresh(`types${t.tsName}`),
    keys: scope.fresh(`keys${t.tsName}`),
  };
}

export function allocateNames(ir: IR): ReadonlyMap<string, TypeNames> {
  const lookup = new Lookup(ir);
  const scope = new NameScope([...RUNTIME_IMPORTS, ...MODULE_LOCALS, ...ir.types.map(staticTypeName)]);
  const exports = ir.types.map((t) =>
    t.kind === "enum"
      ? [exported(scope, `is${t.tsName}`)]
      : [exported(scope, `validate${t.tsName}`), exported(scope, `is${t.tsName}`)],
  );
  const out = new Map<string, TypeNames>();
  ir.types.forEach((t, i) => {
    if (t.kind !== "enum") out.set(t.qname, structuredNames(scope, t, exports[i]!, chunkCount(lookup, t)));
    else {
      out.set(t.qname, {
        staticType: new Name(t.tsName),
        is: exports[i]![0]!,
        members: scope.fresh(`members${t.tsName}`),
      });
    }
  });
  return out;
}

/**
 * A list of names as one string literal, each followed by `sep`, which the spec check keeps out of
 * them ("@" of wire and type names, "," of enum members); the runtime splits it once, at load. One
 * literal is much less for TypeScript to check than an array of them.
 */
export function namesList(names: readonly string[], sep: "@" | ","): Code {
  const bad = names.find((n) => n.includes(sep));
  if (bad !== undefined) throw new Error(`internal error: ${JSON.stringify(bad)} contains ${JSON.stringify(sep)}`);
  return _`${names.map((n) => n + sep).join("")}`;
}
