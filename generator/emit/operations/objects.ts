/**
 * Object and array literals (the operations' descriptions) written in prettier's layout, so that
 * `operations.js` needs no formatting: a literal goes on one line when it fits the print width
 * with what follows it on the line, else one member a line, indented; an object written open
 * (`{` then a new line) stays open, as prettier keeps it, and so does everything around it; an
 * array of two or more objects of more than one member each is always one a line (prettier's
 * rule). The atoms are code made by the escape helpers (string literals, identifiers, keys).
 * Whatever this cannot lay out exactly (a line too long, a character prettier measures or quotes
 * otherwise) is caught by `written()`, and the statement goes to prettier instead.
 */
import { PRINT_WIDTH } from "../layout.ts";

/**
 * A literal: code as it is, an object (`open`: written with its members one a line), an array, or a
 * call of a function without side effects (`/* @__PURE__ *\/ f(...)`), whose last argument prettier
 * hugs when it is an array or object.
 */
export type Literal =
  | { readonly kind: "atom"; readonly text: string }
  | { readonly kind: "object"; readonly members: readonly (readonly [string, Literal])[]; readonly open: boolean }
  | { readonly kind: "array"; readonly items: readonly Literal[] }
  | { readonly kind: "call"; readonly callee: string; readonly args: readonly Literal[] };

export const atom = (text: string): Literal => ({ kind: "atom", text });

/** An object literal; members whose value is undefined are left out. */
export function object(members: readonly (readonly [string, Literal | undefined])[], open = false): Literal {
  const kept = members.filter((m): m is readonly [string, Literal] => m[1] !== undefined);
  return { kind: "object", members: kept, open };
}

export const array = (items: readonly Literal[]): Literal => ({ kind: "array", items });

/** `/* @__PURE__ *\/ callee(args)`: a bundler may drop the call when its value is not used. */
export const pureCall = (callee: string, args: readonly Literal[]): Literal => ({
  kind: "call",
  callee: `/* @__PURE__ */ ${callee}`,
  args,
});

/** Must it break, whatever the width: open itself, or holding something that is (prettier propagates it)? */
function mustBreak(l: Literal): boolean {
  if (l.kind === "atom") return false;
  if (l.kind === "call") return l.args.some(mustBreak);
  if (l.kind === "object") return (l.open && l.members.length > 0) || l.members.some(([, v]) => mustBreak(v));
  const many = (x: Literal): boolean =>
    (x.kind === "object" && x.members.length > 1) || (x.kind === "array" && x.items.length > 1);
  const sameKind = l.items.every((x) => x.kind === l.items[0]!.kind);
  return (l.items.length > 1 && sameKind && l.items.every(many)) || l.items.some(mustBreak);
}

function flat(l: Literal): string {
  if (l.kind === "atom") return l.text;
  if (l.kind === "call") return `${l.callee}(${l.args.map(flat).join(", ")})`;
  if (l.kind === "array") return `[${l.items.map(flat).join(", ")}]`;
  return l.members.length === 0 ? "{}" : `{ ${l.members.map(([k, v]) => `${k}: ${flat(v)}`).join(", ")} }`;
}

/**
 * The lines of `prefix` + the literal + `suffix`, where `prefix` starts a line at `indent` (and
 * already holds it) and `suffix` ends the line after the literal.
 */
export function lines(prefix: string, l: Literal, suffix: string, indent: string): string[] {
  const one = `${prefix}${flat(l)}${suffix}`;
  if (l.kind === "atom" || (!mustBreak(l) && one.length <= PRINT_WIDTH)) return [one];
  if (l.kind === "object" && l.members.length === 0) return [one];
  if (l.kind === "array" && l.items.length === 0) return [one];
  const inner = `${indent}  `;
  if (l.kind === "call") return callLines(prefix, l, suffix, indent);
  const body =
    l.kind === "object"
      ? l.members.flatMap(([k, v]) => lines(`${inner}${k}: `, v, ",", inner))
      : l.items.flatMap((v) => lines(inner, v, ",", inner));
  const [open, close] = l.kind === "object" ? ["{", "}"] : ["[", "]"];
  return [`${prefix}${open}`, ...body, `${indent}${close}${suffix}`];
}

const huggable = (l: Literal | undefined): boolean =>
  (l?.kind === "array" && l.items.length > 0) || (l?.kind === "object" && l.members.length > 0);

/**
 * A call that does not fit on its line (or holds what must break): its last argument hugged
 * (`f(a, [` then the items) when that is an array or object and the line up to it fits, else every
 * argument on a line of its own.
 */
function callLines(prefix: string, l: Extract<Literal, { kind: "call" }>, suffix: string, indent: string): string[] {
  const last = l.args.at(-1);
  const others = l.args.slice(0, -1);
  if (huggable(last) && others.every((a) => a.kind === "atom")) {
    const head = `${prefix}${l.callee}(${others.map((a) => `${flat(a)}, `).join("")}`;
    // The text before `[` (or `{`) fits: the literal breaks (it did not fit with the call), hugged.
    if (head.length + 1 <= PRINT_WIDTH) return lines(head, last!, `)${suffix}`, indent);
  }
  const inner = `${indent}  `;
  return [`${prefix}${l.callee}(`, ...l.args.flatMap((a) => lines(inner, a, ",", inner)), `${indent})${suffix}`];
}
