/**
 * Versions that mean something: the spec's version bump must be at least what its changes demand
 * (breaking -> major, additive -> minor, cosmetic -> patch), measured against the spec recorded in
 * the newest major folder of the same API version.
 */
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import fg from "fast-glob";
import type { IR } from "../model/ir.ts";
import { diffIR, type Change, type ChangeClass } from "./diff.ts";
import { readRecordedSpec } from "./record.ts";

/**
 * The last release of an API version, which the spec is compared with: the newest major folder's
 * recorded spec when it is released, else the release recorded beside it (`since`). Editing a
 * spec whose version is newer than the last release amends that version's unreleased entry.
 */
export interface History {
  readonly folder: string; // `beta/v1`
  readonly spec: IR; // the last release, as recorded
  /** The changelog's entries up to that release (an unreleased entry on top is left out). */
  readonly entries: string;
  /** The generator version that made that release. */
  readonly generator: string;
}

export type Bump = "none" | "patch" | "minor" | "major";
const RANK: Readonly<Record<Bump, number>> = { none: 0, patch: 1, minor: 2, major: 3 };
const NEEDED: Readonly<Record<ChangeClass, Bump>> = { breaking: "major", additive: "minor", cosmetic: "patch" };

export interface VersionPlan {
  readonly previous?: { readonly folder: string; readonly version: string };
  readonly changes: readonly Change[];
  readonly needed: Bump;
  readonly bump: Bump;
  /** The smallest version the changes allow, when the spec's is too small. */
  readonly suggested?: string;
  readonly ok: boolean;
}

export class VersionError extends Error {
  constructor(
    readonly plan: VersionPlan,
    message: string,
  ) {
    super(message);
    this.name = "VersionError";
  }
}

interface Version {
  readonly numbers: readonly [number, number, number];
  /** The pre-release identifiers (`rc.1` gives ["rc", "1"]); empty for a release. */
  readonly pre: readonly string[];
}

/** A version the spec format accepted (SEMVER): three numbers, then an optional pre-release. */
function parse(v: string): Version {
  const dash = v.indexOf("-");
  const [major, minor, patch] = (dash < 0 ? v : v.slice(0, dash)).split(".").map(Number);
  return { numbers: [major ?? 0, minor ?? 0, patch ?? 0], pre: dash < 0 ? [] : v.slice(dash + 1).split(".") };
}

