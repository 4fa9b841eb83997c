/**
 * A spec that uses every construct of the format (issue #19) passes the checks, and its IR has every
 * field filled from the spec: a snapshot, so any change to the IR is seen in review, and the facts
 * that a snapshot update could hide asserted one by one.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/ir/build.ts";
import { formatDiagnostics } from "../../generator/model/diagnostics.ts";
import type { IR, IREnum, IROperation, IRStructured } from "../../generator/model/ir.ts";
import { FIXTURES } from "../support/fixtures.ts";

let ir: IR;
let printed: string;

const type = (qname: string): IRStructured => ir.types.find((t) => t.qname === qname) as IRStructured;
const enumType = (qname: string): IREnum => ir.types.find((t) => t.qname === qname) as IREnum;
const op = (id: string): IROperation => ir.operations.find((o) => o.id === id)!;

beforeAll(async () => {
  const result = await loadSpec(`${FIXTURES}/every-construct/spec`);
  printed = formatDiagnostics(result.diagnostics);
  expect(result.diagnostics.filter((d) => d.acknowledged === undefined)).toEqual([]);
  ir = result.ir!;
});

describe("the spec with every construct", () => {
  it("passes the checks; its acknowledged warnings are counted, not printed", () => {
    expect(printed).toBe("3 warnings acknowledged.");
  });

  it("keeps 64-bit and negative member values exactly, as decimal text", () => {
    expect(enumType("microsoft.graph.huge").members.map((m) => m.value)).toEqual([
      "9223372036854775807",
      "9223372036854775806",
      "-9223372036854775808",
    ]);
    expect(enumType("microsoft.graph.sign")).toMatchObject({ underlying: "Edm.SByte", flags: false });
    expect(enumType("microsoft.graph.permission")).toMatchObject({ underlying: "Edm.Int64", flags: true });
  });

  it("gives the main namespace's type the simple name and pins what the spec pins", () => {
    expect(ir.api.mainNamespace).toBe("microsoft.graph");
    expect(type("microsoft.graph.user").tsName).toBe("User");
    expect(type("microsoft.graph.security.user").tsName).toBe("SecurityUser");
    expect(type("microsoft.graph.renamedPin").tsName).toBe("PinnedName");
  });

  it("models functions, actions and their parameters with the format's defaults", () => {
    expect(op("getPstnCalls")).toMatchObject({
      odata: "function",
      odataName: "microsoft.graph.callRecords.getPstnCalls",
      pathSegments: [
        { kind: "literal", value: "communications" },
        { kind: "literal", value: "callRecords" },
        { kind: "call", name: "microsoft.graph.callRecords.getPstnCalls", args: ["fromDateTime", "toDateTime"] },
      ],
    });
    expect(op("getPstnCalls").parameters.map((p) => [p.name, p.in, p.nullable, p.required])).toEqual([
      ["fromDateTime", "function", false, true],
      ["toDateTime", "function", false, false],
    ]);
    expect(op("getMemberGroups").parameters.map((p) => [p.name, p.in, p.collection, p.nullable, p.required])).toEqual([
      ["userId", "path", false, false, true],
      ["securityEnabledOnly", "body", false, false, true],
      ["ids", "body", true, true, false],
      ["options", "body", false, true, true],
    ]);
    expect(op("delta").pathSegments.at(-1)).toEqual({ kind: "call", name: "delta", args: [] });
  });

  it("has the container, media entities, containment and keyless entity types", () => {
    expect(ir.container.map((c) => `${c.kind} ${c.name}: ${c.type}`)).toEqual([
      "singleton communications: microsoft.graph.cloudCommunications",
      "entitySet drives: microsoft.graph.drive",
      "singleton me: microsoft.graph.user",
      "entitySet users: microsoft.graph.user",
    ]);
    expect(type("microsoft.graph.drive")).toMatchObject({ hasStream: true, key: ["driveId"] });
    expect(type("microsoft.graph.log").key).toEqual([]);
    expect(type("microsoft.graph.user").navigation.map((n) => [n.wireName, n.nullable, n.containsTarget])).toEqual([
      ["manager", false, false],
      ["drive", true, true],
      ["reports", true, false],
    ]);
  });

  it("matches the IR snapshot", async () => {
    await expect(`${JSON.stringify(ir, null, 2)}\n`).toMatchFileSnapshot("../fixtures/every-construct.ir.json");
  });
});
