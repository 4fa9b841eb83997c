/**
 * The README's "Sending the PATCH" example, compiled by `test/operations/types.test.ts` against the
 * freshly generated package so that the documented code keeps compiling.
 */
import {
  buildUpdateSegmentsRequest,
  createClient,
  getCallRecord,
  GraphError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  updateSegments,
  type Segment,
} from "../../../generated/beta/v2/index.js";

declare function getToken(): Promise<string>; // e.g. from @azure/identity
declare const callRecordId: string;
declare const sessionId: string;
declare const runId: string;

// --- README example starts here ---
const change: Segment = {
  "@odata.type": "#microsoft.graph.callRecords.segment",
  startDateTime: "2016-12-31T23:56:48.8437798+03:00",
  endDateTime: "2016-12-31T23:57:13.0779697+03:00",
  failureInfo: { stage: "callSetup", reason: "Reason value" },
};

try {
  const updated = await updateSegments(
    { callRecordId, sessionId }, // each id percent-encoded into its own segment
    change, // checked in request mode, as the JSON that is sent, before anything is sent
    {
      accessToken: getToken, // a string, or a (async) function called before every attempt
      headers: { Prefer: "return=representation" }, // ask for the segment back (200) instead of 204
      timeoutMs: 30_000, // per attempt (default 100 s)
      retry: { maxRetries: 3, maxDelayMs: 30_000 }, // the defaults
    },
  );
  if (updated === undefined)
    console.log("updated"); // 204 No Content: the service's default answer
  else console.log(updated.id, updated.endDateTime); // 200: a Segment, checked in response mode
} catch (e) {
  if (e instanceof GraphError) console.error(e.status, e.code, e.error?.message, e.requestId, e.retryAfterMs);
  else if (e instanceof RequestValidationError)
    console.error(e.part, e.errors); // nothing was sent
  else if (e instanceof ResponseValidationError) console.error(e.status, e.errors, e.body);
  else if (e instanceof TimeoutError)
    console.error(e.timeoutMs, e.attempts); // no attempt was answered in time
  else throw e; // an AbortError from your signal, a network failure
}

// Only building, to send it yourself:
const request = buildUpdateSegmentsRequest({ callRecordId, sessionId }, change, { accessToken: await getToken() });
const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
// --- README example ends here ---
// --- README client example starts here ---
const client = createClient({ accessToken: getToken, timeoutMs: 30_000, headers: { "client-request-id": runId } });
const record = await getCallRecord({ callRecordId }, { client, select: ["id", "type"] });
// --- README client example ends here ---
export const status: number = response.status;
export const recordId: string | undefined = record.id;
