/**
 * A small code builder in the manner of Ajv's `_` template and `Name`.
 *
 * Emitted JavaScript is assembled from `Code` values only. Inside the `_` tagged template:
 * - a `Code` or `Name` is spliced as code;
 * - a string becomes a quoted string literal (never code);
 * - a finite number, boolean or null becomes its literal;
 * - anything else is an internal error.
 * `Name` refuses anything that is not a plain identifier, so no spec text can become code by
 * accident: spec text enters emitted code only as a string literal or through `escape.ts`.
 */
import { isBareKey, isSafeIdentifier, stringLiteral } from "./escape.ts";

export class Code {
  constructor(readonly str: string) {}
  toString(): string {
    return this.str;
  }
}

export class Name extends Code {
  constructor(str: string) {
    if (!isSafeIdentifier(str)) {
      throw new Error(`internal error: ${JSON.stringify(str)} is not a safe identifier`);
    }
    super(str);
  }
}

export type CodeArg = Code | string | number | boolean | null;

function interpolate(arg: CodeArg): string {
  if (arg instanceof Code) return arg.str;
  if (typeof arg === "string") return stringLiteral(arg);
  if (typeof arg === "number") {
    if (!Number.isFinite(arg)) throw new Error(`internal error: non-finite number ${arg} in code`);
    return Object.is(arg, -0) ? "0" : String(arg);
  }
  if (typeof arg === "boolean" || arg === null) return String(arg);
  throw new Error(`internal error: cannot splice ${typeof arg} into code`);
}

/** The code template. */
export function _(strings: TemplateStringsArray, ...args: CodeArg[]): Code {
  let out = strings[0]!;
  for (let i = 0; i < args.length; i++) out += interpolate(args[i]!) + strings[i + 1]!;
  return new Code(out);
}

export const nil = new Code("");

/** `items` separated by `sep` (itself code). */
export function join(items: readonly Code[], sep: Code | string = ", "): Code {
  const s = typeof sep === "string" ? sep : sep.str;
  return new Code(items.map((c) => c.str).join(s));
}

/** `obj.key` or `obj["key"]`: the key is data, quoted unless it is an identifier. */
export function prop(obj: Code, key: string): Code {
  return new Code(isBareKey(key) ? `${obj.str}.${key}` : `${obj.str}[${stringLiteral(key)}]`);
}

/** An object-literal key. */
export function key(k: string): Code {
  return new Code(isBareKey(k) ? k : stringLiteral(k));
}

/**
 * A regular-expression literal from a pattern, compiled here first so a bad pattern fails at
 * generation time, never in a user's process.
 */
export function regex(pattern: string, flags = ""): Code {
  new RegExp(pattern, flags); // throws SyntaxError on a bad pattern
  const body = pattern.replace(/\//g, "\\/").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    .replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return new Code(`/${body}/${flags}`);
}

/** A JSON value as a JS literal (the JSON text, with the separators escaped). */
export function jsonLiteral(value: unknown): Code {
  return new Code(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029"));
}

/** Allocates unique local names within one emitted function or module. */
export class NameScope {
  private readonly used = new Map<string, number>();
  private readonly taken = new Set<string>();
  constructor(reserved: readonly string[] = []) {
    for (const r of reserved) {
      this.used.set(r, 1);
      this.taken.add(r);
    }
  }
  /** A fresh name from a prefix that is already a safe identifier (`v`, `err`). */
  fresh(prefix: string): Name {
    return this.freshSet([prefix])[0]!;
  }
  /**
   * Fresh names from several prefixes, all with the same suffix (none, or the same number), so
   * that prefixes of one length give names of one length.
   */
  freshSet(prefixes: readonly string[]): Name[] {
    let n = Math.max(...prefixes.map((p) => this.used.get(p) ?? 0));
    const named = (p: string): string => (n === 0 ? p : `${p}${n}`);
    while (prefixes.some((p) => this.taken.has(named(p)))) n++;
    for (const p of prefixes) {
      this.used.set(p, n + 1);
      this.taken.add(named(p));
    }
    return prefixes.map((p) => new Name(named(p)));
  }
}
