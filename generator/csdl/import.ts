/**
 * `import`: a spec folder in our format from CSDL metadata. Pure: the model and the options in,
 * the files' texts and the diagnostics out; the command line writes them.
 *
 * One file per namespace (`microsoft.graph.callRecords.yaml`), each in the metadata's order, plus
 * `api.yaml` (the api block and the entity container) and `spec.schema.json` for editors. One file
 * per namespace, not per area: it follows the metadata's own schemas, and a type never moves between
 * files when the metadata changes, so a re-import or `drift --write` gives a diff in one place.
 *
 * What the import leaves out on purpose (a navigation property whose target is not selected, a bound
 * operation it cannot address or whose types are not selected) it acknowledges on the type, so that
 * `drift` on a fresh import reports nothing.
 */
import { specFormatSchema } from "../check/format-schema.ts";
import { compareStrings, type Diagnostic } from "../model/diagnostics.ts";
import { isEdmPrimitive } from "../model/edm.ts";
import type { CsdlModel, CsdlStructured, CsdlType } from "./model.ts";
import { planOperations, type PlannedOperation } from "./operations.ts";
import { Locations } from "./paths.ts";
import { indexTypes, selectTypes, type SelectOptions, type StandIn } from "./select.ts";
import { apiText, namespaceText } from "./write-spec.ts";

export interface ImportOptions extends SelectOptions {
  readonly apiVersion: string;
  readonly packageName?: string;
  readonly baseUrl?: string;
  /** The metadata file's name for the header comments (no folder: the output is the same wherever it was read). */
  readonly source: string;
}

export interface ImportedFile {
  /** Relative to the output folder. */
  readonly path: string;
  readonly text: string;
}

export interface ImportResult {
  readonly files: readonly ImportedFile[];
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The metadata elements the spec holds, by the paths diagnostics name them with (types, functions
   * and actions, container members), or undefined when the whole metadata was imported.
   */
  readonly written?: ReadonlySet<string>;
  readonly counts: { readonly types: number; readonly standIns: number; readonly operations: number };
}

export function importSpec(model: CsdlModel, options: ImportOptions): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const index = indexTypes(model);
  const selection = selectTypes(model, index, options, diagnostics);
  const available = (q: string): boolean => isEdmPrimitive(q) || selection.types.has(q) || selection.standIns.has(q);
  const acknowledged = new Map<string, Map<string, string>>();
  const acknowledge = (qname: string, code: string, reason: string): void => {
    const map = acknowledged.get(qname) ?? new Map<string, string>();
    if (!map.has(code)) map.set(code, reason);
    acknowledged.set(qname, map);
  };
  const locations = new Locations(model, index);
  const operations = planOperations({ model, locations, available, diagnostics, acknowledge });
  const types = model.types.filter((t) => selection.types.has(t.qname));
  const leftOut = leftOutNavigation(model, types, available, diagnostics, acknowledge);
  reportBindings(model, available, diagnostics);
  const byNamespace = group(types, [...selection.standIns.values()], operations);
  const header = [`Imported from ${options.source} by \`npm run import\`; edit freely, then run \`npm run drift\`.`];
  const files: ImportedFile[] = [...byNamespace].map(([namespace, content]) => ({
    path: `${namespace}.yaml`,
    text: namespaceText({ namespace, header, ...content, leftOutNavigation: leftOut, acknowledged }),
  }));
  files.push({ path: "api.yaml", text: apiFile(model, options, [...byNamespace.keys()], available, header) });
  files.push({ path: "spec.schema.json", text: specFormatSchema() });
  const whole = options.namespaces.length === 0 && options.types.length === 0;
  return {
    files: files.sort((a, b) => compareStrings(a.path, b.path)),
    diagnostics,
    ...(whole ? {} : { written: writtenElements(model, types, operations, available) }),
    counts: { types: types.length, standIns: selection.standIns.size, operations: operations.length },
  };
}

interface Content {
  types: CsdlType[];
  standIns: StandIn[];
  operations: PlannedOperation[];
}

/** Namespaces in the metadata's order (stand-ins' own namespaces after, in code-unit order). */
function group(
  types: readonly CsdlType[],
  standIns: readonly StandIn[],
  ops: readonly PlannedOperation[],
): Map<string, Content> {
  const out = new Map<string, Content>();
  const of = (ns: string): Content => {
    let c = out.get(ns);
    if (c === undefined) out.set(ns, (c = { types: [], standIns: [], operations: [] }));
    return c;
  };
  for (const t of types) of(t.namespace).types.push(t);
  for (const s of standIns) of(s.qname.slice(0, s.qname.lastIndexOf("."))).standIns.push(s);
  for (const op of ops) of(op.namespace).operations.push(op);
  return out;
}

