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
import { isSafeIdentifier, stringLiteral } from "./escape.ts";

/**
 * Code in two renderings: `str`, the TypeScript that is type-checked, and `js`, the same code
 * without what only TypeScript reads (type annotations, type arguments, type-only imports). A
 * module built from `Code` gives its JavaScript without a compiler printing it.
 */
export class Code {
  constructor(
    readonly str: string,
    readonly js: string = str,
  ) {}
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

function interpolate(arg: Exclude<CodeArg, Code>): string {
  if (typeof arg === "string") return stringLiteral(arg);
  if (typeof arg === "number") {
    if (!Number.isFinite(arg)) throw new Error(`internal error: non-finite number ${arg} in code`);
    return Object.is(arg, -0) ? "0" : String(arg);
  }
  // The types leave nothing else, but a value typed `any` may get here, and it must not become code.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
  if (typeof arg === "boolean" || arg === null) return String(arg);
  throw new Error(`internal error: cannot splice ${typeof arg} into code`);
}

/** The code template. */
export function _(strings: TemplateStringsArray, ...args: CodeArg[]): Code {
  let out = strings[0]!;
  let js = out;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = strings[i + 1]!;
    if (arg instanceof Code) {
      out += arg.str + next;
      js += arg.js + next;
    } else {
      const text = interpolate(arg);
      out += text + next;
      js += text + next;
    }
  }
  return new Code(out, js);
}

/** `items` separated by `sep` (itself code). */
export function join(items: readonly Code[], sep: Code | string = ", "): Code {
  const s = typeof sep === "string" ? sep : sep.str;
  const sJs = typeof sep === "string" ? sep : sep.js;
  return new Code(items.map((c) => c.str).join(s), items.map((c) => c.js).join(sJs));
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
