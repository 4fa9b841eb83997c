/**
 * Every name that reaches emitted code is an OData simple identifier: each name the hostile corpus
 * once carried into generated code and that is no identifier is refused where it is written, in
 * every kind of position, with file:line:col; each hostile name that is one passes the checks.
 */
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { identifierProblem, isPlainWireName } from "../../generator/check/identifiers.ts";
import { checkSpecTexts } from "../../generator/check/index.ts";
import { HOSTILE_MEMBERS, HOSTILE_TYPE_NAMES, HOSTILE_WIRE, REFUSED_NAMES } from "../support/hostile.ts";

const API = {
  package: "names-fixture",
  title: "t",
  apiVersion: "beta",
  baseUrl: "https://example.test",
  specVersion: "1.0.0",
};

/** A spec with `name` in one position: type, property, navigation property, member, namespace, container, parameter. */
function specWith(position: string, name: string): string {
  const entity = { kind: "entity", key: ["id"], properties: { id: { type: "Edm.String", nullable: false } } };
  const doc: Record<string, unknown> = {
    api: API,
    namespace: "n",
    types: { thing: entity },
    enums: { e: { members: ["a"] } },
  };
  const types = doc.types as Record<string, Record<string, unknown>>;
  if (position === "type") types[name] = { properties: { x: { type: "Edm.String" } } };
  if (position === "property") types.thing!.properties = { ...entity.properties, [name]: { type: "Edm.String" } };
  if (position === "navigation") types.thing!.navigation = { [name]: { type: "thing" } };
  if (position === "member") doc.enums = { e: { members: ["a", name] } };
  if (position === "namespace") doc.namespace = `n.${name}`;
  if (position === "container") doc.container = { entitySets: { [name]: { type: "thing" } } };
  if (position === "parameter")
    doc.operations = {
      op: {
        method: "GET",
        path: "/things",
        parameters: { [name]: { in: "query" } },
        responses: { 200: { body: { type: "thing", collection: true } } },
      },
    };
  return stringify(doc);
}

const POSITIONS = ["type", "property", "navigation", "member", "namespace", "container", "parameter"];

describe("names", () => {
  it.each(POSITIONS)("a %s name that is no OData identifier is refused where it is written", (position) => {
    for (const name of REFUSED_NAMES) {
      if (position === "namespace" && name === "dot.ted") continue; // two parts of a namespace
      // A property keeps a plain JSON key that is no identifier (Graph has `request-id`), with a warning.
      if (position === "property" && isPlainWireName(name)) {
        const plain = checkSpecTexts([{ file: "spec.yaml", text: specWith(position, name) }]).diagnostics;
        expect(
          plain.map((d) => `${d.severity} ${d.code}`),
          JSON.stringify(name),
        ).toEqual(["warning wireName"]);
        continue;
      }
      const text = specWith(position, name);
      const result = checkSpecTexts([{ file: "spec.yaml", text }]);
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      expect(result.model, JSON.stringify(name)).toBeUndefined();
      expect(
        errors.map((d) => d.code),
        JSON.stringify(name),
      ).toContain("invalidName");
      const at = errors.find((d) => d.code === "invalidName")!.location;
      const line = text.split("\n")[at.line - 1]!;
      // The error points at the line that holds the name (YAML may have quoted or escaped it).
      expect(line.length, `${JSON.stringify(name)} at ${at.line}:${at.col}`).toBeGreaterThanOrEqual(at.col - 1);
      expect(identifierProblem(name), JSON.stringify(name)).toBeDefined();
    }
  });

  it.each(POSITIONS)("a hostile %s name that is an OData identifier passes", (position) => {
    const names = position === "type" ? HOSTILE_TYPE_NAMES : position === "member" ? HOSTILE_MEMBERS : HOSTILE_WIRE;
    for (const name of names) {
      if (position === "property" && name === "id") continue;
      const result = checkSpecTexts([{ file: "spec.yaml", text: specWith(position, name) }]);
      expect(
        result.diagnostics.filter((d) => d.severity === "error"),
        JSON.stringify(name),
      ).toEqual([]);
    }
  });

  it("counts characters, not UTF-16 units: 128 letters outside the BMP are a name, 129 are not", () => {
    expect(identifierProblem("𝒜".repeat(128))).toBeUndefined();
    expect(identifierProblem("𝒜".repeat(129))).toMatch(/129 characters/);
  });
});
