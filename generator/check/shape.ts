/**
 * A small shape language for the spec format, and the walker that checks a parsed YAML document
 * against it, turning it into plain data and remembering where every node was written.
 *
 * The same shapes produce `spec/spec.schema.json` (see `format-schema.ts`), so the editor's view of
 * the format and the checker's can never drift apart.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from "yaml";
import { hintFor, type Diagnostic } from "../model/diagnostics.ts";
import type { SourceLocation } from "../model/ir.ts";
import { locate } from "../load/load.ts";

export type Shape =
  | {
      kind: "string";
      doc: string;
      pattern?: RegExp;
      patternHint?: string;
      oneOf?: readonly string[];
      /** A pattern for editors only: the checker says precisely what is wrong itself. */
      schemaPattern?: RegExp;
    }
  | { kind: "boolean"; doc: string }
  | { kind: "integer"; doc: string; min?: number; max?: number }
  /** An integer of any size, read exactly from the source text: yields its decimal text. */
  | { kind: "integerText"; doc: string }
  | {
      kind: "object";
      doc: string;
      fields: Readonly<Record<string, Field>>;
      /** Keys that belong to another kind of entry: the hint says where. */
      elsewhere?: Readonly<Record<string, string>>;
    }
  | {
      kind: "map";
      doc: string;
      keyDoc: string;
      value: Shape;
      /** What keys look like, for editors only: the checker says precisely what is wrong itself. */
      keyPattern?: RegExp;
    }
  | { kind: "list"; doc: string; item: Shape }
  | { kind: "either"; doc: string; options: readonly Shape[] };

export interface Field {
  readonly shape: Shape;
  readonly required?: boolean;
}

/** Where each node sits: the value's position and, for a map entry, its key's. */
export interface NodeLocations {
  readonly byPath: Map<string, { readonly value: SourceLocation; readonly key?: SourceLocation }>;
}

export function pathKey(path: readonly string[]): string {
  return JSON.stringify(path);
}

export function displayPath(path: readonly string[]): string {
  let out = "";
  for (const p of path) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else out += (out === "" ? "" : ".") + (/^[A-Za-z_$][\w$]*$/.test(p) ? p : JSON.stringify(p));
  }
  return out;
}

interface WalkContext {
  readonly file: string;
  readonly lines: LineCounter;
  readonly diagnostics: Diagnostic[];
  readonly locations: NodeLocations;
}

export function walkDocument(
  root: Node | null | undefined,
  shape: Shape,
  file: string,
  lines: LineCounter,
  diagnostics: Diagnostic[],
): { value: unknown; locations: NodeLocations } {
  const locations: NodeLocations = { byPath: new Map() };
  const ctx: WalkContext = { file, lines, diagnostics, locations };
  if (root === null || root === undefined) return { value: {}, locations };
  return { value: walk(root, shape, [], ctx), locations };
}

function at(ctx: WalkContext, node: Node | null | undefined): SourceLocation {
  return locate(ctx.file, ctx.lines, node?.range?.[0] ?? 0);
}

function report(
  ctx: WalkContext,
  node: Node | null | undefined,
  path: readonly string[],
  code: string,
  message: string,
  hint?: string,
): void {
  ctx.diagnostics.push({
    severity: "error",
    code,
    message,
    location: at(ctx, node),
    specPath: displayPath(path),
    ...(hint === undefined ? {} : { hint }),
  });
}

function describeFound(node: Node): string {
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isScalar(node))
    return node.value === null ? "nothing (null)" : `${typeof node.value} ${JSON.stringify(node.value)}`;
  return "an alias or unknown node";
}

function walk(node: Node, shape: Shape, path: readonly string[], ctx: WalkContext): unknown {
  const key = pathKey(path);
  ctx.locations.byPath.set(key, { ...ctx.locations.byPath.get(key), value: at(ctx, node) });
  switch (shape.kind) {
    case "string":
      return walkString(node, shape, path, ctx);
    case "boolean":
      return walkScalar(node, path, ctx, "boolean", "true or false");
    case "integer":
      return walkInteger(node, shape, path, ctx);
    case "integerText":
      return walkIntegerText(node, path, ctx);
    case "object":
      return walkObject(node, shape, path, ctx);
    case "map":
      return walkMap(node, shape, path, ctx);
    case "list":
      return walkList(node, shape, path, ctx);
    case "either":
      return walkEither(node, shape, path, ctx);
  }
}

