/**
 * `drift`: where a hand-written spec and the service metadata disagree. Pure: the spec's IR, its
 * parsed YAML files (for positions and acknowledgements) and the metadata model in, findings out.
 *
 * What is compared: every spec type whose namespace the metadata declares (a spec type in another
 * namespace is outside the metadata and only counted); its kind, base, flags, key, properties,
 * navigation, enum members and values; the metadata's derived types of a spec type that the spec
 * uses as a value (a type used only as a base, such as `microsoft.graph.entity`, does not bring its
 * thousand derived types into scope); and the spec's functions and actions (`function:`/`action:`)
 * against the metadata's, with the metadata's operations bound to spec types that the spec lacks.
 *
 * Each finding has a drift code (`nullable`, `missingProperty:foo`, ...), the spec location it is
 * about, and, where `--write` may apply the metadata's fact, the fix (see `write.ts`). A drift
 * acknowledgement of the spec that no finding uses is reported as stale.
 */
import { ACKNOWLEDGE_CODES, acknowledgeCode, type DriftCode, type NamedDriftCode } from "../model/acknowledge.ts";
import { compareStrings } from "../model/diagnostics.ts";
import { isEdmPrimitive } from "../model/edm.ts";
import {
  csdlTypeName,
  refName,
  type IR,
  type IREnum,
  type IRNavigation,
  type IROperation,
  type IRProperty,
  type IRStructured,
  type IRTypeRef,
  type SourceLocation,
} from "../model/ir.ts";
import {
  csdlRefText,
  type CsdlEnum,
  type CsdlModel,
  type CsdlNavigation,
  type CsdlOperation,
  type CsdlProperty,
  type CsdlStructured,
} from "./model.ts";
import { indexTypes, type TypeIndex } from "./select.ts";
import { refIn } from "./write-spec.ts";
import type { SpecDocs, YamlPath } from "./spec-docs.ts";

/** What `--write` does for a finding (paths are YAML paths inside `file`). */
export type Fix =
  | {
      readonly kind: "set";
      readonly file: string;
      readonly path: YamlPath;
      readonly key: string;
      readonly value: unknown;
    }
  | { readonly kind: "delete"; readonly file: string; readonly path: YamlPath; readonly key: string }
  | {
      readonly kind: "addEntry";
      readonly file: string;
      readonly path: YamlPath;
      readonly key: string;
      readonly value: unknown;
      readonly after?: string;
    }
  | { readonly kind: "addMember"; readonly file: string; readonly path: YamlPath; readonly value: unknown }
  | {
      readonly kind: "setMember";
      readonly file: string;
      readonly path: YamlPath;
      readonly index: number;
      readonly value: unknown;
    }
  | { readonly kind: "removeMember"; readonly file: string; readonly path: YamlPath; readonly index: number }
  | {
      readonly kind: "addType";
      readonly file: string;
      readonly name: string;
      readonly after?: string;
      readonly type: CsdlStructured;
      /** Its navigation properties whose target the spec lacks (`type/name`), left out. */
      readonly leftOut: readonly string[];
    };

export interface Finding {
  /** The drift code, which is also what `acknowledge` names: `nullable`, `missingProperty:foo`. */
  readonly code: string;
  readonly message: string;
  /** Where in the spec: the node the difference is about (for something the spec lacks, its would-be parent). */
  readonly location: SourceLocation;
  readonly specPath: string;
  /** Where in the metadata, `line:col`. */
  readonly metadata?: string;
  /** The reason the spec gives, when it acknowledges this difference. */
  readonly acknowledged?: string;
  readonly fix?: Fix;
}

export interface DriftResult {
  readonly findings: readonly Finding[];
  /** Spec types left out of the comparison because the metadata declares none of their namespace. */
  readonly outside: readonly string[];
  /**
   * Drift acknowledgements that no difference uses: the metadata caught up with the spec, or the
   * code names something that does not differ. Acknowledgements inside types left out of the
   * comparison are not counted.
   */
  readonly stale: readonly Stale[];
}

