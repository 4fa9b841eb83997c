/**
 * Issue #17 item 7, on the shipped package: each member of `AnyEndpoint` and `AnyUserAgent` takes
 * its `@odata.type` with or without `#`, and comparing with either spelling narrows the value in
 * both branches (the `if` to exactly that member, the `else` to every other one), so that checking
 * both spellings leaves the other types. Each `@ts-expect-error` line must be an error.
 */
import type {
  AnyEndpoint,
  AnyUserAgent,
  ClientUserAgent,
  Endpoint,
  ParticipantEndpoint,
  ServiceEndpoint,
} from "../../generated/beta/v1/index.js";

/** True when `A` and `B` are the same type (not merely assignable both ways). */
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

const HASHED = "#microsoft.graph.callRecords.participantEndpoint";
const PLAIN = "microsoft.graph.callRecords.participantEndpoint";

export function hashedFirst(e: AnyEndpoint): string | null | undefined {
  if (e["@odata.type"] === HASHED) {
    const only: Equal<typeof e, ParticipantEndpoint & { "@odata.type": typeof HASHED }> = true;
    return only ? e.cpuName : undefined;
  }
  const rest: Equal<typeof e, Exclude<AnyEndpoint, { "@odata.type": typeof HASHED }>> = true;
  if (e["@odata.type"] === PLAIN) return rest ? e.cpuName : undefined;
  const others: Equal<typeof e, Exclude<AnyEndpoint, { "@odata.type": typeof HASHED | typeof PLAIN }>> = true;
  // @ts-expect-error neither spelling of participantEndpoint is left: a plain or a service endpoint has no cpuName
  return others ? e.cpuName : undefined;
}

export function plainFirst(e: AnyEndpoint | null | undefined): string | null | undefined {
  if (e?.["@odata.type"] !== PLAIN) {
    if (e?.["@odata.type"] !== HASHED) {
      const others: Endpoint | ServiceEndpoint | null | undefined = e;
      // @ts-expect-error neither spelling of participantEndpoint is left
      return others?.cpuName;
    }
    return e.cpuName;
  }
  const only: Equal<typeof e, ParticipantEndpoint & { "@odata.type": typeof PLAIN }> = true;
  return only ? e.cpuName : undefined;
}

export function agents(u: AnyUserAgent): ClientUserAgent | undefined {
  switch (u["@odata.type"]) {
    case "#microsoft.graph.callRecords.clientUserAgent":
    case "microsoft.graph.callRecords.clientUserAgent":
      return u;
    default:
      // @ts-expect-error only the server agent is left, which has no platform
      return u.platform === undefined ? undefined : undefined;
  }
}
