/**
 * Type tests for reading: `$select` takes property names of the type, `$expand` navigation
 * properties (nested), and the result type has exactly the navigation properties expanded. Each
 * `@ts-expect-error` must be an error; `test/operations/types.test.ts` compiles this file against a
 * freshly generated package.
 */
import type {
  CallRecord,
  CallRecordNavigation,
  Expanded,
  GetCallRecordResult,
  ListSessionsResult,
  PagingOptions,
  Segment,
  Session,
} from "../../../generated/beta/v2/index.js";
import {
  buildGetCallRecordRequest,
  getCallRecord,
  listSessions,
  listSessionsAll,
  PageLimitError,
} from "../../../generated/beta/v2/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const exactly = <A, B>(ok: Equal<A, B>): Equal<A, B> => ok;

const params = { callRecordId: "c" };
type NestedExpand = { readonly sessions: { readonly expand: { readonly segments: true } } };

export async function reads(): Promise<void> {
  // A nested expand: the result is Expanded<CallRecord, CallRecordNavigation, NestedExpand>.
  const record = await getCallRecord(params, { expand: { sessions: { expand: { segments: true } } } });
  exactly<typeof record, Expanded<CallRecord, CallRecordNavigation, NestedExpand>>(true);
  exactly<typeof record, GetCallRecordResult<NestedExpand>>(true);
  const segments: Segment[] | undefined = record.sessions[0]?.segments;
  const start: string | undefined = record.sessions[0]?.segments[0]?.startDateTime;

  // Without expand, no navigation property.
  const plain = await getCallRecord(params);
  exactly<typeof plain, GetCallRecordResult>(true);
  const asRecord: CallRecord = plain;
  // @ts-expect-error sessions were not expanded
  export_(plain.sessions);

  // Expanded one level: sessions present, their segments absent.
  const shallow = await getCallRecord(params, {
    select: ["id", "startDateTime"],
    expand: { sessions: { select: ["id"] } },
  });
  const sessions: Session[] = shallow.sessions;
  // @ts-expect-error segments were not expanded
  export_(shallow.sessions[0]?.segments);

  // A page, and every item across pages, expanded the same way.
  const page: ListSessionsResult<{ segments: true }> = await listSessions(params, { expand: { segments: true } });
  const next: string | undefined = page["@odata.nextLink"];
  const limit: PagingOptions = { maxPages: 10 };
  for await (const s of listSessionsAll(params, {
    expand: { segments: true },
    ...limit,
    signal: AbortSignal.timeout(1000),
  })) {
    const media = s.segments[0]?.media;
    export_(media);
  }
  for await (const s of listSessionsAll(params)) {
    // @ts-expect-error segments were not expanded
    export_(s.segments);
  }
  export_([segments, start, sessions, next, asRecord, new PageLimitError("listSessions", 1, "x")]);
}

function export_(value: unknown): void {
  void value;
}

// $select takes property names of the type only.
// @ts-expect-error "nope" is not a property of callRecord
getCallRecord(params, { select: ["nope"] });
// @ts-expect-error "sessions" is a navigation property: it is expanded, not selected
getCallRecord(params, { select: ["sessions"] });
// @ts-expect-error "@odata.type" is an annotation, not a property
getCallRecord(params, { select: ["@odata.type"] });
// @ts-expect-error "isTest" is a property of session, not of callRecord
buildGetCallRecordRequest(params, { select: ["isTest"] });

// $expand takes navigation properties only, at every depth.
// @ts-expect-error "joinWebUrl" is a property, not a navigation property
getCallRecord(params, { expand: { joinWebUrl: true } });
// @ts-expect-error "segments" is a navigation property of session, not of callRecord
getCallRecord(params, { expand: { segments: true } });
// @ts-expect-error a navigation property next to a name that is not one
getCallRecord(params, { expand: { sessions: true, organizer: true } });
// @ts-expect-error "nope" is not a navigation property of session
getCallRecord(params, { expand: { sessions: { expand: { nope: true } } } });
// @ts-expect-error a nested $select names properties of session only
getCallRecord(params, { expand: { sessions: { select: ["joinWebUrl"] } } });
// @ts-expect-error a nested expansion takes expand and select only
listSessions(params, { expand: { segments: { top: 3 } } });
// @ts-expect-error maxPages belongs to the iterator, not to the single page
listSessions(params, { maxPages: 3 });