export interface Stale {
  readonly code: string;
  readonly location: SourceLocation;
  readonly specPath: string;
}

interface Context {
  readonly ir: IR;
  readonly docs: SpecDocs;
  readonly model: CsdlModel;
  readonly index: TypeIndex;
  readonly specTypes: ReadonlyMap<string, IRStructured | IREnum>;
  readonly findings: Finding[];
  /** The acknowledgements findings used (`ackKey`). */
  readonly used: Set<string>;
}

export function drift(ir: IR, docs: SpecDocs, model: CsdlModel): DriftResult {
  const ctx: Context = {
    ir,
    docs,
    model,
    index: indexTypes(model),
    specTypes: new Map(ir.types.map((t) => [t.qname, t])),
    findings: [],
    used: new Set(),
  };
  const namespaces = new Set(model.schemas.map((s) => s.namespace));
  const outside: string[] = [];
  const used = usedAsValue(ir);
  for (const t of ir.types) {
    if (!namespaces.has(t.namespace)) {
      outside.push(t.qname);
      continue;
    }
    const meta = ctx.index.byName.get(t.qname);
    if (meta === undefined) report(ctx, t, typePath(t), "missingInMetadata", `${t.qname} is not in the metadata`);
    else if (t.kind === "enum" || meta.kind === "enum") compareEnum(ctx, t, meta);
    else {
      compareStructured(ctx, t, meta);
      if (used.has(t.qname)) derivedTypes(ctx, t);
    }
  }
  compareOperations(ctx);
  const findings = ctx.findings.map((f) => acknowledge(ctx, f)).sort(byLocation);
  return { findings, outside, stale: stale(ctx, namespaces) };
}

function byLocation(a: Finding, b: Finding): number {
  const x = a.location;
  const y = b.location;
  return compareStrings(x.file, y.file) || x.line - y.line || x.col - y.col || compareStrings(a.code, b.code);
}

// ---------------------------------------------------------------- types

function typePath(t: IRStructured | IREnum): YamlPath {
  return [t.kind === "enum" ? "enums" : "types", t.name];
}

/** A drift code of `model/acknowledge.ts`: what an `acknowledge` map names. */
type Code = DriftCode | `${NamedDriftCode}:${string}`;

interface Draft {
  readonly code: Code;
  readonly message: string;
  readonly file: string;
  readonly path: YamlPath;
  /** The node whose `acknowledge` may hold the code (default: `path`). */
  readonly ackAt?: YamlPath;
  readonly metadata?: { readonly line: number; readonly col: number };
  readonly fix?: Fix;
}

type Pending = Finding & { readonly draft: Draft };

function report(
  ctx: Context,
  on: { readonly source: SourceLocation },
  path: YamlPath,
  code: Code,
  message: string,
  extra: Partial<Pick<Draft, "ackAt" | "metadata" | "fix">> = {},
): void {
  const file = on.source.file;
  const draft: Draft = { code, message, file, path, ...extra };
  const finding: Pending = {
    code,
    message,
    location: ctx.docs.locate(file, path) ?? on.source,
    specPath: `${file}: ${path.join(".")}`,
    ...(extra.metadata === undefined ? {} : { metadata: `${extra.metadata.line}:${extra.metadata.col}` }),
    ...(extra.fix === undefined ? {} : { fix: extra.fix }),
    draft,
  };
  ctx.findings.push(finding);
}

