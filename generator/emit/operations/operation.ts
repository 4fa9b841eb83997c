/**
 * One operation in the generated `operations.ts`:
 * - `OpParams`, its path and query parameters; `OpOptions`; `OpResult`, what it resolves to;
 * - `buildOpRequest(params, body, options?)`, synchronous: checks the body (request mode), then
 *   the parameters, and returns `{ method, url, headers, body }`;
 * - `op(params, body, options?)`, which sends it and checks the response (response mode).
 *
 * Spec text (ids, paths, parameter names, descriptions) enters only as string literals through
 * `_`, as property keys through `key`, and as JSDoc through `jsDoc`. Local names inside the
 * emitted functions are fixed lower-case words; module-level names they refer to are either
 * exported names fixed by `ir/names.ts` or reserved client names, so a local never shadows one.
 */
import { InternalError } from "../../model/diagnostics.ts";
import type { IR, IRBody, IROperation, IRParameter, IRResponse } from "../../model/ir.ts";
import { _, Code, join, key, Name } from "../code.ts";
import { camelCase, jsDoc } from "../escape.ts";
import { queryTarget, responseRoot, SHAPES, type QueryTarget } from "./query.ts";
import { staticTypeName } from "../validators/names.ts";
import {
  client,
  parameterKind,
  parameterType,
  requestBodyType,
  responseType,
  validation,
  type ShapeContext,
} from "./shapes.ts";

interface OpNames {
  readonly fn: Name;
  readonly build: Name;
  readonly params: Name;
  readonly options: Name;
  readonly result: Name;
  readonly query: Name;
  readonly all: Name;
  readonly allOptions: Name;
}

export function operationNames(op: IROperation): OpNames {
  return {
    fn: new Name(camelCase(op.tsName)),
    build: new Name(`build${op.tsName}Request`),
    params: new Name(`${op.tsName}Params`),
    options: new Name(`${op.tsName}Options`),
    result: new Name(`${op.tsName}Result`),
    query: new Name(`${op.tsName}Query`),
    all: new Name(`${camelCase(op.tsName)}All`),
    allOptions: new Name(`${op.tsName}AllOptions`),
  };
}

function doc(...paragraphs: (string | undefined)[]): Code {
  return new Code(jsDoc(paragraphs.filter((p): p is string => p !== undefined && p !== "")));
}

/** `@param` and `@throws` tags: fixed text apart from the body's qualified type name (escaped by jsDoc). */
function tags(op: IROperation, options: string, throws: string): string[] {
  const body = op.requestBody;
  return [
    "@param params The path and query parameters; each is percent-encoded, so no id can change the path.",
    ...(body === undefined
      ? []
      : [
          `@param body The ${body.type.kind === "primitive" ? body.type.edm : body.type.qname}${body.collection ? " items" : ""} to send, checked in request mode first.`,
        ]),
    `@param options ${options}`,
    `@throws {${throws}}`,
  ];
}

function paramsInterface(cx: ShapeContext, op: IROperation, n: OpNames): Code {
  const members = op.parameters.map((p) => {
    const where = p.in === "path" ? "Path parameter, percent-encoded into its segment." : "Query parameter.";
    return _`${doc(p.description, where)}
readonly ${key(p.name)}${p.required ? _`` : _`?`}: ${parameterType(cx, p)};`;
  });
  return _`${doc(`The parameters of \`${op.id}\`.`)}
export interface ${n.params} {
${join(members, "\n")}
}`;
}

/** The type parameters of an operation with `$expand`: declared (with `const` on functions) and used. */
interface Generic {
  readonly declare: Code;
  readonly declareConst: Code;
  readonly use: Code;
}

function genericOf(cx: ShapeContext, q: QueryTarget | undefined): Generic {
  if (q?.navigation === undefined) return { declare: _``, declareConst: _``, use: _`` };
  const bound = _`E extends ${new Name("ExpandTree")}<${q.navigation}> = {}`;
  return { declare: _`<${bound}>`, declareConst: _`<const ${bound}>`, use: _`<E>` };
}

/** The item type a response of the root type resolves to: `Expanded<T, N, E>` when it can be expanded. */
function itemType(q: QueryTarget | undefined, plain: Code): Code {
  return q?.navigation === undefined ? plain : _`${new Name("Expanded")}<${q.staticType}, ${q.navigation}, E>`;
}

function queryInterface(cx: ShapeContext, op: IROperation, n: OpNames, q: QueryTarget, g: Generic): Code {
  const members: Code[] = [];
  if (q.accepted.includes("$select")) {
    members.push(_`${doc(`\`$select\`: only these properties of \`${q.root.qname}\` (property names of the type). Every property is optional in the result type anyway.`)}
