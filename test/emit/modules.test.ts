/**
 * The declaration modules of the types (`types/<Name>.d.ts`): what each imports, and the file names,
 * which must stay apart on case-insensitive file systems and off Windows' device names.
 */
import { describe, expect, it } from "vitest";
import { written } from "../../generator/emit/layout.ts";
import { declarationModules, typeModuleMap, type Declaration, type Helper } from "../../generator/emit/modules.ts";

const helper = (name: string, isPublic: boolean): Helper => ({
  name,
  public: isPublic,
  statement: written(`export type ${name} = number;`),
});
const HELPERS = [helper("ODataFloat", true), helper("FlagsOf", false)];
const declare = (name: string, body: string) => ({
  name,
  statement: written(`export interface ${name} {\n${body}\n}`),
});
const modules = (decls: readonly Declaration[]) => declarationModules(HELPERS, decls, typeModuleMap(HELPERS, decls));
const file = (files: { path: string; contents: string }[], path: string): string =>
  files.find((f) => f.path === path)?.contents ?? `(no ${path})`;

describe("the declaration modules", () => {
  it("import what a declaration's code names, not what its comments or strings name, nor itself", () => {
    const segment = declare(
      "Segment",
      [
        "  /** See `CallRecord`, and `Session`. */",
        '  "@odata.type"?: "Session";',
        "  media?: Media[];",
        "  next?: Segment;",
        "  level?: Level | ODataFloat;",
      ].join("\n"),
    );
    const decls = [
      segment,
      declare("Media", ""),
      declare("CallRecord", ""),
      declare("Session", ""),
      declare("Level", ""),
    ];
    const { files } = modules(decls);
    expect(file(files, "types/Segment.d.ts").split("\n\n")[0]).toBe(
      [
        'import type { Level } from "./Level.js";',
        'import type { Media } from "./Media.js";',
        'import type { ODataFloat } from "./odata-helpers.js";',
      ].join("\n"),
    );
    expect(file(files, "types/Media.d.ts")).toBe("export interface Media {\n\n}\n");
  });

  it("keep the helpers that are not public out of the re-exports", () => {
    const { reexports, files } = modules([declare("Flags", "  f: FlagsOf;")]);
    expect(reexports.map((s) => s.text)).toEqual([
      'export type { ODataFloat } from "./types/odata-helpers.js";',
      'export type { Flags } from "./types/Flags.js";',
    ]);
    expect(file(files, "types/Flags.d.ts")).toMatch(/^import type \{ FlagsOf \} from "\.\/odata-helpers\.js";\n\n/);
    expect(file(files, "types/odata-helpers.d.ts")).toContain("export type FlagsOf = number;");
  });

  it("get file names apart when names differ in case only, or are Windows device names", () => {
    const decls = ["Item", "ITEM", "item", "Con", "Nul", "Com1", "Odata-helpers"].map((n) => declare(n, ""));
    const { files, reexports } = modules(decls);
    expect(files.map((f) => f.path)).toEqual([
      "types/odata-helpers.d.ts",
      "types/Item.d.ts",
      "types/ITEM-2.d.ts",
      "types/item-3.d.ts",
      "types/Con-2.d.ts",
      "types/Nul-2.d.ts",
      "types/Com1-2.d.ts",
      "types/Odata-helpers-2.d.ts",
    ]);
    expect(reexports[2]!.text).toBe('export type { ITEM } from "./types/ITEM-2.js";');
  });
});
