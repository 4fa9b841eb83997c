/**
 * The mutations of `fuzz-spec.ts`: each takes the spec's files (path -> YAML text) and a seeded
 * random source, and returns the mutated files and a one-line account of what it did, so that a
 * failing run can be read and reproduced from its seed.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";

export type SpecFiles = Map<string, string>;

/** mulberry32: small, seedable, the same sequence on every machine. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

export interface Mutation {
  readonly name: string;
  /** The mutated files and what was done, or undefined when the mutation finds nothing to act on. */
  readonly apply: (files: SpecFiles, r: Random) => { files: SpecFiles; did: string } | undefined;
}

type Path = (string | number)[];

/** Every path to a node of the document: map entries by key, list items by index. */
function paths(doc: Document): Path[] {
  const out: Path[] = [];
  const walk = (node: unknown, path: Path): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key !== "string" && typeof key !== "number") continue;
        out.push([...path, key]);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push([...path, i]);
        walk(item, [...path, i]);
      });
    }
  };
  walk(doc.contents, []);
  return out;
}

const show = (path: Path): string => path.map(String).join(".");

/** Edits one file's document; `edit` returns what it did, or undefined when it found nothing to do. */
function editDocument(
  files: SpecFiles,
  r: Random,
  edit: (doc: Document, r: Random) => string | undefined,
): { files: SpecFiles; did: string } | undefined {
  const names = [...files.keys()].sort();
  const file = r.pick(names);
  const doc = parseDocument(files.get(file)!);
  if (doc.errors.length > 0) return undefined;
  const did = edit(doc, r);
  if (did === undefined) return undefined;
  const out = new Map(files);
  out.set(file, doc.toString({ lineWidth: 0 }));
  return { files: out, did: `${file}: ${did}` };
}

function editText(
  files: SpecFiles,
  r: Random,
  edit: (text: string, r: Random) => { text: string; did: string } | undefined,
): { files: SpecFiles; did: string } | undefined {
  const file = r.pick([...files.keys()].sort());
  const result = edit(files.get(file)!, r);
  if (result === undefined) return undefined;
  return { files: new Map(files).set(file, result.text), did: `${file}: ${result.did}` };
}

/** Values of every JSON type, including ones that look like names, versions and types. */
const WRONG_VALUES: readonly unknown[] = [
  42,
  -1,
  1.5,
  true,
  "text",
  "",
  null,
  [],
  {},
  ["a", 1],
  { x: 1 },
  "Edm.Guid",
  "Edm.GeographyPoint",
  "9223372036854775808",
  2 ** 53, // past Number.MAX_SAFE_INTEGER
  "{id}",
  "/a/{b}",
  "x".repeat(300),
];

const EDM = [
  "Edm.String",
  "Edm.Boolean",
  "Edm.Byte",
  "Edm.SByte",
  "Edm.Int16",
  "Edm.Int32",
  "Edm.Int64",
  "Edm.Single",
  "Edm.Double",
  "Edm.Decimal",
  "Edm.Guid",
  "Edm.Date",
  "Edm.TimeOfDay",
  "Edm.DateTimeOffset",
  "Edm.Duration",
  "Edm.Binary",
  "Edm.Stream",
  "Edm.Untyped",
];

