// A consumer in another repository: the types, validators and request builders of the package.
import {
  buildUpdateSegmentsRequest,
  isSegment,
  validateSegment,
  type AnyEndpoint,
  type Segment,
  type ValidationError,
} from "@graph-codegen/callrecords-beta";

const segment: Segment = {
  startDateTime: "2020-02-25T18:52:21.2169889Z",
  caller: { "@odata.type": "#microsoft.graph.callRecords.participantEndpoint", name: "laptop" },
};

export function describeCaller(e: AnyEndpoint | null | undefined): string {
  if (e?.["@odata.type"] === "#microsoft.graph.callRecords.participantEndpoint") return e.name ?? "?";
  return "service or unknown";
}

export function problems(value: unknown): readonly ValidationError[] {
  const r = validateSegment(value);
  return r.ok ? [] : r.errors;
}

export const ok: boolean = isSegment(segment);
export const request = buildUpdateSegmentsRequest({ callRecordId: "a", sessionId: "b" }, segment, { accessToken: "t" });
export const method: string = request.method;
