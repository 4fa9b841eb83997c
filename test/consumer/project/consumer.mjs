// The same package from plain Node: no TypeScript, no loader.
import { readFileSync } from "node:fs";
import { buildUpdateSegmentsRequest, isSegment, validateSegment } from "@graph-codegen/callrecords-beta";

const valid = JSON.parse(readFileSync("valid.json", "utf8"));
const seed = JSON.parse(readFileSync("seed.json", "utf8"));
const seedResult = validateSegment(seed);
const request = buildUpdateSegmentsRequest({ callRecordId: "rec/1", sessionId: "s?2" }, valid, {
  accessToken: "token",
});
const bundle = JSON.parse(
  readFileSync(new URL(import.meta.resolve("@graph-codegen/callrecords-beta/schemas/bundle.schema.json")), "utf8"),
);
const header = (name) =>
  request.headers instanceof Headers
    ? request.headers.get(name)
    : (request.headers[name] ?? request.headers[name.toLowerCase()]);

console.log(
  JSON.stringify({
    valid: validateSegment(valid).ok,
    isValid: isSegment(valid),
    seedErrors: seedResult.ok ? 0 : seedResult.errors.length,
    seedFirst: seedResult.ok ? "" : seedResult.errors[0].path,
    request: { method: request.method, url: request.url, contentType: header("Content-Type") },
    schemaId: bundle.$id,
  }),
);
