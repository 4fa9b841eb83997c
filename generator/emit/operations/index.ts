/**
 * The operations emitter: `operations.ts`, a request builder and a fetch function per operation,
 * and `client.ts`, the fixed, spec-free runtime they share (option types, error classes, parameter
 * encoding, headers, sending and retrying). A spec without operations gets neither.
 */
import { InternalError } from "../../model/diagnostics.ts";
import type { IR } from "../../model/ir.ts";
import { _, Code, join, Name } from "../code.ts";
import type { EmittedFile, Emitter } from "../emitter.ts";
import { Lookup } from "../lookup.ts";
import { CLIENT_API } from "./client-api.ts";
import { CLIENT_REQUEST } from "./client-request.ts";
import { CLIENT_PAGES } from "./client-pages.ts";
import { CLIENT_QUERY } from "./client-query.ts";
import { CLIENT_SEND } from "./client-send.ts";
import { emitOperation } from "./operation.ts";
import { shapesTable } from "./query.ts";
import { client, type Imports, type ShapeContext } from "./shapes.ts";

/** The client's exports, in the order of its source; `true` marks those that are types only. */
export const CLIENT_EXPORTS: readonly (readonly [string, boolean])[] = [
  ["AccessToken", true],
  ["RequestOptions", true],
  ["RetryOptions", true],
  ["ClientOptions", true],
  ["BuiltRequest", true],
  ["RequestValidationError", false],
  ["GraphErrorDetail", true],
  ["GraphError", false],
  ["ResponseValidationError", false],
  ["checkEach", false],
  ["CollectionResponse", true],
  ["checkPage", false],
  ["pathParameter", false],
  ["queryParameters", false],
  ["prepareRequest", false],
  ["SelectableOf", true],
  ["CheckedExpand", true],
  ["EntityShape", true],
  ["EntityShapes", true],
  ["withQueryOptions", false],
  ["checkExpanded", false],
  ["sendRequest", false],
  ["PagingOptions", true],
  ["PageLimitError", false],
  ["sendPages", false],
];

function sorted(names: ReadonlySet<string>): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Identifiers only: `Name` refuses anything else. */
function names(list: readonly string[]): Code {
  return join(list.map((n) => new Name(n)));
}

function importList(imports: Imports): Code {
  const unknown = [...imports.client].filter((n) => !CLIENT_EXPORTS.some(([e]) => e === n));
  if (unknown.length > 0) throw new InternalError(`client.ts does not export ${unknown.join(", ")}`);
  const lines: Code[] = [];
  if (imports.types.size > 0) lines.push(_`import type { ${names(sorted(imports.types))} } from "./types.js";`);
  if (imports.validators.size > 0)
    lines.push(_`import { ${names(sorted(imports.validators))} } from "./validators.js";`);
  const fromClient = CLIENT_EXPORTS.filter(([n]) => imports.client.has(n)).map(([n, type]) =>
    type ? _`type ${new Name(n)}` : new Name(n),
  );
  lines.push(_`import { ${join(fromClient)} } from "./client.js";`);
  return join(lines, "\n");
}

export function operationsSource(ir: IR): string {
  const imports: Imports = { types: new Set(), validators: new Set(), client: new Set() };
  const cx: ShapeContext = { lookup: new Lookup(ir), imports };
  const emitted = ir.operations.map((op) => emitOperation(cx, ir, op));
  const targets = emitted.flatMap((e) => (e.query === undefined ? [] : [e.query]));
  const shapes = shapesTable(cx, targets, (name) => client(cx, name));
  const parts = [...(shapes === undefined ? [] : [shapes]), ...emitted.map((e) => e.code)];
  return `${join([importList(imports), ...parts], "\n\n").str}\n`;
}

export const emitOperations: Emitter = (ir: IR): EmittedFile[] => {
  if (ir.operations.length === 0) return [];
  return [
    { path: "client.ts", contents: [CLIENT_API, CLIENT_REQUEST, CLIENT_QUERY, CLIENT_SEND, CLIENT_PAGES].join("") },
    { path: "operations.ts", contents: operationsSource(ir) },
  ];
};