readonly select?: readonly ${client(cx, "SelectableOf")}<${q.staticType}>[];`);
  }
  if (q.navigation !== undefined) {
    members.push(_`${doc(`\`$expand\`: navigation properties of \`${q.root.qname}\` to include, each \`true\` or \`{ expand, select }\` for its own nested options; the result type then has them.`)}
readonly expand?: E & ${client(cx, "CheckedExpand")}<E, ${q.navigation}>;`);
  }
  return _`${doc(`The OData query options of \`${op.id}\`, encoded as OData writes them (\`$select=a,b&$expand=x($expand=y;$select=z)\`).`)}
export interface ${n.query}${g.declare} {
${join(members, "\n")}
}`;
}

function isRootBody(q: QueryTarget | undefined, body: IRBody | undefined): boolean {
  return q !== undefined && body !== undefined && body.type.kind !== "primitive" && body.type.qname === q.root.qname;
}

function resultType(
  cx: ShapeContext,
  op: IROperation,
  n: OpNames,
  q: QueryTarget | undefined,
  g: Generic,
  paged: boolean,
): Code {
  const success = op.responses.filter((r) => r.status >= 200 && r.status <= 299);
  const typeOf = (r: IRResponse): Code => {
    const plain = responseType(cx, r);
    if (!isRootBody(q, r.body) || q?.navigation === undefined) return plain;
    const item = itemType(q, q.staticType);
    return r.body!.collection ? _`${client(cx, "CollectionResponse")}<${item}>` : item;
  };
  const types = [
    ...new Map(
      success.map((r) => {
        const t = typeOf(r);
        return [t.str, t] as const;
      }),
    ).values(),
  ];
  const what =
    success.length === 0
      ? "no success response is declared"
      : `the body of its ${success.map((r) => r.status).join(" or ")} response`;
  const expanded = q?.navigation === undefined ? "" : ", with the navigation properties expanded by `E` present";
  const parts = [
    _`${doc(`What \`${op.id}\` resolves to: ${what}${expanded}.`)}
export type ${n.result}${g.declare} = ${types.length === 0 ? _`never` : join(types, " | ")};`,
  ];
  if (q !== undefined) parts.push(queryInterface(cx, op, n, q, g));
  parts.push(_`${doc(`Options of \`${op.id}\`${q === undefined ? "" : ": those of sending, and its query options"}.`)}
export type ${n.options}${g.declare} = ${client(cx, "ClientOptions")}${q === undefined ? _`` : _` & ${n.query}${g.use}`};`);
  if (paged) {
    parts.push(_`${doc(`Options of \`${camelCase(op.tsName)}All\`: those of \`${op.id}\`, and the most pages to fetch.`)}
export type ${n.allOptions}${g.declare} = ${n.options}${g.use} & ${client(cx, "PagingOptions")};`);
  }
  return join(parts, "\n\n");
}

/** The path as a concatenation: literal runs as string literals, each parameter encoded. */
function pathExpression(cx: ShapeContext, op: IROperation): Code {
  const parts: Code[] = [];
  let literal = "";
  for (const s of op.pathSegments) {
    if (s.kind === "literal") {
      literal += `/${s.value}`;
      continue;
    }
    parts.push(_`${`${literal}/`}`);
    literal = "";
    const p = op.parameters.find((x) => x.name === s.name);
    parts.push(
      _`${client(cx, "pathParameter")}(${op.id}, params, ${s.name}, ${parameterKind(p?.type ?? { kind: "primitive", edm: "Edm.String" })})`,
    );
  }
  if (literal !== "" || parts.length === 0) parts.push(_`${literal === "" ? "/" : literal}`);
  return join(parts, " + ");
}

function queryExpression(cx: ShapeContext, op: IROperation): Code {
  const query: IRParameter[] = op.parameters.filter((p) => p.in === "query");
  if (query.length === 0) return _`""`;
  const list = query.map((p) => _`[${p.name}, ${parameterKind(p.type)}, ${p.required}]`);
  return _`${client(cx, "queryParameters")}(${op.id}, params, [${join(list)}])`;
}

function buildFunction(
  cx: ShapeContext,
  ir: IR,
  op: IROperation,
  n: OpNames,
  q: QueryTarget | undefined,
  g: Generic,
): Code {
  const body = op.requestBody;
  const params = new Name(op.parameters.length > 0 ? "params" : "_params"); // noUnusedParameters
  const optionsType =
    q === undefined ? client(cx, "RequestOptions") : _`${client(cx, "RequestOptions")} & ${n.query}${g.use}`;
  const args = [
    _`${params}: ${n.params}`,
    ...(body === undefined ? [] : [_`body: ${requestBodyType(cx, body)}`]),
    _`options?: ${optionsType}`,
  ];
  const check =
    body === undefined
      ? _``
      : _`const checked = ${validation(cx, body, _`body`, "request")};
