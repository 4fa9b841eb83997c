/**
 * Compiles the type tests under strict settings with ts-morph. A `@ts-expect-error` the generated
 * types no longer earn is itself a diagnostic, so this fails both ways.
 */
import { Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { EMITTED_COMPILER_OPTIONS } from "../support/typecheck.ts";
import { ROOT } from "../support/fixtures.ts";

function diagnosticsOf(file: string): string[] {
  const project = new Project({
    compilerOptions: {
      ...EMITTED_COMPILER_OPTIONS,
      noEmit: true,
      declaration: false,
      isolatedDeclarations: false,
      noUnusedLocals: false,
    },
  });
  project.addSourceFileAtPath(`${ROOT}test/types/${file}`);
  project.resolveSourceFileDependencies();
  return project
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`,
    );
}

describe("generated types", () => {
  it("accept what the API accepts and refuse what it refuses", () => {
    expect(diagnosticsOf("segment.types.ts")).toEqual([]);
  });

  it("narrow on either spelling of @odata.type, in both branches", () => {
    expect(diagnosticsOf("odata-type.types.ts")).toEqual([]);
  });

  it("say which navigation properties an expanded result carries", () => {
    expect(diagnosticsOf("navigation.types.ts")).toEqual([]);
  });
});
