/**
 * Which types an import takes: the named namespaces, or the named types, or everything; then every
 * type they reach. A type reached as a value (a property's type, a selected type, a derived type
 * of one) brings its derived types too, since a value may be of any of them; a type reached only
 * as a base (`microsoft.graph.entity` under `segment`) does not, or one entity would bring all of
 * Graph. Navigation targets come only when asked (`--navigation`).
 *
 * A type referred to but declared nowhere in the metadata becomes a stand-in: the spec must still
 * generate on its own.
 */
import { compareStrings, type Diagnostic } from "../model/diagnostics.ts";
import { isEdmPrimitive } from "../model/edm.ts";
import type { CsdlAt, CsdlModel, CsdlStructured, CsdlType } from "./model.ts";

export interface SelectOptions {
  readonly namespaces: readonly string[];
  readonly types: readonly string[];
  readonly navigation: boolean;
}

/** What is known of a type the metadata refers to without declaring it. */
export interface StandIn {
  readonly qname: string;
  readonly kind: "entity" | "complex";
  /** The first element that refers to it, for the comment and the diagnostic. */
  readonly firstUse: string;
}

export interface Selection {
  /** Qualified names of the selected types (declared in the metadata). */
  readonly types: ReadonlySet<string>;
  readonly standIns: ReadonlyMap<string, StandIn>;
}

/** The metadata's types by name, and each structured type's direct derived types, in document order. */
export interface TypeIndex {
  readonly byName: ReadonlyMap<string, CsdlType>;
  readonly derived: ReadonlyMap<string, readonly CsdlStructured[]>;
}

export function indexTypes(model: CsdlModel): TypeIndex {
  const byName = new Map<string, CsdlType>();
  const derived = new Map<string, CsdlStructured[]>();
  for (const t of model.types) {
    byName.set(t.qname, t);
    if (t.kind !== "enum" && t.baseType !== undefined) {
      const list = derived.get(t.baseType);
      if (list === undefined) derived.set(t.baseType, [t]);
      else list.push(t);
    }
  }
  return { byName, derived };
}

export function selectTypes(
  model: CsdlModel,
  index: TypeIndex,
  options: SelectOptions,
  diagnostics: Diagnostic[],
): Selection {
  const walk = new Walk(index, options.navigation);
  for (const root of roots(model, index, options, diagnostics)) walk.use(root);
  for (const t of model.types) {
    if (t.kind !== "enum" || t.members.length > 0 || !walk.selected.delete(t.qname)) continue;
    diagnostics.push({
      severity: "warning",
      code: "emptyEnum",
      message: `enum ${t.qname} has no members, and the spec format needs at least one: left out`,
      location: { file: model.file, line: t.at.line, col: t.at.col },
      specPath: t.path,
    });
  }
  for (const [qname, use] of walk.undeclared) {
    diagnostics.push({
      severity: "warning",
      code: "standIn",
      message: `${qname} is referred to (first by ${use.firstUse}) but not declared: a stand-in is declared`,
      location: { file: model.file, line: use.at.line, col: use.at.col },
      specPath: use.firstUse,
    });
  }
  const standIns = new Map<string, StandIn>();
  for (const [qname, use] of [...walk.undeclared].sort((a, b) => compareStrings(a[0], b[0])))
    standIns.set(qname, { qname, kind: use.kind, firstUse: use.firstUse });
  return { types: walk.selected, standIns };
}

function roots(model: CsdlModel, index: TypeIndex, options: SelectOptions, diagnostics: Diagnostic[]): string[] {
  const out: string[] = [];
  const known = new Set(model.schemas.map((s) => s.namespace));
  for (const ns of options.namespaces) {
    if (!known.has(ns)) diagnostics.push(usage(model, `--namespace ${ns}: the metadata declares no such namespace`));
    out.push(...model.types.filter((t) => t.namespace === ns).map((t) => t.qname));
  }
  for (const qname of options.types) {
    if (!index.byName.has(qname)) diagnostics.push(usage(model, `--type ${qname}: the metadata declares no such type`));
    else out.push(qname);
  }
  if (options.namespaces.length === 0 && options.types.length === 0) out.push(...model.types.map((t) => t.qname));
  return out;
}

function usage(model: CsdlModel, message: string): Diagnostic {
  return {
    severity: "error",
    code: "badSelection",
    message,
    location: { file: model.file, line: 1, col: 1 },
    specPath: "",
  };
}

/** The first use in document order (whatever order the walk takes), and the kind the uses imply. */
interface Use {
  kind: "entity" | "complex";
  readonly firstUse: string;
  readonly at: CsdlAt;
}

/** The reach of the selection: `use` for a type reached as a value, `base` for one reached as a base only. */
class Walk {
  readonly selected = new Set<string>();
  readonly undeclared = new Map<string, Use>();
  private readonly used = new Set<string>();

  constructor(
    private readonly index: TypeIndex,
    private readonly navigation: boolean,
  ) {}

  use(qname: string): void {
    const pending: [string, "use" | "base"][] = [[qname, "use"]];
    for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
      const [name, mode] = item;
      if (this.used.has(name) || (mode === "base" && this.selected.has(name))) continue;
      const type = this.index.byName.get(name);
      if (type === undefined) continue;
      this.selected.add(name);
      if (mode === "use") this.used.add(name);
      if (type.kind === "enum") continue;
      pending.push(...this.reached(type, mode));
    }
  }

  private reached(type: CsdlStructured, mode: "use" | "base"): [string, "use" | "base"][] {
    const out: [string, "use" | "base"][] = [];
    if (type.baseType !== undefined && this.declared(type.baseType, type.kind, type.path, type.at))
      out.push([type.baseType, "base"]);
    for (const p of type.properties) {
      if (!isEdmPrimitive(p.type.qname) && this.declared(p.type.qname, "complex", p.path, p.at))
        out.push([p.type.qname, "use"]);
    }
    if (this.navigation)
      for (const n of type.navigation) if (this.index.byName.has(n.type.qname)) out.push([n.type.qname, "use"]);
    if (mode === "use") for (const d of this.index.derived.get(type.qname) ?? []) out.push([d.qname, "use"]);
    return out.reverse();
  }

  /** Is `qname` declared? If not, remember it for a stand-in of the kind its use implies. */
  private declared(qname: string, kind: "entity" | "complex", firstUse: string, at: CsdlAt): boolean {
    if (this.index.byName.has(qname)) return true;
    const use = this.undeclared.get(qname);
    const earlier = use === undefined || at.line < use.at.line || (at.line === use.at.line && at.col < use.at.col);
    const merged = use?.kind === "entity" ? "entity" : kind;
    if (earlier) this.undeclared.set(qname, { kind: merged, firstUse, at });
    else use.kind = merged;
    return false;
  }
}
