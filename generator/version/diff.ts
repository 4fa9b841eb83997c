/**
 * Compares two IRs and classifies every change by what it does to consumers of the generated
 * package. The rules are written down in ARCHITECTURE.md ("Versions"); this file is their code.
 */
import { compareStrings } from "../model/diagnostics.ts";
import {
  CLIENT_QUERY_OPTIONS,
  csdlTypeName,
  type IR,
  type IREnum,
  type IROperation,
  type IRProperty,
  type IRResponse,
  type IRStructured,
  type IRType,
} from "../model/ir.ts";

export type ChangeClass = "breaking" | "additive" | "cosmetic";

export interface Change {
  readonly class: ChangeClass;
  /** What changed, by its spec name: `property microsoft.graph.callRecords.segment.caller`. */
  readonly subject: string;
  readonly description: string;
}

type Emit = (cls: ChangeClass, subject: string, description: string) => void;

function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((t) => [key(t), t]));
}

/** Calls `added`, `removed` and `both` for the members of two keyed lists, in sorted key order. */
function pair<T>(
  a: readonly T[],
  b: readonly T[],
  key: (t: T) => string,
  on: { added(t: T): void; removed(t: T): void; both(x: T, y: T): void },
): void {
  const ma = byKey(a, key);
  const mb = byKey(b, key);
  for (const k of [...new Set([...ma.keys(), ...mb.keys()])].sort(compareStrings)) {
    const x = ma.get(k);
    const y = mb.get(k);
    if (x === undefined) on.added(y!);
    else if (y === undefined) on.removed(x);
    else on.both(x, y);
  }
}

function cosmeticText(emit: Emit, subject: string, what: string, a: string | undefined, b: string | undefined): void {
  if (a !== b) emit("cosmetic", subject, `${what} changed`);
}

function diffProperty(emit: Emit, owner: string, a: IRProperty, b: IRProperty): void {
  const s = `property ${owner}.${a.wireName}`;
  if (csdlTypeName(a.type, a.collection) !== csdlTypeName(b.type, b.collection))
    emit(
      "breaking",
      s,
      `type changed from ${csdlTypeName(a.type, a.collection)} to ${csdlTypeName(b.type, b.collection)}`,
    );
  if (a.nullable && !b.nullable) emit("breaking", s, "made non-nullable: requests that send null are now refused");
  if (!a.nullable && b.nullable) emit("breaking", s, "made nullable: readers must now handle null");
  if (a.deprecated === undefined && b.deprecated !== undefined) emit("additive", s, "deprecated");
  else if (JSON.stringify(a.deprecated) !== JSON.stringify(b.deprecated)) emit("cosmetic", s, "deprecation changed");
  if (a.readOnly !== b.readOnly) emit("cosmetic", s, b.readOnly ? "marked read-only" : "no longer read-only");
  if (JSON.stringify(a.facets ?? {}) !== JSON.stringify(b.facets ?? {})) emit("cosmetic", s, "facets changed");
  cosmeticText(emit, s, "description", a.description, b.description);
}

function diffStructured(emit: Emit, a: IRStructured, b: IRStructured): void {
  const s = `type ${a.qname}`;
  if (a.baseType !== b.baseType)
    emit("breaking", s, `base type changed from ${a.baseType ?? "none"} to ${b.baseType ?? "none"}`);
  if (a.abstract !== b.abstract)
    emit(b.abstract ? "breaking" : "additive", s, b.abstract ? "made abstract" : "no longer abstract");
  if (a.open !== b.open)
    emit(b.open ? "additive" : "breaking", s, b.open ? "made open" : "no longer open: dynamic properties are refused");
  if (a.hasStream !== b.hasStream)
    emit(
      b.hasStream ? "additive" : "breaking",
      s,
      b.hasStream ? "made a media entity" : "no longer a media entity: its media annotations are gone",
    );
  if (a.key.join() !== b.key.join())
    emit("breaking", s, `key changed from (${a.key.join(", ")}) to (${b.key.join(", ")})`);
  cosmeticText(emit, s, "description", a.description, b.description);
  pair(a.properties, b.properties, (p) => p.wireName, {
    added: (p) => emit("additive", `property ${a.qname}.${p.wireName}`, "added (optional, like every property)"),
    removed: (p) => emit("breaking", `property ${a.qname}.${p.wireName}`, "removed (or renamed)"),
    both: (x, y) => diffProperty(emit, a.qname, x, y),
  });
  pair(a.navigation, b.navigation, (n) => n.wireName, {
    added: (n) => emit("additive", `navigation ${a.qname}.${n.wireName}`, "added"),
    removed: (n) => emit("breaking", `navigation ${a.qname}.${n.wireName}`, "removed (or renamed)"),
    both: (x, y) => {
      const n = `navigation ${a.qname}.${x.wireName}`;
      if (x.target !== y.target || x.collection !== y.collection) emit("breaking", n, "target changed");
      else if (!x.collection && x.nullable !== y.nullable)
        emit(
          y.nullable ? "breaking" : "additive",
          n,
          y.nullable ? "made nullable: readers must now handle null" : "made non-nullable",
        );
      if (x.containsTarget !== y.containsTarget)
        emit("cosmetic", n, y.containsTarget ? "made a containment" : "no longer a containment");
      cosmeticText(emit, n, "description", x.description, y.description);
    },
  });
}