/** Semantic Versioning precedence of two pre-release identifier lists; an empty list (a release) ranks above any other. */
function comparePre(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1; // numeric identifiers rank below alphanumeric ones
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** The bump a release's numbers say it was from the release before: X.0.0 major, X.Y.0 minor, else patch. */
function bumpOfNumbers([, minor, patch]: readonly [number, number, number]): Bump {
  return patch > 0 ? "patch" : minor > 0 ? "minor" : "major";
}

/**
 * What moving from one version to another allows, by Semantic Versioning precedence. To the same
 * numbers (1.2.0-rc.1 -> 1.2.0-rc.2 or -> 1.2.0) it allows what those numbers allow over the
 * release before them: the changes of a pre-release are part of the release it leads to.
 */
export function bumpBetween(from: string, to: string): Bump | "backwards" {
  const a = parse(from);
  const b = parse(to);
  for (let i = 0; i < 3; i++) {
    if (b.numbers[i]! > a.numbers[i]!) return (["major", "minor", "patch"] as const)[i]!;
    if (b.numbers[i]! < a.numbers[i]!) return "backwards";
  }
  const order = comparePre(b.pre, a.pre);
  return order < 0 ? "backwards" : order === 0 ? "none" : bumpOfNumbers(b.numbers);
}

/** The smallest version after `from` that allows `bump`: from a pre-release, its own release when that allows it. */
function next(from: string, bump: Bump): string {
  const { numbers, pre } = parse(from);
  const [major, minor, patch] = numbers;
  if (pre.length > 0 && RANK[bumpOfNumbers(numbers)] >= RANK[bump]) return `${major}.${minor}.${patch}`;
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  if (bump === "patch") return `${major}.${minor}.${patch + 1}`;
  return from;
}

export function planVersion(history: History | undefined, ir: IR): VersionPlan {
  if (history === undefined) return { changes: [], needed: "none", bump: "none", ok: true };
  const from = history.spec.api.specVersion;
  const changes = diffIR(history.spec, ir);
  const needed = changes.reduce<Bump>((acc, c) => (RANK[NEEDED[c.class]] > RANK[acc] ? NEEDED[c.class] : acc), "none");
  const bump = bumpBetween(from, ir.api.specVersion);
  const previous = { folder: history.folder, version: from };
  if (bump === "backwards")
    return {
      previous,
      changes,
      needed,
      bump: "none",
      suggested: next(from, needed === "none" ? "patch" : needed),
      ok: false,
    };
  const ok = RANK[bump] >= RANK[needed];
  return { previous, changes, needed, bump, ...(ok ? {} : { suggested: next(from, needed) }), ok };
}

export function formatPlan(plan: VersionPlan, version: string): string {
  const lines = plan.changes.map((c) => `  ${c.class.padEnd(8)} ${c.subject}: ${c.description}`);
  const head =
    plan.previous === undefined
      ? `no earlier version recorded: ${version} is the first`
      : `${plan.changes.length} ${plan.changes.length === 1 ? "change" : "changes"} since ${plan.previous.version} (${plan.previous.folder})${plan.changes.length > 0 ? ":" : ""}`;
  const verdict =
    plan.previous === undefined
      ? []
      : plan.ok
        ? [
            `${plan.needed === "none" ? "no change needs a new version" : `the changes need a ${plan.needed} bump`}; ${version} is ${plan.bump === "none" ? "the same version" : `a ${plan.bump} bump`}: ok`,
          ]
        : plan.needed === "none"
          ? [
              `${version} comes before ${plan.previous.version}: a version never goes backwards; use ${plan.suggested} or later`,
            ]
          : [`the changes need ${plan.suggested} or later (a ${plan.needed} bump); the spec says ${version}`];
  return [head, ...lines, ...verdict].join("\n");
}

/** The changelog's entries: everything after its `# Changelog` heading, without the first when it is unreleased. */
function entriesOf(changelog: string, dropFirst: boolean): string {
  const at = changelog.indexOf("\n## ");
  if (at < 0) return "";
  const entries = changelog.slice(at + 1).trim();
  if (!dropFirst) return entries;
  const next = entries.indexOf("\n## ");
  return next < 0 ? "" : entries.slice(next + 1).trim();
}

/** Reads the last release of `apiVersion` under `outRoot` (see `History`), if any. */
export async function readHistory(outRoot: string, apiVersion: string): Promise<History | undefined> {
  const majors = (await fg(`${apiVersion}/v*/spec.json`, { cwd: outRoot, onlyFiles: true }))
    .map((p) => ({ p, major: Number(/\/v(\d+)\/spec\.json$/.exec(p)?.[1] ?? NaN) }))
    .filter((x) => Number.isInteger(x.major))
    .sort((a, b) => b.major - a.major);
  const newest = majors[0];
  if (newest === undefined) return undefined;
  const file = `${outRoot}/${newest.p}`;
  const recorded = readRecordedSpec(await readFile(file, "utf8"), relative(process.cwd(), file));
  const changelog = await readFile(`${outRoot}/${newest.p.slice(0, -"spec.json".length)}CHANGELOG.md`, "utf8").catch(
    () => "",
  );
  const spec = recorded.released ? recorded.spec : recorded.since;
  if (spec === null || spec === undefined) return undefined;
  const releaseFolder = `${apiVersion}/v${spec.api.specVersion.split(".")[0]}`;
  return {
    folder: releaseFolder,
    spec,
    entries: entriesOf(changelog, !recorded.released),
    generator: recorded.generator,
  };
}
