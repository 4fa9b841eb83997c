/**
 * Stage 2e: checks on operations: path templates and their parameters, functions and actions,
 * parameter kinds and types, headers, bodies, responses, and the warnings for doubtful but legal ones.
 */
import { hintFor } from "../model/diagnostics.ts";
import { EDM } from "../model/edm.ts";
import { CLIENT_QUERY_OPTIONS, type IRPathSegment, type IRTypeRef } from "../model/ir.ts";
import type { RawOperation, RawParameter } from "./format.ts";
import { operationBodies, type Decl, type Reporter, type SpecModel } from "./model.ts";
import { parsePathTemplate } from "./paths.ts";

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

type Op = Decl<RawOperation>;

export function checkOperations(model: SpecModel, reporter: Reporter): void {
  for (const decl of model.operations.values()) {
    checkKind(decl, reporter);
    checkPath(decl, reporter);
    checkParameters(decl, reporter);
    checkHeaders(decl, reporter);
    checkBodies(decl, reporter);
    warnDoubtful(model, decl, reporter);
  }
}

/** `function:` or `action:`, with the method and request body that go with it. */
function checkKind(decl: Op, reporter: Reporter): void {
  const { function: fn, action, method } = decl.raw;
  if (fn !== undefined && action !== undefined) {
    reporter.error(decl, ["action"], "invalidOperation", "an operation is a function or an action, not both", {
      at: "key",
    });
    return;
  }
  if (fn !== undefined && method !== undefined && method !== "GET")
    reporter.error(decl, ["method"], "invalidOperation", `a function is called with GET, not ${method}`);
  if (action !== undefined && method !== undefined && method !== "POST")
    reporter.error(decl, ["method"], "invalidOperation", `an action is invoked with POST, not ${method}`);
  if (fn !== undefined && decl.raw.requestBody !== undefined)
    reporter.error(
      decl,
      ["requestBody"],
      "invalidOperation",
      "a function has no request body; its parameters go in the call",
      {
        at: "key",
      },
    );
}

function checkPath(decl: Op, reporter: Reporter): void {
  const path = decl.raw.path;
  if (path === undefined) return;
  const parsed = parsePathTemplate(path);
  if ("problem" in parsed) {
    reporter.error(decl, ["path"], "invalidPath", `malformed path template: ${parsed.problem}`);
    return;
  }
  decl.raw.segments = parsed.segments;
  checkPathParameters(decl, parsed.segments, reporter);
  checkCallArguments(decl, parsed.segments, reporter);
  checkPathEnd(decl, parsed.segments, reporter);
}

function parametersIn(decl: Op, where: RawParameter["in"]): Map<string, RawParameter> {
  return new Map([...(decl.raw.parameters ?? [])].filter(([, p]) => p.in === where));
}

function undeclared(decl: Op, name: string, where: "path" | "function"): string {
  const other = decl.raw.parameters?.get(name);
  return other === undefined
    ? "is not declared under `parameters`"
    : `is declared \`in: ${other.in}\`, not \`in: ${where}\``;
}

/** A parameter written without `in` is already reported; it is neither declared nor undeclared here. */
function hasNoLocation(decl: Op, name: string): boolean {
  const p = decl.raw.parameters?.get(name);
  return p !== undefined && p.in === undefined;
}

function checkPathParameters(decl: Op, segments: readonly IRPathSegment[], reporter: Reporter): void {
  const used = segments.filter((s) => s.kind === "param").map((s) => s.name);
  checkUsage(decl, "path", used, reporter, {
    twice: (name) => `path parameter "{${name}}" appears twice`,
    undeclared: (name) => `path parameter "{${name}}"`,
    unused: (name) => `path parameter "${name}" is declared but the path template has no "{${name}}"`,
  });
}

/** Every `{x}` of a call is an `in: function` parameter, and each of those appears exactly once. */
function checkCallArguments(decl: Op, segments: readonly IRPathSegment[], reporter: Reporter): void {
  const used = segments.flatMap((s) => (s.kind === "call" ? s.args : []));
  checkUsage(decl, "function", used, reporter, {
    twice: (name) => `function parameter "${name}" appears twice in the path`,
    undeclared: (name) => `function argument "{${name}}"`,
    unused: (name) =>
      `function parameter "${name}" is declared but no function call in the path passes it (write ${name}={${name}})`,
  });
}

