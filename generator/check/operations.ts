/**
 * Stage 2d: checks on operations — path templates and their parameters, headers, bodies,
 * responses — and the warnings for doubtful but legal ones.
 */
import { hintFor } from "../model/diagnostics.ts";
import { CLIENT_QUERY_OPTIONS, type IRPathSegment } from "../model/ir.ts";
import type { RawOperation } from "./format.ts";
import { OPERATION_ID } from "./format.ts";
import { resolveTypeRef, unresolved, type Decl, type Reporter, type SpecModel } from "./model.ts";

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** RFC 3986 pchar without `%` escapes: what a literal path segment may hold. */
const LITERAL_SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]+$/;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Splits `/a/{b}/c` into segments; `undefined` and a reason when the template is malformed. */
export function parsePathTemplate(path: string): { segments: IRPathSegment[] } | { problem: string } {
  if (!path.startsWith("/")) return { problem: "a path template starts with `/`" };
  if (path.length > 1 && path.endsWith("/")) return { problem: "a path template does not end with `/`" };
  const segments: IRPathSegment[] = [];
  for (const part of path.slice(1).split("/")) {
    if (part === "") return { problem: "a path template has no empty segments (`//`)" };
    const param = /^\{([^{}]*)\}$/.exec(part);
    if (param !== null) {
      if (!PARAM_NAME.test(param[1]!))
        return { problem: `"{${param[1]}}" is not a parameter name (letters, digits, _)` };
      segments.push({ kind: "param", name: param[1]! });
    } else if (part.includes("{") || part.includes("}")) {
      return { problem: `segment "${part}" mixes a parameter with text; a parameter takes a whole segment` };
    } else if (!LITERAL_SEGMENT.test(part) || part === "." || part === "..") {
      return { problem: `segment "${part}" has characters a path segment cannot hold unescaped` };
    } else segments.push({ kind: "literal", value: part });
  }
  return { segments };
}

export function checkOperations(model: SpecModel, reporter: Reporter): void {
  for (const decl of model.operations.values()) {
    if (!OPERATION_ID.test(decl.name)) {
      reporter.error(
        decl,
        [],
        "invalidName",
        `"${decl.name}" cannot be an operation id: use letters, digits and _, not starting with a digit`,
        { at: "key" },
      );
    }
    checkPath(decl, reporter);
    checkParameterTypes(model, decl, reporter);
    checkHeaders(decl, reporter);
    checkBodies(model, decl, reporter);
    warnDoubtful(model, decl, reporter);
  }
}

function checkPath(decl: Decl<RawOperation>, reporter: Reporter): void {
  const path = decl.raw.path;
  if (path === undefined) return;
  const parsed = parsePathTemplate(path);
  if ("problem" in parsed) {
    reporter.error(decl, ["path"], "invalidPath", `malformed path template: ${parsed.problem}`);
    return;
  }
  const declared = new Map([...(decl.raw.parameters ?? [])].filter(([, p]) => p.in === "path"));
  const used = parsed.segments.filter((s) => s.kind === "param").map((s) => s.name);
  const seen = new Set<string>();
  for (const name of used) {
    if (seen.has(name)) reporter.error(decl, ["path"], "invalidPath", `path parameter "{${name}}" appears twice`);
    seen.add(name);
    if (!declared.has(name)) {
      const other = decl.raw.parameters?.get(name);
      const why =
        other === undefined
          ? "is not declared under `parameters`"
          : `is declared \`in: ${other.in}\`, not \`in: path\``;
      reporter.error(decl, ["path"], "undeclaredParameter", `path parameter "{${name}}" ${why}`, {
        hint: hintFor(name, declared.keys()),
      });
    }
  }
  for (const name of declared.keys()) {
    if (!seen.has(name)) {
      reporter.error(
        decl,
        ["parameters", name],
        "unusedParameter",
        `path parameter "${name}" is declared but the path template has no "{${name}}"`,
        { at: "key", hint: hintFor(name, used) },
      );
    }
  }
}