if (!checked.ok) throw new ${client(cx, "RequestValidationError")}(${op.id}, "body", checked.errors);
`;
  const query =
    q === undefined
      ? queryExpression(cx, op)
      : _`${client(cx, "withQueryOptions")}(${op.id}, ${queryExpression(cx, op)}, ${SHAPES}, ${q.root.qname}, [${join(q.accepted.map((a) => _`${a}`))}], options)`;
  const docText = new Code(
    jsDoc(
      [
        `Builds the request of \`${op.id}\` (${op.method} ${op.path}) without sending it, for \`fetch(url, { method, headers, body })\`.`,
        ...(body === undefined
          ? []
          : ["The body is checked first, in request mode: a property the type does not declare is an error."]),
        ...(q === undefined
          ? []
          : [
              "The query options ($select, $expand) are checked against the type's properties and navigation properties, and encoded as OData writes them.",
            ]),
        "Synchronous: the access token, if any, is a string here; the operation function also takes a token provider.",
      ],
      tags(
        op,
        `Base URL, access token (a string), headers, Prefer${q === undefined ? "" : ", select and expand"}.`,
        "RequestValidationError",
      ),
    ),
  );
  return _`${docText}
export function ${n.build}${g.declareConst}(${join(args)}): ${client(cx, "BuiltRequest")}<${body === undefined ? _`null` : _`string`}> {
${check}const path = ${pathExpression(cx, op)};
return ${client(cx, "prepareRequest")}(${op.id}, ${op.method}, ${ir.api.baseUrl}, path, ${query}, ${body === undefined ? _`null` : _`JSON.stringify(body)`}, options);
}`;
}

/** How a success response is checked: its validator, and each expanded item when it can be expanded. */
function responseCheck(cx: ShapeContext, q: QueryTarget | undefined, r: IRResponse): Code {
  if (r.body === undefined) return _`null`;
  if (!isRootBody(q, r.body) || q?.navigation === undefined)
    return _`(value) => ${validation(cx, r.body, _`value`, "response")}`;
  const one = (v: Code): Code => _`${client(cx, "checkExpanded")}(${v}, ${SHAPES}, ${q.root.qname}, expand)`;
  return r.body.collection
    ? _`(value) => ${client(cx, "checkPage")}(value, (item) => ${one(_`item`)})`
    : _`(value) => ${one(_`value`)}`;
}

function sendFunction(cx: ShapeContext, op: IROperation, n: OpNames, q: QueryTarget | undefined, g: Generic): Code {
  const hasBody = op.requestBody !== undefined;
  const checks = op.responses
    .filter((r) => r.status >= 200 && r.status <= 299)
    .map((r) => _`${r.status}: ${responseCheck(cx, q, r)}`);
  const args = [
    _`params: ${n.params}`,
    ...(hasBody ? [_`body: ${requestBodyType(cx, op.requestBody!)}`] : []),
    _`options?: ${n.options}${g.use}`,
  ];
  const docText = new Code(
    jsDoc(
      [
        ...(op.description === undefined ? [] : [op.description]),
        `Sends \`${op.method} ${op.path}\` and resolves to the response body, checked in response mode (properties the service adds later are tolerated${q?.navigation === undefined ? "" : "; every expanded navigation property must be present and each expanded item is checked as its type"}).`,
        "Rejects with a RequestValidationError before sending when the parameters, query options or body are invalid, a GraphError when the service answers with an error (after retrying 429, 503 and 504 as Retry-After says), and a ResponseValidationError when the response body is not what the operation declares.",
      ],
      tags(
        op,
        "The builder's options; the token may be a provider; fetch, AbortSignal, retry policy.",
        "GraphError | RequestValidationError | ResponseValidationError",
      ),
    ),
  );
  const expand =
    q?.navigation === undefined
      ? _``
      : _`const expand = options?.expand;
`;
  const typeArgs = q === undefined ? _`<${n.result}>` : _`<${n.result}${g.use}, ${n.query}${g.use}>`;
  return _`${docText}
export function ${n.fn}${g.declareConst}(${join(args)}): Promise<${n.result}${g.use}> {
${expand}return ${client(cx, "sendRequest")}${typeArgs}(${op.id}, (o) => ${n.build}${g.use}(params, ${hasBody ? _`body, ` : _``}o), { ${join(checks)} }, options);
}`;
}

