/**
 * The per-run state of the validators emitter: the IR's lookups, the module's names, and what the
 * module uses (runtime helpers, Edm kinds, enum member lists), so that it imports and declares
 * exactly that.
 */
import type { EdmPrimitive } from "../../model/edm.ts";
import type { IR } from "../../model/ir.ts";
import type { Name } from "../code.ts";
import { Lookup } from "../lookup.ts";
import { ModuleNames, type EnumNames } from "./names.ts";

export class Context {
  readonly lookup: Lookup;
  readonly names: ModuleNames;
  /** Runtime exports used, by their name in the runtime. */
  readonly runtime = new Set<string>();
  /** Edm kinds whose descriptor (`edmString`) the module uses. */
  readonly primitives = new Set<EdmPrimitive>();

  constructor(readonly ir: IR) {
    this.lookup = new Lookup(ir);
    this.names = new ModuleNames(ir);
  }

  /** A runtime helper, by its name in the runtime (`RUNTIME_HELPERS`, or an Edm test's: the table's `test`). */
  rt(name: string): Name {
    this.runtime.add(name);
    return this.names.runtimeName(name);
  }

  /** The descriptor of an Edm kind, which the module declares once it is used. */
  edm(p: EdmPrimitive): Name {
    this.primitives.add(p);
    return this.names.primitive(p);
  }

  enumeration(qname: string): EnumNames {
    return this.names.enumeration(qname);
  }

  isEvolvable(qname: string): boolean {
    const t = this.lookup.type(qname);
    return t.kind === "enum" && t.evolvable;
  }
}
