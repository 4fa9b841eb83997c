/** Stage 2g: the entity container: each entity set and singleton names an entity type. */
import { baseChain, type Reporter, type SpecModel } from "./model.ts";

export function checkContainer(model: SpecModel, reporter: Reporter): void {
  for (const decl of model.container.values()) {
    const ref = decl.raw.ref;
    if (ref === undefined) continue;
    if (ref.kind !== "entity") {
      const what = ref.kind === "primitive" ? "a primitive" : ref.kind === "enum" ? "an enum" : "a complex type";
      reporter.error(
        decl,
        ["type"],
        "invalidContainer",
        `an ${label(decl.kind)} holds entities; "${decl.raw.type}" is ${what}`,
      );
      continue;
    }
    const keyed = [model.structured.get(ref.qname), ...baseChain(model, ref.qname)].some(
      (d) => d?.raw.key !== undefined,
    );
    if (decl.kind === "entitySet" && !keyed) {
      reporter.error(
        decl,
        ["type"],
        "invalidContainer",
        `an entity set's entities are addressed by key, and "${ref.qname}" has none; ` +
          "use a singleton, or give the type a key",
      );
    }
  }
}

function label(kind: "entitySet" | "singleton"): string {
  return kind === "entitySet" ? "entity set" : "singleton";
}
