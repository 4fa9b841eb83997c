/**
 * The OData query options of the generated `client.ts`: `$select` and `$expand` from typed options
 * to the query string, their types, and the check of expanded navigation properties in a response.
 * Fixed text, no spec text; `String.raw`, no backtick and no `${` inside it (the one template literal
 * type, of annotation names, is concatenated in as a plain string).
 *
 * Encoding (OData URL conventions): `$select=id,startDateTime&$expand=sessions($expand=segments;$select=id)`.
 * The syntax characters `$ ( ) , ; =` and the `&` between options are written literally, as OData
 * writes them; a name is percent-encoded outside the RFC 3986 unreserved characters. Names are not
 * trusted to be harmless: every one must be a property (for `select`) or navigation property (for
 * `expand`) of the type it applies to, or the request is refused, so no option can inject syntax.
 * `$` is sent literally, not as `%24` (Kiota's choice): `$` is a sub-delimiter that RFC 3986 allows
 * in a query, OData and the Graph docs write it so, and every Graph endpoint accepts it; request
 * logs stay readable.
 *
 * Expanded navigation properties: the response's own validator (response mode) checks every
 * navigation property that is present, all the way down, with its full path
 * (`/sessions/0/segments/1/startDateTime`); what it cannot know is which ones the request
 * expanded. Once it has accepted the value, `checkExpanded` walks the requested expand tree and
 * requires each expanded property to be present, since the result type promises it (a collection
 * as an array, a single entity as an object or null). Nothing is validated twice.
 */
