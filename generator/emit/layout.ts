/**
 * Statements written in prettier's layout, for the shapes the declaration files are mostly made
 * of: interfaces of one member per line, unions and tuples of string literals, function
 * declarations with short parameters. At 100 copies of the segment graph, prettier spent 5.5 s of
 * CPU on `types.d.ts` and `validators.d.ts`, most of it laying out lines that fit as they are.
 *
 * A statement is laid out only when every line of code fits the print width, holds nothing but
 * printable ASCII (prettier measures a wide character as two columns), and no backslash or single
 * quote (prettier may choose other quotes for a string holding one); otherwise it is left for
 * prettier (`laidOut: false`), whole. Comments are kept as they are, as prettier keeps them. Tests
 * hold each file, put together from laid-out and formatted statements, equal to what prettier
 * gives for the whole file (`test/pipeline/format.test.ts`), and each layout here equal to
 * prettier's on random names around the print width (`test/emit/layout.test.ts`).
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

const COMMENT_LINE = /^\s*(?:\/\*\*|\*)/;

/**
 * A statement an emitter wrote in prettier's layout (its template is indented as prettier indents
 * it), if every line of code in it is settled; comment lines are kept as prettier keeps them.
 */
export function written(text: string): Statement {
  // Line by line without splitting: the validators' statements alone are 13 MB for all of Graph.
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (!COMMENT_LINE.test(line) && !settled(line)) return { text, laidOut: false };
    start = end + 1;
  }
  return { text, laidOut: true };
}

const PRINTABLE = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/**
 * Lines prettier cannot break, which it leaves as they are however long: a declared function's name
 * (its parameters follow one a line), an interface's name without type parameters, and a member
 * whose type is one string (`"@odata.type": "#microsoft.graph.x";`).
 */
