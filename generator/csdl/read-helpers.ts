/** Small readers shared by `read.ts` and `read-operations.ts`. */
import { applyAnnotation } from "./annotate.ts";
import { at, edmChildren, type Annotatable, type Documented, type ReadContext } from "./context.ts";
import type { CsdlFacets } from "./model.ts";
import type { XmlElement } from "./xml.ts";

/** Reports every attribute of `element` that is not in `known` and not at its CSDL default value. */
export function checkAttributes(
  ctx: ReadContext,
  element: XmlElement,
  path: string,
  known: readonly string[],
  defaults: Readonly<Record<string, string>> = {},
): void {
  for (const [name, value] of element.attrs) {
    if (known.includes(name) || defaults[name] === value) continue;
    ctx.notRepresented(element, path, `attribute ${name}="${value}" of <${element.name}>`);
  }
  for (const name of element.foreign) ctx.notRepresented(element, path, `attribute ${name} of <${element.name}>`);
}

/** Registers `element` (a model object still being read) as the target of annotations on `targets`. */
export function annotatable<E extends Documented>(
  ctx: ReadContext,
  what: Annotatable["what"],
  path: string,
  element: E,
  targets: readonly string[] = [path],
): Annotatable {
  const self = { what, path, element };
  for (const t of targets) ctx.register(t, self);
  return self;
}

/** The inline `<Annotation>` children of `element`, applied to `target`. */
export function annotateInline(ctx: ReadContext, target: Annotatable, element: XmlElement): void {
  for (const a of edmChildren(element)) if (a.name === "Annotation") applyAnnotation(ctx, target, a);
}

export function bool(ctx: ReadContext, element: XmlElement, path: string, attr: string, fallback: boolean): boolean {
  const v = element.attrs.get(attr);
  if (v === undefined) return fallback;
  if (v === "true" || v === "false") return v === "true";
  ctx.report("warning", "invalidCsdl", at(element), path, `${attr}="${v}" is not true or false; taken as ${fallback}`);
  return fallback;
}

export function facets(ctx: ReadContext, element: XmlElement, path: string): CsdlFacets {
  const out: { maxLength?: number; precision?: number; scale?: number | "variable" } = {};
  const int = (attr: string): number | undefined => {
    const v = element.attrs.get(attr);
    if (v === undefined || v === "max") return undefined;
    if (/^\d+$/.test(v)) return Number(v);
    ctx.report("warning", "invalidCsdl", at(element), path, `${attr}="${v}" is not a whole number; left out`);
    return undefined;
  };
  const maxLength = int("MaxLength");
  if (maxLength !== undefined) out.maxLength = maxLength;
  const precision = int("Precision");
  if (precision !== undefined) out.precision = precision;
  const scale = element.attrs.get("Scale") === "variable" ? "variable" : int("Scale");
  if (scale !== undefined) out.scale = scale;
  if (element.attrs.get("MaxLength") === "max") ctx.notRepresented(element, path, `MaxLength="max"`);
  return out;
}

/** Children other than annotations are not represented (ReferentialConstraint, OnDelete...). */
export function checkChildren(ctx: ReadContext, element: XmlElement, path: string): void {
  for (const c of edmChildren(element))
    if (c.name !== "Annotation") ctx.notRepresented(c, path, `<${c.name}> in <${element.name}>`);
}
