/**
 * Stage 2a': every name of the spec that reaches emitted code is an OData simple identifier
 * (`identifiers.ts`), every namespace a dotted one, and no name makes a file name longer than a
 * file system takes: the package writes `schemas/<qualified name>.schema.json` for every type and
 * lives in `generated/<apiVersion>/v<major>/`.
 */
import { hintFor } from "../model/diagnostics.ts";
import { isSafeIdentifier } from "../model/names.ts";
import type { RawEnum, RawStructured } from "./format.ts";
import { OPERATION_ID } from "./format.ts";
import {
  identifierProblem,
  isPlainWireName,
  MAX_FILE_NAME_BYTES,
  namespaceProblem,
  qualifiedNameProblem,
  quoteName,
  utf8Length,
} from "./identifiers.ts";
import { memberName } from "./enums.ts";
import type { Decl, Reporter, SpecModel } from "./model.ts";

type Where = { file: Decl<unknown>["file"]; path: readonly string[] };

function checkName(
  reporter: Reporter,
  decl: Where,
  sub: readonly string[],
  name: string,
  what: string,
  at: "key" | "value",
): void {
  const problem = identifierProblem(name);
  if (problem !== undefined)
    reporter.error(decl, sub, "invalidName", `${quoteName(name)} cannot be ${what}: ${problem}`, { at });
}

export function checkNames(model: SpecModel, reporter: Reporter): void {
  checkNamespaces(model, reporter);
  for (const decl of model.structured.values()) checkStructuredNames(decl, reporter);
  for (const decl of model.enums.values()) checkEnumNames(decl, reporter);
  for (const decl of model.operations.values()) {
    if (!OPERATION_ID.test(decl.name)) {
      reporter.error(
        decl,
        [],
        "invalidName",
        `${quoteName(decl.name)} cannot be an operation id: use ASCII letters, digits and _, ` +
          "not starting with a digit (it names the generated functions as it is)",
        { at: "key" },
      );
    }
    for (const key of ["function", "action"] as const) {
      const qname = decl.raw[key];
      const problem = qname === undefined ? undefined : qualifiedNameProblem(qname);
      if (problem !== undefined)
        reporter.error(
          decl,
          [key],
          "invalidName",
          `${quoteName(qname!)} cannot be the ${key}'s qualified name: ${problem}`,
        );
    }
    for (const name of decl.raw.parameters?.keys() ?? [])
      checkName(reporter, decl, ["parameters", name], name, "a parameter name", "key");
  }
  for (const decl of model.container.values())
    checkName(
      reporter,
      decl,
      [],
      decl.name,
      decl.kind === "entitySet" ? "an entity set name" : "a singleton name",
      "key",
    );
}

function checkNamespaces(model: SpecModel, reporter: Reporter): void {
  const declared = new Set<string>();
  for (const file of model.files) {
    const ns = file.raw.namespace;
    if (ns === undefined) continue;
    declared.add(ns);
    const problem = namespaceProblem(ns);
    if (problem !== undefined)
      reporter.error(
        { file, path: [] },
        ["namespace"],
        "invalidName",
        `${quoteName(ns)} cannot be a namespace: ${problem}`,
      );
  }
  const api = model.api;
  if (api === undefined) return;
  const main = api.raw.namespace;
  if (main !== undefined && !declared.has(main) && model.unreadable.length === 0) {
    reporter.error(api, ["namespace"], "unresolvedNamespace", `no spec file declares the namespace "${main}"`, {
      hint: hintFor(main, declared) ?? `the declared namespaces: ${[...declared].sort().join(", ")}`,
    });
  }
  const folder = api.raw.apiVersion;
  if (folder !== undefined && utf8Length(folder) > MAX_FILE_NAME_BYTES) {
    reporter.error(
      api,
      ["apiVersion"],
      "nameTooLong",
      `the apiVersion names the package's folder (generated/<apiVersion>/), and at ${utf8Length(folder)} bytes ` +
        `it is longer than the ${MAX_FILE_NAME_BYTES} a file system takes`,
    );
  }
}

/** The package writes `schemas/<qname>.schema.json`: the name must fit a file system's limit. */
function checkFileName(decl: Decl<unknown>, reporter: Reporter): void {
  const file = `${decl.qname}.schema.json`;
  const bytes = utf8Length(file);
  if (bytes <= MAX_FILE_NAME_BYTES) return;
  reporter.error(
    decl,
    [],
    "nameTooLong",
    `the schema file of ${quoteName(decl.qname)} (schemas/<namespace>.<name>.schema.json) ` +
      `would have a ${bytes}-byte name, more than the ${MAX_FILE_NAME_BYTES} a file system takes`,
    { at: "key", hint: "shorten the name or the namespace" },
  );
}

function checkTsName(decl: Decl<RawStructured | RawEnum>, reporter: Reporter): void {
  const pinned = decl.raw.tsName;
  if (pinned === undefined || isSafeIdentifier(pinned)) return;
  reporter.error(
    decl,
    ["tsName"],
    "invalidName",
    `${quoteName(pinned)} cannot be a TypeScript name: ` +
      "use ASCII letters, digits, _ and $, not starting with a digit, and no reserved word",
  );
}

function checkStructuredNames(decl: Decl<RawStructured>, reporter: Reporter): void {
  checkName(reporter, decl, [], decl.name, "a type name", "key");
  checkFileName(decl, reporter);
  checkTsName(decl, reporter);
  for (const name of decl.raw.properties?.keys() ?? []) {
    const sub = ["properties", name];
    if (identifierProblem(name) !== undefined && isPlainWireName(name))
      reporter.warn(
        decl,
        sub,
        "wireName",
        `${quoteName(name)} is not an OData identifier; it is kept as the JSON key it is on the wire`,
        { at: "key" },
      );
    else checkName(reporter, decl, sub, name, "a property name", "key");
  }
  for (const name of decl.raw.navigation?.keys() ?? [])
    checkName(reporter, decl, ["navigation", name], name, "a navigation property name", "key");
}

function checkEnumNames(decl: Decl<RawEnum>, reporter: Reporter): void {
  checkName(reporter, decl, [], decl.name, "an enum name", "key");
  checkFileName(decl, reporter);
  checkTsName(decl, reporter);
  (decl.raw.members ?? []).forEach((m, i) => {
    const name = memberName(m);
    const sub = typeof m === "string" ? ["members", String(i)] : ["members", String(i), "name"];
    if (name !== undefined) checkName(reporter, decl, sub, name, "an enum member", "value");
  });
}
