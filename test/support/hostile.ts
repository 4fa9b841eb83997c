/**
 * A seeded generator of hostile specs: strings that break naive code generation, placed in every
 * spot where spec text reaches output (descriptions, enum members, wire names, type names, path
 * literals, header names). The YAML is written with the `yaml` library, so it says exactly these
 * strings; a failing seed reproduces the same spec.
 */
import { stringify } from "yaml";

/** Text that must survive in descriptions (anything goes there). */
export const HOSTILE_TEXT = [
  "*/",
  "/*",
  "*/ alert(1) /*",
  "\\",
  "\\u0041",
  '"',
  "'",
  "`",
  "${process.exit(1)}",
  "\u2028",
  "\u2029",
  "line\nbreak",
  "\r\n",
  "__proto__",
  "constructor",
  "</script>",
  "-->",
  "<!--",
  "@param x",
  "@deprecated",
  "😀",
  "\t",
  "// not a comment",
  "#",
  "|",
  "[link](javascript:alert(1))",
  "",
];

/**
 * Names are OData identifiers (letters of any script, digits, `_`, combining marks, connector
 * punctuation and format characters), so what is hostile in a name is what JavaScript and the
 * emitters could trip on inside those rules: names `Object.prototype` has, reserved words, letters
 * and marks outside ASCII, invisible format characters, the longest name.
 */
/** Wire names the checker accepts and emitters must handle as data. */
export const HOSTILE_WIRE = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "class",
  "default",
  "delete",
  "await",
  "enum",
  "ünïcödé",
  "名前",
  "e\u0301",
  "a\u200Db",
  "soft\u00ADhyphen",
  "bom\uFEFFinside",
  "Ⅻ",
  "_",
  "x".repeat(128),
];

/** Enum members the checker accepts. */
export const HOSTILE_MEMBERS = ["__proto__", "constructor", "class", "ünïcödé", "e\u0301", "a\u200Db", "_", "Ⅻ"];

/** Type names the checker accepts: they must become identifiers. */
export const HOSTILE_TYPE_NAMES = [
  "__proto__",
  "constructor",
  "class",
  "ünïcödé",
  "名前",
  "Object",
  "Array",
  "default",
  "_",
  "Ⅻ",
];

/** Names the checker refuses wherever a name is written (they used to be accepted, and generated). */
export const REFUSED_NAMES = [
  "",
  "1leading",
  "with space",
  "dash-ed",
  "dot.ted",
  'quote"d',
  "apos'd",
  "back`tick",
  "a${x}",
  "*/",
  "/*",
  "back\\slash",
  "😀",
  "\u2028sep",
  "a/b",
  "~tilde",
  "a,b",
  "a\u202Eb",
  "x".repeat(129),
];

/** Path literals (RFC 3986 pchar) and header names (RFC 9110 token). */
export const HOSTILE_PATH = [
  "it's",
  "a+b",
  "x=y",
  "semi;colon",
  "at@sign",
  "star*",
  "dollar$",
  "bang!",
  "paren(x)",
  "~",
];
export const HOSTILE_HEADERS = ["X-It's", "X-Back`tick", "X-Star*", "X-Hash#", "X-Pipe|", "X-Caret^"];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HostileSpec {
  readonly seed: number;
  readonly text: string;
  readonly wireNames: readonly string[];
  readonly members: readonly string[];
  readonly typeName: string;
}

/** One hostile spec for a seed: a type with hostile wire names, a hostile enum, an operation. */
export function hostileSpec(seed: number): HostileSpec {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const text = (): string => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(HOSTILE_TEXT)).join(" ");
  const wireNames = [...new Set(Array.from({ length: 6 }, () => pick(HOSTILE_WIRE)))];
  const members = [...new Set(Array.from({ length: 4 }, () => pick(HOSTILE_MEMBERS)))];
  const typeName = pick(HOSTILE_TYPE_NAMES);
  const edm = ["Edm.String", "Edm.Int32", "Edm.Boolean", "Edm.Duration", "Edm.Single"];
  const properties: Record<string, unknown> = {};
  wireNames.forEach((w, i) => {
    properties[w] =
      i === 0
        ? { type: "hostileEnum", description: text() }
        : { type: pick(edm), description: text(), nullable: r() < 0.5 };
  });
  const doc = {
    api: {
      package: "hostile-fixture",
      title: text() || "t",
      apiVersion: "beta",
      baseUrl: "https://example.test/api",
      specVersion: "1.0.0",
      description: text(),
    },
    namespace: "hostile.ns",
    types: {
      [typeName]: {
        kind: "entity",
        key: ["id"],
        description: text(),
        properties: { id: { type: "Edm.String", nullable: false, description: text() }, ...properties },
      },
    },
    enums: {
      hostileEnum: {
        description: text(),
        members: [...members, "unknownFutureValue"].map((name) => ({ name, description: text() })),
      },
    },
    operations: {
      getIt: {
        method: "GET",
        path: `/${pick(HOSTILE_PATH)}/{thingId}/${pick(HOSTILE_PATH)}`,
        description: text(),
        parameters: { thingId: { in: "path", description: text() } },
        headers: { [pick(HOSTILE_HEADERS)]: { required: false, description: text() } },
        responses: { 200: { description: text(), body: { type: typeName } } },
      },
    },
  };
  return { seed, text: stringify(doc), wireNames, members, typeName };
}
