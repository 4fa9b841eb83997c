/**
 * The checked-but-not-yet-IR view of the spec: every declaration from every file in one table,
 * each remembering its file and where its parts were written, for diagnostics. Once the checks
 * pass, every reference in it is resolved (`check/resolve.ts`) and every path template parsed, so
 * the IR builder reads it without resolving anything again.
 */
import type { Diagnostic, Severity } from "../model/diagnostics.ts";
import type { SourceLocation } from "../model/ir.ts";
import type { LoadedFile } from "../load/load.ts";
import type {
  RawAcknowledge,
  RawApi,
  RawBody,
  RawContainerMember,
  RawEnum,
  RawFile,
  RawOperation,
  RawStructured,
} from "./format.ts";
import { displayPath, pathKey, type NodeLocations } from "./shape.ts";

export interface WalkedFile {
  readonly loaded: LoadedFile;
  readonly raw: RawFile;
  readonly locations: NodeLocations;
}

export interface Decl<T> {
  readonly qname: string; // for operations and container members: the name
  readonly namespace: string;
  readonly name: string;
  readonly file: WalkedFile;
  readonly path: readonly string[]; // inside the file: ["types", "segment"]
  readonly raw: T;
}

export interface ContainerDecl extends Decl<RawContainerMember> {
  readonly kind: "entitySet" | "singleton";
}

export interface SpecModel {
  readonly files: readonly WalkedFile[];
  /**
   * Files left out for a YAML syntax error: what they declare is unknown, so a reference that no
   * readable file declares may be declared there, and the checks do not report it (see `unresolved`).
   */
  readonly unreadable: readonly string[];
  readonly structured: Map<string, Decl<RawStructured>>;
  readonly enums: Map<string, Decl<RawEnum>>;
  readonly operations: Map<string, Decl<RawOperation>>;
  readonly container: Map<string, ContainerDecl>;
  api?: Decl<RawApi>;
}

export interface ReportOptions {
  readonly hint?: string;
  readonly at?: "key" | "value";
  /** For a warning: the acknowledgements of the node it is about (the warning may be one of them). */
  readonly acknowledge?: RawAcknowledge;
}

/**
 * Where a part of a file was written: the key or the value at `path`, else the nearest enclosing
 * node that was (a missing key is reported where its mapping is).
 */
export function locationOf(
  file: WalkedFile,
  path: readonly string[],
  which: "key" | "value" = "value",
): SourceLocation {
  for (let n = path.length; n >= 0; n--) {
    const hit = file.locations.byPath.get(pathKey(path.slice(0, n)));
    if (hit !== undefined) return (which === "key" && n === path.length ? hit.key : undefined) ?? hit.value;
  }
  return { file: file.loaded.file, line: 1, col: 1 };
}

/** Collects diagnostics and knows where each part of a declaration was written. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  location(file: WalkedFile, path: readonly string[], which: "key" | "value" = "value"): SourceLocation {
    return locationOf(file, path, which);
  }

  add(
    severity: Severity,
    decl: { file: WalkedFile; path: readonly string[] },
    sub: readonly string[],
    code: string,
    message: string,
    opts: ReportOptions = {},
  ): void {
    const path = [...decl.path, ...sub];
    const reason = severity === "warning" ? opts.acknowledge?.get(code) : undefined;
    this.diagnostics.push({
      severity,
      code,
      message,
      location: this.location(decl.file, path, opts.at ?? "value"),
      specPath: displayPath(path),
      ...(opts.hint === undefined ? {} : { hint: opts.hint }),
      ...(reason === undefined ? {} : { acknowledged: reason }),
    });
  }

  error(
    decl: { file: WalkedFile; path: readonly string[] },
    sub: readonly string[],
    code: string,
    message: string,
    opts: ReportOptions = {},
  ): void {
    this.add("error", decl, sub, code, message, opts);
  }

  warn(
    decl: { file: WalkedFile; path: readonly string[] },
    sub: readonly string[],
    code: string,
    message: string,
    opts: ReportOptions = {},
  ): void {
    this.add("warning", decl, sub, code, message, opts);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }
}

/** The qualified name a resolved structured reference names, if it names one. */
export function structuredTarget(ref: RawStructured["baseRef"]): string | undefined {
  return ref?.kind === "entity" || ref?.kind === "complex" ? ref.qname : undefined;
}

/** The chain of base types from the direct base upwards (resolved bases); stops at a cycle or an unknown base. */
export function baseChain(model: SpecModel, qname: string): Decl<RawStructured>[] {
  const chain: Decl<RawStructured>[] = [];
  const seen = new Set([qname]);
  let cur = model.structured.get(qname);
  for (;;) {
    const base = structuredTarget(cur?.raw.baseRef);
    if (base === undefined || seen.has(base)) break;
    seen.add(base);
    cur = model.structured.get(base);
    if (cur === undefined) break;
    chain.push(cur);
  }
  return chain;
}

/** An operation's bodies, each with its path inside the operation: the request's, then each response's. */
export function operationBodies(raw: RawOperation): [readonly string[], RawBody][] {
  const bodies: [readonly string[], RawBody | undefined][] = [[["requestBody"], raw.requestBody]];
  for (const [status, r] of raw.responses ?? []) bodies.push([["responses", status, "body"], r.body]);
  return bodies.filter((b): b is [readonly string[], RawBody] => b[1] !== undefined);
}
