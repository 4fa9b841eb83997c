/**
 * One operation in `operations.js` and `operations.d.ts`:
 * - `<op>Operation`, its description (`descriptor.ts`), module-local;
 * - `build<Op>Request(params, body?, options?)`, synchronous: `{ method, url, headers, body }`;
 * - `<op>(params, body?, options?)`, which sends it and resolves to the checked result;
 * - `<op>All(params, options?)` for a GET whose 200 response is a collection: every item, across pages;
 * - their types: `<Op>Params`, `<Op>Result`, `<Op>Query` (with $select/$expand), `<Op>Options`,
 *   `<Op>AllOptions`.
 * Spec text enters as string literals and keys (`descriptor.ts`) and as JSDoc (`jsDoc`); every name
 * is fixed by `ir/names.ts` or chosen by the context, so none shadows another.
 */
import { refName, type IROperation, type IRParameter } from "../../model/ir.ts";
import { Name } from "../code.ts";
import { camelCase, jsDoc, propertyKey } from "../escape.ts";
import {
  declaredFunction,
  interfaceDeclaration,
  PRINT_WIDTH,
  returnTypeLines,
  typeAlias,
  unionAlias,
  written,
  type Statement,
} from "../layout.ts";
import { bodyParameters } from "../lookup.ts";
import type { OperationsContext } from "./context.ts";
import { argumentForm, descriptor, successResponses } from "./descriptor.ts";
import { lines } from "./objects.ts";
import { queryTarget, queryTypes, type QueryTarget } from "./shapes.ts";
import { bodyType, builtBodyType, itemType, pagedResponse, parameterType, resultTypes } from "./typescript.ts";

interface OpNames {
  readonly fn: string;
  readonly build: string;
  readonly params: string;
  readonly options: string;
  readonly result: string;
  readonly query: string;
  readonly all: string;
  readonly allOptions: string;
}

export function operationNames(op: IROperation): OpNames {
  const fn = new Name(camelCase(op.tsName)).str;
  const name = (n: string): string => new Name(n).str;
  return {
    fn,
    build: name(`build${op.tsName}Request`),
    params: name(`${op.tsName}Params`),
    options: name(`${op.tsName}Options`),
    result: name(`${op.tsName}Result`),
    query: name(`${op.tsName}Query`),
    all: name(`${fn}All`),
    allOptions: name(`${op.tsName}AllOptions`),
  };
}

/** The type parameter of an operation with `$expand`: declared (with `const` on functions) and used. */
interface Generic {
  /** `E extends ExpandTree<N> = {}`, or "". */
  readonly bound: string;
  readonly declare: string;
  readonly declareConst: string;
  readonly use: string;
}

function genericOf(cx: OperationsContext, q: QueryTarget | undefined): Generic {
  if (q?.expand !== true) return { bound: "", declare: "", declareConst: "", use: "" };
  const bound = `E extends ExpandTree<${queryTypes(cx, q).navigation!}> = {}`;
  return { bound, declare: `<${bound}>`, declareConst: `<const ${bound}>`, use: "<E>" };
}

function where(p: IRParameter): string {
  if (p.in === "path") return "Path parameter, percent-encoded into its segment.";
  if (p.in === "query") return "Query parameter.";
  const optional = p.required ? "" : " May be left out.";
  const how =
    argumentForm(p).form === "alias"
      ? "passed by parameter alias (its JSON in the query)"
      : "written in the URL as an OData literal";
  return `Function parameter (${refName(p.type)}${p.collection ? " collection" : ""}), ${how}.${optional}`;
}

function paramsInterface(cx: OperationsContext, op: IROperation, n: OpNames): Statement {
  const members = op.parameters
    .filter((p) => p.in !== "body")
    .map((p) => ({
      doc: jsDoc([p.description ?? "", where(p)].filter((x) => x !== "")),
      key: `readonly ${propertyKey(p.name)}${p.required ? "" : "?"}`,
      parts: [parameterType(cx, p)],
    }));
  const doc = jsDoc([`The parameters of \`${op.id}\`.`]);
  return interfaceDeclaration(doc, `export interface ${n.params}`, members);
}

