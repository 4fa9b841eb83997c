/**
 * Type tests for functions and actions, compiled by `test/operations/types.test.ts` against the
 * package of the functions fixture spec (`test/fixtures/functions/spec/`). Each
 * `@ts-expect-error` line must be an error, or the directive is reported unused.
 */
import {
  buildCountThingsRequest,
  buildSetPhotoRequest,
  copyThing,
  countThings,
  findThings,
  findThingsAll,
  getPhoto,
  getRowsAll,
  latestRow,
  ping,
  resetThing,
  setPhoto,
  thingColor,
  type BuiltRequest,
  type Color,
  type CollectionResponse,
  type Row,
  type StreamContent,
  type Thing,
} from "../../../generated/functions/index.js";

export async function calls(): Promise<void> {
  // Function parameters: typed by their Edm type or enum; an optional one may be left out or null.
  const count: number = await countThings({ name: "o'brien", color: "red" });
  await countThings({ name: "x", color: "green", top: 5 });
  await countThings({ name: "x", color: "green", top: null });
  // @ts-expect-error name is required
  await countThings({ color: "red" });
  // @ts-expect-error not a member of the enum
  await countThings({ name: "x", color: "blue" });
  // @ts-expect-error top is a number
  await countThings({ name: "x", color: "red", top: "5" });

  // Collections and complex values (sent by alias): a readonly array, the type or null where nullable.
  const names: CollectionResponse<string> = await findThings({ ids: ["a", "b"] as const, filter: { label: "x" } });
  await findThings({ ids: [], filter: null });
  // @ts-expect-error ids holds strings
  await findThings({ ids: [1], filter: null });
  // @ts-expect-error filter is a filter
  await findThings({ ids: [], filter: { name: "x" } });
  for await (const name of findThingsAll({ ids: [], filter: null })) name.toUpperCase();

  // Return shapes: a primitive's value, an enum, an object, a page's items, nothing, raw bytes.
  const color: Color = await thingColor({ thingId: "t" });
  const row: Row = await latestRow({});
  for await (const r of getRowsAll({ from: "2024-01-01T00:00:00Z", to: "2024-02-01T00:00:00Z" })) r.minutes;
  const photo: StreamContent = await getPhoto({ thingId: "t" });
  const bytes: Uint8Array = photo.data;
  const none: undefined = await resetThing({ thingId: "t" }, { reason: "x" });
  // @ts-expect-error resolves to nothing
  const something: string = await resetThing({ thingId: "t" }, { reason: "x" });
  void [count, names, color, row, bytes, none, something];

  // Actions: the body is the action's parameters.
  const copy: Thing = await copyThing({}, { name: "n", color: "green" });
  const pong: string = await ping({}, { text: "ping" });
  await resetThing({ thingId: "t" }, { reason: "x", when: null });
  // @ts-expect-error reason is required
  await resetThing({ thingId: "t" }, {});
  // @ts-expect-error no such parameter
  await ping({}, { text: "x", loud: true });
  void [copy, pong];

  // Raw bytes in: a Uint8Array or a Blob, never a string.
  await setPhoto({ thingId: "t" }, new Uint8Array([1]));
  await setPhoto({ thingId: "t" }, new Blob(["x"]));
  // @ts-expect-error a string is not bytes
  await setPhoto({ thingId: "t" }, "bytes");
}

export const built: BuiltRequest<null> = buildCountThingsRequest({ name: "x", color: "red" });
export const upload: BuiltRequest = buildSetPhotoRequest({ thingId: "t" }, new Uint8Array([1]));