function checkParameterTypes(model: SpecModel, decl: Decl<RawOperation>, reporter: Reporter): void {
  for (const [name, p] of decl.raw.parameters ?? []) {
    if (!PARAM_NAME.test(name))
      reporter.error(
        decl,
        ["parameters", name],
        "invalidName",
        `"${name}" cannot be a parameter name: use letters, digits and _`,
        { at: "key" },
      );
    if (p.in === "path" && p.required === false)
      reporter.error(decl, ["parameters", name, "required"], "invalidParameter", "a path parameter is always required");
    if (p.type === undefined) continue;
    const ref = resolveTypeRef(model, decl.namespace, p.type);
    if (ref === undefined) {
      unresolved(model, reporter, decl, ["parameters", name, "type"], p.type);
    } else if (ref.kind === "complex" || ref.kind === "entity") {
      reporter.error(
        decl,
        ["parameters", name, "type"],
        "invalidParameter",
        "a parameter is a primitive or an enum, not a structured type",
      );
    }
  }
}

function checkHeaders(decl: Decl<RawOperation>, reporter: Reporter): void {
  for (const name of decl.raw.headers?.keys() ?? []) {
    if (!HEADER_NAME.test(name))
      reporter.error(decl, ["headers", name], "invalidName", `"${name}" cannot be an HTTP header name`, { at: "key" });
  }
}

function checkBodies(model: SpecModel, decl: Decl<RawOperation>, reporter: Reporter): void {
  const bodies: [string[], { type?: string } | undefined][] = [[["requestBody"], decl.raw.requestBody]];
  for (const [status, r] of decl.raw.responses ?? []) {
    if (!/^[1-5]\d\d$/.test(status))
      reporter.error(decl, ["responses", status], "invalidStatus", `"${status}" is not an HTTP status code (100-599)`, {
        at: "key",
      });
    bodies.push([["responses", status, "body"], r.body]);
  }
  for (const [sub, body] of bodies) {
    if (body?.type === undefined) continue;
    const ref = resolveTypeRef(model, decl.namespace, body.type);
    if (ref === undefined) {
      unresolved(model, reporter, decl, [...sub, "type"], body.type);
    }
  }
}

function warnDoubtful(model: SpecModel, decl: Decl<RawOperation>, reporter: Reporter): void {
  const { method, path, requestBody } = decl.raw;
  if ((method === "GET" || method === "DELETE") && requestBody !== undefined) {
    reporter.warn(
      decl,
      ["requestBody"],
      "bodyOnRead",
      `a ${method} request carries no body in OData; this one declares one`,
    );
  }
  if (
    (method === "PATCH" || method === "PUT") &&
    requestBody?.type !== undefined &&
    requestBody.collection !== true &&
    path !== undefined
  ) {
    const ref = resolveTypeRef(model, decl.namespace, requestBody.type);
    const last = path.split("/").pop() ?? "";
    if (ref?.kind === "entity" && !/^\{.*\}$/.test(last)) {
      reporter.warn(
        decl,
        ["path"],
        "collectionUpdate",
        `${method} of one entity at a collection URL (it ends in "/${last}", with no key): OData updates an entity at its own URL, such as ".../${last}/{id}"`,
      );
    }
  }
  for (const [i, option] of (decl.raw.query ?? []).entries()) {
    if (!(CLIENT_QUERY_OPTIONS as readonly string[]).includes(option)) {
      reporter.warn(
        decl,
        ["query", String(i)],
        "queryNotOffered",
        `${option} is a valid OData option, but the generated client offers only ${CLIENT_QUERY_OPTIONS.join(" and ")}: this one gets no typed option and is never sent`,
      );
    }
  }
  if (decl.raw.responses !== undefined && ![...decl.raw.responses.keys()].some((s) => s.startsWith("2"))) {
    reporter.warn(decl, ["responses"], "noSuccess", "no 2xx response is declared");
  }
}
