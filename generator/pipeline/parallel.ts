/**
 * Compile and format on two threads, for large packages. The program is type-checked by the
 * native compiler in a child process (`native-check.ts`) when it is installed, else by the second
 * thread (`worker.ts`) with ts-morph; meanwhile this thread prints the `.js` and `.d.ts` files
 * (`transpile`, per file) and starts formatting them. Formatting is cut into pieces (`format.ts`)
 * held in one queue here; the second thread takes pieces from the same queue once it is free (at
 * once when it does not check), so both threads stay busy to the end. The result is byte for byte
 * the one-thread result: the same printing and formatting run, only on different threads; the run
 * ends when the pieces are done and the check has passed.
 */
import { Worker } from "node:worker_threads";
import { InternalError } from "../model/diagnostics.ts";
import type { EmittedFile } from "../emit/emitter.ts";
import { checkedText, transpile, typeScriptSources } from "./compile.ts";
import { checkNative, nativeChecker } from "./native-check.ts";
import { assemble, formatJobs, formatPiece, PIECE_SIZE, type FormatJob } from "./format.ts";
import type { FromWorker, ToWorker } from "./worker.ts";

/** Below this much emitted TypeScript, a second thread costs more than it saves. */
export const PARALLEL_THRESHOLD = 1024 * 1024;

class Pool {
  readonly files: EmittedFile[] = [];
  readonly done = new Map<number, (string | undefined)[]>();
  private readonly queue: FormatJob[] = [];
  private outstanding = 0;
  private checkPending = true;
  private wake: (() => void) | undefined;
  /** Called when jobs are added: hands one to the second thread if it is waiting for work. */
  fed: (() => void) | undefined;

  constructor(private readonly pieceSize: number) {}

  add(files: readonly EmittedFile[]): void {
    const base = this.files.length;
    this.files.push(...files);
    for (const job of formatJobs(files, this.pieceSize)) {
      this.queue.push({ ...job, file: job.file + base });
      this.outstanding++;
    }
    this.notify();
    this.fed?.();
  }

  take(): FormatJob | undefined {
    return this.queue.shift();
  }

  record(job: FormatJob, text: string | undefined): void {
    const parts = this.done.get(job.file) ?? [];
    parts[job.piece] = text;
    this.done.set(job.file, parts);
    this.outstanding--;
    this.notify();
  }

  checked(): void {
    this.checkPending = false;
    this.notify();
  }

  get finished(): boolean {
    return !this.checkPending && this.outstanding === 0;
  }

  /** Resolves at the next change: new jobs, or a job finished elsewhere. */
  changed(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

function failure(message: FromWorker & { type: "failed" }): Error {
  if (!message.internal) return new Error(message.message);
  const error = new InternalError("");
  error.message = message.message;
  return error;
}

/**
 * The second thread, started before there is work for it: it takes about a second to load its
 * modules, which it can do while this thread runs the emitters (`emitAll` starts it for a large IR).
 */
export function startThread(): Worker {
  return new Worker(new URL("./worker-entry.mjs", import.meta.url), { execArgv: [] });
}

/**
 * Runs the second thread, handing it pieces to format once its check (if it has `sources` to check)
 * is done. `failed` rejects if the thread fails; it never resolves.
 */
function startWorker(
  pool: Pool,
  sources: EmittedFile[] | undefined,
  worker: Worker,
): { failed: Promise<never>; stop: () => Promise<number> } {
  const send = (message: ToWorker): void => worker.postMessage(message);
  const failed = new Promise<never>((_, reject) => {
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!pool.finished) reject(new InternalError(`the compile thread stopped (exit code ${code})`));
    });
    // Whether the thread is free and waiting for a piece (none was left when it last asked).
    let idle = false;
    const feed = (): void => {
      const job = pool.take();
      idle = job === undefined;
      if (job !== undefined) send({ type: "format", job });
    };
    pool.fed = () => {
      if (idle) feed();
    };
    worker.on("message", (message: FromWorker) => {
      if (message.type === "failed") return reject(failure(message));
      if (message.type === "checked") pool.checked();
      else if (message.type === "formatted") pool.record(message.job, message.text);
      feed();
    });
  });
  failed.catch(() => {}); // observed by formatHere; this only keeps Node from calling it unhandled
  // The check reads what `checkedText` gives: not the twins, nor what the emitters rendered.
  send(
    sources === undefined
      ? { type: "start" }
      : { type: "compile", files: sources.map((f) => ({ path: f.path, contents: checkedText(f) })) },
  );
  return { failed, stop: () => worker.terminate() };
}

/**
 * This thread's share: print the modules, one at a time so that the second thread can format the
 * first while the next is printed, then format pieces until none are left anywhere.
 */
async function formatHere(pool: Pool, sources: readonly EmittedFile[], failed: Promise<never>): Promise<void> {
  for (const source of sources) {
    pool.add(transpile(source));
    await Promise.race([new Promise<void>((resolve) => setImmediate(resolve)), failed]);
  }
  while (!pool.finished) {
    const job = pool.take();
    if (job === undefined) await Promise.race([pool.changed(), failed]);
    else pool.record(job, await formatPiece(job));
    // Let the compile thread's messages in between pieces.
    await Promise.race([new Promise<void>((resolve) => setImmediate(resolve)), failed]);
  }
}

export interface ParallelOptions {
  /** Formatting pieces of about this many characters (`PIECE_SIZE`). */
  readonly pieceSize?: number;
  /**
   * The native compiler's script; null to check with ts-morph on the second thread. Unset: the
   * installed native compiler, if there is one.
   */
  readonly checker?: string | null;
  /** The second thread, if already started (`startThread`). */
  readonly thread?: Worker;
  /** More files, made once the check and the second thread have started (they are not compiled). */
  readonly later?: () => readonly EmittedFile[];
}

export async function compileAndFormatParallel(
  files: readonly EmittedFile[],
  specFiles: readonly string[],
  generator: string,
  options: ParallelOptions = {},
): Promise<EmittedFile[]> {
  const checker = options.checker === undefined ? (nativeChecker() ?? null) : options.checker;
  const sources = typeScriptSources(files);
  const pool = new Pool(options.pieceSize ?? PIECE_SIZE);
  pool.add(files.filter((f) => !f.path.endsWith(".ts")));
  const worker = startWorker(pool, checker === null ? sources : undefined, options.thread ?? startThread());
  let failed = worker.failed;
  if (checker !== null) {
    const native = checkNative(sources, checker).then(() => pool.checked());
    failed = Promise.race([failed, native.then(() => new Promise<never>(() => {}))]);
    failed.catch(() => {}); // observed by formatHere
  }
  if (options.later !== undefined) pool.add(options.later());
  try {
    await formatHere(pool, sources, failed);
  } finally {
    await worker.stop();
  }
  return assemble(pool.files, pool.done, specFiles, generator);
}
