/**
 * The imported spec as YAML text, built with the `yaml` package's Document API: our format (see
 * `check/format.ts` and the brief), in the metadata's order, with flow style only for short lists
 * (`key: [id]`, enum member names), folded text for long descriptions, a blank line between
 * declarations, and comments where the import had to say something (stand-ins).
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { CsdlEnum, CsdlNavigation, CsdlProperty, CsdlStructured, CsdlType } from "./model.ts";
import type { PlannedOperation, PlannedParameter } from "./operations.ts";
import type { StandIn } from "./select.ts";

const SCHEMA_HEADER = " yaml-language-server: $schema=./spec.schema.json";
const TO_STRING = { lineWidth: 100, flowCollectionPadding: false } as const;
/** Descriptions longer than this are written folded (`>-`). */
const FOLD_AT = 72;

/** Writes a value into a map only when it is defined. */
class MapBuilder {
  readonly map = new YAMLMap();

  /** Adds `key: value` (a node, or a string, number, bigint or boolean) unless `value` is undefined. */
  set(
    key: string | number | Scalar,
    value: Scalar | YAMLMap | YAMLSeq | string | number | bigint | boolean | undefined,
  ): this {
    if (value === undefined) return this;
    const node = typeof value === "object" ? value : new Scalar(value);
    // Pushed, not `add`ed: `add` looks for a duplicate key first, quadratic on a namespace of 2,000 types.
    this.map.items.push(new Pair(key instanceof Scalar ? key : new Scalar(key), node));
    return this;
  }

  text(key: string, value: string | undefined): this {
    return this.set(key, value === undefined ? undefined : textNode(value));
  }
}

function textNode(value: string): Scalar {
  const s = new Scalar(value);
  if (value.length > FOLD_AT && !/\n|^\s|\s$/.test(value)) s.type = Scalar.BLOCK_FOLDED;
  return s;
}

function flowList(items: readonly string[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items.push(...items.map((i) => new Scalar(i)));
  seq.flow = true;
  return seq;
}

function key(name: string, opts: { spaceBefore?: boolean; comment?: string } = {}): Scalar {
  const k = new Scalar(name);
  if (opts.spaceBefore === true) k.spaceBefore = true;
  if (opts.comment !== undefined) k.commentBefore = wrap(opts.comment, 96);
  return k;
}

/** A comment's text in lines of at most `width` characters (a longer word stays whole). */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((l) => ` ${l}`).join("\n");
}

/** Names a type from inside a file of `namespace`: short when it is declared there, qualified otherwise. */
export function refIn(namespace: string, qname: string): string {
  const prefix = `${namespace}.`;
  return qname.startsWith(prefix) && !qname.slice(prefix.length).includes(".") ? qname.slice(prefix.length) : qname;
}

function description(d: { description?: string; longDescription?: string }): string | undefined {
  if (d.description === undefined) return d.longDescription;
  return d.longDescription === undefined ? d.description : `${d.description}\n\n${d.longDescription}`;
}

