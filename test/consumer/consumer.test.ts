/**
 * Another repository consumes the generated package: `npm pack` it, install the tarball into a
 * throwaway project outside the repository (offline), type-check a consumer under strict with
 * node16, nodenext and bundler resolution and with Node's types instead of the DOM library, and run a
 * plain `.mjs` consumer under Node with no loader. The examples of the installed package's README
 * are written out as the files they name, type-checked with the consumer and run: the TypeScript
 * ones with their types stripped, the CommonJS one as it is (`require()` of the ES module package).
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { transform } from "esbuild";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../support/fixtures.ts";

const run = promisify(execFile);
const PKG = `${ROOT}generated/beta/v2`;
let project: string;
let name: string;
let tarball: string;
let examples: Map<string, string>;

/** The README's code examples, by the file name each one's first line gives (`// read.ts`). */
function readmeExamples(readme: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of readme.matchAll(/^```\w*\n\/\/ ([\w.-]+)\n([\s\S]*?)^```$/gm)) out.set(m[1]!, m[2]!);
  return out;
}

beforeAll(async () => {
  project = await mkdtemp(`${tmpdir()}/consumer-`);
  name = (JSON.parse(await readFile(`${PKG}/package.json`, "utf8")) as { name: string }).name;
  const { stdout } = await run("npm", ["pack", PKG, "--pack-destination", project, "--json"], { cwd: project });
  tarball = (JSON.parse(stdout) as { filename: string }[])[0]!.filename;
  await writeFile(
    `${project}/package.json`,
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { [name]: `file:./${tarball}` } }),
  );
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: project });
  await cp(`${ROOT}test/consumer/project`, project, { recursive: true });
  // The usual Node backend: no DOM library, Node's own types (fetch, Headers, AbortSignal).
  const nodeOnly = JSON.parse(await readFile(`${project}/tsconfig.nodenext.json`, "utf8")) as {
    compilerOptions: Record<string, unknown>;
  };
  nodeOnly.compilerOptions = {
    ...nodeOnly.compilerOptions,
    lib: ["ES2022"],
    types: ["node"],
    typeRoots: [`${ROOT}node_modules/@types`],
  };
  await writeFile(`${project}/tsconfig.node-types.json`, JSON.stringify(nodeOnly));
  await cp(`${FIXTURES}/seed/update-segments-request.json`, `${project}/seed.json`);
  await cp(`${FIXTURES}/reference/real-segment-from-docs.json`, `${project}/valid.json`);
  examples = readmeExamples(await readFile(`${project}/node_modules/${name}/README.md`, "utf8"));
  await mkdir(`${project}/readme`);
  for (const [file, code] of examples) {
    await writeFile(`${project}/readme/${file}`, code);
    // Each TypeScript example also as the JavaScript it compiles to, to run it.
    if (file.endsWith(".ts"))
      await writeFile(
        `${project}/readme/${file.replace(/\.ts$/, ".mjs")}`,
        (await transform(code, { loader: "ts" })).code,
      );
  }
}, 120_000);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe("a consumer of the packed package", () => {
  it("installs with no runtime dependencies", async () => {
    const installed = JSON.parse(await readFile(`${project}/node_modules/${name}/package.json`, "utf8")) as Record<
      string,
      unknown
    >;
    expect(installed.dependencies).toBeUndefined();
    expect(installed.type).toBe("module");
    expect(installed.sideEffects).toBe(false);
  });

  it.concurrent.each(["node16", "nodenext", "bundler", "node-types"])(
    "type-checks under strict with the %s configuration",
    async (resolution) => {
      const tsc = `${ROOT}node_modules/typescript/bin/tsc`;
      const result = await run(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], { cwd: project }).catch(
        (e: { stdout: string }) => ({ stdout: e.stdout, failed: true }),
      );
      expect(result.stdout).toBe("");
    },
  );

  it("has the README examples the test runs: a response read, a schema imported, the package required", () => {
    expect([...examples.keys()].sort()).toEqual([
      "one-operation.ts",
      "one-type.ts",
      "read.ts",
      "require.cjs",
      "schemas.ts",
    ]);
  });

  /** The package's files TypeScript reads for a file of the project (a README example), under nodenext. */
  function readFor(file: string): string[] {
    const options = {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
    };
    const program = ts.createProgram({ rootNames: [`${project}/${file}`], options });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
    const installed = `${project}/node_modules/${name}/`;
    return program
      .getSourceFiles()
      .map((f) => f.fileName)
      .filter((f) => f.startsWith(installed))
      .map((f) => f.slice(installed.length))
      .sort();
  }

  it("reads, for a file importing one type from its declaration module, that type and what it reaches only", () => {
    const read = readFor("readme/one-type.ts");
    // The record, the enums and complex types its properties name; neither the sessions it navigates
    // to, nor the package's other modules.
    expect(read).toEqual(
      expect.arrayContaining(["types/CallRecord.d.ts", "types/CallType.d.ts", "types/IdentitySet.d.ts"]),
    );
    expect(read.filter((f) => !f.startsWith("types/"))).toEqual([]);
    expect(read).not.toContain("types/Session.d.ts");
    expect(read).not.toContain("types/CallRecordNavigation.d.ts");
  });

  it("reads, for a file importing one operation from its module, that operation and what it reaches only", async () => {
    const read = readFor("readme/one-operation.ts");
    expect(read).toEqual(
      expect.arrayContaining(["operations/getCallRecord.d.ts", "client.d.ts", "types/CallRecord.d.ts"]),
    );
    // Not the other operations, nor the modules that hold every operation, validator or type.
    expect(read.filter((f) => f.startsWith("operations"))).toEqual(["operations/getCallRecord.d.ts"]);
    expect(read).not.toEqual(expect.arrayContaining(["validators.d.ts"]));
    expect(read).not.toEqual(expect.arrayContaining(["types.d.ts"]));
    // And its JavaScript runs under Node: the function of `operations.js` itself.
    const script = [
      'import { send } from "./readme/one-operation.mjs";',
      `import { getCallRecord } from ${JSON.stringify(name)};`,
      "console.log(send === getCallRecord);",
    ].join("\n");
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: project });
    expect(stdout.trim()).toBe("true");
  });

  it("reads, for a file importing one type's validators from their module, those and the types they name only", async () => {
    const code = `import { validateCallRecord } from ${JSON.stringify(`${name}/validators/CallRecord`)};`;
    await writeFile(`${project}/one-validator.ts`, `${code}\nexport const check = validateCallRecord;\n`);
    const read = readFor("one-validator.ts");
    expect(read).toEqual(
      expect.arrayContaining(["validators/CallRecord.d.ts", "runtime.d.ts", "types/CallRecord.d.ts"]),
    );
    expect(read.filter((f) => f.startsWith("validators") || f.startsWith("operations"))).toEqual([
      "validators/CallRecord.d.ts",
    ]);
    expect(read).not.toEqual(expect.arrayContaining(["types.d.ts"]));
    const script = [
      `import { validateCallRecord } from ${JSON.stringify(`${name}/validators/CallRecord`)};`,
      `import * as pkg from ${JSON.stringify(name)};`,
      "console.log(validateCallRecord === pkg.validateCallRecord, validateCallRecord({}).ok);",
    ].join("\n");
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: project });
    expect(stdout.trim()).toBe("true true");
  });

  it("reads a real GET response with the README's example, which request mode refuses", async () => {
    const script = [
      'import { readFileSync } from "node:fs";',
      `import { validateCallRecord } from ${JSON.stringify(name)};`,
      'import { readCallRecord } from "./readme/read.mjs";',
      'const response = JSON.parse(readFileSync("call-record.json", "utf8"));',
      "const request = validateCallRecord(response);",
      "const record = readCallRecord(response);",
      "console.log(JSON.stringify({ sessions: record.sessions.length, request: request.ok ? [] : request.errors }));",
    ].join("\n");
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: project });
    const report = JSON.parse(stdout) as { sessions: number; request: { path: string; code: string }[] };
    expect(report.sessions).toBe(1);
    expect(report.request.map((e) => [e.path, e.code])).toEqual([["/sessions", "unknownProperty"]]);
  });

  it("imports a JSON Schema with the README's example", async () => {
    const script = 'import { schemaId } from "./readme/schemas.mjs"; console.log(schemaId);';
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: project });
    expect(stdout.trim()).toMatch(/\/schemas\/bundle\.schema\.json$/);
  });

  it("is required from CommonJS with the README's example, without a warning", async () => {
    const { stdout, stderr } = await run(process.execPath, ["readme/require.cjs"], { cwd: project });
    expect([stdout, stderr]).toEqual(["true true\n", ""]);
  });

  it("is packed under the file name the repository's README gives", async () => {
    const readme = await readFile(`${ROOT}README.md`, "utf8");
    expect(readme.match(/npm pack\)\s+# -> (\S+\.tgz)/)?.[1]).toBe(tarball);
  });

  it("runs as plain JavaScript under Node with no loader", async () => {
    const { stdout } = await run(process.execPath, ["consumer.mjs"], { cwd: project });
    const report = JSON.parse(stdout) as {
      valid: boolean;
      isValid: boolean;
      seedErrors: number;
      seedFirst: string;
      request: { method: string; url: string; contentType: string };
      schemaId: string;
    };
    expect(report).toEqual({
      valid: true,
      isValid: true,
      seedErrors: 33,
      seedFirst: "/failureInfo/stage",
      request: {
        method: "PATCH",
        url: "https://graph.microsoft.com/beta/communications/callRecords/rec%2F1/sessions/s%3F2/segments",
        contentType: "application/json",
      },
      schemaId: expect.stringContaining("bundle") as unknown,
    });
  });
});