/**
 * The parameters the path uses against those declared `in: where`: each used once and declared, each
 * declared one used. A "did you mean" pairs an undeclared name with a declared one the path does
 * not use, and the other way round.
 */
function checkUsage(
  decl: Op,
  where: "path" | "function",
  used: readonly string[],
  reporter: Reporter,
  say: { twice: (n: string) => string; undeclared: (n: string) => string; unused: (n: string) => string },
): void {
  const declared = parametersIn(decl, where);
  const seen = new Set<string>();
  for (const name of used) {
    if (seen.has(name)) reporter.error(decl, ["path"], "invalidPath", say.twice(name));
    seen.add(name);
    if (declared.has(name) || hasNoLocation(decl, name)) continue;
    const elsewhere = decl.raw.parameters?.has(name) === true; // the message says where it is
    const hint = elsewhere
      ? undefined
      : hintFor(
          name,
          [...declared.keys()].filter((d) => !used.includes(d)),
        );
    reporter.error(decl, ["path"], "undeclaredParameter", `${say.undeclared(name)} ${undeclared(decl, name, where)}`, {
      hint,
    });
  }
  for (const name of declared.keys()) {
    if (seen.has(name)) continue;
    const hint = hintFor(
      name,
      used.filter((u) => !declared.has(u)),
    );
    reporter.error(decl, ["parameters", name], "unusedParameter", say.unused(name), { at: "key", hint });
  }
}

function callArguments(decl: Op): string {
  return [...parametersIn(decl, "function").keys()].map((p) => `${p}={${p}}`).join(",");
}

/** A function's path ends in a call of it, an action's in its name (qualified or simple). */
function checkPathEnd(decl: Op, segments: readonly IRPathSegment[], reporter: Reporter): void {
  const last = segments.at(-1);
  const { function: fn, action } = decl.raw;
  if (fn !== undefined && action !== undefined) return; // reported as both
  const names = (q: string): string[] => [q, q.slice(q.lastIndexOf(".") + 1)];
  if (fn !== undefined && !(last?.kind === "call" && names(fn).includes(last.name))) {
    reporter.error(
      decl,
      ["path"],
      "invalidPath",
      `the path of the function "${fn}" ends in a call of it, such as ".../${fn}(${callArguments(decl)})"`,
    );
  }
  if (action !== undefined && !(last?.kind === "literal" && names(action).includes(last.value))) {
    reporter.error(
      decl,
      ["path"],
      "invalidPath",
      `the path of the action "${action}" ends in its name, such as ".../${action}"`,
    );
  }
  if (fn === undefined && last?.kind === "call") {
    reporter.error(
      decl,
      ["path"],
      "invalidPath",
      `the path ends in the function call "${last.name}(...)"; declare it with \`function:\``,
      {
        hint: `function: ${last.name.includes(".") ? last.name : `<namespace>.${last.name}`}`,
      },
    );
  }
}

function checkParameters(decl: Op, reporter: Reporter): void {
  for (const [name, p] of decl.raw.parameters ?? []) {
    const at = (key: string): string[] => ["parameters", name, key];
    const where = p.in;
    if (where === "path" && p.required === false)
      reporter.error(decl, at("required"), "invalidParameter", "a path parameter is always required");
    if (where === "path" || where === "query") {
      for (const key of ["collection", "nullable"] as const)
        if (p[key] !== undefined)
          reporter.error(decl, at(key), "invalidParameter", `\`${key}\` is for function and body parameters only`, {
            at: "key",
          });
    }
    if (where === "body" && decl.raw.action === undefined)
      reporter.error(decl, at("in"), "invalidParameter", "only an action (`action:`) has body parameters");
    if (where === "function" && decl.raw.action !== undefined)
      reporter.error(decl, at("in"), "invalidParameter", "an action takes its parameters in the body (`in: body`)");
    const problem = where === undefined || p.ref === undefined ? undefined : parameterTypeProblem(where, p.ref);
    if (problem !== undefined) reporter.error(decl, at("type"), "invalidParameter", problem);
  }
  const bodyParameters = [...(decl.raw.parameters?.values() ?? [])].some((p) => p.in === "body");
  if (bodyParameters && decl.raw.requestBody !== undefined) {
    reporter.error(
      decl,
      ["requestBody"],
      "invalidOperation",
      "an action with body parameters has no `requestBody`: its parameters make the body",
      { at: "key" },
    );
  }
}

