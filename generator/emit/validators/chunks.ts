/**
 * A type's body, split into functions of at most `CHUNK` property checks: `bodyT` checks the first
 * few and ends by calling `bodyT$1` with its state (`v`, `e`, `m`, the count `n`, `o`), which checks
 * the next few, and so on; the last one checks for unknown properties. Each returns true to stop.
 *
 * Why: the pipeline type-checks every emitted module, and TypeScript's control-flow analysis walks,
 * for every reference to a name that lives through the function (the parameters, the imported
 * helpers), back over every condition before it up to the name's last assignment. In one function
 * per type that is quadratic in the number of properties (`mediaStream` has 30); in chunks it is
 * linear. Beyond a few properties per chunk the size hardly matters (measured with 2 to 8); fewer
 * chunks mean fewer calls. At run time a chunk costs a call, and each chunk is a unit of its own
 * for V8's inlining budget, so the leaf checks stay inlined however many properties a type has.
 */
import type { IRStructured } from "../../model/ir.ts";
import { _, Code, join, Name, ts } from "../code.ts";
import type { Lookup } from "../lookup.ts";
import { allNavigation } from "../schemas/hierarchy.ts";
import type { RuntimeImport } from "./names.ts";
import type { PropertyCheck } from "./property.ts";

/** Property checks per body function (see above); measured, not derived. */
export const CHUNK = 8;

export function chunkCount(lookup: Lookup, t: IRStructured): number {
  const checks = lookup.allProperties(t).length + allNavigation(lookup, t).length;
  return Math.max(1, Math.ceil(checks / CHUNK));
}

export interface BodyParts {
  /** The body's name, then its chunks' (as many as `chunkCount` says). */
  readonly names: readonly Name[];
  readonly checks: readonly PropertyCheck[];
  /** The unknown-property test of a closed type (true: stop; reads `v`, `e`, `m`, `n`), or undefined. */
  readonly unknownKeys: Code | undefined;
  readonly rt: (name: RuntimeImport) => Name;
}

/** A parameter the function never reads is named with a leading `_` (noUnusedParameters). */
function param(name: string, used: boolean, type: Code): Code {
  return _`${new Name(used ? name : `_${name}`)}${ts`: ${type}`}`;
}

function chunk(parts: BodyParts, c: number): { code: Code; declaration: string } {
  const { names, unknownKeys, rt } = parts;
  const checks = parts.checks.slice(c * CHUNK, (c + 1) * CHUNK);
  const last = c === names.length - 1;
  const tail = last ? unknownKeys : undefined;
  const has = checks.length > 0;
  const onward = !last || tail !== undefined;
  const params = [
    param("v", has || onward, _`Record<string, unknown>`),
    param("e", has || onward, rt("Errors")),
    param("m", onward || checks.some((x) => x.mode), _`boolean`),
    param("n", onward, _`number`),
    param("o", has || !last, _`object`),
  ];
  const end = last ? _`return ${tail ?? _`false`};` : _`return ${names[c + 1]!}(v, e, m, n, o);`;
  const signature = _`${names[c]!}(${join(params)})${ts`: boolean`}`;
  const code = _`function ${signature} {
${has ? _`let k${ts`: string`}, x${ts`: unknown`};` : _``}
${join(
  checks.map((x) => x.code),
  "\n",
)}
${end}
}`;
  return { code, declaration: `declare function ${signature.str};` };
}

/** The body and its chunks, and their declarations (`declare function ...;`, see `Twins.declarations`). */
export function chunkedBody(parts: BodyParts): { code: Code; declarations: string } {
  const chunks = parts.names.map((_name, c) => chunk(parts, c));
  return {
    code: join(
      chunks.map((c) => c.code),
      "\n\n",
    ),
    declarations: chunks.map((c) => c.declaration).join("\n"),
  };
}
