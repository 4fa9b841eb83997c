// The entry of the compile thread (`pipeline/parallel.ts`). Its modules are TypeScript, so the
// thread registers the tsx loader for itself before loading them.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