/** The iterator over every item of a paged GET, or undefined when the operation is not one. */
function pagesFunction(
  cx: ShapeContext,
  ir: IR,
  op: IROperation,
  n: OpNames,
  q: QueryTarget | undefined,
  g: Generic,
): Code | undefined {
  const page = op.responses.find((r) => r.status === 200);
  if (op.method !== "GET" || page?.body === undefined || !page.body.collection) return undefined;
  const root = responseRoot(cx, op);
  if (root === undefined) return undefined;
  const item = isRootBody(q, page.body) ? itemType(q, q!.staticType) : new Name(staticTypeNameOf(cx, page.body));
  const docText = new Code(
    jsDoc(
      [
        `Every item of \`${op.id}\` (${op.method} ${op.path}), across pages: sends the request, then follows each page's \`@odata.nextLink\` with the same headers, token provider, retry policy and AbortSignal, checking every page as \`${op.id}\` does, until a page has no next link. Stop iterating to stop fetching.`,
        "A next link is followed only to the base URL's origin (scheme, host and port): one that leads elsewhere, is not http(s) or carries credentials is a ResponseValidationError before any request is sent to it, so the access token never leaves the service. At most maxPages pages (default 100) are fetched; a collection that goes on is a PageLimitError after the last page's items.",
      ],
      [
        "@param params The path and query parameters; each is percent-encoded, so no id can change the path.",
        `@param options The options of \`${op.id}\`, and maxPages.`,
        "@throws {GraphError | RequestValidationError | ResponseValidationError | PageLimitError}",
      ],
    ),
  );
  const expand =
    q?.navigation === undefined
      ? _``
      : _`const expand = options?.expand;
`;
  const typeArgs = q === undefined ? _`<${item}>` : _`<${item}, ${n.query}${g.use}>`;
  return _`${docText}
export function ${n.all}${g.declareConst}(params: ${n.params}, options?: ${n.allOptions}${g.use}): AsyncGenerator<${item}, void, undefined> {
${expand}return ${client(cx, "sendPages")}${typeArgs}(${op.id}, ${ir.api.baseUrl}, (o) => ${n.build}${g.use}(params, o), { 200: ${responseCheck(cx, q, page)} }, options);
}`;
}

function staticTypeNameOf(cx: ShapeContext, body: IRBody): string {
  if (body.type.kind === "primitive") throw new InternalError("a collection of primitives cannot be paged");
  const name = staticTypeName(cx.lookup.type(body.type.qname));
  cx.imports.types.add(name);
  return name;
}

/** Whether the operation gets an iterator over every item (`<op>All`). */
export function isPaged(op: IROperation): boolean {
  const page = op.responses.find((r) => r.status === 200);
  return (
    op.method === "GET" &&
    page?.body !== undefined &&
    page.body.collection &&
    page.body.type.kind !== "primitive" &&
    page.body.type.kind !== "enum"
  );
}

export function emitOperation(
  cx: ShapeContext,
  ir: IR,
  op: IROperation,
): { code: Code; query: QueryTarget | undefined } {
  const n = operationNames(op);
  const q = queryTarget(cx, op);
  const g = genericOf(cx, q);
  const paged = isPaged(op);
  const parts = [
    paramsInterface(cx, op, n),
    resultType(cx, op, n, q, g, paged),
    buildFunction(cx, ir, op, n, q, g),
    sendFunction(cx, op, n, q, g),
  ];
  const pages = paged ? pagesFunction(cx, ir, op, n, q, g) : undefined;
  if (pages !== undefined) parts.push(pages);
  return { code: join(parts, "\n\n"), query: q };
}
