/** Per-run lookups over an IR, built once per emitter call (never cached at module level). */
import { InternalError } from "../model/diagnostics.ts";
import type { IR, IRNavigation, IROperation, IRParameter, IRProperty, IRStructured, IRType } from "../model/ir.ts";

/** The parameters that make an operation's request body (`in: body`). */
export function bodyParameters(op: IROperation): IRParameter[] {
  return op.parameters.filter((p) => p.in === "body");
}

/** The operations with a request body made of parameters. */
export function bodyOperations(ir: IR): IROperation[] {
  return ir.operations.filter((op) => op.parameters.some((p) => p.in === "body"));
}

export class Lookup {
  private readonly byName: ReadonlyMap<string, IRType>;

  constructor(readonly ir: IR) {
    this.byName = new Map(ir.types.map((t) => [t.qname, t]));
  }

  type(qname: string): IRType {
    const t = this.byName.get(qname);
    if (t === undefined) throw new InternalError(`unknown type ${qname}`);
    return t;
  }

  structured(qname: string): IRStructured {
    const t = this.type(qname);
    if (t.kind === "enum") throw new InternalError(`${qname} is an enum`);
    return t;
  }

  /** Base types from the root down to the direct base. */
  ancestors(t: IRStructured): IRStructured[] {
    const out: IRStructured[] = [];
    for (let b = t.baseType; b !== undefined; b = this.structured(b).baseType) out.unshift(this.structured(b));
    return out;
  }

  /** Inherited properties first (root first), then own, each with the type that declares it. */
  allProperties(t: IRStructured): { owner: IRStructured; property: IRProperty }[] {
    return [...this.ancestors(t), t].flatMap((owner) => owner.properties.map((property) => ({ owner, property })));
  }

  /** Inherited navigation properties first (root first), then the type's own. */
  allNavigation(t: IRStructured): IRNavigation[] {
    return [...this.ancestors(t), t].flatMap((owner) => owner.navigation);
  }

  /** Every descendant, depth first, in the IR's sorted order of derived names. */
  descendants(t: IRStructured): IRStructured[] {
    return t.derived.flatMap((d) => {
      const child = this.structured(d);
      return [child, ...this.descendants(child)];
    });
  }

  /** The values a position declared as `t` accepts: `t` itself unless abstract, and its concrete descendants. */
  concreteFamily(t: IRStructured): IRStructured[] {
    return [t, ...this.descendants(t)].filter((x) => !x.abstract);
  }

  /** Is an open type anywhere in the chain? */
  isOpen(t: IRStructured): boolean {
    return [...this.ancestors(t), t].some((x) => x.open);
  }
}
