/** Runs the generator's command line in a child process, as a user would, and captures the result. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT } from "./fixtures.ts";

const run = promisify(execFile);

export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", `${ROOT}generator/cli.ts`, ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
