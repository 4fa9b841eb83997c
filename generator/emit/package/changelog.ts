/**
 * `CHANGELOG.md`: one entry per spec version, newest first, each change with its class. The
 * entries of earlier versions are carried over from the recorded history, unchanged.
 */
import type { Change, ChangeClass } from "../../version/diff.ts";
import { markdownText } from "../escape.ts";

const HEADINGS: Readonly<Record<ChangeClass, string>> = {
  breaking: "Breaking: consumers may need to change their code",
  additive: "Additive: nothing that worked stops working",
  cosmetic: "Cosmetic: descriptions and other text",
};

/**
 * The entry of `version`: its changes since the last release, by class, and what changed for users
 * because the generator did (`notes`, from generator-notes.ts).
 */
export function changelogEntry(
  version: string,
  changes: readonly Change[],
  first: boolean,
  notes: readonly string[] = [],
): string {
  const generator =
    notes.length === 0 ? "" : `\n\nBesides the spec, from the generator:\n\n${notes.map((n) => `- ${n}`).join("\n")}`;
  if (first) return `## ${version}\n\nFirst version.`;
  if (changes.length === 0) return `## ${version}\n\nNo change to the spec; regenerated.${generator}`;
  const sections = (["breaking", "additive", "cosmetic"] as const)
    .map((cls) => ({ cls, items: changes.filter((c) => c.class === cls) }))
    .filter((s) => s.items.length > 0)
    .map(
      (s) =>
        `${HEADINGS[s.cls]}:\n\n${s.items.map((c) => `- ${markdownText(c.subject)}: ${markdownText(c.description)}`).join("\n")}`,
    );
  return `## ${version}\n\n${sections.join("\n\n")}${generator}`;
}

export function renderChangelog(entry: string | undefined, previous: string): string {
  const parts = ["# Changelog", entry, previous].filter((p): p is string => p !== undefined && p !== "");
  return `${parts.join("\n\n")}\n`;
}
