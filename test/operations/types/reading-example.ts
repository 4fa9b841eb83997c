/**
 * The README's "Reading call records" example, compiled by `test/operations/types.test.ts` against
 * the freshly generated package so that the documented code keeps compiling.
 */
import {
  buildListSessionsRequest,
  getCallRecord,
  GraphError,
  listSessions,
  listSessionsAll,
  PageLimitError,
  RequestValidationError,
  ResponseValidationError,
} from "../../../generated/beta/v2/index.js";

declare function getToken(): Promise<string>; // e.g. from @azure/identity
declare const callRecordId: string;

// --- README example starts here ---
const controller = new AbortController();
const options = { accessToken: getToken, signal: controller.signal };

try {
  // One call record, its sessions and their segments in one response:
  // GET .../callRecords/{id}?$select=id,type,startDateTime,endDateTime&$expand=sessions($expand=segments)
  const record = await getCallRecord(
    { callRecordId },
    {
      ...options,
      select: ["id", "type", "startDateTime", "endDateTime"],
      expand: { sessions: { expand: { segments: true } } },
    },
  );
  for (const session of record.sessions) {
    // typed: Expanded<CallRecord, CallRecordNavigation, { sessions: { expand: { segments: true } } }>
    console.log(session.id, session.modalities, session.segments.length);
  }

  // Every session of the record with its segments, page after page (@odata.nextLink followed):
  // GET .../callRecords/{id}/sessions?$expand=segments, then each next link, at most maxPages pages.
  for await (const session of listSessionsAll(
    { callRecordId },
    { ...options, expand: { segments: true }, maxPages: 50 },
  )) {
    for (const segment of session.segments) {
      console.log(session.id, segment.id, segment.startDateTime, segment.media?.length ?? 0);
    }
  }

  // Or one page at a time:
  const page = await listSessions({ callRecordId }, { ...options, select: ["id", "startDateTime"] });
  console.log(page.value.length, page["@odata.nextLink"]);
} catch (e) {
  if (e instanceof GraphError) console.error(e.status, e.code, e.error?.message, e.requestId);
  else if (e instanceof RequestValidationError)
    console.error(e.part, e.errors); // nothing was sent
  else if (e instanceof ResponseValidationError)
    console.error(e.status, e.errors); // a bad body, or a next link to another host
  else if (e instanceof PageLimitError) console.error(e.maxPages, e.nextLink);
  else throw e; // an AbortError, a network failure
}

// Only building, to send it yourself:
const request = buildListSessionsRequest(
  { callRecordId },
  { accessToken: await getToken(), expand: { segments: true } },
);
console.log(request.url); // https://graph.microsoft.com/beta/communications/callRecords/<id>/sessions?$expand=segments
