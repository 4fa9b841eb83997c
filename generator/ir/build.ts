/**
 * Stage 3: the IR built from the checked spec. `loadSpec` is the front half of the pipeline:
 * load -> check -> IR. It returns every diagnostic and an IR only when there is no error.
 *
 * The checked model carries every reference resolved and every path parsed; this only reads it,
 * applies the format's defaults, fixes the TypeScript names (`names.ts`) and sorts.
 */
import { checkSpec, checkSpecDir, checkSpecTexts, type CheckResult } from "../check/index.ts";
import { memberName, memberValue } from "../check/enums.ts";
import type {
  RawAcknowledge,
  RawBody,
  RawNavigation,
  RawOperation,
  RawParameter,
  RawProperty,
  RawStructured,
  RawEnum,
} from "../check/format.ts";
import { baseChain, locationOf, structuredTarget, type Decl, type SpecModel } from "../check/model.ts";
import { displayPath } from "../check/shape.ts";
import type { LoadResult } from "../load/load.ts";
import { compareDiagnostics, compareStrings, InternalError, type Diagnostic } from "../model/diagnostics.ts";
import type {
  HttpMethod,
  IR,
  IRAcknowledged,
  IRBody,
  IRContainerMember,
  IRDeprecation,
  IREnum,
  IRFacets,
  IRNavigation,
  IROperation,
  IRParameter,
  IRProperty,
  IRResponse,
  IRStructured,
  IRType,
  IRTypeRef,
  SourceLocation,
} from "../model/ir.ts";
import { assignNames, type TypeToName } from "./names.ts";

export interface SpecResult {
  readonly ir?: IR;
  readonly diagnostics: readonly Diagnostic[];
}

export async function loadSpec(specDir: string): Promise<SpecResult> {
  return fromCheck(await checkSpecDir(specDir));
}

/** The same from texts already in memory (tests, watch mode). */
export function loadSpecFromTexts(inputs: readonly { file: string; text: string }[]): SpecResult {
  return fromCheck(checkSpecTexts(inputs));
}

/** The same from files already loaded, for a caller that keeps the parsed documents (drift). */
export function loadSpecFromLoaded(loaded: LoadResult): SpecResult {
  return fromCheck(checkSpec(loaded));
}

function fromCheck(checked: CheckResult): SpecResult {
  if (checked.model === undefined) return { diagnostics: checked.diagnostics };
  const { ir, diagnostics } = buildIR(checked.model);
  const all = [...checked.diagnostics, ...diagnostics].sort(compareDiagnostics);
  return all.some((d) => d.severity === "error") ? { diagnostics: all } : { ir, diagnostics: all };
}

type Checked = NonNullable<CheckResult["model"]>;

/** The IR of a checked model, with the diagnostics of naming (renames; a pinned name that collides). */
export function buildIR(model: Checked): { ir: IR; diagnostics: readonly Diagnostic[] } {
  const derived = derivedIndex(model);
  const mainNamespace = mainNamespaceOf(model);
  const unnamed: TypeToName[] = [
    ...[...model.structured.values()].map((d) => toName(d, structured(model, d, derived.get(d.qname) ?? []))),
    ...[...model.enums.values()].map((d) => toName(d, enumType(d))),
  ];
  const operations = [...model.operations.values()];
  const names = assignNames(
    unnamed,
    operations.map((d) => ({
      id: d.name,
      bodyParameters: [...(d.raw.parameters?.values() ?? [])].some((p) => p.in === "body"),
      source: where(d),
      specPath: displayPath(d.path),
      ...acknowledged(d.raw.acknowledge),
    })),
    mainNamespace,
  );
  const api = model.api.raw;
  const fileAcknowledged = new Map(model.files.flatMap((f) => [...(f.raw.acknowledge ?? [])]));
  const ir: IR = {
    // The required keys are present: the checks passed.
    api: {
      packageName: api.package!,
      title: api.title!,
      apiVersion: api.apiVersion!,
      baseUrl: api.baseUrl!.replace(/\/+$/, ""),
      specVersion: api.specVersion!,
      mainNamespace,
      ...(api.description === undefined ? {} : { description: api.description }),
      source: where(model.api, ["specVersion"], "value"),
    },
    files: model.files.map((f) => f.loaded.file),
    types: unnamed
      .map(({ type }): IRType => ({ ...type, tsName: names.types.get(type.qname)! }))
      .sort((a, b) => compareStrings(a.qname, b.qname)),
    operations: operations
      .map((d) => operation(d, names.operations.get(d.name)!))
      .sort((a, b) => compareStrings(a.id, b.id)),
    container: containerOf(model),
    ...acknowledged(fileAcknowledged),
  };
  return { ir, diagnostics: names.diagnostics };
}

