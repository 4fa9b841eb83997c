/** Functions, actions and the entity container, for `read.ts`. */
import { at, edmChildren, type ReadContext } from "./context.ts";
import {
  csdlRefText,
  type CsdlBinding,
  type CsdlContainer,
  type CsdlContainerMember,
  type CsdlImport,
  type CsdlOperation,
  type CsdlParameter,
  type CsdlReturnType,
} from "./model.ts";
import { annotatable, annotateInline, bool, checkAttributes, checkChildren, facets } from "./read-helpers.ts";
import type { XmlElement } from "./xml.ts";

const FACETS = ["MaxLength", "Precision", "Scale"];

export function readOperation(ctx: ReadContext, namespace: string, name: string, element: XmlElement): CsdlOperation {
  const qname = `${namespace}.${name}`;
  const kind = element.name === "Function" ? "function" : "action";
  checkAttributes(ctx, element, qname, ["Name", "IsBound"], { IsComposable: "false" });
  const raw = edmChildren(element).filter((c) => c.name === "Parameter");
  const types = raw.map((p) => csdlRefText(ctx.typeRef(p.attrs.get("Type") ?? "", p, qname)));
  const signature = `${qname}(${types.join(",")})`;
  const bindingOnly = types.length > 0 ? `${qname}(${types[0]})` : signature;
  const targets = [...new Set([qname, signature, bindingOnly])];
  const parameters = raw.map((p) => readParameter(ctx, targets, p));
  let returnType: CsdlReturnType | undefined;
  for (const child of edmChildren(element)) {
    if (child.name === "ReturnType") returnType = readReturnType(ctx, qname, child);
    else if (child.name !== "Parameter" && child.name !== "Annotation")
      ctx.notRepresented(child, qname, `<${child.name}> in <${element.name}>`);
  }
  const operation: CsdlOperation = {
    kind,
    qname,
    namespace,
    name,
    at: at(element),
    path: signature,
    bound: bool(ctx, element, qname, "IsBound", false),
    parameters,
    ...(returnType === undefined ? {} : { returnType }),
  };
  annotateInline(ctx, annotatable(ctx, "operation", signature, operation, targets), element);
  return operation;
}

function readParameter(ctx: ReadContext, operationTargets: readonly string[], element: XmlElement): CsdlParameter {
  const name = element.attrs.get("Name") ?? "";
  const path = `${operationTargets[1]}/${name}`;
  checkAttributes(ctx, element, path, ["Name", "Type", "Nullable", ...FACETS], { Unicode: "true" });
  const parameter: CsdlParameter = {
    name,
    at: at(element),
    path,
    type: ctx.typeRef(element.attrs.get("Type") ?? "Edm.String", element, path),
    nullable: bool(ctx, element, path, "Nullable", true),
    optional: false,
    facets: facets(ctx, element, path),
  };
  const targets = operationTargets.map((t) => `${t}/${name}`);
  annotateInline(ctx, annotatable(ctx, "parameter", path, parameter, targets), element);
  return parameter;
}

function readReturnType(ctx: ReadContext, owner: string, element: XmlElement): CsdlReturnType {
  const path = `${owner}/$ReturnType`;
  checkAttributes(ctx, element, path, ["Type", "Nullable", ...FACETS], { Unicode: "true" });
  checkChildren(ctx, element, path);
  return {
    type: ctx.typeRef(element.attrs.get("Type") ?? "", element, path),
    nullable: bool(ctx, element, path, "Nullable", true),
  };
}

export function readContainer(ctx: ReadContext, namespace: string, name: string, element: XmlElement): CsdlContainer {
  const qname = `${namespace}.${name}`;
  checkAttributes(ctx, element, qname, ["Name"]);
  const members: CsdlContainerMember[] = [];
  const imports: CsdlImport[] = [];
  for (const child of edmChildren(element)) {
    const childName = child.attrs.get("Name") ?? "";
    const path = `${qname}/${childName}`;
    if (child.name === "EntitySet" || child.name === "Singleton") members.push(readMember(ctx, path, child));
    else if (child.name === "FunctionImport" || child.name === "ActionImport")
      imports.push(readImport(ctx, path, child));
    else if (child.name !== "Annotation") ctx.notRepresented(child, qname, `<${child.name}> in <EntityContainer>`);
  }
  const container: CsdlContainer = { qname, at: at(element), path: qname, members, imports };
  annotateInline(ctx, annotatable(ctx, "container", qname, container), element);
  return container;
}

function readMember(ctx: ReadContext, path: string, element: XmlElement): CsdlContainerMember {
  const set = element.name === "EntitySet";
  const typeAttr = set ? "EntityType" : "Type";
  checkAttributes(ctx, element, path, ["Name", typeAttr, "Nullable"], { IncludeInServiceDocument: "true" });
  const bindings: CsdlBinding[] = [];
  for (const child of edmChildren(element)) {
    if (child.name === "NavigationPropertyBinding") {
      checkAttributes(ctx, child, path, ["Path", "Target"]);
      bindings.push({ path: child.attrs.get("Path") ?? "", target: child.attrs.get("Target") ?? "" });
    } else if (child.name !== "Annotation") ctx.notRepresented(child, path, `<${child.name}> in <${element.name}>`);
  }
  const member: CsdlContainerMember = {
    kind: set ? "entitySet" : "singleton",
    name: element.attrs.get("Name") ?? "",
    type: ctx.qualify(element.attrs.get(typeAttr) ?? "", element, path),
    bindings,
    at: at(element),
    path,
  };
  annotateInline(ctx, annotatable(ctx, "container", path, member), element);
  return member;
}

function readImport(ctx: ReadContext, path: string, element: XmlElement): CsdlImport {
  const fn = element.name === "FunctionImport";
  const attr = fn ? "Function" : "Action";
  checkAttributes(ctx, element, path, ["Name", attr], { IncludeInServiceDocument: "false" });
  checkChildren(ctx, element, path);
  const imported: CsdlImport = {
    kind: fn ? "functionImport" : "actionImport",
    name: element.attrs.get("Name") ?? "",
    operation: ctx.qualify(element.attrs.get(attr) ?? "", element, path),
    at: at(element),
    path,
  };
  annotateInline(ctx, annotatable(ctx, "container", path, imported), element);
  return imported;
}
