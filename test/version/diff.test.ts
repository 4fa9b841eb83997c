/** The classification rules, one change at a time. */
import { describe, expect, it } from "vitest";
import { loadSpecFromTexts } from "../../generator/ir/build.ts";
import type { IR } from "../../generator/model/ir.ts";
import { diffIR } from "../../generator/version/diff.ts";

const API =
  "api:\n  package: p\n  title: t\n  apiVersion: beta\n  baseUrl: https://example.test\n  specVersion: 1.0.0\n";

function ir(body: string): IR {
  const r = loadSpecFromTexts([{ file: "s.yaml", text: `${API}namespace: n\n${body}` }]);
  if (r.ir === undefined) throw new Error(JSON.stringify(r.diagnostics));
  return r.ir;
}

const base = `types:
  t:
    description: A thing.
    properties:
      a: { type: Edm.String }
      b: { type: Edm.Int32, nullable: false }
enums:
  e:
    members: [x, y, unknownFutureValue]
  fixed:
    members: [up, down]
operations:
  op:
    method: GET
    path: /t/{id}
    parameters:
      id: { in: path }
    responses:
      200: { body: { type: t } }
`;

function changes(after: string): string[] {
  return diffIR(ir(base), ir(after)).map((c) => `${c.class} ${c.subject}: ${c.description}`);
}

describe("diffIR", () => {
  it("finds nothing between a spec and itself", () => {
    expect(changes(base)).toEqual([]);
  });
  it.each([
    [
      "a property removed",
      base.replace("      a: { type: Edm.String }\n", ""),
      ["breaking property n.t.a: removed (or renamed)"],
    ],
    [
      "a property's type changed",
      base.replace("a: { type: Edm.String }", "a: { type: Edm.Int64 }"),
      ["breaking property n.t.a: type changed from Edm.String to Edm.Int64"],
    ],
    [
      "nullable made non-nullable",
      base.replace("a: { type: Edm.String }", "a: { type: Edm.String, nullable: false }"),
      ["breaking property n.t.a: made non-nullable: requests that send null are now refused"],
    ],
    [
      "a property added",
      base.replace("      b:", "      c: { type: Edm.Boolean }\n      b:"),
      ["additive property n.t.c: added (optional, like every property)"],
    ],
    [
      "a member of an evolvable enum added",
      base.replace("[x, y, unknownFutureValue]", "[x, y, unknownFutureValue, z]"),
      ["additive member n.e.z: added to an evolvable enum"],
    ],
    [
      "a member of a fixed enum added",
      base.replace("[up, down]", "[up, down, sideways]"),
      ["breaking member n.fixed.sideways: added to an enum that is not evolvable: exhaustive code breaks"],
    ],
    [
      "an enum member removed",
      base.replace("[x, y, unknownFutureValue]", "[x, unknownFutureValue]"),
      [
        "breaking member n.e.unknownFutureValue: value changed from 2 to 1",
        "breaking member n.e.y: removed (or renamed)",
      ],
    ],
    ["a description changed", base.replace("A thing.", "A better thing."), ["cosmetic type n.t: description changed"]],
    [
      "the method changed",
      base.replace("method: GET", "method: POST"),
      ["breaking operation op: method changed from GET to POST"],
    ],
    [
      "the path changed",
      base.replace("path: /t/{id}", "path: /things/{id}"),
      ["breaking operation op: path changed from /t/{id} to /things/{id}"],
    ],
    [
      "a required parameter added",
      base
        .replace("path: /t/{id}", "path: /t/{id}/{v}")
        .replace("      id: { in: path }\n", "      id: { in: path }\n      v: { in: path }\n"),
      ["breaking operation op: path changed from /t/{id} to /t/{id}/{v}", "breaking parameter op.v: added, required"],
    ],
    [
      "an optional parameter added",
      base.replace("      id: { in: path }\n", "      id: { in: path }\n      q: { in: query }\n"),
      ["additive parameter op.q: added, optional"],
    ],
    ["a type added", `${base.replace("types:\n", "types:\n  u: {}\n")}`, ["additive type n.u: added"]],
    [
      "an operation removed",
      base.slice(0, base.indexOf("operations:")),
      ["breaking operation op: removed (or renamed)"],
    ],
    [
      "a success response added with no body",
      base.replace("      200: { body: { type: t } }\n", "      200: { body: { type: t } }\n      204: {}\n"),
      ["breaking response op.204: added, with no body: the operation's result type gains it"],
    ],
    [
      "a success response added with another body",
      base.replace(
        "      200: { body: { type: t } }\n",
        "      200: { body: { type: t } }\n      202: { body: { type: Edm.String } }\n",
      ),
      ["breaking response op.202: added, with a body of Edm.String: the operation's result type gains it"],
    ],
    [
      "a success response added with the same body",
      base.replace(
        "      200: { body: { type: t } }\n",
        "      200: { body: { type: t } }\n      201: { body: { type: t } }\n",
      ),
      ["additive response op.201: added"],
    ],
    [
      "an error response added",
      base.replace("      200: { body: { type: t } }\n", "      200: { body: { type: t } }\n      404: {}\n"),
      [
        "cosmetic response op.404: added, declared for the docs only: the client answers every status outside 2xx with a GraphError",
      ],
    ],
    [
      "a query option the client offers added",
      base.replace("    responses:\n      200:", "    query: [$select]\n    responses:\n      200:"),
      ["additive query op.$select: now accepted"],
    ],
    [
      "a query option the client does not offer added",
      base.replace("    responses:\n      200:", "    query: [$filter]\n    responses:\n      200:"),
      ["cosmetic query op.$filter: now declared; the client does not offer it"],
    ],
    [
      "a success response removed",
      base.replace("      200: { body: { type: t } }\n", "      201: { body: { type: t } }\n"),
      ["breaking response op.200: removed", "additive response op.201: added"],
    ],
  ])("classifies %s", (_name, after, expected) => {
    expect(changes(after)).toEqual(expected);
  });
});