function containerOf(model: SpecModel): IRContainerMember[] {
  return [...model.container.values()]
    .map((d): IRContainerMember => ({
      kind: d.kind,
      name: d.name,
      type: qnameOf(d.raw.ref, d.qname),
      ...(d.raw.description === undefined ? {} : { description: d.raw.description }),
      source: where(d),
    }))
    .sort((a, b) => compareStrings(a.name, b.name));
}

function toName(decl: Decl<RawStructured | RawEnum>, type: IRType): TypeToName {
  const pin = decl.raw.tsName;
  return {
    type,
    specPath: displayPath(decl.path),
    ...(pin === undefined
      ? {}
      : {
          pinned: { name: pin, at: where(decl, ["tsName"], "value"), specPath: displayPath([...decl.path, "tsName"]) },
        }),
  };
}

/**
 * The service's main namespace: the one the api names, else the declared namespace with the fewest
 * dots (then the first in code-unit order).
 */
function mainNamespaceOf(model: Checked): string {
  if (model.api.raw.namespace !== undefined) return model.api.raw.namespace;
  const all = [...new Set([...model.structured.values(), ...model.enums.values()].map((d) => d.namespace))];
  const depth = (ns: string): number => ns.split(".").length;
  return all.sort((a, b) => depth(a) - depth(b) || compareStrings(a, b))[0] ?? "";
}

function where(decl: Decl<unknown>, sub: readonly string[] = [], at: "key" | "value" = "key"): SourceLocation {
  return locationOf(decl.file, [...decl.path, ...sub], at);
}

function acknowledged(map: RawAcknowledge | undefined): { acknowledged?: IRAcknowledged } {
  if (map === undefined || map.size === 0) return {};
  return { acknowledged: Object.fromEntries([...map].sort(([a], [b]) => compareStrings(a, b))) };
}

/** A resolved reference; the checks guarantee it is there. */
function resolved(ref: IRTypeRef | undefined, what: string): IRTypeRef {
  if (ref === undefined) throw new InternalError(`the reference of ${what} was not resolved by the checks`);
  return ref;
}

function qnameOf(ref: IRTypeRef | undefined, what: string): string {
  const r = resolved(ref, what);
  if (r.kind === "primitive")
    throw new InternalError(`${what} names a primitive where the checks require a named type`);
  return r.qname;
}

/** Direct derived types of every structured type, found in one pass. */
function derivedIndex(model: SpecModel): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const d of model.structured.values()) {
    const base = structuredTarget(d.raw.baseRef);
    if (base !== undefined) index.set(base, [...(index.get(base) ?? []), d.qname]);
  }
  for (const list of index.values()) list.sort(compareStrings);
  return index;
}

/** The key: its own, else the nearest base's; empty for a keyless entity type. */
function keyOf(model: SpecModel, decl: Decl<RawStructured>): string[] {
  return [...([decl, ...baseChain(model, decl.qname)].find((d) => d.raw.key !== undefined)?.raw.key ?? [])];
}

function structured(model: SpecModel, decl: Decl<RawStructured>, derived: readonly string[]): IRStructured {
  const raw = decl.raw;
  const kind = raw.kind ?? "complex";
  const base = structuredTarget(raw.baseRef);
  return {
    kind,
    qname: decl.qname,
    namespace: decl.namespace,
    name: decl.name,
    tsName: "",
    ...(raw.description === undefined ? {} : { description: raw.description }),
    ...acknowledged(raw.acknowledge),
    source: where(decl),
    ...(base === undefined ? {} : { baseType: base }),
    abstract: raw.abstract === true,
    open: raw.open === true,
    hasStream: raw.hasStream === true,
    key: kind === "entity" ? keyOf(model, decl) : [],
    properties: [...(raw.properties ?? [])].map(([name, p]) => property(decl, name, p)),
    navigation: [...(raw.navigation ?? [])].map(([name, n]) => navigation(decl, name, n)),
    derived: [...derived],
  };
}

function property(decl: Decl<RawStructured>, name: string, p: RawProperty): IRProperty {
  const facets: IRFacets = {
    ...(p.maxLength === undefined ? {} : { maxLength: p.maxLength }),
    ...(p.precision === undefined ? {} : { precision: p.precision }),
    ...(p.scale === undefined ? {} : { scale: p.scale }),
  };
  return {
    wireName: name,
    type: resolved(p.ref, `${decl.qname}.${name}`),
    collection: p.collection === true,
    nullable: p.nullable !== false,
    ...(p.description === undefined ? {} : { description: p.description }),
    ...(p.deprecated?.message === undefined ? {} : { deprecated: deprecation(p.deprecated.message, p.deprecated) }),
    readOnly: p.readOnly === true,
    ...(Object.keys(facets).length === 0 ? {} : { facets }),
    ...acknowledged(p.acknowledge),
    source: where(decl, ["properties", name]),
  };
}

