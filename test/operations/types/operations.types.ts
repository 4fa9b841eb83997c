/**
 * Type tests for the generated operations. Each `@ts-expect-error` line must be an error: if the
 * generated types ever accept it, TypeScript reports the directive as unused and the test fails.
 * `test/operations/types.test.ts` compiles it against a freshly generated package.
 */
import type {
  BuiltRequest,
  Segment,
  UpdateSegmentParams,
  UpdateSegmentsParams,
  UpdateSegmentsResult,
} from "../../../generated/beta/v2/index.js";
import {
  buildUpdateSegmentsRequest,
  createClient,
  GraphError,
  TimeoutError,
  ResponseValidationError,
  RequestValidationError,
  updateSegment,
  updateSegments,
} from "../../../generated/beta/v2/index.js";

const params: UpdateSegmentsParams = { callRecordId: "c", sessionId: "s" };
const one: UpdateSegmentParams = { callRecordId: "c", sessionId: "s", segmentId: "x" };
const segment: Segment = { id: "x", startDateTime: "2020-02-25T18:52:21.2169889Z", media: [{ label: "main-audio" }] };

// What compiles: the documented PATCH, built and sent, typed end to end.
export const built: BuiltRequest<string> = buildUpdateSegmentsRequest(params, segment, {
  accessToken: "t",
  baseUrl: "https://graph.microsoft.com/beta",
});
export const bodyText: string = built.body;
export const init: RequestInit = { method: built.method, headers: built.headers, body: built.body };
export async function send(): Promise<string | undefined> {
  const result: UpdateSegmentsResult = await updateSegments(params, segment, {
    accessToken: async () => "t",
    fetch,
    retry: { maxRetries: 1 },
    timeoutMs: 30_000,
  });
  // A 204 resolves to undefined, a 200 to the segment: the result type says both.
  const s: Segment | undefined = await updateSegment(
    one,
    { endDateTime: "2020-02-25T18:52:46.7640013Z" },
    { signal: AbortSignal.timeout(1000), retry: false, timeoutMs: false },
  );
  // @ts-expect-error the result may be undefined (a 204)
  s.endDateTime;
  return result?.id ?? s?.endDateTime;
}
export async function withClient(): Promise<void> {
  const client = createClient({ accessToken: () => "t", timeoutMs: 10_000, headers: { "client-request-id": "x" } });
  await updateSegments(params, segment, { client, retry: { maxDelayMs: 60_000 } });
  // @ts-expect-error a client takes no per-call value such as select
  createClient({ select: ["id"] });
  // @ts-expect-error timeoutMs is a number of milliseconds or false
  await updateSegments(params, segment, { client, timeoutMs: "10s" });
}
export function explain(e: unknown): string {
  if (e instanceof GraphError)
    return `${e.status} ${e.code ?? ""} ${e.error?.message ?? ""} ${e.requestId ?? ""} ${e.retryAfterMs ?? ""}`;
  if (e instanceof TimeoutError) return `${e.timeoutMs} ${e.attempts}`;
  if (e instanceof ResponseValidationError || e instanceof RequestValidationError)
    return e.errors.map((x) => `${x.path} ${x.code}`).join();
  return "";
}

// A parameter missing or of the wrong type does not compile.
// @ts-expect-error sessionId is missing
buildUpdateSegmentsRequest({ callRecordId: "c" }, segment);
// @ts-expect-error an id is a string
buildUpdateSegmentsRequest({ callRecordId: 1, sessionId: "s" }, segment);
// @ts-expect-error updateSegment needs segmentId
export const noKey = updateSegment(params, segment);
// @ts-expect-error params are required
buildUpdateSegmentsRequest(undefined, segment);

// A wrong body does not compile.
// @ts-expect-error the body is required
buildUpdateSegmentsRequest(params);
// @ts-expect-error a misspelt property (startDatetime)
buildUpdateSegmentsRequest(params, { startDatetime: "2020-02-25T18:52:21Z" });
// @ts-expect-error startDateTime is a string
export const wrongType = updateSegments(params, { startDateTime: 5 });
// @ts-expect-error a nested property of the wrong type
updateSegment(one, { media: [{ streams: [{ wasMediaBypassed: "yes" }] }] });
// @ts-expect-error not an enum member
updateSegment(one, { failureInfo: { stage: "String" } });
// @ts-expect-error an @odata.type that names another type
updateSegment(one, { "@odata.type": "#microsoft.graph.callRecords.media" });

// Options and results are typed too.
// @ts-expect-error the builder is synchronous: a token string, not a provider
buildUpdateSegmentsRequest(params, segment, { accessToken: () => "t" });
// @ts-expect-error no such option
buildUpdateSegmentsRequest(params, segment, { baseURL: "https://x.test" });
export async function noSuchProperty(): Promise<unknown> {
  const r = await updateSegments(params, segment);
  // @ts-expect-error a segment has no property "duration"
  return r?.duration;
}
