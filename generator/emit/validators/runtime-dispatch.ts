/**
 * Source of the type-level helpers of the generated runtime: the declared names of closed types
 * and the unknown-property check, and the families that `@odata.type` selects from. All of it runs
 * per object, not per property, and the costly parts (Object.keys, the did-you-mean search, the
 * family's Map) only once something is wrong or a derived type is named.
 */
export const RUNTIME_DISPATCH = `/** @internal The names of a closed type: declared (with @odata.type), and its navigation properties. */
export interface Keys {
  readonly names: ReadonlySet<string>;
  readonly navigation: ReadonlySet<string>;
}
/**
 * @internal The names in a list written as one string, each followed by "@" (a character no wire
 * name or type name contains): one string literal is much less for TypeScript to check than an
 * array of them.
 */
export function names(list: string): string[] {
  const out = list.split("@");
  out.pop();
  return out;
}
/** @internal A closed type's names: its base's, then its own (names lists). */
export function keys(base: Keys | null, own: string, navigation = ""): Keys {
  return {
    names: new Set<string>(["@odata.type", ...(base === null ? [] : base.names), ...names(own)]),
    navigation: new Set<string>([...(base === null ? [] : base.navigation), ...names(navigation)]),
  };
}

/** A declared name close to a misspelt one: the same but for case, or for one character. */
function suggest(key: string, names: ReadonlySet<string>): string | undefined {
  const k = key.toLowerCase();
  for (const name of names) {
    const n = name.toLowerCase();
    if (n === k) return name;
    const [a, b] = n.length < k.length ? [n, k] : [k, n];
    if (b.length - a.length > 1) continue;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.slice(i + (a.length === b.length ? 1 : 0)) === b.slice(i + 1)) return name;
  }
  return undefined;
}

/**
 * @internal The number of keys a for-in loop visits: every own enumerable string key, and any
 * enumerable inherited one. Never fewer than the own keys, so when it equals the number of declared
 * own properties a body found, there is no other own key; otherwise unknownKeys decides exactly. No
 * array is allocated, unlike Object.keys.
 */
export function keyCount(v: object): number {
  let c = 0;
  for (const _k in v) c++;
  return c;
}

/**
 * @internal Request mode, once the count found more keys than declared properties: every own key
 * must be declared or be an instance annotation. True to stop.
 */
export function unknownKeys(v: object, e: Errors, declared: Keys, qname: string): boolean {
  for (const key of Object.keys(v)) {
    if (declared.names.has(key) || ANNOTATION.test(key)) continue;
    if (e === null) return true;
    if (declared.navigation.has(key)) {
      navigationInRequest(e, key, qname);
      continue;
    }
    const near = suggest(key, declared.names);
    const hint = near === undefined ? "" : '; did you mean "' + near + '"?';
    e.push({ path: under + escaped(key), code: "unknownProperty", message: "unknown property " + JSON.stringify(key) + ": " + qname + " declares no such property" + hint });
  }
  return false;
}

/** @internal A navigation property in a request body (true: stop). */
export function navigationInRequest(e: Errors, key: string, qname: string): boolean {
  if (e === null) return true;
  const message = "unknown property " + JSON.stringify(key) + ": a navigation property of " + qname + ", present only in a response that expands it, never in a request body";
  e.push({ path: under + escaped(key), code: "unknownProperty", message });
  return false;
}

/** @internal A type's family: each member's two @odata.type spellings to the body that checks it. */
export interface Family {
  readonly qname: string;
  /** The declared type's own two spellings: the check functions' fast path compares with them. */
  readonly hash: string;
  readonly body: Body;
  readonly table: ReadonlyMap<unknown, Body>;
  /** The same for the test world. */
  readonly test: Body;
  readonly tests: ReadonlyMap<unknown, Body>;
  /**
   * The same, as two parallel lists (each member's "#"-spelling, then its plain one), for a small
   * family: comparing a freshly parsed string with a few names costs less than hashing it.
   */
  readonly spellings: readonly string[];
  readonly testList: readonly Body[];
  readonly known: ReadonlySet<unknown>;
}
/** @internal The first name (of a names list) and body are the declared type's own. */
export function family(known: ReadonlySet<unknown>, list: string, bodies: readonly Body[], tests: readonly Body[]): Family {
  const qnames = names(list);
  const table = new Map<unknown, Body>();
  const testTable = new Map<unknown, Body>();
  const spellings: string[] = [];
  const testList: Body[] = [];
  qnames.forEach((q, i) => {
    table.set("#" + q, bodies[i]!).set(q, bodies[i]!);
    testTable.set("#" + q, tests[i]!).set(q, tests[i]!);
    spellings.push("#" + q, q);
    testList.push(tests[i]!, tests[i]!);
  });
  return { qname: qnames[0]!, hash: "#" + qnames[0]!, body: bodies[0]!, table, test: tests[0]!, tests: testTable, spellings, testList, known };
}
/** @internal Both @odata.type spellings of every type of a names list. */
export function known(list: string): ReadonlySet<unknown> {
  return new Set<unknown>(names(list).flatMap((q) => ["#" + q, q]));
}

/** @internal A value declared as the family's type that is not an object (true: stop). */
export function notObject(v: unknown, e: Errors, f: Family): boolean {
  return e === null || push(e, under.slice(0, -1), v === null ? "null" : "type", found("an object (" + f.qname + ")"), v);
}

/**
 * @internal What a check function leaves to this: an object whose @odata.type (t, as the check
 * function read it, o what inherits(v) gave) is not its declared type's own. It is checked as the
 * type its own @odata.type names (with or without "#"), which must be the declared type or derived
 * from it; an inherited @odata.type counts as absent. In response mode a well-formed name this
 * package does not know is tolerated and the value is checked as the declared type.
 */
export function derive(v: Record<string, unknown>, t: unknown, e: Errors, m: boolean, o: object, f: Family): boolean {
  if (t === undefined || !has(v, "@odata.type", o)) return f.body(v, e, m, 0, o);
  const b = f.table.get(t);
  if (b !== undefined) return b(v, e, m, 1, o);
  if (!m && typeof t === "string" && !f.known.has(t) && TYPE_NAME.test(t)) return f.body(v, e, m, 1, o);
  if (e === null) return true;
  push(e, under + "@odata.type", "odataType", found('a type name such as "#' + f.qname + '": ' + f.qname + " or a type derived from it"), t);
  return f.body(v, e, m, 1, o);
}
/**
 * @internal The check world's check of a value declared as the family's type: an object goes to its
 * body (or derive's choice), anything else is reported. Given its place in the parent (property
 * token k, item index j), it moves \`under\` there for the errors inside, and back on the way out.
 */
export function dispatch(v: unknown, e: Errors, m: boolean, k: string | undefined, j: number | undefined, f: Family): boolean {
  const up = under;
  if (k !== undefined) under = j === undefined ? up + k + "/" : up + k + "/" + j + "/";
  let stop: boolean;
  if (!isObject(v)) stop = notObject(v, e, f);
  else {
    const t: unknown = v["@odata.type"];
    const o = inherits(v);
    const own = t === undefined ? 0 : (t === f.hash || t === f.qname) && has(v, "@odata.type", o) ? 1 : -1;
    stop = own < 0 ? derive(v, t, e, m, o, f) : f.body(v, e, m, own, o);
  }
  under = up;
  return stop;
}
/** Spellings up to which deriveTest compares one by one rather than looking up the Map (8 types). */
const SMALL_FAMILY = 16;
/**
 * @internal derive, for the test world: the same choice of body, from the test bodies (e is null).
 * A function of its own, so that the bodies each world reaches keep apart in V8's type feedback.
 */
export function deriveTest(v: Record<string, unknown>, t: unknown, e: Errors, m: boolean, o: object, f: Family): boolean {
  if (t === undefined || !has(v, "@odata.type", o)) return f.test(v, e, m, 0, o);
  const s = f.spellings;
  if (s.length <= SMALL_FAMILY) {
    // The declared type's own spellings (0 and 1) took the check function's fast path.
    for (let i = 2; i < s.length; i++) if (s[i] === t) return f.testList[i]!(v, e, m, 1, o);
  } else {
    const b = f.tests.get(t);
    if (b !== undefined) return b(v, e, m, 1, o);
  }
  if (!m && typeof t === "string" && !f.known.has(t) && TYPE_NAME.test(t)) return f.test(v, e, m, 1, o);
  return true;
}
`;
