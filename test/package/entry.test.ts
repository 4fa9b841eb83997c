/**
 * The package entry re-exports exactly the public names: of a module that lists them (a runtime
 * module compiled from `generator/runtime/src/`), those and no helper; of an emitted module, every
 * export. Held by running `index.js` under Node and reading `index.d.ts` with TypeScript, for a
 * package of stand-in modules; and both files are final (prettier leaves them as they are).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { format } from "prettier";
import { Project } from "ts-morph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import { emitPackage } from "../../generator/emit/package/index.ts";
import { parserFor, PRETTIER_OPTIONS } from "../../generator/pipeline/format.ts";
import { constructsIR } from "../support/constructs.ts";

const LONG = Array.from({ length: 12 }, (_, i) => `publicHelperNumber${i}`);

/** Stand-ins: two runtime modules with helpers besides their public names, and an emitted module. */
const MODULES: EmittedFile[] = [
  {
    path: "runtime.js",
    contents: "export const isThing = () => true;\nexport const helper = 1;\n",
    publicApi: { values: ["isThing"], types: ["Result"] },
  },
  {
    path: "runtime.d.ts",
    contents:
      "export declare const isThing: () => boolean;\nexport declare const helper: number;\nexport type Result = 1;\n",
  },
  {
    path: "client.js",
    contents: [...LONG, "internalSend"].map((n) => `export const ${n} = "${n}";`).join("\n"),
    publicApi: { values: LONG, types: [] },
  },
  {
    path: "client.d.ts",
    contents: [...LONG, "internalSend"].map((n) => `export declare const ${n}: string;`).join("\n"),
  },
  { path: "types.js", contents: 'export const ColorMembers = ["red"];\n' },
  {
    path: "types.d.ts",
    contents: 'export type Color = "red";\nexport declare const ColorMembers: readonly ["red"];\n',
  },
];

const entry = emitPackage(constructsIR(), MODULES, false).filter((f) => f.path.startsWith("index."));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(`${tmpdir()}/entry-`);
  await writeFile(`${dir}/package.json`, '{ "type": "module" }\n');
  for (const f of [...MODULES, ...entry]) await writeFile(`${dir}/${f.path}`, f.contents);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the package entry", () => {
  it("exports every value of an emitted module and the public values of a runtime module, at run time", async () => {
    const exported = Object.keys((await import(pathToFileURL(`${dir}/index.js`).href)) as object).sort();
    expect(exported).toEqual(["ColorMembers", "isThing", ...LONG].sort());
  });

  it("declares the same values, and the public types", () => {
    const project = new Project({ compilerOptions: { strict: true, skipLibCheck: false } });
    const index = project.addSourceFileAtPath(`${dir}/index.d.ts`);
    project.resolveSourceFileDependencies();
    expect(project.getPreEmitDiagnostics().map((d) => d.getMessageText())).toEqual([]);
    expect([...index.getExportedDeclarations().keys()].sort()).toEqual(
      ["Color", "ColorMembers", "Result", "isThing", ...LONG].sort(),
    );
  });

  it("is written final: prettier leaves it as it is", async () => {
    for (const f of entry) {
      expect(
        f.statements?.every((s) => s.laidOut),
        f.path,
      ).toBe(true);
      expect(await format(f.contents, { ...PRETTIER_OPTIONS, parser: parserFor(f.path)! }), f.path).toBe(f.contents);
    }
  });
});