/** A name of the given kind in the document: `types`, `enums` or `operations`. */
function declared(doc: Document, section: string): string[] {
  const node = doc.get(section, true) as Node | undefined;
  if (!isMap(node)) return [];
  return node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : "")).filter((k) => k !== "");
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: "deleteKey",
    apply: (files, r) =>
      editDocument(files, r, (doc) => {
        const all = paths(doc);
        if (all.length === 0) return undefined;
        const path = r.pick(all);
        doc.deleteIn(path);
        return `deleted ${show(path)}`;
      }),
  },
  {
    name: "emptyEntry",
    apply: (files, r) =>
      editDocument(files, r, (doc) => {
        const all = paths(doc).filter((p) => typeof p.at(-1) === "string");
        if (all.length === 0) return undefined;
        const path = r.pick(all);
        doc.setIn(path, null);
        return `emptied ${show(path)}`;
      }),
  },
  {
    name: "wrongType",
    apply: (files, r) =>
      editDocument(files, r, (doc) => {
        const all = paths(doc);
        if (all.length === 0) return undefined;
        const path = r.pick(all);
        const value = r.pick(WRONG_VALUES);
        doc.setIn(path, value);
        return `set ${show(path)} to ${JSON.stringify(value).slice(0, 40)}`;
      }),
  },
  {
    name: "renameKey",
    apply: (files, r) =>
      editDocument(files, r, (doc) => {
        const all = paths(doc).filter((p) => typeof p.at(-1) === "string");
        if (all.length === 0) return undefined;
        const path = r.pick(all);
        const value = doc.getIn(path, true);
        const name = r.pick(["x".repeat(129), "y".repeat(10_000), "a b", "1x", "é".repeat(128), "$x", "__proto__"]);
        doc.deleteIn(path);
        doc.setIn([...path.slice(0, -1), name], value);
        return `renamed ${show(path)} to a ${name.length}-character name`;
      }),
  },
  {
    name: "baseCycle",
    apply: (files, r) =>
      editDocument(files, r, (doc) => {
        const types = declared(doc, "types");
        if (types.length === 0) return undefined;
        const a = r.pick(types);
        const b = r.pick(types);
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- whatever an earlier mutation left there
        const ns = String(doc.get("namespace") ?? "");
        doc.setIn(["types", a, "base"], `${ns}.${b}`);
        doc.setIn(["types", b, "base"], `${ns}.${a}`);
        return `made ${a} and ${b} each other's base`;
      }),
  },
  {
    name: "edmType",
    apply: (files, r) =>
      editDocument(files, r, (doc) => {
        const types = declared(doc, "types");
        if (types.length === 0) return undefined;
        const t = r.pick(types);
        const props = doc.getIn(["types", t, "properties"], true) as Node | undefined;
        if (!isMap(props) || props.items.length === 0) return undefined;
        const p = String((r.pick(props.items).key as { value: unknown }).value);
        const edm = r.pick(EDM);
        doc.setIn(["types", t, "properties", p, "type"], edm);
        return `typed ${t}.${p} as ${edm}`;
      }),
  },
  {
    name: "newConstruct",
    apply: (files, r) =>
      editDocument(files, r, (doc) => {
        const types = declared(doc, "types");
        const enums = declared(doc, "enums");
        const ops = declared(doc, "operations");
        const choices: (() => string | undefined)[] = [
          () => (types.length === 0 ? undefined : set(doc, ["types", r.pick(types), "hasStream"], true)),
          () => (types.length === 0 ? undefined : set(doc, ["types", r.pick(types), "key"], [])),
          () =>
            types.length === 0
              ? undefined
              : set(doc, ["types", r.pick(types), "tsName"], r.pick(["Pinned", "class", "GraphError"])),
          () =>
            types.length === 0
              ? undefined
              : set(doc, ["types", r.pick(types), "acknowledge"], { renamed: "why", nope: "x" }),
          () => (enums.length === 0 ? undefined : set(doc, ["enums", r.pick(enums), "flags"], true)),
          () =>
            enums.length === 0
              ? undefined
              : set(doc, ["enums", r.pick(enums), "underlying"], r.pick(["Edm.Byte", "Edm.Int64"])),
          () =>
            enums.length === 0
              ? undefined
              : set(doc, ["enums", r.pick(enums), "members"], [{ name: "big", value: 9223372036854775807n }, "next"]),
          () =>
            ops.length === 0
              ? undefined
              : set(doc, ["operations", r.pick(ops), "responses", 200, "body"], {
                  type: r.pick(EDM),
                  collection: r.next() < 0.5,
                }),
          () =>
            set(doc, ["operations", "fuzzFunction"], {
              function: "microsoft.graph.fuzz",
              method: "GET",
              path: "/fuzz(a={a})",
              parameters: { a: { in: "function", type: r.pick(EDM) } },
              responses: { 200: { body: { type: "Edm.Int32" } } },
            }),
          () =>
            set(doc, ["container"], {
              singletons: { fuzz: { type: r.pick(["microsoft.graph.entity", "nothing", "Edm.String"]) } },
            }),
        ];
        return r.pick(choices)();
      }),
  },
  {
    name: "truncate",
    apply: (files, r) =>
      editText(files, r, (text) => {
        const at = r.int(text.length);
        return { text: text.slice(0, at), did: `cut at offset ${at} of ${text.length}` };
      }),
  },
  {
    name: "tab",
    apply: (files, r) =>
      editText(files, r, (text) => {
        const lines = text.split("\n");
        const indented = lines.map((l, i) => [l, i] as const).filter(([l]) => /^ +\S/.test(l));
        if (indented.length === 0) return undefined;
        const [line, i] = r.pick(indented);
        lines[i] = line.replace(/^ {1,2}/, "\t");
        return { text: lines.join("\n"), did: `a tab in the indentation of line ${i + 1}` };
      }),
  },
  {
    name: "insertText",
    apply: (files, r) =>
      editText(files, r, (text) => {
        const at = r.int(text.length + 1);
        const junk = r.pick([
          '"',
          "'",
          "{",
          "[",
          "]",
          ": ",
          " #",
          "&a ",
          "*a",
          "!!binary ",
          "<<: *a\n",
          "---\n",
          "\u0000",
          "\t",
          "- ",
          "? ",
        ]);
        return { text: text.slice(0, at) + junk + text.slice(at), did: `inserted ${JSON.stringify(junk)} at ${at}` };
      }),
  },
  {
    name: "swapLines",
    apply: (files, r) =>
      editText(files, r, (text) => {
        const lines = text.split("\n");
        const i = r.int(lines.length);
        const j = r.int(lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        return { text: lines.join("\n"), did: `swapped lines ${i + 1} and ${j + 1}` };
      }),
  },
  {
    name: "fileLevel",
    apply: (files, r) => {
      const names = [...files.keys()].sort();
      const file = r.pick(names);
      const out = new Map(files);
      const kind = r.int(4);
      if (kind === 0) out.delete(file);
      else if (kind === 1) out.set(file, r.pick(["", "~", "[]", "42", "a: &x [*x]"]));
      else if (kind === 2) out.set(`copy/${file}`, files.get(file)!);
      else out.set(file, `${files.get(file)!}\n${files.get(file)!}`);
      return { files: out, did: `${["deleted", "replaced", "copied", "doubled"][kind]} ${file}` };
    },
  },
  {
    name: "hugeApiVersion",
    apply: (files, r) =>
      editDocument(files, r, (doc) => {
        if (!doc.has("api")) return undefined;
        const version = r.pick(["v".repeat(300), "é".repeat(200), "../x", "v1.0"]);
        doc.setIn(["api", "apiVersion"], version);
        return `apiVersion of ${version.length} characters`;
      }),
  },
];

function set(doc: Document, path: Path, value: unknown): string {
  doc.setIn(path, value);
  return `set ${show(path)}`;
}

/** Raises the major version, so that a spec that passes the checks is generated, not refused by the semver guard. */
export function bumpMajor(files: SpecFiles): SpecFiles {
  const out = new Map(files);
  for (const [file, text] of files) {
    if (/^api:/m.test(text)) out.set(file, text.replace(/^(\s+specVersion:\s*).*$/m, "$199.0.0"));
  }
  return out;
}
