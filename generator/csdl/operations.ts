/**
 * The operations an import writes: reads from the entity container and containment (GET of an
 * entity set, of an entity by key, of a singleton, of contained entities), and every function and
 * action at one canonical path (see `paths.ts`). An operation that uses a type the import did not
 * select, or that cannot be addressed, is left out with a diagnostic saying why.
 */
import type { Diagnostic } from "../model/diagnostics.ts";
import { isEdmPrimitive } from "../model/edm.ts";
import { assignIds, idOf, pascal, simpleName } from "./ids.ts";
import {
  csdlRefText,
  type CsdlModel,
  type CsdlNavigation,
  type CsdlOperation,
  type CsdlParameter,
  type CsdlTypeRef,
} from "./model.ts";
import { pathText, type Location, type Locations, type Segment } from "./paths.ts";

export interface PlannedParameter {
  readonly name: string;
  readonly in: "path" | "function" | "body";
  /** Absent: Edm.String. */
  readonly type?: string;
  readonly collection?: boolean;
  readonly nullable?: boolean;
  readonly required?: boolean;
  readonly description?: string;
}

export interface PlannedResponse {
  readonly status: number;
  readonly description?: string;
  readonly body?: { readonly type: string; readonly collection: boolean };
}

export interface PlannedOperation {
  readonly id: string;
  /** The namespace whose file holds it. */
  readonly namespace: string;
  readonly function?: string;
  readonly action?: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly parameters: readonly PlannedParameter[];
  readonly query?: readonly string[];
  readonly responses: readonly PlannedResponse[];
  readonly description?: string;
}

type Draft = Omit<PlannedOperation, "id"> & { readonly candidates: readonly string[] };

export interface OperationContext {
  readonly model: CsdlModel;
  readonly locations: Locations;
  /** Is the type (qualified name or Edm primitive) available in the imported spec? */
  readonly available: (qname: string) => boolean;
  readonly diagnostics: Diagnostic[];
  /** Records, on a spec type, a difference from the metadata that the import makes on purpose. */
  readonly acknowledge: (qname: string, code: string, reason: string) => void;
}

export function planOperations(ctx: OperationContext): PlannedOperation[] {
  const drafts = [...containerReads(ctx), ...containmentReads(ctx), ...boundOperations(ctx), ...imports(ctx)];
  const ids = assignIds(drafts);
  return drafts.map(({ candidates: _, ...d }, i) => ({ id: ids[i]!, ...d }));
}

const READ_QUERY = ["$select", "$expand"];

function read(
  namespace: string,
  segments: readonly Segment[],
  type: string,
  collection: boolean,
  candidates: string[],
  description: string | undefined,
): Draft {
  candidates.push(pathId("get", segments, collection));
  return {
    namespace,
    method: "GET",
    path: pathText(segments),
    parameters: pathParameters(segments),
    query: READ_QUERY,
    responses: [{ status: 200, body: { type, collection } }],
    ...(description === undefined ? {} : { description }),
    candidates: collection ? candidates.map((c) => c.replace(/^get/, "list")) : candidates,
  };
}

/** An id spelled from the path: `getCommunicationsCallRecordsItem`. */
function pathId(verb: string, segments: readonly Segment[], collection: boolean): string {
  const words = segments.flatMap((s) => (s.kind === "literal" ? [simpleName(s.value)] : []));
  const item = !collection && segments[segments.length - 1]?.kind === "key" ? "Item" : "";
  return idOf(verb, ...words, item);
}

function namespaceOf(qname: string): string {
  return qname.slice(0, qname.lastIndexOf("."));
}

function containerReads(ctx: OperationContext): Draft[] {
  const out: Draft[] = [];
  for (const m of ctx.model.container?.members ?? []) {
    if (!ctx.available(m.type)) continue;
    const ns = namespaceOf(m.type);
    const segments: Segment[] = [{ kind: "literal", value: m.name }];
    if (m.kind === "singleton") {
      out.push(read(ns, segments, m.type, false, [idOf("get", m.name)], m.description));
      continue;
    }
    out.push(read(ns, segments, m.type, true, [idOf("get", m.name)], m.description));
    const key = ctx.locations.keyed(segments, m.type);
    if (key !== undefined)
      out.push(read(ns, key, m.type, false, [idOf("get", simpleName(m.type)), idOf("get", m.name, "item")], undefined));
  }
  return out;
}

/** Reads of every containment navigation property, at the canonical location of the type that declares it. */
function containmentReads(ctx: OperationContext): Draft[] {
  const out: Draft[] = [];
  for (const type of ctx.model.types) {
    if (type.kind !== "entity") continue;
    for (const n of type.navigation) {
      if (!n.containsTarget || !ctx.available(n.type.qname)) continue;
      const holder = ctx.locations.forBinding(type.qname, false);
      if (holder === undefined) continue;
      out.push(...navigationReads(ctx, holder, type.name, n));
    }
  }
  return out;
}

function navigationReads(ctx: OperationContext, holder: Location, holderName: string, n: CsdlNavigation): Draft[] {
  const target = n.type.qname;
  const ns = namespaceOf(target);
  const segments: Segment[] = [...holder.segments, { kind: "literal", value: n.name }];
  const first = read(
    ns,
    segments,
    target,
    n.type.collection,
    [idOf("get", n.name), idOf("get", holderName, n.name)],
    n.description,
  );
  if (!n.type.collection) return [first];
  const key = ctx.locations.keyed(segments, target);
  if (key === undefined) return [first];
  const t = simpleName(target);
  const candidates = [idOf("get", t), idOf("get", holderName, t), idOf("get", holderName, n.name, "item")];
  return [first, read(ns, key, target, false, candidates, undefined)];
}