function compareStructured(ctx: Context, t: IRStructured, meta: CsdlStructured): void {
  const path = typePath(t);
  const at = meta.at;
  const flag = (code: "abstract" | "open" | "hasStream", spec: boolean, metaValue: boolean): void => {
    if (spec === metaValue) return;
    const fix = metaValue ? set(t, path, code, true) : del(t, path, code);
    report(ctx, t, path, code, `${code} is ${spec} in the spec, ${metaValue} in the metadata`, { metadata: at, fix });
  };
  if (t.kind !== meta.kind)
    report(ctx, t, path, "kind", `a ${t.kind} type in the spec, ${meta.kind} in the metadata`, { metadata: at });
  if (t.baseType !== meta.baseType) {
    const fixable = meta.baseType === undefined || ctx.specTypes.has(meta.baseType);
    const fix = !fixable
      ? undefined
      : meta.baseType === undefined
        ? del(t, path, "base")
        : set(t, path, "base", refIn(t.namespace, meta.baseType));
    report(
      ctx,
      t,
      path,
      "base",
      `base ${t.baseType ?? "(none)"} in the spec, ${meta.baseType ?? "(none)"} in the metadata`,
      {
        metadata: at,
        ...(fix === undefined ? {} : { fix }),
      },
    );
  }
  flag("abstract", t.abstract, meta.abstract);
  flag("open", t.open, meta.open);
  flag("hasStream", t.hasStream, meta.hasStream);
  const key = metadataKey(ctx.index, meta);
  if (t.kind === "entity" && key !== undefined && key.join(",") !== t.key.join(",")) {
    const fix = meta.key !== undefined ? set(t, path, "key", [...meta.key]) : del(t, path, "key");
    report(ctx, t, path, "key", `key [${t.key.join(", ")}] in the spec, [${key.join(", ")}] in the metadata`, {
      metadata: at,
      fix,
    });
  }
  compareProperties(ctx, t, meta);
  compareNavigation(ctx, t, meta);
}

/** The key of a metadata type, its own or inherited; undefined when a base is not declared (the key is unknown). */
function metadataKey(index: TypeIndex, t: CsdlStructured): readonly string[] | undefined {
  const seen = new Set<string>();
  for (let cur: CsdlStructured | undefined = t; cur !== undefined && !seen.has(cur.qname);) {
    seen.add(cur.qname);
    if (cur.key !== undefined) return cur.key;
    if (cur.baseType === undefined) return [];
    const base: CsdlStructured | CsdlEnum | undefined = index.byName.get(cur.baseType);
    if (base === undefined) return undefined;
    cur = base.kind === "enum" ? undefined : base;
  }
  return [];
}

function set(t: { source: SourceLocation }, path: YamlPath, key: string, value: unknown): Fix {
  return { kind: "set", file: t.source.file, path, key, value };
}

function del(t: { source: SourceLocation }, path: YamlPath, key: string): Fix {
  return { kind: "delete", file: t.source.file, path, key };
}

function compareProperties(ctx: Context, t: IRStructured, meta: CsdlStructured): void {
  const path = typePath(t);
  const spec = new Map(t.properties.map((p) => [p.wireName, p]));
  const metaNames = new Set(meta.properties.map((p) => p.name));
  for (const [i, p] of meta.properties.entries()) {
    const s = spec.get(p.name);
    if (s !== undefined) {
      compareProperty(ctx, t, s, p);
      continue;
    }
    const after = meta.properties
      .slice(0, i)
      .reverse()
      .find((x) => spec.has(x.name))?.name;
    const fixable = isEdmPrimitive(p.type.qname) || ctx.specTypes.has(p.type.qname);
    const fix: Fix | undefined = fixable
      ? {
          kind: "addEntry",
          file: t.source.file,
          path: [...path, "properties"],
          key: p.name,
          value: propertyValue(t.namespace, p),
          ...(after === undefined ? {} : { after }),
        }
      : undefined;
    report(ctx, t, path, `missingProperty:${p.name}`, `property ${p.name} of the metadata is not in the spec`, {
      metadata: p.at,
      ...(fix === undefined ? {} : { fix }),
    });
  }
  for (const s of t.properties) {
    if (metaNames.has(s.wireName)) continue;
    const p = [...path, "properties", s.wireName];
    report(ctx, s, p, "missingInMetadata", `property ${s.wireName} is not in the metadata`, {
      fix: { kind: "delete", file: s.source.file, path: [...path, "properties"], key: s.wireName },
    });
  }
}

