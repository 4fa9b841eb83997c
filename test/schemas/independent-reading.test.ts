/**
 * An independent reading of the JSON Schemas: json-schema-to-typescript compiles each bundle to
 * TypeScript on its own, and the types it derives must agree with the ones we generate. For every
 * structured type it can read (those with no derived types: it ignores the `if`/`then`/`else`
 * that selects a derived type, and reads those as `{}`), the same property names, and property by
 * property the same type: mutually assignable, in TypeScript's own checker. A property that holds
 * a type with derived types is ours `AnyT`, the union of the concrete ones, and theirs `{}`: there
 * ours must be assignable to theirs. So too where the schema says more than it can read: a flags
 * enum is a `pattern` (theirs `string`, ours the names joined by `,`), and a stream property holds
 * no inline value (`not: {}`; ours `never`).
 */
import { compile } from "json-schema-to-typescript";
import { Project, ts, type SourceFile } from "ts-morph";
import { describe, expect, it } from "vitest";
import { structuredTypes } from "../../generator/emit/schemas/hierarchy.ts";
import type { IR, IREnum, IRStructured, IRTypeRef } from "../../generator/model/ir.ts";
import { FIXTURES, fixtureCases, SHIPPED_SPEC } from "../support/fixtures.ts";
import { addTypeDeclarations, exportedType } from "../support/typecheck.ts";
import { loadPackage } from "../validators/support/package.ts";

/**
 * json-schema-to-typescript calls `schema.hasOwnProperty(...)` on the schema objects it walks, and
 * the hostile fixture's property named "hasOwnProperty" shadows it; the last test below notices
 * when it no longer does, so that the fixture joins the others.
 */
const UNREADABLE = "hostile-names";
const SPECS: [string, string][] = [
  ["shipped", SHIPPED_SPEC],
  ...fixtureCases()
    .filter((c) => c !== UNREADABLE)
    .map((c): [string, string] => [c, `${FIXTURES}/${c}/spec`]),
];

/** json-schema-to-typescript's name for each `$defs` entry, read from the comment it writes above it. */
function theirNames(source: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of source.matchAll(/via the `definition` "([^"]+)"\.?\s*\*\/\s*export (?:interface|type) (\w+)/g))
    names.set(m[1]!, m[2]!);
  return names;
}

/** A structured type and its bases, the root first. */
function chainOf(ir: IR, t: IRStructured): IRStructured[] {
  const byName = new Map(structuredTypes(ir).map((s) => [s.qname, s]));
  const chain: IRStructured[] = [];
  for (
    let c: IRStructured | undefined = t;
    c !== undefined;
    c = c.baseType === undefined ? undefined : byName.get(c.baseType)
  )
    chain.unshift(c);
  return chain;
}

/** Every structured type with its properties, inherited ones first, keyed by wire name. */
function allProperties(ir: IR, t: IRStructured): Map<string, IRTypeRef> {
  return new Map(chainOf(ir, t).flatMap((c) => c.properties.map((p): [string, IRTypeRef] => [p.wireName, p.type])));
}

/** Whether json-schema-to-typescript reads the schema of `ref` looser than our type: ours must be within theirs. */
function readLoosely(ir: IR, ref: IRTypeRef, hasDerived: ReadonlySet<string>): boolean {
  if (ref.kind === "primitive") return ref.edm === "Edm.Stream";
  if (ref.kind === "enum") return (ir.types.find((t) => t.qname === ref.qname) as IREnum).flags;
  return hasDerived.has(ref.qname);
}

function propertyNames(file: SourceFile, name: string): string[] {
  const declared = exportedType(file, name);
  if (declared === undefined) throw new Error(`no declaration ${name}`);
  return declared
    .getType()
    .getProperties()
    .map((p) => p.getName())
    .sort();
}