function boundOperations(ctx: OperationContext): Draft[] {
  const out: Draft[] = [];
  for (const op of ctx.model.operations) {
    if (!op.bound) continue;
    const binding = op.parameters[0];
    if (binding === undefined) {
      leftOut(ctx, op, "it is bound but has no binding parameter");
      continue;
    }
    // An operation bound to a type the import did not select is not part of the selection.
    if (!ctx.available(binding.type.qname)) continue;
    const missing = missingType(ctx, op);
    if (missing !== undefined) {
      leftOut(ctx, op, `it uses ${missing}, which the import did not select`, "info");
      ctx.acknowledge(binding.type.qname, `missingOperation:${op.name}`, `left out by the import: it uses ${missing}`);
      continue;
    }
    const at = ctx.locations.forBinding(binding.type.qname, binding.type.collection);
    if (at === undefined) {
      const why = `no entity set or singleton leads to ${csdlRefText(binding.type)} through containment`;
      leftOut(ctx, op, why);
      ctx.acknowledge(binding.type.qname, `missingOperation:${op.name}`, `left out by the import: ${why}`);
      continue;
    }
    const t = pascal(simpleName(binding.type.qname)) + (binding.type.collection ? "Collection" : "");
    const nsWord = simpleName(op.namespace);
    const candidates = [idOf(op.name), idOf(op.name, "on", t), idOf(op.name, "on", nsWord, t)];
    out.push(invocation(op, at.segments, op.parameters.slice(1), `${op.qname}`, candidates));
  }
  return out;
}

/** Unbound functions and actions, through their imports. */
function imports(ctx: OperationContext): Draft[] {
  const out: Draft[] = [];
  const imported = new Set<string>();
  for (const i of ctx.model.container?.imports ?? []) {
    const kind = i.kind === "functionImport" ? "function" : "action";
    for (const op of ctx.model.operations) {
      if (op.qname !== i.operation || op.bound || op.kind !== kind) continue;
      imported.add(op.qname);
      const missing = missingType(ctx, op);
      if (missing !== undefined) leftOut(ctx, op, `it uses ${missing}, which the import did not select`, "info");
      else out.push(invocation(op, [], op.parameters, i.name, [idOf(i.name), idOf(i.name, simpleName(op.namespace))]));
    }
  }
  for (const op of ctx.model.operations)
    if (!op.bound && !imported.has(op.qname))
      leftOut(ctx, op, "it is unbound and no function or action import names it");
  return out;
}

function invocation(
  op: CsdlOperation,
  base: readonly Segment[],
  params: readonly CsdlParameter[],
  name: string,
  candidates: string[],
): Draft {
  const fn = op.kind === "function";
  const keyParams = pathParameters(base, new Set(params.map((p) => p.name)));
  const call = fn ? `${name}(${params.map((p) => `${p.name}={${p.name}}`).join(",")})` : name;
  const segments = renameKeys(base, keyParams);
  candidates.push(pathId(op.name, base, true));
  return {
    namespace: op.namespace,
    ...(fn ? { function: op.qname } : { action: op.qname }),
    method: fn ? "GET" : "POST",
    path: `${pathText(segments)}/${call}`,
    parameters: [...keyParams, ...params.map((p) => parameter(p, fn ? "function" : "body"))],
    responses:
      op.returnType === undefined
        ? [{ status: 204, description: "No content" }]
        : [{ status: 200, body: { type: op.returnType.type.qname, collection: op.returnType.type.collection } }],
    ...(op.description === undefined ? {} : { description: op.description }),
    candidates,
  };
}

/** The key parameters of a path, each renamed (`userId2`) if an operation parameter has its name. */
function pathParameters(segments: readonly Segment[], taken: ReadonlySet<string> = new Set()): PlannedParameter[] {
  const out: PlannedParameter[] = [];
  for (const s of segments) {
    if (s.kind !== "key") continue;
    let name = s.name;
    for (let n = 2; taken.has(name) || out.some((p) => p.name === name); n++) name = `${s.name}_${n}`;
    out.push({
      name,
      in: "path",
      ...(s.keyType === "Edm.String" ? {} : { type: s.keyType }),
      description: `Key of the ${simpleName(s.type)}.`,
    });
  }
  return out;
}

function renameKeys(segments: readonly Segment[], params: readonly PlannedParameter[]): Segment[] {
  let i = 0;
  return segments.map((s) => (s.kind === "key" ? { ...s, name: params[i++]!.name } : s));
}

function parameter(p: CsdlParameter, where: "function" | "body"): PlannedParameter {
  return {
    name: p.name,
    in: where,
    type: p.type.qname,
    ...(p.type.collection ? { collection: true } : {}),
    ...(p.nullable ? {} : { nullable: false }),
    ...(p.optional ? { required: false } : {}),
    ...(p.description === undefined ? {} : { description: p.description }),
  };
}

function missingType(ctx: OperationContext, op: CsdlOperation): string | undefined {
  const refs: CsdlTypeRef[] = [
    ...op.parameters.map((p) => p.type),
    ...(op.returnType === undefined ? [] : [op.returnType.type]),
  ];
  return refs.map((r) => r.qname).find((q) => !isEdmPrimitive(q) && !ctx.available(q));
}

function leftOut(ctx: OperationContext, op: CsdlOperation, why: string, level: "info" | "warning" = "warning"): void {
  ctx.diagnostics.push({
    severity: "warning",
    code: level === "info" ? "operationNotSelected" : "operationLeftOut",
    message: `${op.kind} ${op.qname} is left out: ${why}`,
    location: { file: ctx.model.file, line: op.at.line, col: op.at.col },
    specPath: op.path,
  });
}