/** A property as the spec writes it, from the metadata (`write.ts` renders it). */
function propertyValue(namespace: string, p: CsdlProperty): Record<string, unknown> {
  return {
    type: refIn(namespace, p.type.qname),
    ...(p.type.collection ? { collection: true } : {}),
    ...(p.nullable ? {} : { nullable: false }),
    ...(p.computed ? { readOnly: true } : {}),
    ...(p.description === undefined ? {} : { description: p.description }),
  };
}

function compareProperty(ctx: Context, t: IRStructured, s: IRProperty, p: CsdlProperty): void {
  const path: YamlPath = [...typePath(t), "properties", s.wireName];
  const at = p.at;
  if (refName(s.type) !== p.type.qname) {
    const fixable = isEdmPrimitive(p.type.qname) || ctx.specTypes.has(p.type.qname);
    const fix = fixable ? set(s, path, "type", refIn(t.namespace, p.type.qname)) : undefined;
    report(ctx, s, path, "type", `type ${refName(s.type)} in the spec, ${p.type.qname} in the metadata`, {
      metadata: at,
      ...(fix === undefined ? {} : { fix }),
    });
  }
  if (s.collection !== p.type.collection)
    report(
      ctx,
      s,
      path,
      "collection",
      `collection is ${s.collection} in the spec, ${p.type.collection} in the metadata`,
      {
        metadata: at,
        fix: p.type.collection ? set(s, path, "collection", true) : del(s, path, "collection"),
      },
    );
  if (s.nullable !== p.nullable)
    report(ctx, s, path, "nullable", `nullable is ${s.nullable} in the spec, ${p.nullable} in the metadata`, {
      metadata: at,
      fix: p.nullable ? del(s, path, "nullable") : set(s, path, "nullable", false),
    });
}

function compareNavigation(ctx: Context, t: IRStructured, meta: CsdlStructured): void {
  const path = typePath(t);
  const spec = new Map(t.navigation.map((n) => [n.wireName, n]));
  const metaNames = new Set(meta.navigation.map((n) => n.name));
  for (const [i, n] of meta.navigation.entries()) {
    const s = spec.get(n.name);
    if (s !== undefined) {
      compareNavigationProperty(ctx, t, s, n);
      continue;
    }
    const after = meta.navigation
      .slice(0, i)
      .reverse()
      .find((x) => spec.has(x.name))?.name;
    const fix: Fix | undefined = ctx.specTypes.has(n.type.qname)
      ? {
          kind: "addEntry",
          file: t.source.file,
          path: [...path, "navigation"],
          key: n.name,
          value: navigationValue(t.namespace, n),
          ...(after === undefined ? {} : { after }),
        }
      : undefined;
    report(ctx, t, path, `missingNavigation:${n.name}`, `navigation ${n.name} of the metadata is not in the spec`, {
      metadata: n.at,
      ...(fix === undefined ? {} : { fix }),
    });
  }
  for (const s of t.navigation) {
    if (metaNames.has(s.wireName)) continue;
    report(
      ctx,
      s,
      [...path, "navigation", s.wireName],
      "missingInMetadata",
      `navigation ${s.wireName} is not in the metadata`,
      {
        fix: { kind: "delete", file: s.source.file, path: [...path, "navigation"], key: s.wireName },
      },
    );
  }
}

function navigationValue(namespace: string, n: CsdlNavigation): Record<string, unknown> {
  return {
    type: refIn(namespace, n.type.qname),
    ...(n.type.collection ? { collection: true } : {}),
    ...(!n.type.collection && !n.nullable ? { nullable: false } : {}),
    ...(n.containsTarget ? { containsTarget: true } : {}),
    ...(n.description === undefined ? {} : { description: n.description }),
  };
}