function resultAlias(cx: OperationsContext, op: IROperation, n: OpNames, g: Generic): Statement {
  const success = successResponses(op);
  const what =
    success.length === 0
      ? "no success response is declared"
      : success
          .map((r) => `${r.body === undefined ? "undefined for" : "the body of"} its ${r.status} response`)
          .join(", ");
  const expanded = g.use === "" ? "" : ", with the navigation properties expanded by `E` present";
  const doc = jsDoc([`What \`${op.id}\` resolves to: ${what}${expanded}.`]);
  const types = resultTypes(cx, op);
  if (g.use === "") return unionAlias(doc, n.result, types);
  return typeAlias(doc, n.result, g.bound, types.join(" | "));
}

function queryInterface(cx: OperationsContext, op: IROperation, n: OpNames, q: QueryTarget, g: Generic): Statement {
  const t = queryTypes(cx, q);
  const members = [];
  if (q.accepts.includes("$select")) {
    members.push({
      doc: jsDoc([
        `\`$select\`: only these properties of \`${q.root.qname}\` (property names of the type). Every property is optional in the result type anyway.`,
      ]),
      key: "readonly select?",
      parts: [`readonly ${cx.clientType("SelectableOf")}<${t.item}>[]`],
    });
  }
  if (t.navigation !== undefined) {
    members.push({
      doc: jsDoc([
        `\`$expand\`: navigation properties of \`${q.root.qname}\` to include, each \`true\` or \`{ expand, select }\` for its own nested options; the result type then has them.`,
      ]),
      key: "readonly expand?",
      parts: [`E & ${cx.clientType("CheckedExpand")}<E, ${t.navigation}>`],
    });
  }
  const doc = jsDoc([
    `The OData query options of \`${op.id}\`, encoded as OData writes them (\`$select=a,b&$expand=x($expand=y;$select=z)\`).`,
  ]);
  return interfaceDeclaration(doc, `export interface ${n.query}${g.declare}`, members);
}

function optionAliases(
  cx: OperationsContext,
  op: IROperation,
  n: OpNames,
  q: QueryTarget | undefined,
  g: Generic,
): Statement[] {
  const query = q === undefined ? "" : ` & ${n.query}${g.use}`;
  const out = [
    typeAlias(
      jsDoc([`Options of \`${op.id}\`${q === undefined ? "" : ": those of sending, and its query options"}.`]),
      n.options,
      g.bound,
      `${cx.clientType("ClientOptions")}${query}`,
    ),
  ];
  if (pagedResponse(op) !== undefined) {
    out.push(
      typeAlias(
        jsDoc([`Options of \`${n.all}\`: those of \`${op.id}\`, and the most pages to fetch.`]),
        n.allOptions,
        g.bound,
        `${n.options}${g.use} & ${cx.clientType("PagingOptions")}`,
      ),
    );
  }
  return out;
}

/**
 * A declared function in prettier's layout (`declaredFunction` when it has no type parameter). With
 * one: on one line if it fits; else, when `name<T>(` fits, the parameters one a line; else the type
 * parameter on a line of its own, then `>(...)` on one line or the parameters one a line.
 */
function declaration(doc: string, name: string, generic: string, params: string[], returns: string): Statement {
  if (generic === "") return declaredFunction(doc, name, params, returns);
  const head = `export declare function ${name}${generic}(`;
  const tail = `): ${returns};`;
  const one = `${head}${params.join(", ")}${tail}`;
  const broken = (open: string): string[] => [open, ...params.map((p) => `  ${p},`), ...returnTypeLines(returns)];
  let code: string[];
  if (one.length <= PRINT_WIDTH) code = [one];
  else if (head.length <= PRINT_WIDTH) code = broken(head);
  else {
    const rest = `>(${params.join(", ")}${tail}`;
    const typeParameter = `  ${generic.slice(1, -1)},`;
    code = [`export declare function ${name}<`, typeParameter, ...(rest.length <= PRINT_WIDTH ? [rest] : broken(">("))];
  }
  return written([...(doc === "" ? [] : [doc]), ...code].join("\n"));
}