function diffEnum(emit: Emit, a: IREnum, b: IREnum): void {
  const s = `enum ${a.qname}`;
  if (a.evolvable && !b.evolvable) emit("breaking", s, "no longer evolvable (unknownFutureValue removed)");
  if (a.flags !== b.flags)
    emit("breaking", s, b.flags ? "made a flags enum: a value may now name several members" : "no longer a flags enum");
  if (a.underlying !== b.underlying)
    emit("cosmetic", s, `underlying type changed from ${a.underlying} to ${b.underlying}`);
  cosmeticText(emit, s, "description", a.description, b.description);
  pair(a.members, b.members, (m) => m.name, {
    added: (m) =>
      emit(
        b.evolvable ? "additive" : "breaking",
        `member ${a.qname}.${m.name}`,
        b.evolvable ? "added to an evolvable enum" : "added to an enum that is not evolvable: exhaustive code breaks",
      ),
    removed: (m) => emit("breaking", `member ${a.qname}.${m.name}`, "removed (or renamed)"),
    both: (x, y) => {
      if (x.value !== y.value)
        emit("breaking", `member ${a.qname}.${x.name}`, `value changed from ${x.value} to ${y.value}`);
      cosmeticText(emit, `member ${a.qname}.${x.name}`, "description", x.description, y.description);
    },
  });
  const order = (e: IREnum): string =>
    e.members
      .filter((m) => a.members.some((n) => n.name === m.name) && b.members.some((n) => n.name === m.name))
      .map((m) => m.name)
      .join();
  if (order(a) !== order(b)) emit("cosmetic", s, "members reordered");
}

function diffType(emit: Emit, a: IRType, b: IRType): void {
  if (a.tsName !== b.tsName)
    emit(
      "breaking",
      `${a.kind === "enum" ? "enum" : "type"} ${a.qname}`,
      `TypeScript name changed from ${a.tsName} to ${b.tsName}`,
    );
  if (a.kind !== b.kind) emit("breaking", `type ${a.qname}`, `changed from ${a.kind} to ${b.kind}`);
  else if (a.kind === "enum") diffEnum(emit, a, b as IREnum);
  else diffStructured(emit, a, b as IRStructured);
}

