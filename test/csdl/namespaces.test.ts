/**
 * Real namespaces of Graph v1.0, from the metadata the repository holds: callRecords,
 * identityGovernance, externalConnectors and termStore whole, and of security (733 types, too many
 * to type-check here; scripts/whole-graph.ts covers all of Graph) its `user`, whose simple name
 * microsoft.graph.user has, its `alert` with the evidence hierarchy, and its `incident`; with
 * every type they reach, imported into one spec, checked, built into an IR and emitted in memory.
 * The package type-checks, its validators and Ajv on its bundle agree on generated values, and
 * hand-written values of each namespace are judged with the right paths.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import type { IR, IRStructured } from "../../generator/model/ir.ts";
import { emitSources } from "../../generator/pipeline/generate.ts";
import { writeTemporary } from "../support/imported.ts";
import { checkDeclarations, checkJavaScript } from "../support/typecheck.ts";
import { Rng, sample, ValueGenerator } from "../support/values/index.ts";
import { disagreement } from "../validators/support/agree.ts";
import { validator, type ValidatorsModule } from "../validators/support/load.ts";
import { ajvFor, newAjv } from "../validators/support/package.ts";
import { graphV1Metadata, importText, loadImported, unexplainedErrors } from "./support.ts";

const NAMESPACES = ["callRecords", "identityGovernance", "externalConnectors", "termStore"].map(
  (n) => `microsoft.graph.${n}`,
);
const TYPES = ["user", "security.user", "security.alert", "security.incident"].map((n) => `microsoft.graph.${n}`);

const { result, diagnostics } = importText(
  graphV1Metadata(),
  { namespaces: NAMESPACES, types: TYPES },
  "graph-v1.0.csdl.xml",
);
const loaded = loadImported(result.files);

let ir: IR;
let files: EmittedFile[];
let validators: ValidatorsModule;
let bundle: Record<string, unknown>;
beforeAll(async () => {
  if (loaded.ir === undefined) return;
  ir = loaded.ir;
  files = await emitSources(ir);
  const written = await writeTemporary(files, "namespaces-");
  validators = await written.load<ValidatorsModule>("validators.js");
  bundle = JSON.parse(written.files.get("schemas/bundle.schema.json")!) as Record<string, unknown>;
});

const type = (qname: string): IRStructured => {
  const t = ir.types.find((x) => x.qname === qname);
  if (t === undefined || t.kind === "enum") throw new Error(`no structured type ${qname}`);
  return t;
};
const paths = (name: string, value: unknown): string[] | true => {
  const r = validator(validators, `validate${name}`)(value);
  return r.ok ? true : r.errors.map((e) => e.path);
};

describe("five namespaces of Graph v1.0", () => {
  it("import, check and build into an IR with every namespace asked for", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(loaded.stripped).toEqual([]);
    expect(unexplainedErrors(loaded.diagnostics)).toEqual([]);
    const namespaces = new Set(loaded.ir!.types.map((t) => t.namespace));
    for (const ns of [...NAMESPACES, "microsoft.graph", "microsoft.graph.security"]) expect(namespaces).toContain(ns);
    for (const qname of TYPES) expect(loaded.ir!.types.map((t) => t.qname)).toContain(qname);
  });

  it("keep simple names in the main namespace and give a taken one elsewhere a distinct name", () => {
    expect(type("microsoft.graph.user").tsName).toBe("User");
    const securityUser = type("microsoft.graph.security.user");
    expect(securityUser.tsName).not.toBe("User");
    expect(securityUser.tsName).toMatch(/User/);
    // Each validator checks its own type: Graph's user declares `accountEnabled` (and is open, so an
    // undeclared property is any JSON value); security's user declares `emailAddress` and is closed.
    expect(paths("User", { accountEnabled: true, emailAddress: 7 })).toBe(true);
    expect(paths("User", { accountEnabled: "yes" })).toEqual(["/accountEnabled"]);
    expect(paths(securityUser.tsName, { emailAddress: "a@example.test" })).toBe(true);
    expect(paths(securityUser.tsName, { accountEnabled: true })).toEqual(["/accountEnabled"]);
  });

  it("emit declarations and JavaScript that type-check", () => {
    expect(checkDeclarations(files)).toEqual([]);
    expect(checkJavaScript([files])).toEqual([]);
  });

  it("judge generated values of every namespace as Ajv does", () => {
    const ajv = newAjv({ allErrors: true });
    const g = new ValueGenerator(ir, new Rng(20), { maxDepth: 3, maxItems: 2 });
    for (const ns of [...NAMESPACES, "microsoft.graph.security"]) {
      const types = ir.types.filter((t): t is IRStructured => t.namespace === ns && t.kind !== "enum");
      expect(types.length).toBeGreaterThan(0);
      let valid = 0;
      for (const t of types) {
        const judge = ajvFor(ajv, bundle, t.qname);
        const validate = validator(validators, `validate${t.tsName}`);
        for (let i = 0; i < 3; i++) {
          const value = sample(g, t);
          const verdict = validate(value);
          const why = disagreement(value, {
            validate: verdict,
            is: validators[`is${t.tsName}`]!(value) as boolean,
            ajv: judge,
          });
          expect(why, `${t.qname}: ${JSON.stringify(value)}`).toBeUndefined();
          if (verdict.ok) valid++;
        }
      }
      expect(valid, ns).toBeGreaterThan(0);
    }
  });

  it("accept hand-written values of each namespace and reject one mutation at its path", () => {
    const cases: { qname: string; valid: Record<string, unknown>; mutated: Record<string, unknown>; at: string }[] = [
      {
        qname: "microsoft.graph.callRecords.segment",
        valid: { id: "s1", startDateTime: "2024-02-29T10:00:00Z", endDateTime: "2024-02-29T10:05:30.5+01:00" },
        mutated: { id: "s1", startDateTime: "2024-02-29T10:00:00Z", endDateTime: "2024-02-29T24:05:30Z" },
        at: "/endDateTime",
      },
      {
        qname: "microsoft.graph.identityGovernance.workflow",
        valid: { category: "joiner", displayName: "Onboarding", isEnabled: true, isSchedulingEnabled: false },
        mutated: { category: "hired", displayName: "Onboarding", isEnabled: true, isSchedulingEnabled: false },
        at: "/category",
      },
      {
        qname: "microsoft.graph.externalConnectors.externalItem",
        // `properties` is an open type: any property of any JSON value.
        valid: {
          id: "i1",
          acl: [{ type: "everyone", value: "all", accessType: "grant" }],
          properties: { title: "Report", pages: [1, 2], extra: { any: null } },
        },
        mutated: { id: "i1", acl: [{ type: "everyone", value: "all", accessType: "allow" }] },
        at: "/acl/0/accessType",
      },
      {
        qname: "microsoft.graph.termStore.term",
        valid: { labels: [{ name: "Finance", isDefault: true, languageTag: "en-US" }] },
        mutated: { labels: [{ name: "Finance", isDefault: "yes", languageTag: "en-US" }] },
        at: "/labels/0/isDefault",
      },
      {
        // Each evidence is checked as the derived type its `@odata.type` names.
        qname: "microsoft.graph.security.alert",
        valid: {
          evidence: [
            { "@odata.type": "#microsoft.graph.security.ipEvidence", ipAddress: "192.0.2.1", countryLetterCode: "NL" },
            { "@odata.type": "#microsoft.graph.security.registryKeyEvidence", registryKey: "HKLM\\Software" },
          ],
        },
        mutated: {
          evidence: [{ "@odata.type": "#microsoft.graph.security.registryKeyEvidence", ipAddress: "192.0.2.1" }],
        },
        at: "/evidence/0/ipAddress",
      },
      {
        qname: "microsoft.graph.security.user",
        valid: { emailAddress: "a@example.test", userPrincipalName: "a@example.test" },
        mutated: { emailAddress: 7 },
        at: "/emailAddress",
      },
    ];
    for (const c of cases) {
      const name = type(c.qname).tsName;
      expect(paths(name, c.valid), c.qname).toBe(true);
      expect(paths(name, c.mutated), c.qname).toEqual([c.at]);
    }
  });
});