describe.each(SPECS)("json-schema-to-typescript's reading of the %s bundle", (_name, specDir) => {
  it("derives the types we generate, property by property", async () => {
    const pkg = await loadPackage(specDir);
    const theirs = await compile({ ...pkg.bundle, title: "Bundle" }, "Bundle", {
      bannerComment: "",
      unreachableDefinitions: true,
      format: false,
      strictIndexSignatures: true,
    });
    const names = theirNames(theirs);
    const project = new Project({
      useInMemoryFileSystem: true,
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ["lib.es2022.d.ts"],
      },
    });
    const ourFile = addTypeDeclarations(project, pkg.files);
    const theirFile = project.createSourceFile("/p/theirs.ts", theirs);

    const hasDerived = new Set(
      structuredTypes(pkg.ir)
        .filter((t) => t.derived.length > 0)
        .map((t) => t.qname),
    );
    const lines = [
      'import type * as O from "./types.js";',
      'import type * as J from "./theirs.js";',
      // An interface has no implicit index signature, and theirs carry `[k: string]: unknown` (from
      // the annotations' patternProperties): compared as plain object types, all the way down.
      "type Plain<X> = X extends readonly (infer I)[] ? Plain<I>[] : X extends object ? { [K in keyof X]: Plain<X[K]> } : X;",
      "type Same<A, B> = [Plain<A>] extends [Plain<B>] ? ([Plain<B>] extends [Plain<A>] ? true : false) : false;",
      "type Within<A, B> = [Plain<A>] extends [Plain<B>] ? true : false;",
    ];
    const labels: string[] = [];
    let compared = 0;
    for (const t of structuredTypes(pkg.ir)) {
      if (hasDerived.has(t.qname)) {
        // Read as `{}`: the branch on @odata.type is beyond it. Nothing to compare.
        expect(propertyNames(theirFile, names.get(t.qname)!), t.qname).toEqual([]);
        continue;
      }
      const j = names.get(t.qname)!;
      const declared = [...allProperties(pkg.ir, t).keys()];
      // The same names: ours (inherited included) and theirs, beside "@odata.type". Ours also declare the
      // `@odata.media*` annotations of streams, which the schemas leave to their annotation patterns.
      const ours = propertyNames(ourFile, t.tsName).filter((n) => n === "@odata.type" || !n.includes("@"));
      expect(ours, t.qname).toEqual(["@odata.type", ...declared].sort());
      // An open type's schema also names its navigation properties, as `false` in request mode (else its
      // dynamic properties would take them); theirs read those as properties of their own.
      const refused = t.open ? chainOf(pkg.ir, t).flatMap((c) => c.navigation.map((n) => n.wireName)) : [];
      expect(propertyNames(theirFile, j), t.qname).toEqual(["@odata.type", ...declared, ...refused].sort());
      for (const [wire, ref] of [["@odata.type", undefined] as const, ...allProperties(pkg.ir, t)]) {
        const key = JSON.stringify(wire);
        const loose = ref !== undefined && readLoosely(pkg.ir, ref, hasDerived);
        lines.push(
          `const c${labels.length}: ${loose ? "Within" : "Same"}<O.${t.tsName}[${key}], J.${j}[${key}]> = true;`,
        );
        labels.push(`${t.qname}.${wire}: ours ${loose ? "is not within" : "differs from"} theirs`);
      }
      compared++;
    }
    const check = project.createSourceFile("/p/check.ts", lines.join("\n"));
    const problems = check.getPreEmitDiagnostics().map((d) => {
      const line = d.getLineNumber() ?? 0;
      return (
        labels[line - lines.length + labels.length - 1] ??
        ts.flattenDiagnosticMessageText(d.getMessageText() as string, "\n")
      );
    });
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });
});

it(`json-schema-to-typescript still cannot read the ${UNREADABLE} bundle`, async () => {
  const pkg = await loadPackage(`${FIXTURES}/${UNREADABLE}/spec`);
  await expect(
    compile({ ...pkg.bundle, title: "Bundle" }, "Bundle", { bannerComment: "", format: false }),
  ).rejects.toThrow("hasOwnProperty is not a function");
});
