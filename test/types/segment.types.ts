/**
 * Type tests for the generated package. Each `@ts-expect-error` line must be an error: if the
 * generated types ever accept it, TypeScript reports the directive as unused and the test fails.
 */
import type {
  AnyEndpoint,
  AnyUserAgent,
  ClientPlatform,
  Endpoint,
  Segment,
  ServiceEndpoint,
} from "../../generated/beta/v2/index.js";
import { ClientPlatformMembers } from "../../generated/beta/v2/index.js";

// A ServiceEndpoint has no own properties and is still constructible.
export const service: ServiceEndpoint = { "@odata.type": "#microsoft.graph.callRecords.serviceEndpoint" };

// `caller` accepts the base and each derived type.
export const segment: Segment = {
  id: "e523d2ed",
  startDateTime: "2020-02-25T18:52:21.2169889Z",
  caller: {
    "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
    name: "machineName_1",
    userAgent: {
      "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
      platform: "android",
      productFamily: "teams",
    },
  },
  callee: service,
  media: [{ label: "main-audio", streams: [{ streamDirection: "callerToCallee", averageJitter: "PT0.016S" }] }],
  "@odata.etag": 'W/"1"',
  "startDateTime@odata.type": "#DateTimeOffset",
};

// Narrowing on @odata.type.
export function cpuName(e: AnyEndpoint): string | null | undefined {
  if (e["@odata.type"] === "#microsoft.graph.callRecords.participantEndpoint") return e.cpuName;
  // @ts-expect-error a plain endpoint or a service endpoint has no cpuName
  return e.cpuName;
}

// null is refused where the property is not nullable.
// @ts-expect-error startDateTime is Nullable="false"
export const noNullStart: Segment = { startDateTime: null };
export const nullableFailure: Segment = { failureInfo: null };

// A wrong enum member is refused.
// @ts-expect-error "linux" is not a clientPlatform
export const badPlatform: ClientPlatform = "linux";
export const platforms: readonly ClientPlatform[] = ClientPlatformMembers;

// A typo in a property name is caught, instance annotations notwithstanding.
// @ts-expect-error "calller" is not a property of segment
export const typo: Segment = { calller: {} };

// An abstract type is never constructible on its own.
// @ts-expect-error userAgent is abstract: a value must name a derived type
export const bareAgent: AnyUserAgent = { headerValue: "x" };
// @ts-expect-error the abstract type's own name is not one of the choices either
export const abstractAgent: AnyUserAgent = { "@odata.type": "#microsoft.graph.callRecords.userAgent" };

// A derived type's properties are only allowed once it is named.
// prettier-ignore
// @ts-expect-error platform belongs to clientUserAgent, and this names serviceUserAgent
export const mixedAgent: AnyUserAgent = { "@odata.type": "#microsoft.graph.callRecords.serviceUserAgent", role: "gateway", platform: "web" };

// A bogus @odata.type does not type-check.
// @ts-expect-error no such type
export const bogus: AnyEndpoint = { "@odata.type": "#microsoft.graph.callRecords.nothing" };

// Edm.Single takes numbers and the three special strings, nothing else.
export const ratios: Segment = { media: [{ callerDevice: { micGlitchRate: "NaN", speakerGlitchRate: 3.5 } }] };
// @ts-expect-error "Single" is the docs' placeholder, not a value
export const placeholder: Segment = { media: [{ callerDevice: { micGlitchRate: "Single" } }] };

// A collection is an array, never null; traceRouteHops items are never null either.
// @ts-expect-error media is a collection
export const nullMedia: Segment = { media: null };
// @ts-expect-error traceRouteHops items are Nullable="false"
export const nullHop: Segment = { media: [{ callerNetwork: { traceRouteHops: [null] } }] };

// The plain endpoint may omit @odata.type.
export const plain: Endpoint = { userAgent: null };
