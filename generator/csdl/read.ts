/**
 * Reads a CSDL XML document (`$metadata`: an `edmx:Edmx` document, or a bare `<Schema>`) into the
 * plain model of `model.ts`. Every element, attribute and annotation that the model has no place
 * for is a diagnostic naming it (file:line:col and the element's path), never a silent drop.
 *
 * Not well-formed XML, or a document that is not CSDL at all, is a `CsdlError`: unreadable input.
 */
import { ConfigError, type Diagnostic } from "../model/diagnostics.ts";
import { ENUM_UNDERLYING } from "../model/edm.ts";
import type { EnumUnderlying } from "../model/ir.ts";
import { applyAnnotationBlocks } from "./annotate.ts";
import { at, edmChildren, EDM_URI, EDMX_URI, ReadContext } from "./context.ts";
import type {
  CsdlContainer,
  CsdlEnum,
  CsdlMember,
  CsdlModel,
  CsdlNavigation,
  CsdlOperation,
  CsdlProperty,
  CsdlSchema,
  CsdlStructured,
  CsdlType,
} from "./model.ts";
import { readContainer, readOperation } from "./read-operations.ts";
import { annotatable, annotateInline, bool, checkAttributes, checkChildren, facets } from "./read-helpers.ts";
import { parseXml, XmlError, type XmlElement } from "./xml.ts";

/** The metadata cannot be read at all: not XML, or not CSDL. */
export class CsdlError extends ConfigError {
  constructor(file: string, line: number, col: number, message: string) {
    super(`${file}:${line}:${col}: ${message}`);
    this.name = "CsdlError";
  }
}

export interface ReadOptions {
  /** Extra schema aliases (`graph` -> `microsoft.graph`) for excerpts that use one without declaring it. */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface ReadResult {
  readonly model: CsdlModel;
  readonly diagnostics: readonly Diagnostic[];
}

export function readCsdl(text: string, file: string, options: ReadOptions = {}): ReadResult {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) throw new CsdlError(file, e.line, e.col, `not well-formed XML: ${e.message}`);
    throw e;
  }
  const ctx = new ReadContext(file, options.aliases ?? {});
  const schemaElements = schemasOf(ctx, root);
  const schemas = schemaElements.map((s) => declareSchema(ctx, s));
  const types: CsdlType[] = [];
  const operations: CsdlOperation[] = [];
  const blocks: XmlElement[] = [];
  let container: CsdlContainer | undefined;
  for (const [i, element] of schemaElements.entries()) {
    const namespace = schemas[i]!.namespace;
    for (const child of element.children) {
      const read = readSchemaChild(ctx, namespace, child, blocks);
      if (read === undefined) continue;
      if (read.kind === "container") container = read.container;
      else if ("parameters" in read) operations.push(read);
      else types.push(read);
    }
  }
  applyAnnotationBlocks(ctx, blocks);
  return {
    model: { file, schemas, types, operations, ...(container === undefined ? {} : { container }) },
    diagnostics: ctx.diagnostics,
  };
}

/** The `<Schema>` elements: under `edmx:Edmx/edmx:DataServices`, or the root itself. */
function schemasOf(ctx: ReadContext, root: XmlElement): XmlElement[] {
  if (root.uri === EDM_URI && root.name === "Schema") return [root];
  if (root.uri !== EDMX_URI || root.name !== "Edmx")
    throw new CsdlError(
      ctx.file,
      root.line,
      root.col,
      `not CSDL: the root element is <${root.name}>, expected edmx:Edmx or Schema`,
    );
  const schemas: XmlElement[] = [];
  for (const child of root.children) {
    if (child.uri === EDMX_URI && child.name === "Reference") readReference(ctx, child);
    else if (child.uri === EDMX_URI && child.name === "DataServices") {
      for (const s of child.children) {
        if (s.uri === EDM_URI && s.name === "Schema") schemas.push(s);
        else ctx.report("warning", "unknownElement", at(s), "DataServices", `<${s.name}> is not a CSDL element`);
      }
    } else ctx.report("warning", "unknownElement", at(child), "Edmx", `<${child.name}> is not a CSDL element`);
  }
  return schemas;
}

