/**
 * What a name may be in emitted code: the identifier rules and reserved words, and the
 * deterministic turning of spec text into PascalCase and camelCase. The IR fixes TypeScript names
 * with these rules and the emitters' escape helpers (`emit/escape.ts`) apply them.
 */

/** Reserved words of JavaScript (strict mode) and names TypeScript refuses as type names. */
// prettier-ignore
const RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
  "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
  "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements", "interface",
  "package", "private", "protected", "public", "await", "arguments", "eval", "undefined", "NaN",
  "Infinity",
  // TypeScript type-position keywords and built-in type names
  "any", "unknown", "never", "object", "string", "number", "boolean", "symbol", "bigint", "type",
  "keyof", "infer", "is", "asserts", "readonly", "unique", "declare", "namespace", "module",
  "abstract", "as", "satisfies", "accessor", "out", "global",
  // names the generated modules use themselves
  "Object", "Array", "JSON", "Number", "String", "Boolean", "Math", "Promise", "Error", "Record",
  "Partial", "Readonly", "Date", "Map", "Set", "Symbol", "URL", "URLSearchParams", "Headers",
  "Response", "Request", "AbortSignal", "fetch", "globalThis",
  // TypeScript's global types: a module that declares or imports a spec type of one of these names
  // could no longer use the global (a type named `extract` made types.ts's `Extract<...>` not
  // generic). A test holds every global type the emitted declarations refer to in this list.
  "Extract", "Exclude", "Omit", "Pick", "NonNullable", "ReturnType", "Required", "Awaited",
  "Parameters", "InstanceType", "ConstructorParameters", "NoInfer", "ThisType", "Uppercase",
  "Lowercase", "Capitalize", "Uncapitalize", "Function", "RegExp", "Iterable", "IterableIterator",
  "AsyncIterable", "AsyncIterableIterator", "AsyncGenerator", "Generator", "PromiseLike",
  "ReadonlyArray", "ReadonlyMap", "ReadonlySet", "WeakMap", "WeakSet", "ArrayLike", "PropertyKey",
  "RequestInit", "HeadersInit", "BodyInit", "Uint8Array", "ArrayBuffer", "TemplateStringsArray", "Blob",
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `s` may be used as-is as a JS binding or TS type name. */
export function isSafeIdentifier(s: string): boolean {
  return IDENTIFIER.test(s) && !RESERVED.has(s);
}

/** True when `s` may be written unquoted as a property key (reserved words are fine there). */
export function isBareKey(s: string): boolean {
  return IDENTIFIER.test(s);
}

/**
 * Turns spec text into an identifier deterministically: ASCII letters and digits kept, every other
 * run of characters becomes a word break, a leading digit gets `_`, a reserved word gets `_`.
 * Returns "" when nothing usable is left; the caller decides what to do (and reports it).
 */
export function toIdentifierWords(s: string): string[] {
  return s.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
}

export function pascalCase(s: string): string {
  const words = toIdentifierWords(s);
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  return guardIdentifier(joined);
}

export function camelCase(s: string): string {
  const p = pascalCase(s).replace(/^_+/, "");
  if (p === "") return "";
  return guardIdentifier(p[0]!.toLowerCase() + p.slice(1));
}

function guardIdentifier(s: string): string {
  if (s === "") return "";
  const lead = /^[0-9]/.test(s) ? `_${s}` : s;
  return RESERVED.has(lead) ? `${lead}_` : lead;
}
