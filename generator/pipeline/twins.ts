/**
 * Stage 6b, twins: a module whose functions come in twins (`Twins` in emit/emitter.ts; the
 * validators' test world and check world) is printed and formatted without the copies, which are
 * then made here from their formatted originals. At 100 copies of the segment graph that saves
 * printing and formatting about 4 MB of JavaScript.
 *
 * A copy is its original with identifiers renamed, found by TypeScript's scanner (so a name inside
 * a string literal or a comment is never touched), each to a name of the same length and case:
 * prettier lays a statement out by the widths of its tokens (and looks at a name's case and length,
 * never its letters), so the copy is laid out as prettier would lay it out itself. A test compares
 * the result with printing and formatting the whole module.
 */
import { ts } from "ts-morph";
import { InternalError } from "../model/diagnostics.ts";
import type { Twins } from "../emit/emitter.ts";

/** Renames the identifiers of `text` that `renames` names; every new name has the old one's length. */
function renamed(text: string, renames: ReadonlyMap<string, string>): string {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
  let out = "";
  let last = 0;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token !== ts.SyntaxKind.Identifier) continue;
    const to = renames.get(scanner.getTokenValue());
    if (to === undefined) continue;
    const start = scanner.getTokenStart();
    out += text.slice(last, start) + to;
    last = scanner.getTokenEnd();
  }
  return out + text.slice(last);
}

/**
 * The formatted module with the copies of each group just before the group's first original. The
 * originals are top-level function declarations, which prettier starts with `function name(` and
 * ends with a line `}`.
 */
export function withCopies(formatted: string, twins: Twins): string {
  for (const [from, to] of twins.renames) {
    if (from.length !== to.length) throw new InternalError(`twins: ${from} and ${to} differ in length`);
  }
  const lines = formatted.split("\n");
  const functions = new Map<string, { start: number; end: number }>();
  lines.forEach((line, i) => {
    const name = /^function ([A-Za-z_$][\w$]*)\(/.exec(line)?.[1];
    if (name !== undefined) functions.set(name, { start: i, end: lines.indexOf("}", i) });
  });
  const before = new Map<number, string>();
  for (const group of twins.groups) {
    const copies = group.map((name) => {
      const at = functions.get(name);
      if (at === undefined || at.end < 0)
        throw new InternalError(`twins: the function ${name} is not in the formatted module`);
      return renamed(lines.slice(at.start, at.end + 1).join("\n"), twins.renames);
    });
    before.set(functions.get(group[0]!)!.start, copies.join("\n"));
  }
  return lines.map((line, i) => (before.has(i) ? `${before.get(i)!}\n${line}` : line)).join("\n");
}