const UNBREAKABLE =
  /^(?:export declare function [\w$]+\(|export interface [\w$]+ \{| +(?:"[^"]*"|[\w$]+)\??: "[^"]*";)$/;

/** A line of code prettier leaves as it is, given that its statement's layout is prettier's. */
function settled(line: string): boolean {
  return (line.length <= PRINT_WIDTH || UNBREAKABLE.test(line)) && PRINTABLE.test(line);
}

/** `text` cut at each `separator` outside brackets. */
function topLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "<" || c === "(" || c === "[" || c === "{") depth++;
    else if (c === ">" || c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

interface GenericReference {
  readonly name: string;
  readonly args: readonly string[];
}

/** `G<a, B<c>>` as its name and type arguments, when the type is one generic reference of names. */
function genericReference(type: string): GenericReference | undefined {
  const open = /^[\w$.]+</.exec(type)?.[0];
  if (open === undefined || !type.endsWith(">")) return undefined;
  const inner = type.slice(open.length, -1);
  let depth = 0;
  for (const c of inner) {
    if (c === "<") depth++;
    else if (c === ">") depth--;
    else if (!/[\w$., ]/.test(c)) return undefined;
    if (depth < 0) return undefined;
  }
  return depth === 0 ? { name: open.slice(0, -1), args: topLevel(inner, ", ") } : undefined;
}

/** A reference with one type argument that is a name (`G<A>`): prettier would rather break before it than inside. */
const loneName = (ref: GenericReference): boolean => ref.args.length === 1 && !ref.args[0]!.includes("<");

/** `prefixG<`, the type arguments one a line (prettier puts no trailing comma after type arguments), `>;`. */
function brokenArguments(prefix: string, ref: GenericReference): string[] {
  const last = ref.args.length - 1;
  return [`${prefix}${ref.name}<`, ...ref.args.map((a, i) => `  ${a}${i === last ? "" : ","}`), ">;"];
}

/**
 * `): R;` closing a declared function whose parameters are one a line; when it does not fit and
 * `R` is a generic reference (of more than one name), its type arguments one a line.
 */
export function returnTypeLines(returns: string): string[] {
  const one = `): ${returns};`;
  const ref = genericReference(returns);
  if (settled(one) || ref === undefined || loneName(ref)) return [one];
  return brokenArguments("): ", ref);
}

/**
 * `export type Name<P> = Type;` as prettier lays it out, for the types the emitters alias: an
 * intersection, a name, a string, or one generic reference. The head breaks (its one type parameter
 * on a line of its own) when `export type Name<P> =` does not fit; then the type stays after `=`
 * when its first piece fits there (`A &`, `G<`, or all of it when it cannot break), else goes on
 * the next line. Any other case is prettier's.
 */
export function typeAlias(doc: string, name: string, typeParameter: string, type: string): Statement {
  const head = `export type ${name}${typeParameter === "" ? "" : `<${typeParameter}>`} =`;
  const fallback = `${doc === "" ? "" : `${doc}\n`}${head} ${type};`;
  let open: string[];
  if (settled(head)) open = [head];
  else if (typeParameter !== "" && topLevel(typeParameter, ", ").length === 1)
    open = [`export type ${name}<`, `  ${typeParameter},`, "> ="];
  else return unformatted(fallback);
  const rest = assignedType(open[open.length - 1]!, type);
  return rest === undefined ? unformatted(fallback) : laid(doc, [...open.slice(0, -1), ...rest], fallback);
}

/** The lines from `prefix` (ending in `=`) on, as prettier's fluid layout of an assignment puts the type. */
function assignedType(prefix: string, type: string): string[] | undefined {
  const whole = `${prefix} ${type};`;
  if (settled(whole)) return [whole];
  const operands = topLevel(type, " & ");
  const ref = genericReference(type);
  const unbreakable = /^(?:[\w$.]+|"[^"]*")$/.test(type) || (ref !== undefined && loneName(ref));
  if (operands.length > 1) {
    return settled(`${prefix} ${operands[0]!} &`) ? undefined : [prefix, `  ${type};`];
  }
  if (unbreakable) return [prefix, `  ${type};`];
  if (ref === undefined) return undefined;
  return settled(`${prefix} ${ref.name}<`) ? brokenArguments(`${prefix} `, ref) : [prefix, `  ${type};`];
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
  if (settled(one)) return laid(doc, [one], fallback);
  const next = `  ${members.join(" | ")};`;
  if (settled(next) || members.length === 1) return laid(doc, [head, next], fallback);
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
  return laid(
    doc,
    [`export declare function ${name}(`, ...params.map((p) => `  ${p},`), ...returnTypeLines(returns)],
    fallback,
  );
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
 * A member's lines in prettier's layout, or undefined: on one line; when that does not fit, a generic
 * reference's type arguments one a line, or a union on the next line; when that does not fit
 * either, one member of the union a line.
 */
function memberLines(m: Member): string[] | undefined {
  const one = `  ${memberLine(m)}`;
  if (settled(one)) return [one];
  const ref = m.parts.length === 1 ? genericReference(m.parts[0]!) : undefined;
  if (ref !== undefined && !loneName(ref)) {
    const lines = brokenArguments(`${m.key}: `, ref).map((line) => `  ${line}`);
    return lines.every(settled) ? lines : undefined;
  }
  if (m.parts.length < 2) return undefined;
  const next = `    ${m.parts.join(" | ")};`;
  const lines = settled(next)
    ? [`  ${m.key}:`, next]
    : [`  ${m.key}:`, ...m.parts.map((p, i) => `    | ${p}${i === m.parts.length - 1 ? ";" : ""}`)];
  return lines.every(settled) ? lines : undefined;
}

/** The same in prettier's layout, when every member can be laid out (`memberLines`). */
export function interfaceDeclaration(doc: string, head: string, members: readonly Member[]): Statement {
  if (members.length === 0) return laid(doc, [`${head} {}`], interfaceSource(doc, head, members));
  const opening = interfaceOpening(head);
  const laidMembers = members.map(memberLines);
  if (opening === undefined || laidMembers.some((l) => l === undefined))
    return unformatted(interfaceSource(doc, head, members));
  const body = members
    .map((m, i) => [...(m.doc === "" ? [] : [indented(m.doc, "  ")]), ...laidMembers[i]!].join("\n"))
    .join("\n");
  return { text: `${doc === "" ? "" : `${doc}\n`}${opening.join("\n")}\n${body}\n}`, laidOut: true };
}

/** `head {`; when it does not fit, its one type parameter on a line of its own (`export interface X<`, `  P,`, `> {`). */
function interfaceOpening(head: string): string[] | undefined {
  if (settled(`${head} {`)) return [`${head} {`];
  const generic = /^(export interface [\w$]+)<(.*)>$/.exec(head);
  if (generic === null || topLevel(generic[2]!, ", ").length > 1) return undefined;
  const lines = [`${generic[1]!}<`, `  ${generic[2]!},`, "> {"];
  return lines.every(settled) ? lines : undefined;
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

/**
 * `export { a, b } from "./m.js";` (or `export type`, `import type`), as prettier lays it out: on one
 * line, else a name a line.
 */
export function namedFrom(keyword: string, names: readonly string[], from: string): Statement {
  const one = `${keyword} { ${names.join(", ")} } from ${from};`;
  return written(
    one.length <= PRINT_WIDTH ? one : [`${keyword} {`, ...names.map((n) => `  ${n},`), `} from ${from};`].join("\n"),
  );
}
