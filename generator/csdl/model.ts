/**
 * The CSDL of a service's `$metadata`, as plain data: what `read.ts` makes of the XML and what
 * `import` and `drift` read. Names are resolved once: every qualified name here uses the schema's
 * namespace, never its alias (`graph.user` in the XML is `microsoft.graph.user` here), and the
 * annotations that carry meaning for us (descriptions, `Core.OptionalParameter`, `Core.Computed`,
 * deprecations) are folded into the element they target, wherever the XML wrote them.
 */
import type { EnumUnderlying } from "../model/ir.ts";

/** Where an element starts in the metadata file (1-based). */
export interface CsdlAt {
  readonly line: number;
  readonly col: number;
}

/** A type as CSDL writes it: `Edm.String`, a qualified name, either inside `Collection(...)`. */
export interface CsdlTypeRef {
  /** `Edm.String`, or the qualified name with aliases resolved (`microsoft.graph.identitySet`). */
  readonly qname: string;
  readonly collection: boolean;
}

/** A type reference as CSDL writes it: `ns.type` or `Collection(ns.type)`. */
export function csdlRefText(ref: CsdlTypeRef): string {
  return ref.collection ? `Collection(${ref.qname})` : ref.qname;
}

/** Facets of a primitive-typed property or parameter. */
export interface CsdlFacets {
  readonly maxLength?: number;
  readonly precision?: number;
  readonly scale?: number | "variable";
}

/** `Core.Revisions` with kind `Deprecated`. */
export interface CsdlDeprecation {
  readonly description?: string;
  readonly date?: string;
  readonly removalDate?: string;
}

/** What every element we keep has: where it is, how to name it, and its documentation. */
export interface CsdlElement {
  readonly at: CsdlAt;
  /** A path naming the element, as annotation targets do: `microsoft.graph.user/displayName`. */
  readonly path: string;
  readonly description?: string;
  readonly longDescription?: string;
  readonly deprecated?: CsdlDeprecation;
}

export interface CsdlProperty extends CsdlElement {
  readonly name: string;
  readonly type: CsdlTypeRef;
  /** CSDL default true; for a collection, whether its items may be null. */
  readonly nullable: boolean;
  readonly facets: CsdlFacets;
  /** `Core.Computed`, or `Core.Permissions` of Read alone: the service sets it. */
  readonly computed: boolean;
}

export interface CsdlNavigation extends CsdlElement {
  readonly name: string;
  readonly type: CsdlTypeRef;
  /** CSDL default true (single-valued only). */
  readonly nullable: boolean;
  readonly containsTarget: boolean;
}

export interface CsdlStructured extends CsdlElement {
  readonly kind: "entity" | "complex";
  readonly qname: string;
  readonly namespace: string;
  readonly name: string;
  readonly baseType?: string;
  readonly abstract: boolean;
  readonly open: boolean;
  readonly hasStream: boolean;
  /** The key declared by this type itself (entity types only); inherited keys are not repeated. */
  readonly key?: readonly string[];
  readonly properties: readonly CsdlProperty[];
  readonly navigation: readonly CsdlNavigation[];
}

export interface CsdlMember extends CsdlElement {
  readonly name: string;
  /** Decimal text (64-bit values do not fit a double). */
  readonly value: string;
}

export interface CsdlEnum extends CsdlElement {
  readonly kind: "enum";
  readonly qname: string;
  readonly namespace: string;
  readonly name: string;
  readonly underlying: EnumUnderlying;
  readonly flags: boolean;
  readonly members: readonly CsdlMember[];
}

export type CsdlType = CsdlStructured | CsdlEnum;

export interface CsdlParameter extends CsdlElement {
  readonly name: string;
  readonly type: CsdlTypeRef;
  readonly nullable: boolean;
  /** `Core.OptionalParameter`: the caller may leave it out. */
  readonly optional: boolean;
  readonly facets: CsdlFacets;
}

export interface CsdlReturnType {
  readonly type: CsdlTypeRef;
  readonly nullable: boolean;
}

export interface CsdlOperation extends CsdlElement {
  readonly kind: "function" | "action";
  readonly qname: string;
  readonly namespace: string;
  readonly name: string;
  readonly bound: boolean;
  /** In order; for a bound operation the first one is the binding parameter. */
  readonly parameters: readonly CsdlParameter[];
  readonly returnType?: CsdlReturnType;
}

export interface CsdlBinding {
  readonly path: string;
  readonly target: string;
}

/** An entity set or singleton of the entity container. */
export interface CsdlContainerMember extends CsdlElement {
  readonly kind: "entitySet" | "singleton";
  readonly name: string;
  /** Qualified name of its entity type. */
  readonly type: string;
  readonly bindings: readonly CsdlBinding[];
}

/** A function or action import: an unbound operation made addressable at the service root. */
export interface CsdlImport extends CsdlElement {
  readonly kind: "functionImport" | "actionImport";
  readonly name: string;
  /** Qualified name of the function or action. */
  readonly operation: string;
}

export interface CsdlContainer extends CsdlElement {
  readonly qname: string;
  readonly members: readonly CsdlContainerMember[];
  readonly imports: readonly CsdlImport[];
}

export interface CsdlSchema {
  readonly namespace: string;
  readonly alias?: string;
  readonly at: CsdlAt;
}

export interface CsdlModel {
  /** The metadata file as the user named it, for diagnostics. */
  readonly file: string;
  /** In document order. */
  readonly schemas: readonly CsdlSchema[];
  /** Every enum, complex and entity type, in document order. */
  readonly types: readonly CsdlType[];
  /** Every function and action (each overload), in document order. */
  readonly operations: readonly CsdlOperation[];
  readonly container?: CsdlContainer;
}