const PARAMS_TAG =
  "@param params The path, query and function parameters; each is encoded, so no value can change the path.";

function bodyTag(op: IROperation): string[] {
  if (bodyParameters(op).length > 0)
    return ["@param body The action's parameters, checked in request mode first, as the JSON that is sent."];
  if (op.requestBody === undefined) return [];
  return [
    `@param body The ${refName(op.requestBody.type)}${op.requestBody.collection ? " items" : ""} to send, checked first (as the JSON that is sent) when it is JSON.`,
  ];
}

/** `function name(args) { return call(args); }` in prettier's layout (`written` checks the width). */
function forward(
  doc: string,
  name: string,
  args: readonly string[],
  callee: string,
  callArgs: readonly string[],
): Statement {
  const head = `export function ${name}(${args.join(", ")}) {`;
  const one = `  return ${callee}(${callArgs.join(", ")});`;
  const body = one.length <= PRINT_WIDTH ? [one] : [`  return ${callee}(`, ...callArgs.map((a) => `    ${a},`), "  );"];
  return written([...(doc === "" ? [] : [doc]), head, ...body, "}"].join("\n"));
}

function builder(
  cx: OperationsContext,
  op: IROperation,
  n: OpNames,
  q: QueryTarget | undefined,
  g: Generic,
  self: string,
): [Statement, Statement] {
  const body = bodyType(cx, op);
  const options = `${cx.clientType("RequestOptions")}${q === undefined ? "" : ` & ${n.query}${g.use}`}`;
  const doc = jsDoc(
    [
      `Builds the request of \`${op.id}\` (${op.method} ${op.path}) without sending it, for \`fetch(url, { method, headers, body })\`.`,
      ...(body === undefined
        ? []
        : [
            "The body is checked first, in request mode, as the JSON that is sent: a property the type does not declare is an error.",
          ]),
      ...(q === undefined
        ? []
        : [
            "The query options ($select, $expand) are checked against the type's properties and navigation properties, and encoded as OData writes them.",
          ]),
      "Synchronous: the access token, if any, is a string here; the operation function also takes a token provider.",
    ],
    [
      PARAMS_TAG,
      ...bodyTag(op),
      `@param options Base URL, access token (a string), headers, Prefer${q === undefined ? "" : ", select and expand"}.`,
      "@throws {RequestValidationError}",
    ],
  );
  const params = [`params: ${n.params}`, ...(body === undefined ? [] : [`body: ${body}`]), `options?: ${options}`];
  const returns = `${cx.clientType("BuiltRequest")}<${builtBodyType(cx, op)}>`;
  const js = forward(
    doc,
    n.build,
    ["params", ...(body === undefined ? [] : ["body"]), "options"],
    cx.clientUrl("buildRequest"),
    [self, "params", body === undefined ? "undefined" : "body", "options"],
  );
  return [js, declaration(doc, n.build, g.declareConst, params, returns)];
}

function sender(
  cx: OperationsContext,
  op: IROperation,
  n: OpNames,
  q: QueryTarget | undefined,
  g: Generic,
  self: string,
): [Statement, Statement] {
  const body = bodyType(cx, op);
  const checked = q?.expand === true ? "; every expanded navigation property must be present" : "";
  const doc = jsDoc(
    [
      ...(op.description === undefined ? [] : [op.description]),
      `Sends \`${op.method} ${op.path}\` and resolves to what the service answers with, as its declared success responses say: the body, checked in response mode (properties the service adds later are tolerated${checked}); the value of a \`{ "value": ... }\` body; \`undefined\` for a response without body.`,
      "Rejects with a RequestValidationError before sending when the parameters, query options or body are invalid; a GraphError when the service answers with an error (after retrying 429, 503 and 504 as Retry-After says); a TimeoutError when no attempt is answered within the timeout; and a ResponseValidationError when the response is not what the operation declares.",
    ],
    [
      PARAMS_TAG,
      ...bodyTag(op),
      "@param options The builder's options; a token provider, fetch, AbortSignal, retry policy, timeout, client.",
      "@throws {GraphError | RequestValidationError | ResponseValidationError | TimeoutError}",
    ],
  );
  const params = [
    `params: ${n.params}`,
    ...(body === undefined ? [] : [`body: ${body}`]),
    `options?: ${n.options}${g.use}`,
  ];
  const js = forward(
    doc,
    n.fn,
    ["params", ...(body === undefined ? [] : ["body"]), "options"],
    cx.clientSend("sendRequest"),
    [self, "params", body === undefined ? "undefined" : "body", "options"],
  );
  return [js, declaration(doc, n.fn, g.declareConst, params, `Promise<${n.result}${g.use}>`)];
}

