/**
 * Vocabulary annotations, inline (`<Annotation>` inside an element) or in `<Annotations Target=...>`
 * blocks: the few terms the spec can say are folded into their element; every other one is a
 * `notRepresented` diagnostic naming the term and the element.
 */
import { at, CORE, edmChildren, type Annotatable, type ReadContext } from "./context.ts";
import { csdlRefText, type CsdlDeprecation } from "./model.ts";
import type { XmlElement } from "./xml.ts";

type TermReader = (ctx: ReadContext, target: Annotatable, annotation: XmlElement) => boolean;

/** The terms the spec can say, and on what: a reader returns false when the target cannot hold it. */
const TERMS: Readonly<Record<string, TermReader>> = {
  [`${CORE}.Description`]: (ctx, target, a) => setText(ctx, target, a, "description"),
  [`${CORE}.LongDescription`]: (ctx, target, a) => setText(ctx, target, a, "longDescription"),
  [`${CORE}.OptionalParameter`]: (_ctx, target) => {
    if (target.what !== "parameter") return false;
    target.element.optional = true;
    return true;
  },
  [`${CORE}.Computed`]: (_ctx, target, a) => {
    if (target.what !== "property") return false;
    target.element.computed = (a.attrs.get("Bool") ?? childText(a, "Bool") ?? "true") === "true";
    return true;
  },
  [`${CORE}.Permissions`]: (_ctx, target, a) => {
    const value = (a.attrs.get("EnumMember") ?? childText(a, "EnumMember") ?? "").trim();
    if (target.what !== "property" || !/^(?:[\w.]+\/)?Read$/.test(value)) return false;
    target.element.computed = true;
    return true;
  },
  [`${CORE}.Revisions`]: (ctx, target, a) => {
    const deprecation = deprecationOf(a);
    if (deprecation === undefined || target.what === "source") return false;
    target.element.deprecated = deprecation;
    const records = edmChildren(a).flatMap((c) => edmChildren(c).filter((r) => r.name === "Record"));
    if (records.length > 1)
      ctx.notRepresented(a, target.path, `revisions other than the deprecation on ${target.path}`);
    return true;
  },
};

/** Applies one `<Annotation>` element to `target`, or reports it as not represented. */
export function applyAnnotation(ctx: ReadContext, target: Annotatable, annotation: XmlElement): void {
  const term = ctx.term(annotation.attrs.get("Term") ?? "");
  const qualifier = annotation.attrs.get("Qualifier");
  const reader = qualifier === undefined ? TERMS[term] : undefined;
  if (reader !== undefined && reader(ctx, target, annotation)) return;
  const qualified = qualifier === undefined ? "" : ` (qualifier ${qualifier})`;
  ctx.notRepresented(annotation, target.path, `annotation ${term}${qualified} on ${target.path}`);
}

/** Applies every `<Annotations Target=...>` block, once all elements are registered. */
export function applyAnnotationBlocks(ctx: ReadContext, blocks: readonly XmlElement[]): void {
  for (const block of blocks) {
    const raw = block.attrs.get("Target") ?? "";
    const targets = ctx.targets.get(normaliseTarget(ctx, raw, block));
    const annotations = edmChildren(block).filter((c) => c.name === "Annotation");
    if (targets === undefined) {
      const terms = annotations.map((a) => ctx.term(a.attrs.get("Term") ?? "")).join(", ");
      ctx.report("warning", "unresolvedTarget", at(block), raw, `annotations for "${raw}" (${terms}) name no element`);
      continue;
    }
    if (block.attrs.has("Qualifier")) {
      ctx.notRepresented(block, raw, `annotations with qualifier ${block.attrs.get("Qualifier")}`);
      continue;
    }
    for (const a of annotations) for (const t of targets) applyAnnotation(ctx, t, a);
    for (const c of block.children) {
      if (c.name !== "Annotation") ctx.report("warning", "unknownElement", at(c), raw, `<${c.name}> in <Annotations>`);
    }
  }
}

/**
 * A target path with its qualifiers resolved and signature spaces removed:
 * `graph.cancel(graph.bookingAppointment, Edm.String)/reason` ->
 * `microsoft.graph.cancel(microsoft.graph.bookingAppointment,Edm.String)/reason`.
 */
export function normaliseTarget(ctx: ReadContext, target: string, where: XmlElement): string {
  const m = /^([^/(]+)(?:\(([^)]*(?:\)[^)]*)*)\))?(\/.*)?$/.exec(target.trim());
  if (m === null) return target;
  const head = ctx.qualify(m[1]!, where, target);
  const signature =
    m[2] === undefined
      ? ""
      : `(${splitSignature(m[2])
          .map((t) => typeText(ctx, t, where, target))
          .join(",")})`;
  return `${head}${signature}${m[3] ?? ""}`;
}

function typeText(ctx: ReadContext, text: string, where: XmlElement, path: string): string {
  return csdlRefText(ctx.typeRef(text.trim(), where, path));
}

/** `A, Collection(B), C` -> [`A`, `Collection(B)`, `C`] (commas inside parentheses kept). */
function splitSignature(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "," && depth === 0) {
      parts.push(cur);
      cur = "";
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    cur += ch;
  }
  if (cur.trim() !== "") parts.push(cur);
  return parts;
}

function setText(
  ctx: ReadContext,
  target: Annotatable,
  a: XmlElement,
  field: "description" | "longDescription",
): boolean {
  const text = a.attrs.get("String") ?? childText(a, "String");
  if (text === undefined) {
    ctx.report("warning", "invalidCsdl", at(a), target.path, `annotation ${a.attrs.get("Term")} has no String value`);
    return true;
  }
  target.element[field] = text;
  return true;
}

function childText(element: XmlElement, name: string): string | undefined {
  return edmChildren(element).find((c) => c.name === name)?.text;
}

/** `Core.Revisions` holding a record of kind `Deprecated`: its description and dates. */
function deprecationOf(annotation: XmlElement): CsdlDeprecation | undefined {
  const records = edmChildren(annotation)
    .filter((c) => c.name === "Collection")
    .flatMap((c) => edmChildren(c).filter((r) => r.name === "Record"));
  for (const record of records) {
    const values = new Map<string, XmlElement>();
    for (const pv of edmChildren(record)) if (pv.name === "PropertyValue") values.set(pv.attrs.get("Property")!, pv);
    const kind = values.get("Kind");
    const kindText = kind?.attrs.get("EnumMember") ?? (kind === undefined ? undefined : childText(kind, "EnumMember"));
    if (kindText === undefined || !kindText.trim().endsWith("/Deprecated")) continue;
    const description = stringValue(values.get("Description"), "String");
    const date = stringValue(values.get("Date"), "Date");
    const removalDate = stringValue(values.get("RemovalDate"), "Date");
    return {
      ...(description === undefined ? {} : { description }),
      ...(date === undefined ? {} : { date }),
      ...(removalDate === undefined ? {} : { removalDate }),
    };
  }
  return undefined;
}

function stringValue(pv: XmlElement | undefined, attr: string): string | undefined {
  return pv === undefined ? undefined : (pv.attrs.get(attr) ?? childText(pv, attr));
}
