/**
 * Enum values in example bodies, held to the spec's members. In response mode the validators accept
 * any string for an evolvable enum (the service may send members added after this package), which
 * is right for a client but would let a docs example show `"String"` or a member the spec lacks. An
 * example is documentation, not traffic: every enum value in it must be a member the spec knows (for
 * a flags enum, every name of the value, each at most once).
 */
import type { IREnum, IRStructured } from "../model/ir.ts";
import type { SpecIndex } from "./spec-index.ts";
import { allProperties, findType, structured } from "./spec-index.ts";

export interface EnumProblem {
  readonly path: string;
  readonly message: string;
}

function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The type a value says it is (`@odata.type`, a spec type), else the declared one. */
function actualType(index: SpecIndex, declared: IRStructured, value: Record<string, unknown>): IRStructured {
  const named = value["@odata.type"];
  if (typeof named !== "string") return declared;
  return structured(findType(index, named.replace(/^#/, ""))) ?? declared;
}

/** Is `x` a value of `e` the spec knows: a member, or for a flags enum member names joined by `,`, each once? */
function knownValue(e: IREnum, x: string): boolean {
  const names = e.flags ? x.split(",") : [x];
  return names.every((n) => e.members.some((m) => m.name === n)) && new Set(names).size === names.length;
}

function expectedValues(e: IREnum): string {
  const members = e.members.map((m) => JSON.stringify(m.name)).join(", ");
  return e.flags ? `names of ${members} joined by ",", each at most once` : `one of ${members}`;
}

/** Enum values that are not members of their enum, at their JSON Pointers under `prefix`. */
export function unknownEnumValues(index: SpecIndex, type: IRStructured, value: unknown, prefix: string): EnumProblem[] {
  if (!isRecord(value)) return [];
  const t = actualType(index, type, value);
  return allProperties(index, t).flatMap((p) => {
    if (!Object.prototype.hasOwnProperty.call(value, p.wireName)) return [];
    const v = value[p.wireName];
    const at = `${prefix}/${pointerToken(p.wireName)}`;
    const items = p.collection
      ? Array.isArray(v)
        ? v.map((x: unknown, i) => ({ x, at: `${at}/${i}` }))
        : []
      : [{ x: v, at }];
    return items.flatMap(({ x, at: where }) => {
      if (p.type.kind === "enum") {
        const e = index.byQname.get(p.type.qname);
        if (e?.kind !== "enum" || typeof x !== "string" || knownValue(e, x)) return [];
        return [{ path: where, message: `[enum] expected ${expectedValues(e)}, found ${JSON.stringify(x)}` }];
      }
      const nested = p.type.kind === "primitive" ? undefined : structured(index.byQname.get(p.type.qname));
      return nested === undefined ? [] : unknownEnumValues(index, nested, x, where);
    });
  });
}