function pages(
  cx: OperationsContext,
  op: IROperation,
  n: OpNames,
  g: Generic,
  self: string,
): [Statement, Statement] | undefined {
  const page = pagedResponse(op);
  if (page?.body === undefined) return undefined;
  const item = itemType(cx, op, page.body);
  const doc = jsDoc(
    [
      `Every item of \`${op.id}\` (${op.method} ${op.path}), across pages: sends the request, then follows each page's \`@odata.nextLink\` with the same headers, token provider, retry policy, timeout and AbortSignal, checking every page as \`${op.id}\` does, until a page has no next link. Stop iterating to stop fetching.`,
      "Every item received is yielded before the next link is followed. A next link is followed only to the base URL's origin (scheme, host and port): one that leads elsewhere, is not http(s) or carries credentials is a ResponseValidationError that names where it leads, before any request is sent to it, so the access token never leaves the service. At most maxPages pages (default 100) are fetched; a collection that goes on is a PageLimitError after the last page's items.",
    ],
    [
      PARAMS_TAG,
      `@param options The options of \`${op.id}\`, and maxPages.`,
      "@throws {GraphError | RequestValidationError | ResponseValidationError | TimeoutError | PageLimitError}",
    ],
  );
  const js = forward(doc, n.all, ["params", "options"], cx.clientSend("sendPages"), [self, "params", "options"]);
  const params = [`params: ${n.params}`, `options?: ${n.allOptions}${g.use}`];
  return [js, declaration(doc, n.all, g.declareConst, params, `AsyncGenerator<${item}, void, undefined>`)];
}

/** One operation's statements in `operations.js` and in its declaration module, and the names they export. */
export interface EmittedOperation {
  /** The function's name (`getSegment`), which names its declaration module too. */
  readonly name: string;
  readonly js: Statement[];
  readonly dts: Statement[];
  /** The functions (`buildXRequest`, `x`, `xAll`). */
  readonly values: string[];
  /** The types (`XParams`, `XResult`, `XQuery`, `XOptions`, `XAllOptions`). */
  readonly types: string[];
}

/** The statements of one operation in `operations.js` and in `operations/<name>.d.ts`. */
export function emitOperation(cx: OperationsContext, op: IROperation): EmittedOperation {
  const n = operationNames(op);
  const q = queryTarget(cx, op);
  const g = genericOf(cx, q);
  const self = cx.local(`operation:${op.id}`, `${n.fn}Operation`).str;
  const doc = jsDoc(
    [`How \`${op.id}\` is sent (${op.method} ${op.path}) and what it answers: read by the client.`],
    ['@type {import("./client-url.js").Operation}'],
  );
  const describe = written([doc, ...lines(`const ${self} = `, descriptor(cx, op), ";", "")].join("\n"));
  const build = builder(cx, op, n, q, g, self);
  const send = sender(cx, op, n, q, g, self);
  const all = pages(cx, op, n, g, self);
  const dts = [paramsInterface(cx, op, n), resultAlias(cx, op, n, g)];
  const types = [n.params, n.result];
  if (q !== undefined) {
    dts.push(queryInterface(cx, op, n, q, g));
    types.push(n.query);
  }
  const options = optionAliases(cx, op, n, q, g);
  types.push(...[n.options, n.allOptions].slice(0, options.length));
  dts.push(...options, build[1], send[1], ...(all === undefined ? [] : [all[1]]));
  return {
    name: n.fn,
    js: [describe, build[0], send[0], ...(all === undefined ? [] : [all[0]])],
    dts,
    values: [n.build, n.fn, ...(all === undefined ? [] : [n.all])],
    types,
  };
}
