/**
 * The recorded spec (`spec.json` in a package folder) read back for the version plan. It is input
 * like any other: a hand edit or a bad merge can leave it unreadable or missing a field the diff
 * reads. Either is a ConfigError naming the file and the place, never a crash inside the diff.
 * Only what `diff.ts` and `plan.ts` read is checked; anything else in the record is left alone.
 * A flag may be absent (a record written before the IR had it reads as false, as the diff reads
 * it); what the diff dereferences (names, lists, type references) must be there.
 */
import { ConfigError } from "../model/diagnostics.ts";
import type { IR, IREnum, IRNavigation, IROperation, IRParameter, IRStructured, IRType } from "../model/ir.ts";
import { SEMVER } from "../check/format.ts";

/** Throws with what was expected; `at` is the JSON Pointer of the value. */
type Check = (value: unknown, at: string) => void;

class Misshapen extends Error {
  constructor(
    readonly at: string,
    readonly expected: string,
  ) {
    super(`${at === "" ? "/" : at}: expected ${expected}`);
  }
}

const expect = (ok: boolean, at: string, expected: string): void => {
  if (!ok) throw new Misshapen(at, expected);
};
const str: Check = (v, at) => expect(typeof v === "string", at, "a string");
const num: Check = (v, at) => expect(typeof v === "number" && Number.isFinite(v), at, "a number");
/** A flag: true, false, or absent (read as false). */
const flag: Check = (v, at) => expect(v === undefined || typeof v === "boolean", at, "true or false");
const optional =
  (check: Check): Check =>
  (v, at) => {
    if (v !== undefined) check(v, at);
  };
const list =
  (item: Check): Check =>
  (v, at) => {
    expect(Array.isArray(v), at, "an array");
    (v as unknown[]).forEach((x, i) => item(x, `${at}/${i}`));
  };
const oneOf =
  (...names: string[]): Check =>
  (v, at) =>
    expect(typeof v === "string" && names.includes(v), at, `one of ${names.join(", ")}`);
const object =
  (fields: Readonly<Record<string, Check>>): Check =>
  (v, at) => {
    expect(typeof v === "object" && v !== null && !Array.isArray(v), at, "an object");
    for (const [key, check] of Object.entries(fields)) check((v as Record<string, unknown>)[key], `${at}/${key}`);
  };

const typeRef: Check = (v, at) => {
  object({ kind: oneOf("primitive", "enum", "complex", "entity") })(v, at);
  const ref = v as { kind: string };
  object(ref.kind === "primitive" ? { edm: str } : { qname: str })(v, at);
};
const body = object({ type: typeRef, collection: flag });
const deprecation = object({ message: str, since: optional(str), removal: optional(str) });
const property = object({
  wireName: str,
  type: typeRef,
  collection: flag,
  nullable: flag,
  readOnly: flag,
  deprecated: optional(deprecation),
  description: optional(str),
});
const navigation = object({ wireName: str, target: str, collection: flag });
/** A member's value is decimal text; a record written before Int64 members holds a number. */
const integer: Check = (v, at) =>
  expect((typeof v === "string" && /^-?\d+$/.test(v)) || Number.isInteger(v), at, "an integer");
const member = object({ name: str, value: integer, description: optional(str) });
const named = { qname: str, description: optional(str) };

const type: Check = (v, at) => {
  object({ kind: oneOf("entity", "complex", "enum") })(v, at);
  if ((v as { kind: string }).kind === "enum") object({ ...named, members: list(member), evolvable: flag })(v, at);
  else
    object({
      ...named,
      baseType: optional(str),
      abstract: flag,
      open: flag,
      key: list(str),
      properties: list(property),
      navigation: optional(list(navigation)),
    })(v, at);
};

const operation = object({
  id: str,
  method: str,
  path: str,
  description: optional(str),
  parameters: optional(list(object({ name: str, in: str, type: typeRef, required: flag }))),
  headers: optional(list(object({ name: str, required: flag }))),
  query: optional(list(str)),
  requestBody: optional(body),
  responses: list(object({ status: num, body: optional(body) })),
});

/**
 * Whether the recorded version is released, and while it is not, the spec of the last release (null
 * when there is none yet). A record written before releases were recorded is a release.
 */
