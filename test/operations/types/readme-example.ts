/**
 * The README's "Sending the PATCH" example, compiled by `test/operations/types.test.ts` against the
 * freshly generated package so that the documented code keeps compiling.
 */
import {
  buildUpdateSegmentsRequest,
  GraphError,
  RequestValidationError,
  ResponseValidationError,
  updateSegments,
  type Segment,
} from "../../../generated/beta/v1/index.js";

declare function getToken(): Promise<string>; // e.g. from @azure/identity
declare const callRecordId: string;
declare const sessionId: string;

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
    change, // checked in request mode before anything is sent
    {
      accessToken: getToken, // a string, or a (async) function called before every attempt
      signal: AbortSignal.timeout(30_000),
      retry: { maxRetries: 3, maxDelayMs: 30_000 }, // 429, 503, 504 as Retry-After says (the default)
    },
  );
  console.log(updated.id, updated.endDateTime); // a Segment, checked in response mode
} catch (e) {
  if (e instanceof GraphError) console.error(e.status, e.code, e.error?.message, e.requestId);
  else if (e instanceof RequestValidationError)
    console.error(e.part, e.errors); // nothing was sent
  else if (e instanceof ResponseValidationError) console.error(e.status, e.errors, e.body);
  else throw e; // an AbortError, a network failure
}

// Only building, to send it yourself:
const request = buildUpdateSegmentsRequest({ callRecordId, sessionId }, change, { accessToken: await getToken() });
const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
// --- README example ends here ---
export const status: number = response.status;