function compareNavigationProperty(ctx: Context, t: IRStructured, s: IRNavigation, n: CsdlNavigation): void {
  const path: YamlPath = [...typePath(t), "navigation", s.wireName];
  const at = n.at;
  if (s.target !== n.type.qname) {
    const fix = ctx.specTypes.has(n.type.qname) ? set(s, path, "type", refIn(t.namespace, n.type.qname)) : undefined;
    report(ctx, s, path, "type", `target ${s.target} in the spec, ${n.type.qname} in the metadata`, {
      metadata: at,
      ...(fix === undefined ? {} : { fix }),
    });
  }
  if (s.collection !== n.type.collection)
    report(
      ctx,
      s,
      path,
      "collection",
      `collection is ${s.collection} in the spec, ${n.type.collection} in the metadata`,
      {
        metadata: at,
        fix: n.type.collection ? set(s, path, "collection", true) : del(s, path, "collection"),
      },
    );
  const metaNullable = n.type.collection ? true : n.nullable;
  if (!s.collection && s.nullable !== metaNullable)
    report(ctx, s, path, "nullable", `nullable is ${s.nullable} in the spec, ${metaNullable} in the metadata`, {
      metadata: at,
      fix: metaNullable ? del(s, path, "nullable") : set(s, path, "nullable", false),
    });
  if (s.containsTarget !== n.containsTarget)
    report(
      ctx,
      s,
      path,
      "containsTarget",
      `containsTarget is ${s.containsTarget} in the spec, ${n.containsTarget} in the metadata`,
      {
        metadata: at,
        fix: n.containsTarget ? set(s, path, "containsTarget", true) : del(s, path, "containsTarget"),
      },
    );
}

function compareEnum(ctx: Context, t: IRStructured | IREnum, meta: CsdlStructured | CsdlEnum): void {
  const path = typePath(t);
  if (t.kind !== "enum" || meta.kind !== "enum") {
    report(
      ctx,
      t,
      path,
      "kind",
      `${t.qname} is ${t.kind === "enum" ? "an enum" : "a structured type"} in the spec but not in the metadata`,
      {
        metadata: meta.at,
      },
    );
    return;
  }
  if (t.flags !== meta.flags)
    report(ctx, t, path, "flags", `flags is ${t.flags} in the spec, ${meta.flags} in the metadata`, {
      metadata: meta.at,
      fix: meta.flags ? set(t, path, "flags", true) : del(t, path, "flags"),
    });
  if (t.underlying !== meta.underlying)
    report(ctx, t, path, "underlying", `underlying ${t.underlying} in the spec, ${meta.underlying} in the metadata`, {
      metadata: meta.at,
      fix: meta.underlying === "Edm.Int32" ? del(t, path, "underlying") : set(t, path, "underlying", meta.underlying),
    });
  compareMembers(ctx, t, meta);
}

function compareMembers(ctx: Context, t: IREnum, meta: CsdlEnum): void {
  const path = typePath(t);
  const members: YamlPath = [...path, "members"];
  const file = t.source.file;
  const spec = new Map(t.members.map((m, i) => [m.name, { member: m, index: i }]));
  const metaNames = new Set(meta.members.map((m) => m.name));
  let count = t.members.length;
  for (const m of meta.members) {
    const s = spec.get(m.name);
    if (s === undefined) {
      const value = count === Number(m.value) && m.description === undefined ? m.name : memberValue(m);
      count++;
      report(
        ctx,
        t,
        path,
        `missingMember:${m.name}`,
        `member ${m.name} (${m.value}) of the metadata is not in the spec`,
        {
          metadata: m.at,
          fix: { kind: "addMember", file, path: members, value },
        },
      );
    } else if (s.member.value !== m.value) {
      report(
        ctx,
        t,
        [...members, s.index],
        `memberValue:${m.name}`,
        `member ${m.name} is ${s.member.value} in the spec, ${m.value} in the metadata`,
        {
          ackAt: path,
          metadata: m.at,
          fix: { kind: "setMember", file, path: members, index: s.index, value: memberValue(m) },
        },
      );
    }
  }
  for (const [i, m] of t.members.entries()) {
    if (metaNames.has(m.name)) continue;
    report(ctx, t, [...members, i], "missingInMetadata", `member ${m.name} is not in the metadata`, {
      fix: { kind: "removeMember", file, path: members, index: i },
    });
  }
}