/** `edmx:Include` gives vocabulary aliases (`Core` for `Org.OData.Core.V1`). */
function readReference(ctx: ReadContext, reference: XmlElement): void {
  for (const include of reference.children) {
    if (include.uri !== EDMX_URI) continue;
    const ns = include.attrs.get("Namespace");
    const alias = include.attrs.get("Alias");
    if (include.name === "Include" && ns !== undefined && alias !== undefined) ctx.vocabularies.set(alias, ns);
  }
}

function declareSchema(ctx: ReadContext, schema: XmlElement): CsdlSchema {
  const namespace = schema.attrs.get("Namespace") ?? "";
  if (namespace === "") ctx.report("error", "invalidCsdl", at(schema), "Schema", "a Schema needs a Namespace");
  const alias = schema.attrs.get("Alias");
  ctx.qualifiers.set(namespace, namespace);
  if (alias !== undefined) ctx.qualifiers.set(alias, namespace);
  checkAttributes(ctx, schema, namespace, ["Namespace", "Alias"]);
  return { namespace, ...(alias === undefined ? {} : { alias }), at: at(schema) };
}

type SchemaItem = CsdlType | CsdlOperation | { readonly kind: "container"; readonly container: CsdlContainer };

function readSchemaChild(
  ctx: ReadContext,
  namespace: string,
  child: XmlElement,
  blocks: XmlElement[],
): SchemaItem | undefined {
  if (child.uri !== EDM_URI) {
    ctx.report("warning", "unknownElement", at(child), namespace, `<${child.name}> is not a CSDL element`);
    return undefined;
  }
  const name = child.attrs.get("Name");
  switch (child.name) {
    case "EnumType":
      return named(ctx, child, namespace, name) ? readEnum(ctx, namespace, name!, child) : undefined;
    case "ComplexType":
    case "EntityType":
      return named(ctx, child, namespace, name) ? readStructured(ctx, namespace, name!, child) : undefined;
    case "Function":
    case "Action":
      return named(ctx, child, namespace, name) ? readOperation(ctx, namespace, name!, child) : undefined;
    case "EntityContainer":
      return named(ctx, child, namespace, name)
        ? { kind: "container", container: readContainer(ctx, namespace, name!, child) }
        : undefined;
    case "Annotations":
      blocks.push(child);
      return undefined;
    default:
      ctx.notRepresented(child, `${namespace}${name === undefined ? "" : `.${name}`}`, `<${child.name}>`);
      return undefined;
  }
}

function named(ctx: ReadContext, element: XmlElement, namespace: string, name: string | undefined): boolean {
  if (name !== undefined && name !== "") return true;
  ctx.report("error", "invalidCsdl", at(element), namespace, `<${element.name}> has no Name; left out`);
  return false;
}

const PROPERTY_ATTRS = ["Name", "Type", "Nullable", "MaxLength", "Precision", "Scale"];
const NAVIGATION_ATTRS = ["Name", "Type", "Nullable", "ContainsTarget"];
const STRUCTURED_ATTRS = ["Name", "BaseType", "Abstract", "OpenType", "HasStream"];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function readStructured(ctx: ReadContext, namespace: string, name: string, element: XmlElement): CsdlStructured {
  const qname = `${namespace}.${name}`;
  const kind = element.name === "EntityType" ? "entity" : "complex";
  const known = kind === "entity" ? STRUCTURED_ATTRS : STRUCTURED_ATTRS.filter((a) => a !== "HasStream");
  checkAttributes(ctx, element, qname, known);
  const base = element.attrs.get("BaseType");
  const properties: CsdlProperty[] = [];
  const navigation: CsdlNavigation[] = [];
  const type: Mutable<CsdlStructured> = {
    kind,
    qname,
    namespace,
    name,
    at: at(element),
    path: qname,
    ...(base === undefined ? {} : { baseType: ctx.qualify(base, element, qname) }),
    abstract: bool(ctx, element, qname, "Abstract", false),
    open: bool(ctx, element, qname, "OpenType", false),
    hasStream: bool(ctx, element, qname, "HasStream", false),
    properties,
    navigation,
  };
  for (const child of edmChildren(element)) {
    if (child.name === "Property") properties.push(readProperty(ctx, qname, child));
    else if (child.name === "NavigationProperty") navigation.push(readNavigation(ctx, qname, child));
    else if (child.name === "Key" && kind === "entity") type.key = readKey(ctx, qname, child);
    else if (child.name !== "Annotation") ctx.notRepresented(child, qname, `<${child.name}> in <${element.name}>`);
  }
  annotateInline(ctx, annotatable(ctx, "type", qname, type), element);
  return type;
}

