/**
 * The identifiers of `validators.js`, allocated once per run so that no two collide: the exports
 * (`validateT`, `isT`, `isE`, `validateOpBody`, `isOpBody`, fixed by the IR's tsNames), the imports
 * (the runtime's helpers, the `<Enum>Members` arrays of `types.js`) and the module's own functions
 * and tables. An import whose name an export takes is imported under another (`isGuid as isGuid2`).
 */
import { EDM, type EdmPrimitive } from "../../model/edm.ts";
import type { IR, IRType } from "../../model/ir.ts";
import { type Name, NameScope } from "../code.ts";
import { bodyOperations } from "../lookup.ts";

/** The static type a valid value of `t` has: `T`, or `AnyT` for a type with derived types. */
export function staticTypeName(t: IRType): string {
  return t.kind !== "enum" && t.derived.length > 0 ? `Any${t.tsName}` : t.tsName;
}

/** The runtime's helpers the module may import (the Edm tests come from the table). */
const RUNTIME_HELPERS = [
  "isObject",
  "inherits",
  "hasType",
  "own",
  "keyCount",
  "named",
  "family",
  "tolerated",
  "hasUnknownKey",
  "structured",
  "parameters",
  "enumeration",
  "isFlags",
  "primitive",
  "strict",
  "run",
  "inside",
  "fail",
  "failEnum",
  "notArray",
  "notObject",
  "wrongType",
  "typeInBody",
  "missing",
  "navigationInRequest",
  "unknownKeys",
] as const;

/** Every name the runtime may be asked for, sorted by code unit so that aliases are deterministic. */
function runtimeNames(): string[] {
  const all = new Set<string>([...RUNTIME_HELPERS, ...Object.values(EDM).map((p) => p.test)]);
  return [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The names of one structured type's validators. */
export interface StructuredNames {
  readonly validate: Name;
  readonly is: Name;
  /** The verdict on a value declared as the type (true: valid). */
  readonly valid: Name;
  /** The report on a value declared as the type, found wrong (see runtime.ts). */
  readonly check: Name;
  /** What the runtime needs to know of it (`TypeInfo`). */
  readonly info: Name;
  /** Its derived types' checks, by @odata.type (types with derived types only). */
  readonly family: Name;
}

export interface EnumNames {
  readonly is: Name;
  /** The runtime's `Enumeration`. */
  readonly info: Name;
  /** `<Enum>Members`, imported from types.js (under that name, or another if it is taken). */
  readonly members: Name;
  readonly membersExport: string;
}

/** Lower camel case of a tsName, for the module's own names (`FailureInfo` -> `failureInfo`). */
function lower(tsName: string): string {
  return tsName[0]!.toLowerCase() + tsName.slice(1);
}

/** An exported name must be exactly what the IR fixed; a clash is a bug upstream (tsNames are unique). */
function exported(scope: NameScope, name: string): Name {
  const n = scope.fresh(name);
  if (n.str !== name) throw new Error(`internal error: exported name ${name} is not unique`);
  return n;
}

export class ModuleNames {
  private readonly scope: NameScope;
  private readonly runtime = new Map<string, Name>();
  private readonly types = new Map<string, StructuredNames>();
  private readonly enums = new Map<string, EnumNames>();
  private readonly bodies = new Map<string, StructuredNames>();
  private readonly primitives = new Map<EdmPrimitive, Name>();

  constructor(ir: IR) {
    // The exports first: they are fixed. Then the imports, then the module's own names.
    this.scope = new NameScope([]);
    const exports = new Map<string, Name[]>();
    for (const t of ir.types) {
      const is = exported(this.scope, `is${t.tsName}`);
      exports.set(t.qname, t.kind === "enum" ? [is] : [exported(this.scope, `validate${t.tsName}`), is]);
    }
    for (const op of bodyOperations(ir)) {
      const names = [exported(this.scope, `validate${op.tsName}Body`), exported(this.scope, `is${op.tsName}Body`)];
      exports.set(`op:${op.id}`, names);
    }
    const membersExports = new Map<string, Name>();
    for (const t of ir.types) {
      if (t.kind === "enum") membersExports.set(t.qname, this.scope.fresh(`${t.tsName}Members`));
    }
    for (const name of runtimeNames()) this.runtime.set(name, this.scope.fresh(name));
    for (const p of Object.keys(EDM) as EdmPrimitive[]) this.primitives.set(p, this.scope.fresh(`edm${p.slice(4)}`));
    for (const t of ir.types) {
      const [first, second] = exports.get(t.qname)!;
      if (t.kind === "enum") {
        this.enums.set(t.qname, {
          is: first!,
          info: this.scope.fresh(`${lower(t.tsName)}Enum`),
          members: membersExports.get(t.qname)!,
          membersExport: `${t.tsName}Members`,
        });
        continue;
      }
      this.types.set(t.qname, {
        validate: first!,
        is: second!,
        valid: this.scope.fresh(`valid${t.tsName}`),
        check: this.scope.fresh(`check${t.tsName}`),
        info: this.scope.fresh(`${lower(t.tsName)}Type`),
        family: this.scope.fresh(`${lower(t.tsName)}Family`),
      });
    }
    for (const op of bodyOperations(ir)) {
      const [validate, is] = exports.get(`op:${op.id}`)!;
      this.bodies.set(op.id, {
        validate: validate!,
        is: is!,
        valid: this.scope.fresh(`valid${op.tsName}Body`),
        check: this.scope.fresh(`check${op.tsName}Body`),
        info: this.scope.fresh(`${lower(op.tsName)}Body`),
        family: this.scope.fresh(`${lower(op.tsName)}Family`),
      });
    }
  }

  /** The local name of a runtime export. */
  runtimeName(name: string): Name {
    const n = this.runtime.get(name);
    if (n === undefined) throw new Error(`internal error: the runtime exports no ${name}`);
    return n;
  }

  structured(qname: string): StructuredNames {
    const n = this.types.get(qname);
    if (n === undefined) throw new Error(`internal error: no names for ${JSON.stringify(qname)}`);
    return n;
  }

  enumeration(qname: string): EnumNames {
    const n = this.enums.get(qname);
    if (n === undefined) throw new Error(`internal error: no names for ${JSON.stringify(qname)}`);
    return n;
  }

  body(id: string): StructuredNames {
    return this.bodies.get(id)!;
  }

  primitive(edm: EdmPrimitive): Name {
    return this.primitives.get(edm)!;
  }
}
