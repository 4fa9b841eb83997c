/** The shapes of the generated validators, as the tests and scripts call them. */
export interface ValidationError {
  path: string;
  code: string;
  message: string;
}
export type Result = { ok: true; value: unknown } | { ok: false; errors: ValidationError[]; truncated?: true };
export interface Options {
  mode?: "request" | "response";
  maxErrors?: number;
}
export type ValidatorsModule = Record<string, (value: unknown, options?: Options) => unknown>;

export function validator(mod: ValidatorsModule, name: string): (value: unknown, options?: Options) => Result {
  const f = mod[name];
  if (typeof f !== "function") throw new Error(`no export ${name}`);
  return f as (value: unknown, options?: Options) => Result;
}