function walkScalar(node: Node, path: readonly string[], ctx: WalkContext, type: string, expected: string): unknown {
  if (isScalar(node) && typeof node.value === type) return node.value;
  report(ctx, node, path, "type", `expected ${expected}, found ${describeFound(node)}`);
  return undefined;
}

function walkString(
  node: Node,
  shape: Extract<Shape, { kind: "string" }>,
  path: readonly string[],
  ctx: WalkContext,
): unknown {
  if (!isScalar(node) || typeof node.value !== "string") {
    const quote = isScalar(node) && node.value !== null ? " (quote it to make it a string)" : "";
    report(ctx, node, path, "type", `expected a string, found ${describeFound(node)}${quote}`);
    return undefined;
  }
  const s = node.value;
  if (shape.oneOf !== undefined && !shape.oneOf.includes(s)) {
    report(
      ctx,
      node,
      path,
      "invalidValue",
      `expected one of ${shape.oneOf.join(", ")}, found ${JSON.stringify(s)}`,
      hintFor(s, shape.oneOf),
    );
    return undefined;
  }
  if (shape.pattern !== undefined && !shape.pattern.test(s)) {
    report(
      ctx,
      node,
      path,
      "invalidValue",
      `expected ${shape.patternHint ?? `a string matching ${shape.pattern.source}`}, found ${JSON.stringify(s)}`,
    );
    return undefined;
  }
  return s;
}

function walkInteger(
  node: Node,
  shape: Extract<Shape, { kind: "integer" }>,
  path: readonly string[],
  ctx: WalkContext,
): unknown {
  const v = isScalar(node) ? node.value : undefined;
  const { min, max } = shape;
  if (
    typeof v !== "number" ||
    !Number.isSafeInteger(v) ||
    (min !== undefined && v < min) ||
    (max !== undefined && v > max)
  ) {
    const range =
      min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
          ? ` of at least ${min}`
          : max !== undefined
            ? ` of at most ${max}`
            : "";
    report(ctx, node, path, "type", `expected an integer${range}, found ${describeFound(node)}`);
    return undefined;
  }
  return v;
}

/**
 * An integer as written, to any size: yaml reads 9223372036854775807 as a number that is not that
 * value, so the decimal text comes from the source. Decimal digits with an optional sign (`+12` and
 * `007` are 12 and 7), or YAML's `0x1F` and `0o17`; a float (`1e3`, `2.0`) or a quoted number is not one.
 */
function walkIntegerText(node: Node, path: readonly string[], ctx: WalkContext): unknown {
  const v = isScalar(node) ? node.value : undefined;
  const source = isScalar(node) && node.type === "PLAIN" ? node.source : undefined;
  if ((typeof v === "number" || typeof v === "bigint") && typeof source === "string") {
    if (/^[-+]?[0-9]+$/.test(source) || /^0x[0-9A-Fa-f]+$|^0o[0-7]+$/.test(source)) return BigInt(source).toString();
  }
  const quoted = isScalar(node) && typeof v === "string" && /^[-+]?[0-9]+$/.test(v);
  report(
    ctx,
    node,
    path,
    "type",
    `expected an integer, found ${describeFound(node)}`,
    quoted ? "write the number without quotes" : undefined,
  );
  return undefined;
}

function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k) && (typeof k.value === "string" || typeof k.value === "number")) return String(k.value);
  return undefined;
}

function entries(
  node: Node,
  path: readonly string[],
  ctx: WalkContext,
): { name: string; pair: Pair; childPath: string[] }[] | undefined {
  if (!isMap(node)) {
    report(ctx, node, path, "type", `expected a mapping, found ${describeFound(node)}`);
    return undefined;
  }
  const out: { name: string; pair: Pair; childPath: string[] }[] = [];
  for (const pair of node.items) {
    const name = keyText(pair);
    if (name === undefined) {
      report(ctx, pair.key as Node, path, "type", "expected a plain string key");
      continue;
    }
    const childPath = [...path, name];
    ctx.locations.byPath.set(pathKey(childPath), {
      value: at(ctx, (pair.value as Node | null) ?? (pair.key as Node)),
      key: at(ctx, pair.key as Node),
    });
    out.push({ name, pair, childPath });
  }
  return out;
}

