/**
 * Stage 3: build the IR from a checked spec. `loadSpec` is the front half of the pipeline:
 * load -> check -> IR. It returns every diagnostic and an IR only when there is no error.
 */
import { checkEnums, memberName } from "../check/enums.ts";
import { collect } from "../check/collect.ts";
import type { RawMember, RawOperation, RawProperty, RawStructured } from "../check/format.ts";
import { Reporter, resolveTypeRef, type Decl, type SpecModel } from "../check/model.ts";
import { checkOperations, parsePathTemplate } from "../check/operations.ts";
import { checkStructured } from "../check/structured.ts";
import { compareDiagnostics, compareStrings, InternalError, type Diagnostic } from "../model/diagnostics.ts";
import { loadSpecFiles, parseSpecTexts, type LoadResult } from "../load/load.ts";
import { assignNames } from "./names.ts";
import type {
  HttpMethod,
  IR,
  IRBody,
  IREnum,
  IROperation,
  IRProperty,
  IRStructured,
  IRTypeRef,
  SourceLocation,
} from "../model/ir.ts";

export interface SpecResult {
  readonly ir?: IR;
  readonly diagnostics: readonly Diagnostic[];
}

export async function loadSpec(specDir: string): Promise<SpecResult> {
  return buildIR(await loadSpecFiles(specDir));
}

/** The same from texts already in memory (tests, watch mode). */
export function loadSpecFromTexts(inputs: readonly { file: string; text: string }[]): SpecResult {
  return buildIR(parseSpecTexts(inputs));
}

function buildIR(loaded: LoadResult): SpecResult {
  const reporter = new Reporter();
  reporter.diagnostics.push(...loaded.diagnostics);
  const model = collect(loaded.files, reporter);
  checkStructured(model, reporter);
  checkEnums(model, reporter);
  checkOperations(model, reporter);
  if (reporter.hasErrors || model.api === undefined) {
    return { diagnostics: reporter.diagnostics.sort(compareDiagnostics) };
  }
  const derived = derivedIndex(model);
  const types = [
    ...[...model.structured.values()].map((d) => structured(model, reporter, d, derived.get(d.qname) ?? [])),
    ...[...model.enums.values()].map((d) => enumType(reporter, d)),
  ];
  const named = assignNames(types, [...model.operations.keys()], reporter.diagnostics);
  const api = model.api.raw;
  const ir: IR = {
    api: {
      packageName: api.package,
      title: api.title,
      apiVersion: api.apiVersion,
      baseUrl: api.baseUrl.replace(/\/+$/, ""),
      specVersion: api.specVersion,
      mainNamespace: mainNamespace(model),
      ...(api.description === undefined ? {} : { description: api.description }),
    },
    files: model.files.map((f) => f.loaded.file),
    types: named.types.sort((a, b) => compareStrings(a.qname, b.qname)),
    operations: [...model.operations.values()]
      .map((d) => operation(model, reporter, d, named.operationNames))
      .sort((a, b) => compareStrings(a.id, b.id)),
    container: [],
  };
  return { ir, diagnostics: reporter.diagnostics.sort(compareDiagnostics) };
}

/** The namespace with the fewest segments (then the first in code-unit order): the service's main one. */
function mainNamespace(model: SpecModel): string {
  const all = [...new Set([...model.structured.values(), ...model.enums.values()].map((d) => d.namespace))];
  const depth = (ns: string): number => ns.split(".").length;
  return all.sort((a, b) => depth(a) - depth(b) || compareStrings(a, b))[0] ?? "";
}

function loc(
  reporter: Reporter,
  decl: Decl<unknown>,
  sub: readonly string[] = [],
  at: "key" | "value" = "key",
): SourceLocation {
  return reporter.location(decl.file, [...decl.path, ...sub], at);
}

function ref(model: SpecModel, namespace: string, text: string | undefined): IRTypeRef {
  const r = resolveTypeRef(model, namespace, text ?? "Edm.String");
  if (r === undefined) throw new InternalError(`unresolved type "${text}" survived the checks`);
  return r;
}

/** Direct derived types of every structured type, found in one pass. */
function derivedIndex(model: SpecModel): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const d of model.structured.values()) {
    const base = d.raw.base === undefined ? undefined : resolveTypeRef(model, d.namespace, d.raw.base);
    if (base === undefined || base.kind === "primitive" || base.kind === "enum") continue;
    index.set(base.qname, [...(index.get(base.qname) ?? []), d.qname]);
  }
  for (const list of index.values()) list.sort(compareStrings);
  return index;
}

function keyOf(model: SpecModel, decl: Decl<RawStructured>): string[] {
  let cur: Decl<RawStructured> | undefined = decl;
  while (cur !== undefined) {
    if (cur.raw.key !== undefined) return [...cur.raw.key];
    const base: IRTypeRef | undefined =
      cur.raw.base === undefined ? undefined : resolveTypeRef(model, cur.namespace, cur.raw.base);
    cur =
      base === undefined || base.kind === "primitive" || base.kind === "enum"
        ? undefined
        : model.structured.get(base.qname);
  }
  return [];
}