function diffOperation(emit: Emit, a: IROperation, b: IROperation): void {
  const s = `operation ${a.id}`;
  if (a.method !== b.method) emit("breaking", s, `method changed from ${a.method} to ${b.method}`);
  const kind = (x: IROperation): string => (x.odata === "request" ? "a request" : `${x.odata} ${x.odataName}`);
  if (kind(a) !== kind(b)) emit("breaking", s, `changed from ${kind(a)} to ${kind(b)}`);
  if (a.path !== b.path) emit("breaking", s, `path changed from ${a.path} to ${b.path}`);
  const body = (x: IROperation): string =>
    x.requestBody === undefined ? "none" : csdlTypeName(x.requestBody.type, x.requestBody.collection);
  if (body(a) !== body(b)) emit("breaking", s, `request body changed from ${body(a)} to ${body(b)}`);
  pair(a.parameters, b.parameters, (p) => p.name, {
    added: (p) =>
      emit(
        p.required ? "breaking" : "additive",
        `parameter ${a.id}.${p.name}`,
        p.required ? "added, required" : "added, optional",
      ),
    removed: (p) => emit("breaking", `parameter ${a.id}.${p.name}`, "removed (or renamed)"),
    both: (x, y) => {
      const p = `parameter ${a.id}.${x.name}`;
      if (csdlTypeName(x.type, x.collection) !== csdlTypeName(y.type, y.collection) || x.in !== y.in)
        emit("breaking", p, "type or place changed");
      if (x.nullable !== y.nullable)
        emit(y.nullable ? "additive" : "breaking", p, y.nullable ? "now takes null" : "no longer takes null");
      if (x.required !== y.required)
        emit(
          y.required ? "breaking" : "additive",
          `parameter ${a.id}.${x.name}`,
          y.required ? "made required" : "made optional",
        );
    },
  });
  pair(a.headers, b.headers, (h) => h.name.toLowerCase(), {
    added: (h) =>
      emit(
        h.required ? "breaking" : "additive",
        `header ${a.id}.${h.name}`,
        h.required ? "added, required" : "added, optional",
      ),
    removed: (h) => emit("additive", `header ${a.id}.${h.name}`, "no longer declared"),
    both: (x, y) => {
      if (x.required !== y.required)
        emit(
          y.required ? "breaking" : "additive",
          `header ${a.id}.${x.name}`,
          y.required ? "made required" : "made optional",
        );
    },
  });
  // An option the client does not offer is never sent: declaring it documents it only.
  const offered = (q: string): boolean => (CLIENT_QUERY_OPTIONS as readonly string[]).includes(q);
  pair(
    a.query.map((q) => ({ q })),
    b.query.map((q) => ({ q })),
    (x) => x.q,
    {
      added: (x) =>
        offered(x.q)
          ? emit("additive", `query ${a.id}.${x.q}`, "now accepted")
          : emit("cosmetic", `query ${a.id}.${x.q}`, "now declared; the client does not offer it"),
      removed: (x) =>
        offered(x.q)
          ? emit("breaking", `query ${a.id}.${x.q}`, "no longer accepted")
          : emit("cosmetic", `query ${a.id}.${x.q}`, "no longer declared; the client did not offer it"),
      both: () => undefined,
    },
  );
  const t = (r: IRResponse): string => (r.body === undefined ? "none" : csdlTypeName(r.body.type, r.body.collection));
  // The operation resolves to the body of any success response: one added with a body none of the
  // others had widens the result type (Segment becomes Segment | undefined), which consumers must handle.
  const results = new Set(a.responses.filter(isSuccess).map(t));
  // Any other status is a GraphError whatever the spec says of it: declaring one documents it only.
  const documented = "declared for the docs only: the client answers every status outside 2xx with a GraphError";
  pair(a.responses, b.responses, (r) => String(r.status), {
    added: (r) =>
      !isSuccess(r)
        ? emit("cosmetic", `response ${a.id}.${r.status}`, `added, ${documented}`)
        : results.size > 0 && !results.has(t(r))
          ? emit(
              "breaking",
              `response ${a.id}.${r.status}`,
              `added, with ${r.body === undefined ? "no body" : `a body of ${t(r)}`}: the operation's result type gains it`,
            )
          : emit("additive", `response ${a.id}.${r.status}`, "added"),
    removed: (r) =>
      isSuccess(r)
        ? emit("breaking", `response ${a.id}.${r.status}`, "removed")
        : emit("cosmetic", `response ${a.id}.${r.status}`, `removed, ${documented}`),
    both: (x, y) => {
      if (t(x) !== t(y)) emit("breaking", `response ${a.id}.${x.status}`, `body changed from ${t(x)} to ${t(y)}`);
    },
  });
  cosmeticText(emit, s, "description", a.description, b.description);
}

function isSuccess(r: IRResponse): boolean {
  return r.status >= 200 && r.status <= 299;
}

/** Every change from `before` to `after`, breaking first, then additive, then cosmetic. */
export function diffIR(before: IR, after: IR): Change[] {
  const changes: Change[] = [];
  const emit: Emit = (cls, subject, description) => changes.push({ class: cls, subject, description });
  if (before.api.packageName !== after.api.packageName)
    emit("breaking", "api", `package renamed from ${before.api.packageName} to ${after.api.packageName}`);
  if (before.api.baseUrl !== after.api.baseUrl)
    emit("breaking", "api", `base URL changed from ${before.api.baseUrl} to ${after.api.baseUrl}`);
  cosmeticText(emit, "api", "title", before.api.title, after.api.title);
  cosmeticText(emit, "api", "description", before.api.description, after.api.description);
  pair(before.types, after.types, (t) => t.qname, {
    added: (t) => emit("additive", `${t.kind === "enum" ? "enum" : "type"} ${t.qname}`, "added"),
    removed: (t) => emit("breaking", `${t.kind === "enum" ? "enum" : "type"} ${t.qname}`, "removed (or renamed)"),
    both: (x, y) => diffType(emit, x, y),
  });
  pair(before.operations, after.operations, (o) => o.id, {
    added: (o) => emit("additive", `operation ${o.id}`, "added"),
    removed: (o) => emit("breaking", `operation ${o.id}`, "removed (or renamed)"),
    both: (x, y) => diffOperation(emit, x, y),
  });
  // The container says where entities are addressed from; no generated code depends on it.
  pair(before.container, after.container, (c) => c.name, {
    added: (c) => emit("cosmetic", `${c.kind} ${c.name}`, "declared"),
    removed: (c) => emit("cosmetic", `${c.kind} ${c.name}`, "no longer declared"),
    both: (x, y) => {
      if (x.type !== y.type || x.kind !== y.kind) emit("cosmetic", `${y.kind} ${y.name}`, `now ${y.kind} of ${y.type}`);
    },
  });
  const rank: Record<ChangeClass, number> = { breaking: 0, additive: 1, cosmetic: 2 };
  return changes
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank[x.c.class] - rank[y.c.class] || x.i - y.i)
    .map((x) => x.c);
}