/** Navigation properties whose target is not in the spec: left out, each said, and acknowledged in the spec. */
function leftOutNavigation(
  model: CsdlModel,
  types: readonly CsdlType[],
  available: (q: string) => boolean,
  diagnostics: Diagnostic[],
  acknowledge: (qname: string, code: string, reason: string) => void,
): Set<string> {
  const out = new Set<string>();
  for (const t of types.filter((x): x is CsdlStructured => x.kind !== "enum")) {
    for (const n of t.navigation) {
      if (available(n.type.qname)) continue;
      out.add(n.path);
      acknowledge(
        t.qname,
        `missingNavigation:${n.name}`,
        `left out by the import: ${n.type.qname} is not in this spec`,
      );
      diagnostics.push({
        severity: "warning",
        code: "navigationLeftOut",
        message: `navigation ${n.path} is left out: its target ${n.type.qname} is not selected`,
        location: { file: model.file, line: n.at.line, col: n.at.col },
        specPath: n.path,
      });
    }
  }
  return out;
}

function reportBindings(model: CsdlModel, available: (q: string) => boolean, diagnostics: Diagnostic[]): void {
  for (const m of model.container?.members ?? []) {
    if (m.bindings.length === 0 || !available(m.type)) continue;
    diagnostics.push({
      severity: "warning",
      code: "notRepresented",
      message: `${m.bindings.length} navigation property binding(s) of ${m.name} are not represented in the spec`,
      location: { file: model.file, line: m.at.line, col: m.at.col },
      specPath: m.path,
    });
  }
}

function apiFile(
  model: CsdlModel,
  options: ImportOptions,
  namespaces: readonly string[],
  available: (q: string) => boolean,
  header: readonly string[],
): string {
  const members = (model.container?.members ?? []).filter((m) => available(m.type));
  const entry = (m: (typeof members)[number]) => ({
    name: m.name,
    type: m.type,
    ...(m.description === undefined ? {} : { description: m.description }),
  });
  const main = mainNamespace(model, namespaces);
  return apiText({
    header,
    api: {
      package:
        options.packageName ??
        `@graph-codegen/imported-${options.apiVersion.toLowerCase().replace(/[^a-z0-9._~-]/g, "-")}`,
      title: `${main} (${options.apiVersion}), imported from ${options.source}`,
      apiVersion: options.apiVersion,
      baseUrl: options.baseUrl ?? `https://graph.microsoft.com/${options.apiVersion}`,
      specVersion: "1.0.0",
      ...(main === "" ? {} : { namespace: main }),
    },
    entitySets: members.filter((m) => m.kind === "entitySet").map(entry),
    singletons: members.filter((m) => m.kind === "singleton").map(entry),
  });
}

/** The entity container's namespace, or else the written namespace with the fewest dots. */
function mainNamespace(model: CsdlModel, namespaces: readonly string[]): string {
  const container = model.container?.qname;
  if (container !== undefined) return container.slice(0, container.lastIndexOf("."));
  const depth = (ns: string): number => ns.split(".").length;
  return [...namespaces].sort((a, b) => depth(a) - depth(b) || compareStrings(a, b))[0] ?? "";
}

function writtenElements(
  model: CsdlModel,
  types: readonly CsdlType[],
  operations: readonly PlannedOperation[],
  available: (q: string) => boolean,
): Set<string> {
  const out = new Set(types.map((t) => t.qname));
  for (const op of operations) out.add(op.function ?? op.action ?? "");
  const container = model.container;
  for (const m of container?.members ?? []) if (available(m.type)) out.add(`${container!.qname}/${m.name}`);
  return out;
}

/**
 * The reader's diagnostics about what the import wrote: when only part of the metadata was
 * selected, what it says about the rest does not concern this spec.
 */
export function relevantDiagnostics(read: readonly Diagnostic[], result: ImportResult): Diagnostic[] {
  const written = result.written;
  if (written === undefined) return [...read];
  return read.filter(
    (d) =>
      d.code === "undeclaredAlias" ||
      written.has(d.specPath.split(/[/(]/)[0]!) ||
      written.has(containerMember(d.specPath)),
  );
}

function containerMember(path: string): string {
  return path.split("/").slice(0, 2).join("/");
}
