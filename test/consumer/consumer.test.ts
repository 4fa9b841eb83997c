/**
 * Another repository consumes the generated package: `npm pack` it, install the tarball into a
 * throwaway project outside the repository (offline), type-check a consumer under strict with
 * node16, nodenext and bundler resolution and with Node's types instead of the DOM library, and run a
 * plain `.mjs` consumer under Node with no loader.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../support/fixtures.ts";

const run = promisify(execFile);
const PKG = `${ROOT}generated/beta/v2`;
let project: string;
let name: string;

beforeAll(async () => {
  project = await mkdtemp(`${tmpdir()}/consumer-`);
  name = (JSON.parse(await readFile(`${PKG}/package.json`, "utf8")) as { name: string }).name;
  const { stdout } = await run("npm", ["pack", PKG, "--pack-destination", project, "--json"], { cwd: project });
  const tarball = (JSON.parse(stdout) as { filename: string }[])[0]!.filename;
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

  it.each(["node16", "nodenext", "bundler", "node-types"])(
    "type-checks under strict with the %s configuration",
    async (resolution) => {
      const tsc = `${ROOT}node_modules/typescript/bin/tsc`;
      const result = await run(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], { cwd: project }).catch(
        (e: { stdout: string }) => ({ stdout: e.stdout, failed: true }),
      );
      expect(result.stdout).toBe("");
    },
  );

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
      schemaId: expect.stringContaining("bundle") as unknown as string,
    });
  });
});