/**
 * Why a parameter in `where` cannot have the type `ref`, or undefined. A function takes what has no
 * literal form (a structured value, an `Edm.Untyped` one) as a parameter alias
 * (`f(p=@p)?@p=<the JSON>`, OData URL conventions), like a collection.
 */
function parameterTypeProblem(where: NonNullable<RawParameter["in"]>, ref: IRTypeRef): string | undefined {
  if (ref.kind === "primitive" && ref.edm === "Edm.Stream") return "a parameter is never an Edm.Stream";
  if (where === "body" || where === "function") return undefined;
  if (ref.kind === "complex" || ref.kind === "entity")
    return "a parameter is a primitive or an enum, not a structured type";
  if (ref.kind === "primitive" && EDM[ref.edm].literal.kind === "none")
    return `${ref.edm} has no URL form, so it cannot be a ${where} parameter`;
  return undefined;
}

function checkHeaders(decl: Op, reporter: Reporter): void {
  for (const name of decl.raw.headers?.keys() ?? []) {
    if (!HEADER_NAME.test(name))
      reporter.error(decl, ["headers", name], "invalidName", `"${name}" cannot be an HTTP header name`, { at: "key" });
  }
}

function checkBodies(decl: Op, reporter: Reporter): void {
  for (const status of decl.raw.responses?.keys() ?? []) {
    if (!/^[1-5]\d\d$/.test(status))
      reporter.error(decl, ["responses", status], "invalidStatus", `"${status}" is not an HTTP status code (100-599)`, {
        at: "key",
      });
  }
  for (const [sub, body] of operationBodies(decl.raw)) {
    if (body.ref?.kind === "primitive" && body.ref.edm === "Edm.Stream" && body.collection === true)
      reporter.error(
        decl,
        [...sub, "collection"],
        "invalidStream",
        "a body of Edm.Stream is raw bytes, never a collection",
      );
  }
}

function warnDoubtful(model: SpecModel, decl: Op, reporter: Reporter): void {
  const { method, requestBody, acknowledge } = decl.raw;
  if ((method === "GET" || method === "DELETE") && requestBody !== undefined && decl.raw.function === undefined) {
    reporter.warn(
      decl,
      ["requestBody"],
      "bodyOnRead",
      `a ${method} request carries no body in OData; this one declares one`,
      {
        acknowledge,
      },
    );
  }
  const segments = decl.raw.segments ?? [];
  const last = segments.at(-1);
  if (
    (method === "PATCH" || method === "PUT") &&
    requestBody?.ref?.kind === "entity" &&
    requestBody.collection !== true &&
    last?.kind === "literal" &&
    // A singleton (`/me`) is one entity at a URL without a key.
    !(segments.length === 1 && model.container.get(last.value)?.kind === "singleton")
  ) {
    reporter.warn(
      decl,
      ["path"],
      "collectionUpdate",
      `${method} of one entity at a collection URL (it ends in "/${last.value}", with no key): ` +
        `OData updates an entity at its own URL, such as ".../${last.value}/{id}"`,
      { acknowledge },
    );
  }
  for (const [i, option] of (decl.raw.query ?? []).entries()) {
    if (!(CLIENT_QUERY_OPTIONS as readonly string[]).includes(option)) {
      reporter.warn(
        decl,
        ["query", String(i)],
        "queryNotOffered",
        `${option} is a valid OData option, but the generated client offers only ` +
          `${CLIENT_QUERY_OPTIONS.join(" and ")}: this one gets no typed option and is never sent`,
        { acknowledge },
      );
    }
  }
  if (decl.raw.responses !== undefined && ![...decl.raw.responses.keys()].some((s) => s.startsWith("2"))) {
    reporter.warn(decl, ["responses"], "noSuccess", "no 2xx response is declared", { acknowledge });
  }
}