function memberValue(m: { name: string; value: string; description?: string }): Record<string, unknown> {
  const big = BigInt(m.value);
  const safe = big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER);
  return {
    name: m.name,
    value: safe ? Number(big) : big,
    ...(m.description === undefined ? {} : { description: m.description }),
  };
}

/** The metadata's types derived from `t` that the spec does not declare. */
function derivedTypes(ctx: Context, t: IRStructured): void {
  for (const d of ctx.index.derived.get(t.qname) ?? []) {
    if (ctx.specTypes.has(d.qname)) continue;
    const file = ctx.docs.fileOfNamespace(d.namespace, t.source.file);
    const fixable = file !== undefined && reachable(ctx, d);
    const fix: Fix | undefined = fixable
      ? {
          kind: "addType",
          file,
          name: d.name,
          type: d,
          leftOut: d.navigation.filter((n) => !ctx.specTypes.has(n.type.qname)).map((n) => n.path),
          ...(file === t.source.file && t.namespace === d.namespace ? { after: t.name } : {}),
        }
      : undefined;
    report(
      ctx,
      t,
      typePath(t),
      `missingType:${d.qname}`,
      `${d.qname}, derived from ${t.qname} in the metadata, is not in the spec`,
      {
        metadata: d.at,
        ...(fix === undefined ? {} : { fix }),
      },
    );
  }
}

/** Can a type be added as it is: does the spec declare every type its properties use? */
function reachable(ctx: Context, d: CsdlStructured): boolean {
  return d.properties.every((p) => isEdmPrimitive(p.type.qname) || ctx.specTypes.has(p.type.qname));
}

/** Spec types used as a value somewhere (a property, navigation, body or parameter type), or used nowhere at all. */
function usedAsValue(ir: IR): Set<string> {
  const value = new Set<string>();
  const base = new Set<string>();
  const note = (r: IRTypeRef | undefined): void => {
    if (r !== undefined && r.kind !== "primitive") value.add(r.qname);
  };
  for (const t of ir.types) {
    if (t.kind === "enum") continue;
    if (t.baseType !== undefined) base.add(t.baseType);
    for (const p of t.properties) note(p.type);
    for (const n of t.navigation) value.add(n.target);
  }
  for (const op of ir.operations) {
    for (const p of op.parameters) note(p.type);
    note(op.requestBody?.type);
    for (const r of op.responses) note(r.body?.type);
  }
  return new Set(ir.types.map((t) => t.qname).filter((q) => value.has(q) || !base.has(q)));
}

// ---------------------------------------------------------------- operations

function compareOperations(ctx: Context): void {
  const byName = new Map<string, CsdlOperation[]>();
  for (const op of ctx.model.operations) byName.set(op.qname, [...(byName.get(op.qname) ?? []), op]);
  const inSpec = new Set<string>();
  for (const op of ctx.ir.operations) {
    if (op.odataName === undefined) continue;
    inSpec.add(op.odataName);
    const candidates = byName.get(op.odataName);
    const path: YamlPath = ["operations", op.id];
    if (candidates === undefined) {
      if (ctx.model.schemas.some((s) => op.odataName!.startsWith(`${s.namespace}.`)))
        report(ctx, op, path, "missingInMetadata", `${op.odata} ${op.odataName} is not in the metadata`);
      continue;
    }
    compareOperation(ctx, op, pickOverload(op, candidates), path);
  }
  for (const op of ctx.model.operations) {
    const binding = op.parameters[0];
    if (!op.bound || binding === undefined || inSpec.has(op.qname)) continue;
    const t = ctx.specTypes.get(binding.type.qname);
    if (t === undefined) continue;
    report(
      ctx,
      t,
      typePath(t),
      `missingOperation:${op.name}`,
      `${op.kind} ${op.qname}, bound to ${binding.type.qname}, is not in the spec`,
      {
        metadata: op.at,
      },
    );
  }
}

function pickOverload(op: IROperation, candidates: readonly CsdlOperation[]): CsdlOperation {
  const names = op.parameters
    .filter((p) => p.in === "function" || p.in === "body")
    .map((p) => p.name)
    .join(",");
  const own = (c: CsdlOperation): string =>
    (c.bound ? c.parameters.slice(1) : c.parameters).map((p) => p.name).join(",");
  return candidates.find((c) => own(c) === names) ?? candidates[0]!;
}

