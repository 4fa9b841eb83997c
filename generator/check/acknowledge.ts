/**
 * Stage 2f: every `acknowledge` entry names a known code (`model/acknowledge.ts`), sits where that
 * code applies, and gives a reason. Warnings look their code up where they are reported
 * (`Reporter.warn`'s `acknowledge` option); this only checks what was written.
 */
import { ACKNOWLEDGE_CODES, acknowledgeCode, type AcknowledgePlace } from "../model/acknowledge.ts";
import { hintFor } from "../model/diagnostics.ts";
import type { RawAcknowledge } from "./format.ts";
import type { Reporter, SpecModel, WalkedFile } from "./model.ts";

type Where = { file: WalkedFile; path: readonly string[] };

const PLACE_NAMES: Readonly<Record<AcknowledgePlace, string>> = {
  file: "a spec file (top level)",
  type: "a type",
  property: "a property",
  navigation: "a navigation property",
  enum: "an enum",
  member: "an enum member",
  operation: "an operation",
};

export function checkAcknowledgements(model: SpecModel, reporter: Reporter): void {
  const fileLevel = new Map<string, WalkedFile>();
  for (const file of model.files) {
    check(reporter, { file, path: [] }, file.raw.acknowledge, "file");
    for (const code of file.raw.acknowledge?.keys() ?? []) {
      const first = fileLevel.get(code);
      if (first !== undefined)
        reporter.error(
          { file, path: ["acknowledge", code] },
          [],
          "duplicateName",
          `"${code}" is already acknowledged in ${first.loaded.file}`,
          {
            at: "key",
          },
        );
      else fileLevel.set(code, file);
    }
  }
  for (const decl of model.structured.values()) {
    check(reporter, decl, decl.raw.acknowledge, "type");
    for (const [name, p] of decl.raw.properties ?? [])
      check(reporter, { file: decl.file, path: [...decl.path, "properties", name] }, p.acknowledge, "property");
    for (const [name, n] of decl.raw.navigation ?? [])
      check(reporter, { file: decl.file, path: [...decl.path, "navigation", name] }, n.acknowledge, "navigation");
  }
  for (const decl of model.enums.values()) {
    check(reporter, decl, decl.raw.acknowledge, "enum");
    (decl.raw.members ?? []).forEach((m, i) => {
      if (typeof m !== "string")
        check(reporter, { file: decl.file, path: [...decl.path, "members", String(i)] }, m.acknowledge, "member");
    });
  }
  for (const decl of model.operations.values()) check(reporter, decl, decl.raw.acknowledge, "operation");
}

function check(
  reporter: Reporter,
  where: Where,
  acknowledged: RawAcknowledge | undefined,
  place: AcknowledgePlace,
): void {
  for (const [code, reason] of acknowledged ?? []) {
    const sub = ["acknowledge", code];
    const known = acknowledgeCode(code);
    if (known === undefined) {
      const prefix = code.includes(":") ? code.slice(0, code.indexOf(":") + 1) : code;
      const takesArgument = Object.hasOwn(ACKNOWLEDGE_CODES, prefix) || Object.hasOwn(ACKNOWLEDGE_CODES, `${code}:`);
      reporter.error(
        where,
        sub,
        "unknownCode",
        takesArgument
          ? `"${code}" needs the name it is about: ${prefix.endsWith(":") ? prefix : `${code}:`}<name>`
          : `"${code}" is not a code a spec can acknowledge`,
        {
          at: "key",
          hint: takesArgument
            ? undefined
            : (hintFor(code, Object.keys(ACKNOWLEDGE_CODES)) ??
              `the codes: ${Object.keys(ACKNOWLEDGE_CODES).join(", ")}`),
        },
      );
      continue;
    }
    const entry = ACKNOWLEDGE_CODES[known.name];
    if (!entry.where.includes(place)) {
      reporter.error(
        where,
        sub,
        "misplacedCode",
        `"${known.name}" cannot be acknowledged on ${PLACE_NAMES[place]}; ` +
          `it belongs on ${entry.where.map((p) => PLACE_NAMES[p]).join(" or ")}`,
        { at: "key" },
      );
    }
    if (reason.trim() === "") reporter.error(where, sub, "missingReason", `acknowledging "${code}" needs a reason`);
  }
}
