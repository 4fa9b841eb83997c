/**
 * Stage 2a: walk every file against the format and gather its declarations into one model,
 * reporting names declared twice (also across files) and a missing or repeated `api`.
 */
import type { Diagnostic } from "../model/diagnostics.ts";
import type { LoadedFile } from "../load/load.ts";
import { SPEC_FILE, type RawFile } from "./format.ts";
import type { Reporter, Decl, SpecModel, WalkedFile } from "./model.ts";
import { walkDocument } from "./shape.ts";

export function collect(files: readonly LoadedFile[], reporter: Reporter): SpecModel {
  const walked: WalkedFile[] = [];
  const unreadable: string[] = [];
  const model: SpecModel = {
    files: walked,
    unreadable,
    structured: new Map(),
    enums: new Map(),
    operations: new Map(),
    container: new Map(),
  };
  for (const loaded of files) {
    // A syntax error leaves nothing reliable to check (it is already reported); a duplicate key does.
    if (loaded.doc.errors.some((e) => e.code !== "DUPLICATE_KEY")) {
      unreadable.push(loaded.file);
      continue;
    }
    const sink: Diagnostic[] = reporter.diagnostics;
    const { value, locations } = walkDocument(loaded.doc.contents, SPEC_FILE, loaded.file, loaded.lines, sink);
    const file: WalkedFile = { loaded, raw: (value as RawFile | undefined) ?? {}, locations };
    walked.push(file);
    declareFile(model, file, reporter);
  }
  // An unreadable file may be the one that declares `api`.
  if (model.api === undefined && walked.length > 0 && unreadable.length === 0) {
    reporter.error(
      { file: walked[0]!, path: [] },
      [],
      "missingApi",
      "no spec file declares `api` (package, title, apiVersion, baseUrl, specVersion)",
    );
  }
  return model;
}

function declareFile(model: SpecModel, file: WalkedFile, reporter: Reporter): void {
  const { raw } = file;
  const ns = raw.namespace;
  if (ns === undefined && (raw.types !== undefined || raw.enums !== undefined)) {
    reporter.error(
      { file, path: [] },
      [],
      "missingNamespace",
      "a file that declares types or enums needs a `namespace`",
    );
  }
  if (raw.api !== undefined) {
    const decl = { qname: "api", namespace: "", name: "api", file, path: ["api"], raw: raw.api };
    if (model.api !== undefined) {
      reporter.error(
        decl,
        [],
        "duplicateName",
        `\`api\` is declared again; first declared in ${where(reporter, model.api)}`,
        { at: "key" },
      );
    } else model.api = decl;
  }
  for (const [name, t] of raw.types ?? [])
    declare(
      model.structured,
      model,
      { qname: `${ns ?? ""}.${name}`, namespace: ns ?? "", name, file, path: ["types", name], raw: t },
      reporter,
    );
  for (const [name, e] of raw.enums ?? [])
    declare(
      model.enums,
      model,
      { qname: `${ns ?? ""}.${name}`, namespace: ns ?? "", name, file, path: ["enums", name], raw: e },
      reporter,
    );
  for (const [id, op] of raw.operations ?? [])
    declare(
      model.operations,
      model,
      { qname: id, namespace: ns ?? "", name: id, file, path: ["operations", id], raw: op },
      reporter,
    );
  for (const [group, kind] of [
    ["entitySets", "entitySet"],
    ["singletons", "singleton"],
  ] as const) {
    for (const [name, member] of raw.container?.[group] ?? []) {
      const path = ["container", group, name];
      declare(
        model.container,
        model,
        { qname: name, namespace: ns ?? "", name, file, path, raw: member, kind },
        reporter,
      );
    }
  }
}

function declare<T, D extends Decl<T>>(table: Map<string, D>, model: SpecModel, decl: D, reporter: Reporter): void {
  const isOperation = table === (model.operations as Map<string, unknown>);
  const isContainer = table === (model.container as Map<string, unknown>);
  const first = isOperation || isContainer ? table.get(decl.qname) : otherKind(model, decl.qname);
  if (first !== undefined) {
    const what = isOperation ? "operation id" : isContainer ? "container name" : "type name";
    reporter.error(
      decl,
      [],
      "duplicateName",
      `${what} "${decl.qname}" is declared twice; first declared in ${where(reporter, first)}`,
      { at: "key" },
    );
    return;
  }
  table.set(decl.qname, decl);
}

function otherKind(model: SpecModel, qname: string): Decl<unknown> | undefined {
  return model.structured.get(qname) ?? model.enums.get(qname);
}

function where(reporter: Reporter, decl: Decl<unknown>): string {
  const l = reporter.location(decl.file, decl.path, "key");
  return `${l.file}:${l.line}:${l.col}`;
}
