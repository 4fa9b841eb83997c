import type { Io } from "./cli.ts";

export async function driftCommand(_args: readonly string[], io: Io): Promise<number> {
  io.err("drift: not yet\n");
  return 2;
}
