/**
 * TypeScript names for a spec with many types of one name (copies of the segment graph): each type
 * gets the first free of its name and its namespace-prefixed name, else the lowest free `_n`, all
 * of the names it exports are free, and each rename is reported. The search remembers where it
 * ended (N types of one name cost N tries), which must give what a search from `_2` each time gives.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec, loadSpecFromTexts } from "../../generator/ir/build.ts";
import { exportedNamesOfType } from "../../generator/ir/names.ts";
import type { IR } from "../../generator/model/ir.ts";
import { isSafeIdentifier } from "../../generator/emit/escape.ts";
import { writeSyntheticSpec } from "../../scripts/synth.ts";

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

describe("type names in a spec with six copies of the segment graph", () => {
  let dir: string;
  let ir: IR;
  let warnings: string[];
  beforeAll(async () => {
    dir = await mkdtemp(`${tmpdir()}/names-`);
    await writeSyntheticSpec(6, dir);
    const spec = await loadSpec(dir);
    ir = spec.ir!;
    warnings = spec.diagnostics.filter((d) => d.code === "renamed").map((d) => d.message);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("are what a search from the start gives for every type", () => {
    const used = new Set<string>(ir.types.flatMap((t) => exportedNamesOfType(t, t.tsName)));
    expect(used.size).toBe(ir.types.reduce((n, t) => n + exportedNamesOfType(t, t.tsName).length, 0));
    // Replay in the order names are given (by qualified name), from the reserved names on.
    const taken = new Set<string>();
    for (const t of [...ir.types].sort((a, b) => (a.qname < b.qname ? -1 : 1))) {
      const free = (n: string): boolean => exportedNamesOfType(t, n).every((e) => !taken.has(e) && isSafeIdentifier(e));
      const plain = pascal(t.name);
      const candidates = [plain, pascal(t.namespace.split(".").pop()!) + plain];
      let expected = candidates.find(free);
      for (let i = 2; expected === undefined; i++) if (free(`${plain}_${i}`)) expected = `${plain}_${i}`;
      expect(t.tsName, t.qname).toBe(expected);
      for (const e of exportedNamesOfType(t, expected)) taken.add(e);
    }
    // The first copy has the plain name, the second the namespace-prefixed one, the rest _2 to _5.
    expect(ir.types.some((t) => t.tsName.endsWith("_5"))).toBe(true);
  });

  it("are reported when they are not the type's own name", () => {
    const renamed = ir.types.filter((t) => t.tsName !== pascal(t.name));
    expect(warnings).toHaveLength(renamed.length);
    // Each says who holds the name: the type of that name in the earliest namespace.
    for (const t of renamed) {
      const holder = ir.types.find((h) => h.tsName === pascal(t.name))!;
      expect(warnings).toContain(
        `"${t.qname}" is named ${t.tsName} in TypeScript (${pascal(t.name)} is taken by "${holder.qname}")`,
      );
    }
  });
});

describe("an operation's names", () => {
  // A type `archiveBody` is named first and takes ArchiveBody; an operation `archive` emits
  // ArchiveBody (and validateArchiveBody, isArchiveBody) only when it has body parameters.
  const spec = (parameters: string) =>
    [
      'api: { package: "@t/body", title: Body, apiVersion: beta, baseUrl: "https://example.test", specVersion: 1.0.0 }',
      "namespace: t.b",
      "types:",
      "  archiveBody: { properties: { a: { type: Edm.String } } }",
      "operations:",
      `  archive: { action: t.b.archive, method: POST, path: /t.b.archive, parameters: { ${parameters} }, responses: { 204: { description: Done. } } }`,
    ].join("\n");
  const tsNameOf = (parameters: string) => {
    const { ir, diagnostics } = loadSpecFromTexts([{ file: "spec.yaml", text: spec(parameters) }]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    return ir!.operations.find((o) => o.id === "archive")!.tsName;
  };

  it("include its body's when it has body parameters, so a type of that name makes it rename", () => {
    expect(tsNameOf("reason: { in: body, type: Edm.String }")).toBe("Archive_2");
  });

  it("leave the body's names free when it has none", () => {
    expect(tsNameOf("reason: { in: query, type: Edm.String }")).toBe("Archive");
  });
});
