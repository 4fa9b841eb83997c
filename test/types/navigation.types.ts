/**
 * Type tests for navigation properties: a result type says which navigation properties are present,
 * nested expansions included, and an expansion may only name navigation properties.
 */
import type {
  ExpandTree,
  Expanded,
  Record_,
  Record_Navigation,
  Session,
} from "../fixtures/navigation/expected/index.js";

type Expansion = { sessions: { expand: { segments: true } }; owner: true };
declare const record: Expanded<Record_, Record_Navigation, Expansion>;

// Expanded navigation properties are present, nested ones too.
export const firstSegmentLength: string | null | undefined = record.sessions[0]?.segments[0]?.length;
export const ownerName: string | null | undefined = record.owner?.name;

// Without expansion they are absent from the type.
declare const plain: Record_;
// @ts-expect-error sessions is a navigation property: absent unless expanded
export const noSessions = plain.sessions;

// Only what was expanded is present.
declare const shallow: Expanded<Record_, Record_Navigation, { sessions: true }>;
export const sessions: Session[] = shallow.sessions;
// @ts-expect-error segments were not expanded
export const noSegments = shallow.sessions[0]?.segments;
// @ts-expect-error owner was not expanded
export const noOwner = shallow.owner;

// An expansion names navigation properties only, and nested $select names properties only.
export const tree: ExpandTree<Record_Navigation> = {
  sessions: { expand: { segments: true }, select: ["startDateTime"] },
};
// @ts-expect-error "title" is a structural property, not a navigation property
export const badTree: ExpandTree<Record_Navigation> = { title: true };
// @ts-expect-error "nope" is not a property of session
export const badSelect: ExpandTree<Record_Navigation> = { sessions: { select: ["nope"] } };