const release: Check = (v, at) => {
  if (v === undefined) return;
  object({ released: flag, generator: optional(str) })(v, at);
  const since = (v as { since?: unknown }).since;
  if (since !== undefined && since !== null) record(since, `${at}/since`);
};

const record: Check = object({
  api: object({
    packageName: str,
    baseUrl: str,
    title: optional(str),
    description: optional(str),
    specVersion: (v, at) => expect(typeof v === "string" && SEMVER.test(v), at, "a semantic version"),
  }),
  types: list(type),
  operations: list(operation),
  release: (v, at) => release(v, at),
});

/** A package folder's record: the spec that made it, and its release state. */
export interface Recorded {
  readonly spec: IR;
  readonly released: boolean;
  /** While unreleased: the spec of the last release, or null when nothing was released yet. */
  readonly since?: IR | null;
  /**
   * The generator version that made the last release (this one when released, else `since`);
   * a record written before it was recorded was made by 0.1.0.
   */
  readonly generator: string;
}

/** What `spec.json` holds: the spec without positions, and its release state. */
export function recordText(
  normalisedSpec: string,
  state: { released: boolean; since?: IR | null; generator: string },
): string {
  const spec = JSON.parse(normalisedSpec) as Record<string, unknown>;
  const { generator } = state;
  const release = state.released
    ? { released: true, generator }
    : { released: false, since: state.since ?? null, generator };
  return `${JSON.stringify({ ...spec, release }, null, 2)}\n`;
}

/** The record in `file` (its text), or a ConfigError that says where it is damaged. */
export function readRecordedSpec(text: string, file: string): Recorded {
  const fix = `generate compares the spec with this record to version the package; restore it from version control (git checkout -- ${file})`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file} is not valid JSON (${(e as Error).message}): ${fix}`);
  }
  try {
    record(value, "");
  } catch (e) {
    if (e instanceof Misshapen)
      throw new ConfigError(`${file} is not a spec record as generate writes it (${e.message}): ${fix}`);
    throw e;
  }
  const { release: state, ...spec } = value as EarlierIR & {
    release?: { released?: boolean; since?: EarlierIR | null; generator?: string };
  };
  const since = state?.since;
  return {
    spec: upgrade(spec),
    released: state?.released !== false,
    generator: state?.generator ?? "0.1.0",
    ...(state?.released === false ? { since: since === undefined || since === null ? null : upgrade(since) } : {}),
  };
}

/** `T` as a record written before the IR had the fields `K` may hold it. */
type Earlier<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
type EarlierIR = Earlier<IR, "container">;

/**
 * A record of an earlier IR in today's shape: member values as text, and the fields the IR gained
 * later with the meaning they had before (no media entities, flags or containment; Int32 enums;
 * navigation nullable; parameters single and not null; no headers or query options declared;
 * plain requests; no container).
 */
function upgrade(ir: EarlierIR): IR {
  const types = ir.types.map((t): IRType => {
    if (t.kind === "enum") {
      const e = t as Earlier<IREnum, "flags" | "underlying">;
      return {
        ...e,
        flags: e.flags ?? false,
        underlying: e.underlying ?? "Edm.Int32",
        members: e.members.map((m) => ({ ...m, value: String(m.value) })),
      };
    }
    const st = t as Earlier<IRStructured, "hasStream" | "navigation">;
    const navigation = (st.navigation ?? []).map((n: Earlier<IRNavigation, "nullable" | "containsTarget">) => ({
      ...n,
      nullable: n.nullable ?? true,
      containsTarget: n.containsTarget ?? false,
    }));
    return { ...st, hasStream: st.hasStream ?? false, navigation };
  });
  const operations = ir.operations.map((o: Earlier<IROperation, "odata" | "parameters" | "headers" | "query">) => ({
    ...o,
    odata: o.odata ?? "request",
    headers: o.headers ?? [],
    query: o.query ?? [],
    parameters: (o.parameters ?? []).map((p: Earlier<IRParameter, "collection" | "nullable">) => ({
      ...p,
      collection: p.collection ?? false,
      nullable: p.nullable ?? false,
    })),
  }));
  return { ...ir, types, operations, container: ir.container ?? [] };
}
