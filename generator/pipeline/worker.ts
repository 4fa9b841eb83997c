/**
 * The compile thread: type-checks the emitted modules (unless the native compiler does, in its own
 * process), then formats the pieces the main thread hands it until told to stop (protocol in
 * `pipeline/parallel.ts`).
 */
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import type { EmittedFile } from "../emit/emitter.ts";
import { formatPiece, type FormatJob } from "./format.ts";

export type ToWorker =
  { type: "compile"; files: EmittedFile[] } | { type: "start" } | { type: "format"; job: FormatJob } | { type: "stop" };
export type FromWorker =
  | { type: "checked" }
  | { type: "ready" }
  | { type: "formatted"; job: FormatJob; text: string | undefined }
  | { type: "failed"; internal: boolean; message: string };

/**
 * While the native compiler checks in its own process, this thread only formats, and the check is
 * what the run waits for last: with three busy threads on two cores, this one stands back (a
 * higher nice value, for this thread alone on Linux), so the check and this process's main thread
 * go first and all finish together. A nice value cannot be lowered again without privileges, and
 * need not be: once the check is done, nothing else competes.
 */
function yieldToChecker(): void {
  try {
    setPriority(0, YIELDING_NICE);
  } catch {
    // not permitted here: the run is only slower
  }
}

/** The nice value of the formatting thread while the native compiler checks. */
const YIELDING_NICE = 10;

const port = parentPort!;
const send = (message: FromWorker): void => port.postMessage(message);

async function handle(message: ToWorker): Promise<void> {
  if (message.type === "compile") {
    // Loaded only here: where the native compiler checks, this thread never needs ts-morph.
    const { check } = await import("./compile.ts");
    check(message.files);
    send({ type: "checked" });
  } else if (message.type === "start") {
    yieldToChecker();
    send({ type: "ready" });
  } else if (message.type === "format")
    send({ type: "formatted", job: { ...message.job, text: "" }, text: await formatPiece(message.job) });
  else port.close();
}

port.on("message", (message: ToWorker) => {
  handle(message).catch((error: unknown) => {
    const internal = error instanceof Error && error.name === "InternalError";
    send({ type: "failed", internal, message: error instanceof Error ? error.message : String(error) });
  });
});
