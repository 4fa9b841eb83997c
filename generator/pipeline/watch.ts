/**
 * Watch mode: regenerate when a spec file changes. A bad edit prints its diagnostics and leaves
 * the last good output in place (writes are atomic, and nothing is written for a bad spec).
 *
 * Each folder of the spec is watched itself, not the tree with `recursive`: on Linux, Node's
 * recursive watch loses a file that an editor saves atomically (a temporary file renamed over
 * it), and saw only the first of such saves. A folder's own watch sees every file renamed into
 * it. Folders made later are picked up at the next event.
 */
import { readdirSync, watch as fsWatch, type Dirent, type FSWatcher } from "node:fs";
import { join } from "node:path";
import { formatDiagnostics, isPlainError, SpecError } from "../model/diagnostics.ts";
import { VersionError } from "../version/plan.ts";

export interface WatchHandle {
  close(): void;
  /** Resolves when the run in progress (if any) has finished. */
  idle(): Promise<void>;
}

/** Runs `run` now and after every change under `dir`, one run at a time, changes debounced. */
export function watchSpec(
  dir: string,
  run: () => Promise<unknown>,
  log: (s: string) => void = console.error,
  debounceMs = 50,
): WatchHandle {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let again = false;
  let running = false;
  const once = async (): Promise<void> => {
    running = true;
    try {
      await run();
    } catch (e) {
      if (e instanceof SpecError) log(`${formatDiagnostics(e.diagnostics)}\nKept the last good output.`);
      else if (e instanceof VersionError) log(`${e.message}\nKept the last good output.`);
      else if (isPlainError(e)) log(`error: ${e.message}\nKept the last good output.`);
      else log(e instanceof Error ? (e.stack ?? e.message) : String(e));
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      current = once();
    }
  };
  const trigger = (_event: string, file: string | Buffer | null): void => {
    if (file !== null && !String(file).endsWith(".yaml")) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) again = true;
      else current = once();
    }, debounceMs);
  };
  const watchers = new Map<string, FSWatcher>();
  const watchFolders = (folder: string): void => {
    if (!watchers.has(folder)) {
      try {
        const watcher = fsWatch(folder, (event, file) => {
          trigger(event, file);
          // A new folder (or one made again) is watched from its first event on.
          watchFolders(dir);
        });
        watcher.on("error", () => {
          watcher.close();
          watchers.delete(folder);
        });
        watchers.set(folder, watcher);
      } catch {
        return; // gone already
      }
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries)
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") watchFolders(join(folder, e.name));
  };
  watchFolders(dir);
  current = once();
  return {
    close: () => {
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
    idle: async () => {
      let seen: Promise<void> | undefined;
      while (seen !== current) {
        seen = current;
        await current;
      }
    },
  };
}

/** The CLI's watch: never returns until interrupted. */
export async function watch<A extends { spec: string }>(args: A, run: (args: A) => Promise<number>): Promise<number> {
  console.error(`watching ${args.spec} for changes (Ctrl-C to stop)`);
  const handle = watchSpec(args.spec, () => run(args));
  await new Promise<void>((resolve) => process.once("SIGINT", resolve));
  handle.close();
  return 0;
}
