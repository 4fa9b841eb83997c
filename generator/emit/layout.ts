/**
 * Statements written in prettier's layout, for the shapes the declaration files are mostly made
 * of: interfaces of one member per line, unions and tuples of string literals, function
 * declarations with short parameters. At 100 copies of the segment graph, prettier spent 5.5 s of
 * CPU on `types.d.ts` and `validators.d.ts`, most of it laying out lines that fit as they are.
 *
 * A statement is laid out only when every line of code fits the print width, holds nothing but
 * printable ASCII (prettier measures a wide character as two columns), and no backslash or single
 * quote (prettier may choose other quotes for a string holding one); otherwise it is left for
 * prettier (`laidOut: false`), whole. Comments are kept as they are, as prettier keeps them. A test
 * holds each file, put together from laid-out and formatted statements, equal to what prettier
 * gives for the whole file (`test/pipeline/printed.test.ts`).
 */

/** prettier's `printWidth` (a test holds it equal to the formatter's options). */
export const PRINT_WIDTH = 100;

/** A top-level statement: in prettier's layout already, or text for prettier to format. */
export interface Statement {
  readonly text: string;
  readonly laidOut: boolean;
}

export function unformatted(text: string): Statement {
  return { text, laidOut: false };
}

/**
 * A statement an emitter wrote in prettier's layout (its template is indented as prettier indents
 * it), if every line of code in it is settled; comment lines are kept as prettier keeps them.
 */
export function written(text: string): Statement {
  const code = text.split("\n").filter((line) => !/^\s*(?:\/\*\*|\*)/.test(line));
  return { text, laidOut: code.every(settled) };
}

/** A line of code prettier leaves as it is, given that its statement's layout is prettier's. */
function settled(line: string): boolean {
  return line.length <= PRINT_WIDTH && /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/.test(line);
}

/** `lines` (code) after the comment `doc`, if every line is settled; else `fallback` for prettier. */
function laid(doc: string, lines: readonly string[], fallback: string): Statement {
  if (!lines.every(settled)) return unformatted(fallback);
  return { text: doc === "" ? lines.join("\n") : `${doc}\n${lines.join("\n")}`, laidOut: true };
}

/** A comment indented as a member: prettier indents each line of a block comment with its member. */
function indented(doc: string, by: string): string {
  return doc === ""
    ? ""
    : doc
        .split("\n")
        .map((line) => by + line)
        .join("\n");
}

/**
 * `head [a, b];` on one line when it fits, else one element per line with a trailing comma:
 * a tuple type (`export declare const X: readonly [`) or an array (`export const X = [`).
 */
export function listStatement(doc: string, head: string, elements: readonly string[]): Statement {
  const fallback = `${doc === "" ? "" : `${doc}\n`}${head}${elements.join(", ")}];`;
  const one = `${head}${elements.join(", ")}];`;
  if (settled(one)) return laid(doc, [one], fallback);
  return laid(doc, [head, ...elements.map((e) => `  ${e},`), "];"], fallback);
}

/**
 * `export type Name = "a" | "b";`; when that does not fit, the union on the next line; when that
 * does not fit either, one member a line.
 */
export function unionAlias(doc: string, name: string, members: readonly string[]): Statement {
  const head = `export type ${name} =`;
  const fallback = `${doc === "" ? "" : `${doc}\n`}${head}\n${members.map((m) => `| ${m}`).join("\n")};`;
  if (members.length === 0) return unformatted(fallback);
  const one = `${head} ${members.join(" | ")};`;
  if (settled(one) || members.length === 1) return laid(doc, [one], fallback);
  const next = `  ${members.join(" | ")};`;
  if (settled(next)) return laid(doc, [head, next], fallback);
  return laid(doc, [head, ...members.map((m, i) => `  | ${m}${i === members.length - 1 ? ";" : ""}`)], fallback);
}

/**
 * `export declare function name(a: A, b?: B): R;`, or its parameters one a line (with a trailing
 * comma) when that does not fit.
 */
export function declaredFunction(doc: string, name: string, params: readonly string[], returns: string): Statement {
  const one = `export declare function ${name}(${params.join(", ")}): ${returns};`;
  const fallback = `${doc === "" ? "" : `${doc}\n`}${one}`;
  if (settled(one)) return laid(doc, [one], fallback);
  if (params.length === 0) return unformatted(fallback);
  return laid(doc, [`export declare function ${name}(`, ...params.map((p) => `  ${p},`), `): ${returns};`], fallback);
}

