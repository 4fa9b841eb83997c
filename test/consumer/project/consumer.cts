// A CommonJS module in TypeScript (`.cts`): under `module` `nodenext` it may import the ES module
// package, which Node 20.19 or later loads with `require()`.
import { isSegment, type Segment } from "@graph-codegen/callrecords-beta";

const segment: Segment = { id: "s" };
export const ok: boolean = isSegment(segment);
