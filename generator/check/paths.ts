/**
 * Path templates: `/a/{b}/ns.f(x={x},y={y})` split into segments. A segment is a literal, a whole
 * `{param}`, or a function call `name(a={a},b={b})` (`name()` without parameters), whose arguments
 * are function parameters passed under their own names.
 */
import type { IRPathSegment } from "../model/ir.ts";
import { identifierProblem, qualifiedNameProblem, quoteName } from "./identifiers.ts";

/** RFC 3986 pchar without `%` escapes: what a literal path segment may hold. */
const LITERAL_SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]+$/;
/** `name(...)` where name looks like a (qualified) name: a call, whatever its arguments. */
const CALL = /^([^(){}=,/]+)\((.*)\)$/su;
const ARGUMENT = /^([^={}]*)=\{([^{}]*)\}$/su;

export type ParsedPath = { readonly segments: IRPathSegment[] } | { readonly problem: string };

export function parsePathTemplate(path: string): ParsedPath {
  if (!path.startsWith("/")) return { problem: "a path template starts with `/`" };
  if (path.length > 1 && path.endsWith("/")) return { problem: "a path template does not end with `/`" };
  const segments: IRPathSegment[] = [];
  for (const part of path.slice(1).split("/")) {
    const parsed = parseSegment(part);
    if ("problem" in parsed) return parsed;
    segments.push(parsed);
  }
  return { segments };
}

function parseSegment(part: string): IRPathSegment | { problem: string } {
  if (part === "") return { problem: "a path template has no empty segments (`//`)" };
  const param = /^\{([^{}]*)\}$/su.exec(part);
  if (param !== null) {
    const problem = identifierProblem(param[1]!);
    if (problem !== undefined) return { problem: `"{${param[1]}}" is not a parameter name: ${problem}` };
    return { kind: "param", name: param[1]! };
  }
  const call = CALL.exec(part);
  if (call !== null && (call[2] === "" || part.includes("{"))) return parseCall(part, call[1]!, call[2]!);
  if (part.includes("{") || part.includes("}")) {
    return {
      problem:
        `segment ${quoteName(part)} mixes a parameter with text; a parameter takes a whole segment, ` +
        "or is an argument of a function call written name(a={a})",
    };
  }
  if (!LITERAL_SEGMENT.test(part) || part === "." || part === "..") {
    return { problem: `segment ${quoteName(part)} has characters a path segment cannot hold unescaped` };
  }
  return { kind: "literal", value: part };
}

function parseCall(part: string, name: string, inside: string): IRPathSegment | { problem: string } {
  const nameProblem = name.includes(".") ? qualifiedNameProblem(name) : identifierProblem(name);
  if (nameProblem !== undefined)
    return { problem: `function call ${quoteName(part)}: ${quoteName(name)} is not a function name: ${nameProblem}` };
  if (inside === "") return { kind: "call", name, args: [] };
  const args: string[] = [];
  for (const written of inside.split(",")) {
    const arg = ARGUMENT.exec(written);
    if (arg === null || arg[1] !== arg[2]) {
      const hint = arg === null ? "" : ` (write ${arg[1]}={${arg[1]}})`;
      return {
        problem: `function call ${quoteName(part)}: argument ${quoteName(written)} is not written name={name}${hint}`,
      };
    }
    const problem = identifierProblem(arg[1]!);
    if (problem !== undefined)
      return { problem: `function call ${quoteName(part)}: "${arg[1]}" is not a parameter name: ${problem}` };
    args.push(arg[1]!);
  }
  return { kind: "call", name, args };
}