/** A member of an interface: `key: A | B;`. */
export interface Member {
  /** Its comment, or "". */
  readonly doc: string;
  /** `name?`, `"@odata.type"?`, `[annotation: string]`. */
  readonly key: string;
  /** The type: the members of a union, or the one type. */
  readonly parts: readonly string[];
}

const memberLine = (m: Member): string => `${m.key}: ${m.parts.join(" | ")};`;

/** `head {` (`export interface X`), its members, `}`, as the `.ts` has it (unindented). */
export function interfaceSource(doc: string, head: string, members: readonly Member[]): string {
  const body = members.map((m) => (m.doc === "" ? memberLine(m) : `${m.doc}\n${memberLine(m)}`)).join("\n");
  return `${doc === "" ? "" : `${doc}\n`}${head} {\n${body}\n}`;
}

/**
 * A member's lines in prettier's layout, or undefined: on one line; when that does not fit, a union
 * on the next line; when that does not fit either, one member of the union a line.
 */
function memberLines(m: Member): string[] | undefined {
  const one = `  ${memberLine(m)}`;
  if (settled(one)) return [one];
  if (m.parts.length < 2) return undefined;
  const next = `    ${m.parts.join(" | ")};`;
  const lines = settled(next)
    ? [`  ${m.key}:`, next]
    : [`  ${m.key}:`, ...m.parts.map((p, i) => `    | ${p}${i === m.parts.length - 1 ? ";" : ""}`)];
  return lines.every(settled) ? lines : undefined;
}

/** The same in prettier's layout, when every member can be laid out (`memberLines`). */
export function interfaceDeclaration(doc: string, head: string, members: readonly Member[]): Statement {
  const laidMembers = members.map(memberLines);
  if (members.length === 0 || !settled(`${head} {`) || laidMembers.some((l) => l === undefined))
    return unformatted(interfaceSource(doc, head, members));
  const body = members
    .map((m, i) => [...(m.doc === "" ? [] : [indented(m.doc, "  ")]), ...laidMembers[i]!].join("\n"))
    .join("\n");
  return { text: `${doc === "" ? "" : `${doc}\n`}${head} {\n${body}\n}`, laidOut: true };
}

/**
 * `export type Name = Generic<"a" | "b">;`; when that does not fit, the union alone on the next
 * line; when that does not fit either, one member a line (`  | "a"`), then `>;`.
 */
export function typeArgumentAlias(doc: string, name: string, generic: string, members: readonly string[]): Statement {
  const head = `export type ${name} = ${generic}<`;
  const fallback = `${doc === "" ? "" : `${doc}\n`}${head}${members.join(" | ")}>;`;
  if (members.length === 0) return unformatted(fallback);
  const one = `${head}${members.join(" | ")}>;`;
  if (settled(one)) return laid(doc, [one], fallback);
  const next = `  ${members.join(" | ")}`;
  if (settled(next) || members.length === 1) return laid(doc, [head, next, ">;"], fallback);
  return laid(doc, [head, ...members.map((m) => `  | ${m}`), ">;"], fallback);
}

/** A member of a union alias: a type, or a type intersected with one required property (`T & { key: V }`). */
export type UnionMember = string | { readonly type: string; readonly key: string; readonly value: string };

const memberText = (m: UnionMember): string => (typeof m === "string" ? m : `(${m.type} & { ${m.key}: ${m.value} })`);

/** A member on lines of its own (`  | ...`): on one line, or its object broken over three. */
function unionMemberLines(m: UnionMember, last: boolean): string[] {
  const end = last ? ";" : "";
  const one = `  | ${memberText(m)}${end}`;
  if (typeof m === "string" || settled(one)) return [one];
  return [`  | (${m.type} & {`, `      ${m.key}: ${m.value};`, `    })${end}`];
}

/**
 * `export type Name = A | (B & { key: V });` for two members or more, laid out as `unionAlias` lays
 * out a union, except that a member with an object that does not fit its line has the object
 * broken over three lines, as prettier breaks it.
 */
export function unionOfMembers(doc: string, name: string, members: readonly UnionMember[]): Statement {
  const texts = members.map(memberText);
  const head = `export type ${name} =`;
  const fallback = `${doc === "" ? "" : `${doc}\n`}${head}\n${texts.map((m) => `| ${m}`).join("\n")};`;
  if (members.length < 2) return unformatted(fallback);
  const one = `${head} ${texts.join(" | ")};`;
  if (settled(one)) return laid(doc, [one], fallback);
  const next = `  ${texts.join(" | ")};`;
  if (settled(next)) return laid(doc, [head, next], fallback);
  return laid(doc, [head, ...members.flatMap((m, i) => unionMemberLines(m, i === members.length - 1))], fallback);
}
