/** The seed page's example request body, and the fixed version of it. */
import { readFileSync } from "node:fs";
import { ROOT } from "../../support/fixtures.ts";

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(`${ROOT}${path}`, "utf8")) as unknown;
}

export const seedRequest = (): unknown => readJson("test/fixtures/seed/update-segments-request.json");
export const seedFixed = (): unknown => readJson("test/fixtures/seed/update-segments-request.fixed.json");
export const realSegment = (): unknown => readJson("test/fixtures/seed/real-segment.json");
