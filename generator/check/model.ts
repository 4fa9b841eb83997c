/**
 * The checked-but-not-yet-IR view of the spec: every declaration from every file in one table,
 * each remembering its file and where its parts were written, for diagnostics.
 */
import { hintFor, type Diagnostic, type Severity } from "../model/diagnostics.ts";
import { EDM_PRIMITIVES, type EdmPrimitive } from "../model/edm.ts";
import type { IRTypeRef, SourceLocation } from "../model/ir.ts";
import type { LoadedFile } from "../load/load.ts";
import type { RawFile, RawOperation, RawStructured } from "./format.ts";
import { displayPath, pathKey, type NodeLocations } from "./shape.ts";

export interface WalkedFile {
  readonly loaded: LoadedFile;
  readonly raw: RawFile;
  readonly locations: NodeLocations;
}

export interface Decl<T> {
  readonly qname: string; // for operations: the id
  readonly namespace: string;
  readonly name: string;
  readonly file: WalkedFile;
  readonly path: readonly string[]; // inside the file: ["types", "segment"]
  readonly raw: T;
}

export type RawEnum = NonNullable<RawFile["enums"]> extends Map<string, infer E> ? E : never;
export type RawApi = NonNullable<RawFile["api"]>;

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
  api?: Decl<RawApi>;
}

/** Collects diagnostics and knows where each part of a declaration was written. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  location(file: WalkedFile, path: readonly string[], which: "key" | "value" = "value"): SourceLocation {
    for (let n = path.length; n >= 0; n--) {
      const hit = file.locations.byPath.get(pathKey(path.slice(0, n)));
      if (hit !== undefined) return (which === "key" && n === path.length ? hit.key : undefined) ?? hit.value;
    }
    return { file: file.loaded.file, line: 1, col: 1 };
  }

  add(
    severity: Severity,
    decl: { file: WalkedFile; path: readonly string[] },
    sub: readonly string[],
    code: string,
    message: string,
    opts: { hint?: string; at?: "key" | "value" } = {},
  ): void {
    const path = [...decl.path, ...sub];
    this.diagnostics.push({
      severity,
      code,
      message,
      location: this.location(decl.file, path, opts.at ?? "value"),
      specPath: displayPath(path),
      ...(opts.hint === undefined ? {} : { hint: opts.hint }),
    });
  }

  error(
    decl: { file: WalkedFile; path: readonly string[] },
    sub: readonly string[],
    code: string,
    message: string,
    opts: { hint?: string; at?: "key" | "value" } = {},
  ): void {
    this.add("error", decl, sub, code, message, opts);
  }

  warn(
    decl: { file: WalkedFile; path: readonly string[] },
    sub: readonly string[],
    code: string,
    message: string,
    opts: { hint?: string; at?: "key" | "value" } = {},
  ): void {
    this.add("warning", decl, sub, code, message, opts);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }
}

/** Resolves a type reference written in `namespace`; `undefined` when it names nothing. */
export function resolveTypeRef(model: SpecModel, namespace: string, ref: string): IRTypeRef | undefined {
  if (ref.startsWith("Edm.")) {
    return (EDM_PRIMITIVES as readonly string[]).includes(ref)
      ? { kind: "primitive", edm: ref as EdmPrimitive }
      : undefined;
  }
  const qname = ref.includes(".") ? ref : `${namespace}.${ref}`;
  const s = model.structured.get(qname);
  if (s !== undefined) return { kind: s.raw.kind === "entity" ? "entity" : "complex", qname };
  if (model.enums.has(qname)) return { kind: "enum", qname };
  return undefined;
}

/**
 * Reports a type reference that resolves to nothing ("type" is what the message calls it, such as
 * "base type"). While a file is unreadable a name that is not Edm's is left unreported: that file
 * may declare it, and the syntax error is the problem to fix first; the next run reports it if not.
 */
export function unresolved(
  model: SpecModel,
  reporter: Reporter,
  decl: Decl<unknown>,
  sub: readonly string[],
  ref: string,
  what = "type",
): void {
  if (model.unreadable.length > 0 && !ref.startsWith("Edm.")) return;
  reporter.error(decl, sub, "unresolvedType", `${what} "${ref}" is not declared`, {
    hint: typeRefHint(model, decl.namespace, ref),
  });
}

/** The "did you mean" for a reference that resolved to nothing, or the Edm types there are. */
function typeRefHint(model: SpecModel, namespace: string, ref: string): string | undefined {
  if (ref.startsWith("Edm."))
    return hintFor(ref, EDM_PRIMITIVES) ?? `the Edm types a spec can use: ${EDM_PRIMITIVES.join(", ")}`;
  const names = [...model.structured.keys(), ...model.enums.keys()];
  const local = names.filter((q) => q.startsWith(`${namespace}.`)).map((q) => q.slice(namespace.length + 1));
  return ref.includes(".") ? hintFor(ref, names) : hintFor(ref, [...local, ...names]);
}

/** The chain of base types from the direct base upwards; stops at a cycle or an unknown base. */
export function baseChain(model: SpecModel, qname: string): Decl<RawStructured>[] {
  const chain: Decl<RawStructured>[] = [];
  const seen = new Set([qname]);
  let cur = model.structured.get(qname);
  while (cur?.raw.base !== undefined) {
    const ref = resolveTypeRef(model, cur.namespace, cur.raw.base);
    if (ref === undefined || ref.kind === "primitive" || ref.kind === "enum" || seen.has(ref.qname)) break;
    seen.add(ref.qname);
    cur = model.structured.get(ref.qname);
    if (cur !== undefined) chain.push(cur);
  }
  return chain;
}