function deprecation(message: string, d: { since?: string; removal?: string }): IRDeprecation {
  return {
    message,
    ...(d.since === undefined ? {} : { since: d.since }),
    ...(d.removal === undefined ? {} : { removal: d.removal }),
  };
}

function navigation(decl: Decl<RawStructured>, name: string, n: RawNavigation): IRNavigation {
  return {
    wireName: name,
    target: qnameOf(n.ref, `${decl.qname}.${name}`),
    collection: n.collection === true,
    // Nullable unless it says otherwise (CSDL); only a single-valued one may say so.
    nullable: n.nullable !== false,
    containsTarget: n.containsTarget === true,
    ...(n.description === undefined ? {} : { description: n.description }),
    ...acknowledged(n.acknowledge),
    source: where(decl, ["navigation", name]),
  };
}

function enumType(decl: Decl<RawEnum>): IREnum {
  const members = (decl.raw.members ?? []).map((m, i) => ({
    name: memberName(m)!,
    value: memberValue(m, i),
    ...(typeof m === "string" || m.description === undefined ? {} : { description: m.description }),
    ...(typeof m === "string" ? {} : acknowledged(m.acknowledge)),
  }));
  return {
    kind: "enum",
    qname: decl.qname,
    namespace: decl.namespace,
    name: decl.name,
    tsName: "",
    ...(decl.raw.description === undefined ? {} : { description: decl.raw.description }),
    ...acknowledged(decl.raw.acknowledge),
    source: where(decl),
    members,
    underlying: decl.raw.underlying ?? "Edm.Int32",
    flags: decl.raw.flags === true,
    evolvable: members.some((m) => m.name === "unknownFutureValue"),
  };
}

function body(b: RawBody | undefined, what: string): IRBody | undefined {
  return b?.type === undefined ? undefined : { type: resolved(b.ref, what), collection: b.collection === true };
}

function parameter(decl: Decl<RawOperation>, name: string, p: RawParameter): IRParameter {
  const location = p.in ?? "path";
  return {
    name,
    in: location,
    type: resolved(p.ref, `${decl.name}(${name})`),
    collection: p.collection === true,
    // Path and query parameters are never null; function and body ones are unless they say otherwise (CSDL).
    nullable: (location === "function" || location === "body") && p.nullable !== false,
    required: location === "path" || (location === "query" ? p.required === true : p.required !== false),
    ...(p.description === undefined ? {} : { description: p.description }),
    source: where(decl, ["parameters", name]),
  };
}

function operation(decl: Decl<RawOperation>, tsName: string): IROperation {
  const raw = decl.raw;
  if (raw.segments === undefined) throw new InternalError(`the path of ${decl.name} was not parsed by the checks`);
  const requestBody = body(raw.requestBody, `${decl.name} request body`);
  const odataName = raw.function ?? raw.action;
  const responses: IRResponse[] = [...(raw.responses ?? [])]
    .map(([status, r]) => {
      const b = body(r.body, `${decl.name} response ${status}`);
      return {
        status: Number(status),
        ...(r.description === undefined ? {} : { description: r.description }),
        ...(b === undefined ? {} : { body: b }),
      };
    })
    .sort((a, b) => a.status - b.status);
  return {
    kind: "operation",
    odata: raw.function !== undefined ? "function" : raw.action !== undefined ? "action" : "request",
    id: decl.name,
    tsName,
    ...(odataName === undefined ? {} : { odataName }),
    method: raw.method as HttpMethod,
    path: raw.path!,
    pathSegments: raw.segments,
    parameters: [...(raw.parameters ?? [])].map(([name, p]) => parameter(decl, name, p)),
    headers: [...(raw.headers ?? [])].map(([name, h]) => ({
      name,
      required: h.required === true,
      ...(h.value === undefined ? {} : { value: h.value }),
      ...(h.description === undefined ? {} : { description: h.description }),
    })),
    query: [...(raw.query ?? [])],
    ...(requestBody === undefined ? {} : { requestBody }),
    responses,
    ...(raw.description === undefined ? {} : { description: raw.description }),
    ...(raw.docsName === undefined ? {} : { docsName: raw.docsName }),
    ...acknowledged(raw.acknowledge),
    source: where(decl),
  };
}