export interface NamespaceFile {
  readonly namespace: string;
  readonly header: readonly string[];
  readonly types: readonly CsdlType[];
  readonly standIns: readonly StandIn[];
  readonly operations: readonly PlannedOperation[];
  /** Navigation properties left out (their target is not selected), by `type/name`. */
  readonly leftOutNavigation: ReadonlySet<string>;
  /** Differences from the metadata the import makes on purpose, by type: code to reason (`acknowledge`). */
  readonly acknowledged?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export function namespaceText(file: NamespaceFile): string {
  const doc = new Document();
  doc.commentBefore = [SCHEMA_HEADER, ...file.header.map((l) => ` ${l}`)].join("\n");
  const root = new MapBuilder().set("namespace", file.namespace);
  const ref = (q: string): string => refIn(file.namespace, q);
  const structured = file.types.filter((t): t is CsdlStructured => t.kind !== "enum");
  const enums = file.types.filter((t): t is CsdlEnum => t.kind === "enum");
  if (structured.length > 0 || file.standIns.length > 0) {
    const types = new MapBuilder();
    for (const s of file.standIns)
      types.set(key(s.qname.slice(file.namespace.length + 1), standInKey(types, s)), standIn(s));
    for (const t of structured)
      types.set(key(t.name, { spaceBefore: types.map.items.length > 0 }), structuredNode(t, ref, file));
    root.set(key("types", { spaceBefore: true }), types.map);
  }
  if (enums.length > 0) {
    const map = new MapBuilder();
    for (const e of enums) map.set(key(e.name, { spaceBefore: map.map.items.length > 0 }), enumNode(e));
    root.set(key("enums", { spaceBefore: true }), map.map);
  }
  if (file.operations.length > 0)
    root.set(key("operations", { spaceBefore: true }), operationsNode(file.operations, ref));
  doc.contents = root.map;
  return doc.toString(TO_STRING);
}

function standInKey(types: MapBuilder, s: StandIn): { spaceBefore: boolean; comment: string } {
  const guess = s.kind === "entity" ? " It is assumed to have Graph's key, `id`." : " Open: it accepts any properties.";
  return {
    spaceBefore: types.map.items.length > 0,
    comment: ` Stand-in: the metadata refers to ${s.qname} (first in ${s.firstUse}) but does not declare it.${guess}`,
  };
}

function standIn(s: StandIn): YAMLMap {
  const b = new MapBuilder();
  if (s.kind === "complex") return b.set("open", true).map;
  const id = new MapBuilder().set("type", "Edm.String").set("nullable", false).set("readOnly", true);
  return b
    .set("kind", "entity")
    .set("key", flowList(["id"]))
    .set("properties", new MapBuilder().set("id", id.map).map).map;
}

/**
 * One structured type as a YAML block (`name:` and its declaration, at indentation 0), written from
 * a file of `namespace`; navigation properties named in `leftOut` (`type/name`) are left out.
 */
export function structuredText(
  t: CsdlStructured,
  namespace: string,
  name: string,
  leftOut: ReadonlySet<string> = new Set(),
): string {
  const doc = new Document();
  const ref = (q: string): string => refIn(namespace, q);
  doc.contents = new MapBuilder().set(name, structuredNode(t, ref, { leftOutNavigation: leftOut })).map;
  return doc.toString(TO_STRING);
}

function structuredNode(
  t: CsdlStructured,
  ref: (q: string) => string,
  file: Pick<NamespaceFile, "leftOutNavigation" | "acknowledged">,
): YAMLMap {
  const b = new MapBuilder()
    .set("kind", t.kind === "entity" ? "entity" : undefined)
    .set("base", t.baseType === undefined ? undefined : ref(t.baseType))
    .set("abstract", t.abstract ? true : undefined)
    .set("open", t.open ? true : undefined)
    .set("hasStream", t.hasStream ? true : undefined)
    .set("key", t.key === undefined ? undefined : flowList(t.key))
    .text("description", description(t));
  const acknowledged = file.acknowledged?.get(t.qname);
  if (acknowledged !== undefined) {
    const map = new MapBuilder();
    for (const [code, reason] of acknowledged) map.text(code, reason);
    b.set("acknowledge", map.map);
  }
  if (t.properties.length > 0) {
    const props = new MapBuilder();
    for (const p of t.properties) props.set(p.name, propertyNode(p, ref));
    b.set("properties", props.map);
  }
  const navigation = t.navigation.filter((n) => !file.leftOutNavigation.has(n.path));
  if (navigation.length > 0) {
    const navs = new MapBuilder();
    for (const n of navigation) navs.set(n.name, navigationNode(n, ref));
    b.set("navigation", navs.map);
  }
  return b.map;
}

function propertyNode(p: CsdlProperty, ref: (q: string) => string): YAMLMap {
  const d = p.deprecated;
  const deprecated =
    d === undefined
      ? undefined
      : new MapBuilder()
          .text("message", d.description ?? "Deprecated.")
          .set("since", isoDate(d.date))
          .set("removal", isoDate(d.removalDate)).map;
  return new MapBuilder()
    .set("type", ref(p.type.qname))
    .set("collection", p.type.collection ? true : undefined)
    .set("nullable", p.nullable ? undefined : false)
    .set("readOnly", p.computed ? true : undefined)
    .set("maxLength", p.facets.maxLength)
    .set("precision", p.facets.precision)
    .set("scale", p.facets.scale)
    .text("description", description(p))
    .set("deprecated", deprecated).map;
}

function isoDate(date: string | undefined): string | undefined {
  return date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

function navigationNode(n: CsdlNavigation, ref: (q: string) => string): YAMLMap {
  return new MapBuilder()
    .set("type", ref(n.type.qname))
    .set("collection", n.type.collection ? true : undefined)
    .set("nullable", !n.type.collection && !n.nullable ? false : undefined)
    .set("containsTarget", n.containsTarget ? true : undefined)
    .text("description", description(n)).map;
}

function enumNode(e: CsdlEnum): YAMLMap {
  const positional = !e.flags && e.members.every((m, i) => m.value === String(i) && description(m) === undefined);
  const members = positional ? flowList(e.members.map((m) => m.name)) : new YAMLSeq();
  if (!positional) {
    for (const m of e.members) {
      const value = BigInt(m.value);
      const safe = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
      const member = new MapBuilder()
        .set("name", m.name)
        .set("value", safe ? Number(value) : value)
        .text("description", description(m)).map;
      member.flow = description(m) === undefined;
      members.add(member);
    }
  }
  return new MapBuilder()
    .set("flags", e.flags ? true : undefined)
    .set("underlying", e.underlying === "Edm.Int32" ? undefined : e.underlying)
    .text("description", description(e))
    .set("members", members).map;
}

function operationsNode(ops: readonly PlannedOperation[], ref: (q: string) => string): YAMLMap {
  const map = new MapBuilder();
  for (const op of ops) {
    const b = new MapBuilder()
      .set("function", op.function)
      .set("action", op.action)
      .set("method", op.method)
      .set("path", op.path)
      .text("description", op.description);
    if (op.parameters.length > 0) {
      const params = new MapBuilder();
      for (const p of op.parameters) params.set(p.name, parameterNode(p, ref));
      b.set("parameters", params.map);
    }
    b.set("query", op.query === undefined ? undefined : flowList(op.query));
    const responses = new MapBuilder();
    for (const r of op.responses) {
      const body = r.body === undefined ? undefined : new MapBuilder().set("type", ref(r.body.type));
      body?.set("collection", r.body?.collection === true ? true : undefined);
      responses.set(r.status, new MapBuilder().set("description", r.description).set("body", body?.map).map);
    }
    b.set("responses", responses.map);
    map.set(key(op.id, { spaceBefore: map.map.items.length > 0 }), b.map);
  }
  return map.map;
}

function parameterNode(p: PlannedParameter, ref: (q: string) => string): YAMLMap {
  return new MapBuilder()
    .set("in", p.in)
    .set("type", p.type === undefined ? undefined : ref(p.type))
    .set("collection", p.collection)
    .set("nullable", p.nullable)
    .set("required", p.required)
    .text("description", p.description).map;
}

export interface ApiFile {
  readonly header: readonly string[];
  readonly api: Readonly<Record<string, string>>;
  readonly entitySets: readonly { name: string; type: string; description?: string }[];
  readonly singletons: readonly { name: string; type: string; description?: string }[];
}

export function apiText(file: ApiFile): string {
  const doc = new Document();
  doc.commentBefore = [SCHEMA_HEADER, ...file.header.map((l) => ` ${l}`)].join("\n");
  const api = new MapBuilder();
  for (const [k, v] of Object.entries(file.api)) api.text(k, v);
  const root = new MapBuilder().set("api", api.map);
  if (file.entitySets.length > 0 || file.singletons.length > 0) {
    const container = new MapBuilder();
    const members = (list: ApiFile["entitySets"]): YAMLMap => {
      const m = new MapBuilder();
      for (const e of list) m.set(e.name, new MapBuilder().set("type", e.type).text("description", e.description).map);
      return m.map;
    };
    if (file.entitySets.length > 0) container.set("entitySets", members(file.entitySets));
    if (file.singletons.length > 0) container.set("singletons", members(file.singletons));
    root.set(key("container", { spaceBefore: true }), container.map);
  }
  doc.contents = root.map;
  return doc.toString(TO_STRING);
}