function readKey(ctx: ReadContext, qname: string, element: XmlElement): string[] {
  const names: string[] = [];
  for (const ref of edmChildren(element)) {
    const name = ref.attrs.get("Name");
    if (ref.name !== "PropertyRef" || name === undefined) {
      ctx.notRepresented(ref, qname, `<${ref.name}> in <Key>`);
      continue;
    }
    checkAttributes(ctx, ref, qname, ["Name"]);
    names.push(name);
  }
  return names;
}

function readProperty(ctx: ReadContext, owner: string, element: XmlElement): CsdlProperty {
  const name = element.attrs.get("Name") ?? "";
  const path = `${owner}/${name}`;
  checkAttributes(ctx, element, path, PROPERTY_ATTRS, { Unicode: "true" });
  checkChildren(ctx, element, path);
  const property: CsdlProperty = {
    name,
    at: at(element),
    path,
    type: ctx.typeRef(element.attrs.get("Type") ?? "Edm.String", element, path),
    nullable: bool(ctx, element, path, "Nullable", true),
    facets: facets(ctx, element, path),
    computed: false,
  };
  annotateInline(ctx, annotatable(ctx, "property", path, property), element);
  return property;
}

function readNavigation(ctx: ReadContext, owner: string, element: XmlElement): CsdlNavigation {
  const name = element.attrs.get("Name") ?? "";
  const path = `${owner}/${name}`;
  checkAttributes(ctx, element, path, NAVIGATION_ATTRS);
  checkChildren(ctx, element, path);
  const navigation: CsdlNavigation = {
    name,
    at: at(element),
    path,
    type: ctx.typeRef(element.attrs.get("Type") ?? "", element, path),
    nullable: bool(ctx, element, path, "Nullable", true),
    containsTarget: bool(ctx, element, path, "ContainsTarget", false),
  };
  annotateInline(ctx, annotatable(ctx, "navigation", path, navigation), element);
  return navigation;
}

function readEnum(ctx: ReadContext, namespace: string, name: string, element: XmlElement): CsdlEnum {
  const qname = `${namespace}.${name}`;
  checkAttributes(ctx, element, qname, ["Name", "UnderlyingType", "IsFlags"]);
  const underlyingText = ctx.qualify(element.attrs.get("UnderlyingType") ?? "Edm.Int32", element, qname);
  let underlying: EnumUnderlying = "Edm.Int32";
  if (Object.prototype.hasOwnProperty.call(ENUM_UNDERLYING, underlyingText))
    underlying = underlyingText as EnumUnderlying;
  else
    ctx.report(
      "warning",
      "invalidCsdl",
      at(element),
      qname,
      `UnderlyingType ${underlyingText} is not an integer type; Edm.Int32 used`,
    );
  const flags = bool(ctx, element, qname, "IsFlags", false);
  const members: CsdlMember[] = [];
  for (const child of edmChildren(element)) {
    if (child.name === "Member") members.push(readMember(ctx, qname, child, members.length, flags));
    else if (child.name !== "Annotation") ctx.notRepresented(child, qname, `<${child.name}> in <EnumType>`);
  }
  const type: CsdlEnum = {
    kind: "enum",
    qname,
    namespace,
    name,
    at: at(element),
    path: qname,
    underlying,
    flags,
    members,
  };
  annotateInline(ctx, annotatable(ctx, "type", qname, type), element);
  return type;
}

function readMember(
  ctx: ReadContext,
  owner: string,
  element: XmlElement,
  position: number,
  flags: boolean,
): CsdlMember {
  const name = element.attrs.get("Name") ?? "";
  const path = `${owner}/${name}`;
  checkAttributes(ctx, element, path, ["Name", "Value"]);
  checkChildren(ctx, element, path);
  let value = element.attrs.get("Value");
  if (value !== undefined && !/^-?(?:0|[1-9]\d*)$/.test(value)) {
    ctx.report("warning", "invalidCsdl", at(element), path, `Value="${value}" is not an integer; its position used`);
    value = undefined;
  }
  if (value === undefined && flags)
    ctx.report(
      "warning",
      "invalidCsdl",
      at(element),
      path,
      "a member of a flags enum needs a Value; its position used",
    );
  const member: CsdlMember = { name, value: value ?? String(position), at: at(element), path };
  annotateInline(ctx, annotatable(ctx, "member", path, member), element);
  return member;
}