function structured(
  model: SpecModel,
  reporter: Reporter,
  decl: Decl<RawStructured>,
  derived: readonly string[],
): IRStructured {
  const raw = decl.raw;
  const kind = raw.kind ?? "complex";
  const base = raw.base === undefined ? undefined : ref(model, decl.namespace, raw.base);
  return {
    kind,
    qname: decl.qname,
    namespace: decl.namespace,
    name: decl.name,
    tsName: "",
    ...(raw.description === undefined ? {} : { description: raw.description }),
    source: loc(reporter, decl),
    ...(base === undefined || base.kind === "primitive" ? {} : { baseType: base.qname }),
    abstract: raw.abstract === true,
    open: raw.open === true,
    hasStream: false,
    key: kind === "entity" ? keyOf(model, decl) : [],
    properties: [...(raw.properties ?? [])].map(([name, p]) => property(model, reporter, decl, name, p)),
    navigation: [...(raw.navigation ?? [])].map(([name, n]) => ({
      wireName: name,
      target: (ref(model, decl.namespace, n.type) as { qname: string }).qname,
      collection: n.collection === true,
      nullable: true,
      containsTarget: false,
      ...(n.description === undefined ? {} : { description: n.description }),
      source: loc(reporter, decl, ["navigation", name]),
    })),
    derived: [...derived],
  };
}

function property(
  model: SpecModel,
  reporter: Reporter,
  decl: Decl<RawStructured>,
  name: string,
  p: RawProperty,
): IRProperty {
  return {
    wireName: name,
    type: ref(model, decl.namespace, p.type),
    collection: p.collection === true,
    nullable: p.nullable !== false,
    ...(p.description === undefined ? {} : { description: p.description }),
    ...(p.deprecated?.message === undefined
      ? {}
      : {
          deprecated: {
            message: p.deprecated.message,
            ...(p.deprecated.since === undefined ? {} : { since: p.deprecated.since }),
            ...(p.deprecated.removal === undefined ? {} : { removal: p.deprecated.removal }),
          },
        }),
    readOnly: p.readOnly === true,
    source: loc(reporter, decl, ["properties", name]),
  };
}

function enumType(reporter: Reporter, decl: Decl<{ description?: string; members?: (string | RawMember)[] }>): IREnum {
  const members = (decl.raw.members ?? []).map((m, i) => ({
    name: memberName(m)!,
    value: String(typeof m === "string" || m.value === undefined ? i : m.value),
    ...(typeof m === "string" || m.description === undefined ? {} : { description: m.description }),
  }));
  return {
    kind: "enum",
    qname: decl.qname,
    namespace: decl.namespace,
    name: decl.name,
    tsName: "",
    ...(decl.raw.description === undefined ? {} : { description: decl.raw.description }),
    source: loc(reporter, decl),
    members,
    underlying: "Edm.Int32",
    flags: false,
    evolvable: members.some((m) => m.name === "unknownFutureValue"),
  };
}

function body(
  model: SpecModel,
  namespace: string,
  b: { type?: string; collection?: boolean } | undefined,
): IRBody | undefined {
  return b?.type === undefined ? undefined : { type: ref(model, namespace, b.type), collection: b.collection === true };
}

function operation(
  model: SpecModel,
  reporter: Reporter,
  decl: Decl<RawOperation>,
  names: ReadonlyMap<string, string>,
): IROperation {
  const raw = decl.raw;
  const parsed = parsePathTemplate(raw.path ?? "/");
  if ("problem" in parsed) throw new InternalError(`malformed path survived the checks: ${parsed.problem}`);
  const requestBody = body(model, decl.namespace, raw.requestBody);
  return {
    kind: "operation",
    odata: "request",
    id: decl.name,
    tsName: names.get(decl.name) ?? decl.name,
    method: raw.method as HttpMethod,
    path: raw.path ?? "/",
    pathSegments: parsed.segments,
    parameters: [...(raw.parameters ?? [])].map(([name, p]) => ({
      name,
      in: p.in ?? "path",
      type: ref(model, decl.namespace, p.type),
      collection: false,
      nullable: false,
      required: p.in === "path" ? true : p.required === true,
      ...(p.description === undefined ? {} : { description: p.description }),
      source: loc(reporter, decl, ["parameters", name]),
    })),
    headers: [...(raw.headers ?? [])].map(([name, h]) => ({
      name,
      required: h.required === true,
      ...(h.value === undefined ? {} : { value: h.value }),
      ...(h.description === undefined ? {} : { description: h.description }),
    })),
    query: [...(raw.query ?? [])],
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: [...(raw.responses ?? [])]
      .map(([status, r]) => {
        const b = body(model, decl.namespace, r.body);
        return {
          status: Number(status),
          ...(r.description === undefined ? {} : { description: r.description }),
          ...(b === undefined ? {} : { body: b }),
        };
      })
      .sort((a, b) => a.status - b.status),
    ...(raw.description === undefined ? {} : { description: raw.description }),
    ...(raw.docsName === undefined ? {} : { docsName: raw.docsName }),
    source: loc(reporter, decl),
  };
}