function walkObject(
  node: Node,
  shape: Extract<Shape, { kind: "object" }>,
  path: readonly string[],
  ctx: WalkContext,
): unknown {
  const list = entries(node, path, ctx);
  if (list === undefined) return undefined;
  const out = Object.create(null) as Record<string, unknown>;
  const known = Object.keys(shape.fields);
  for (const { name, pair, childPath } of list) {
    const field = Object.hasOwn(shape.fields, name) ? shape.fields[name] : undefined;
    if (field === undefined) {
      const elsewhere = shape.elsewhere !== undefined && Object.hasOwn(shape.elsewhere, name);
      report(
        ctx,
        pair.key as Node,
        childPath,
        "unknownKey",
        `unknown key ${JSON.stringify(name)}; expected one of ${known.join(", ")}`,
        elsewhere ? shape.elsewhere![name] : hintFor(name, known),
      );
      continue;
    }
    if (
      pair.value === null ||
      pair.value === undefined ||
      (isScalar(pair.value) && pair.value.value === null && field.shape.kind !== "string")
    ) {
      report(ctx, pair.value ?? (pair.key as Node), childPath, "type", `"${name}" has no value`);
      continue;
    }
    const v = walk(pair.value as Node, field.shape, childPath, ctx);
    if (v !== undefined) out[name] = v;
  }
  reportMissing(shape, new Set(list.map((e) => e.name)), node, path, ctx, "");
  return out;
}

function reportMissing(
  shape: Extract<Shape, { kind: "object" }>,
  present: ReadonlySet<string>,
  node: Node,
  path: readonly string[],
  ctx: WalkContext,
  why: string,
): boolean {
  let missing = false;
  for (const [name, field] of Object.entries(shape.fields)) {
    if (field.required === true && !present.has(name)) {
      report(ctx, node, path, "missingKey", `missing required key "${name}"${why}`);
      missing = true;
    }
  }
  return missing;
}

function walkMap(
  node: Node,
  shape: Extract<Shape, { kind: "map" }>,
  path: readonly string[],
  ctx: WalkContext,
): unknown {
  const list = entries(node, path, ctx);
  if (list === undefined) return undefined;
  const out = new Map<string, unknown>();
  for (const { name, pair, childPath } of list) {
    const valueNode = pair.value as Node | null;
    if (valueNode === null || (isScalar(valueNode) && valueNode.value === null)) {
      // `serviceEndpoint:` with nothing after it is an empty definition, when nothing is required.
      const value = shape.value;
      const why = ` (${JSON.stringify(name)} is written with nothing after it)`;
      if (value.kind !== "object") report(ctx, pair.key as Node, childPath, "type", `"${name}" has no value`);
      else {
        // Declared all the same, so that what refers to it by name finds it.
        reportMissing(value, new Set(), pair.key as Node, childPath, ctx, why);
        out.set(name, Object.create(null));
      }
      continue;
    }
    const v = walk(valueNode, shape.value, childPath, ctx);
    if (v !== undefined) out.set(name, v);
  }
  return out;
}

function walkList(
  node: Node,
  shape: Extract<Shape, { kind: "list" }>,
  path: readonly string[],
  ctx: WalkContext,
): unknown {
  if (!isSeq(node)) {
    report(ctx, node, path, "type", `expected a list, found ${describeFound(node)}`);
    return undefined;
  }
  const out: unknown[] = [];
  node.items.forEach((item, i) => {
    const v = walk(item as Node, shape.item, [...path, String(i)], ctx);
    if (v !== undefined) out.push(v);
  });
  return out;
}

function walkEither(
  node: Node,
  shape: Extract<Shape, { kind: "either" }>,
  path: readonly string[],
  ctx: WalkContext,
): unknown {
  const option = shape.options.find((o) => fits(o, node));
  if (option === undefined) {
    report(ctx, node, path, "type", `expected ${shape.doc}, found ${describeFound(node)}`);
    return undefined;
  }
  return walk(node, option, path, ctx);
}

/** Does the node have the form of the option (a mapping, a list, or a scalar of its JSON type)? */
function fits(option: Shape, node: Node): boolean {
  switch (option.kind) {
    case "object":
    case "map":
      return isMap(node);
    case "list":
      return isSeq(node);
    case "either":
      return option.options.some((o) => fits(o, node));
    case "string":
      return isScalar(node) && typeof node.value === "string";
    case "boolean":
      return isScalar(node) && typeof node.value === "boolean";
    case "integer":
    case "integerText":
      return isScalar(node) && (typeof node.value === "number" || typeof node.value === "bigint");
  }
}
