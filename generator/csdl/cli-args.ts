/**
 * What the `import` and `drift` commands share: their output streams, their flags, and reading the
 * metadata file they are given.
 */
import { readFile } from "node:fs/promises";
import { ConfigError } from "../model/diagnostics.ts";
import { readCsdl, type ReadResult } from "./read.ts";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const PROCESS: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

interface Flags {
  readonly values: Map<string, string[]>;
  readonly switches: Set<string>;
}

/** `--name value`, `--name=value` and bare switches; anything else is bad usage. */
export function parseFlags(args: readonly string[], valued: readonly string[], switches: readonly string[]): Flags {
  const values = new Map<string, string[]>();
  const on = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(args[i]!);
    const name = m?.[1];
    if (name !== undefined && switches.includes(name) && m![2] === undefined) {
      on.add(name);
      continue;
    }
    if (name === undefined || !valued.includes(name)) {
      const all = [...valued.map((v) => `--${v} X`), ...switches.map((s) => `--${s}`)].join(", ");
      throw new ConfigError(`unknown argument "${args[i]}"; expected ${all}`);
    }
    const value = m![2] ?? args[++i];
    if (value === undefined || value === "") throw new ConfigError(`--${name} needs a value`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { values, switches: on };
}

export function one(flags: Flags, name: string): string | undefined {
  const v = flags.values.get(name);
  if (v !== undefined && v.length > 1) throw new ConfigError(`--${name} is given ${v.length} times`);
  return v?.[0];
}

export function aliases(flags: Flags): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of flags.values.get("alias") ?? []) {
    const m = /^([A-Za-z_][\w]*)=([A-Za-z_][\w.]*)$/.exec(a);
    if (m === null) throw new ConfigError(`--alias ${a}: expected ALIAS=NAMESPACE, such as graph=microsoft.graph`);
    out[m[1]!] = m[2]!;
  }
  return out;
}

export async function readMetadata(file: string, aliasMap: Record<string, string>): Promise<ReadResult> {
  return readCsdl(await readFile(file, "utf8"), file, { aliases: aliasMap });
}