function compareOperation(ctx: Context, op: IROperation, meta: CsdlOperation, path: YamlPath): void {
  const params = meta.bound ? meta.parameters.slice(1) : meta.parameters;
  const spec = op.parameters.filter((p) => p.in === "function" || p.in === "body");
  const differences: string[] = [];
  const specByName = new Map(spec.map((p) => [p.name, p]));
  for (const p of params) {
    const s = specByName.get(p.name);
    if (s === undefined) differences.push(`${p.name} is missing`);
    else {
      if (refName(s.type) !== p.type.qname) differences.push(`${p.name} is ${refName(s.type)}, not ${p.type.qname}`);
      if (s.collection !== p.type.collection) differences.push(`${p.name} collection is ${s.collection}`);
      if (s.nullable !== p.nullable) differences.push(`${p.name} nullable is ${s.nullable}`);
      if (s.required === p.optional) differences.push(`${p.name} required is ${s.required}`);
    }
  }
  for (const s of spec)
    if (!params.some((p) => p.name === s.name)) differences.push(`${s.name} is not in the metadata`);
  if (differences.length > 0)
    report(ctx, op, path, "parameters", `parameters differ from the metadata's: ${differences.join("; ")}`, {
      metadata: meta.at,
    });
  const ok = op.responses.filter((r) => r.status >= 200 && r.status < 300);
  const body = ok.find((r) => r.body !== undefined)?.body;
  const specReturn = body === undefined ? "nothing" : csdlTypeName(body.type, body.collection);
  const r = meta.returnType?.type;
  const metaReturn = r === undefined ? "nothing" : csdlRefText(r);
  if (specReturn !== metaReturn)
    report(ctx, op, path, "returnType", `returns ${specReturn} in the spec, ${metaReturn} in the metadata`, {
      metadata: meta.at,
    });
}

// ---------------------------------------------------------------- acknowledgements

/** An acknowledgement's identity: its file (`*` for any file), the node holding it, its code. */
function ackKey(file: string, owner: YamlPath, code: string): string {
  return JSON.stringify([file, owner, code]);
}

function acknowledge(ctx: Context, f: Finding): Finding {
  const draft = (f as Pending).draft;
  const { draft: _, ...finding } = f as Pending;
  const owner = draft.ackAt ?? draft.path;
  let reason = ctx.docs.acknowledged(draft.file, owner, draft.code);
  if (reason !== undefined) ctx.used.add(ackKey(draft.file, owner, draft.code));
  else if (draft.code.startsWith("missingType:") || draft.code.startsWith("missingOperation:")) {
    reason = ctx.docs.acknowledgedInAnyFile(draft.code);
    if (reason !== undefined) ctx.used.add(ackKey("*", [], draft.code));
  }
  return reason === undefined ? finding : { ...finding, acknowledged: reason };
}

/** The spec's drift acknowledgements that no finding used, outside the types not compared. */
function stale(ctx: Context, namespaces: ReadonlySet<string>): Stale[] {
  return ctx.docs
    .acknowledgements()
    .filter((a) => {
      const code = acknowledgeCode(a.code);
      if (code === undefined || ACKNOWLEDGE_CODES[code.name].kind !== "drift") return false;
      const inType = a.owner[0] === "types" || a.owner[0] === "enums";
      const namespace = ctx.docs.namespaceOf(a.file);
      if (inType && typeof namespace === "string" && !namespaces.has(namespace)) return false;
      const anyFile = a.owner.length === 0 && ctx.used.has(ackKey("*", [], a.code));
      return !anyFile && !ctx.used.has(ackKey(a.file, a.owner, a.code));
    })
    .map((a) => ({
      code: a.code,
      location: a.location,
      specPath: `${a.file}: ${[...a.owner, "acknowledge", a.code].join(".")}`,
    }));
}