export const CLIENT_QUERY =
  String.raw`
/** The names $select takes for a type: its properties, without annotations such as "@odata.type". */
export type SelectableOf<T> = Exclude<Extract<keyof T, string>, "@odata.type" | ` +
  "`${string}@${string}`" +
  String.raw`>;

/**
 * An expansion E checked against a navigation map N at every depth: a name that is not a
 * navigation property, a nested option other than expand and select, or a selected name that is
 * not a property becomes never, so the call does not compile.
 */
export type CheckedExpand<E, N> = {
  readonly [K in keyof E]: K extends keyof N
    ? E[K] extends true
      ? true
      : N[K] extends { readonly target: infer T; readonly navigation: infer M }
        ? { readonly [O in keyof E[K]]: O extends "expand" ? CheckedExpand<E[K][O], M> : O extends "select" ? readonly SelectableOf<T>[] : never }
        : never
    : never;
};
/**
 * @internal What the client knows of an entity type for $select, $expand and the check of
 * expanded items: its property names, its navigation properties (target type and whether it is a
 * collection), and its response-mode validator.
 */
export interface EntityShape {
  readonly properties: readonly string[];
  readonly navigation: Readonly<Record<string, readonly [target: string, collection: boolean]>>;
  readonly check: (value: unknown) => ValidationResult<unknown>;
}

/** @internal The shapes of the entity types an operation's $select and $expand can reach, by qualified name. */
export type EntityShapes = Readonly<Record<string, EntityShape>>;

function shapeOf(shapes: EntityShapes, qname: string): EntityShape {
  const shape = Object.prototype.hasOwnProperty.call(shapes, qname) ? shapes[qname] : undefined;
  if (shape === undefined) throw new Error("internal error, please report: no shape for " + qname);
  return shape;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function selectText(operation: string, shapes: EntityShapes, qname: string, select: unknown, path: string): string {
  const shape = shapeOf(shapes, qname);
  if (!Array.isArray(select) || select.length === 0) {
    throw invalid(operation, "options", path, "select", "select must be a non-empty array of property names, found " + found(select));
  }
  return select.map((name: unknown, i: number) => {
    if (typeof name !== "string" || !shape.properties.includes(name)) {
      throw invalid(operation, "options", path + "/" + i, "select", (typeof name === "string" ? JSON.stringify(name) : found(name)) + " is not a property of " + qname);
    }
    return encodeStrict(name) ?? "";
  }).join(",");
}

function expandText(operation: string, shapes: EntityShapes, qname: string, expand: unknown, path: string): string | undefined {
  const shape = shapeOf(shapes, qname);
  if (!isPlainObject(expand)) throw invalid(operation, "options", path, "expand", "expand must be an object naming navigation properties, found " + found(expand));
  const items: string[] = [];
  for (const name of Object.keys(expand)) {
    const value = expand[name];
    const at = path + pointer(name);
    if (value === undefined) continue;
    const nav = Object.prototype.hasOwnProperty.call(shape.navigation, name) ? shape.navigation[name] : undefined;
    if (nav === undefined) throw invalid(operation, "options", at, "expand", JSON.stringify(name) + " is not a navigation property of " + qname);
    const encoded = encodeStrict(name) ?? "";
    if (value === true) {
      items.push(encoded);
      continue;
    }
    if (!isPlainObject(value)) throw invalid(operation, "options", at, "expand", "an expanded navigation property takes true or { expand, select }, found " + found(value));
    const nested: string[] = [];
    for (const option of Object.keys(value)) {
      if (option !== "expand" && option !== "select") throw invalid(operation, "options", at + pointer(option), "expand", "a nested expansion takes only expand and select, found " + JSON.stringify(option));
    }
    const target = nav[0];
    if (value["expand"] !== undefined) {
      const inner = expandText(operation, shapes, target, value["expand"], at + "/expand");
      if (inner !== undefined) nested.push("$expand=" + inner);
    }
    if (value["select"] !== undefined) nested.push("$select=" + selectText(operation, shapes, target, value["select"], at + "/select"));
    items.push(nested.length === 0 ? encoded : encoded + "(" + nested.join(";") + ")");
  }
  return items.length === 0 ? undefined : items.join(",");
}

/**
 * @internal Appends the OData query options ($select, then $expand) the operation accepts to a
 * query string ("" or "?a=1"). Refuses an option the operation does not accept, a name that is not
 * a property or navigation property of its type, and a nested option other than expand and select.
 */
export function withQueryOptions(
  operation: string,
  query: string,
  shapes: EntityShapes,
  root: string,
  accepted: readonly ("$select" | "$expand")[],
  options: unknown,
): string {
  const pairs: string[] = [];
  const select = ownValue(options, "select");
  const expand = ownValue(options, "expand");
  if (select !== undefined) {
    if (!accepted.includes("$select")) throw invalid(operation, "options", "/select", "select", operation + " does not accept $select");
    pairs.push("$select=" + selectText(operation, shapes, root, select, "/select"));
  }
  if (expand !== undefined) {
    if (!accepted.includes("$expand")) throw invalid(operation, "options", "/expand", "expand", operation + " does not accept $expand");
    const text = expandText(operation, shapes, root, expand, "/expand");
    if (text !== undefined) pairs.push("$expand=" + text);
  }
  if (pairs.length === 0) return query;
  return (query === "" ? "?" : query + "&") + pairs.join("&");
}

function checkTree(shapes: EntityShapes, qname: string, value: Record<string, unknown>, expand: unknown, path: string, errors: ValidationError[]): void {
  if (!isPlainObject(expand)) return;
  const shape = shapeOf(shapes, qname);
  for (const name of Object.keys(expand)) {
    const tree = expand[name];
    const nav = Object.prototype.hasOwnProperty.call(shape.navigation, name) ? shape.navigation[name] : undefined;
    if (tree === undefined || nav === undefined) continue;
    const [target, collection] = nav;
    const at = path + pointer(name);
    const nested = isPlainObject(tree) ? tree["expand"] : undefined;
    const item = Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined;
    // The validator has checked the item (an array of the target type, or the target type or null).
    const inside = (v: unknown, p: string): void => {
      if (isPlainObject(v)) checkTree(shapes, target, v, nested, p, errors);
    };
    if (item === undefined) {
      errors.push({ path: at, code: "expanded", message: "the expanded navigation property " + JSON.stringify(name) + " is missing" });
    } else if (collection) {
      if (Array.isArray(item)) item.forEach((x: unknown, i: number) => inside(x, at + "/" + i));
    } else {
      inside(item, at);
    }
  }
}

/**
 * @internal Checks a response value as its type (response mode: navigation properties included
 * wherever present), then that every navigation property the request expanded is present,
 * recursively along the expand tree. Error paths point into the value (/sessions/0/segments).
 */
export function checkExpanded<T>(value: unknown, shapes: EntityShapes, root: string, expand: unknown): ValidationResult<T> {
  const r = shapeOf(shapes, root).check(value);
  if (!r.ok || !isPlainObject(value) || expand === undefined) return r as ValidationResult<T>;
  const errors: ValidationError[] = [];
  checkTree(shapes, root, value, expand, "", errors);
  return errors.length === 0 ? { ok: true, value: value as T } : { ok: false, errors };
}
`;
