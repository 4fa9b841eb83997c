/**
 * The operations emitter: `operations.js` and, per operation, `operations/<name>.d.ts` (its
 * declarations, importing only the types they name, see `emit/types/modules.ts`) with
 * `operations/<name>.js` (its functions, re-exported from `operations.js`); `operations.d.ts`
 * re-exports those. All are written directly (no TypeScript in between), laid out as prettier leaves them where the emitter knows the layout (`objects.ts`,
 * `emit/layout.ts`); the format stage formats the rest. Per operation, a description as plain data
 * and three small functions that hand it to the client (`generator/runtime/src/client-*.ts`, shipped
 * as `client.js`, `client-url.js`, `client-send.js`). At load time the module makes only calls marked
 * `/* @__PURE__ *\/` (`functionCall`, `queryOptions`, which build parts of a description) and nothing
 * with a side effect: what an import does not reach, a bundler drops. A spec without operations gets
 * neither file (nor the client).
 */
import type { IR } from "../../model/ir.ts";
import { Name } from "../code.ts";
import { moduleFile, type EmittedFile, type Emitter } from "../emitter.ts";
import { jsDoc, stringLiteral } from "../escape.ts";
import { namedFrom, written, type Statement } from "../layout.ts";
import { OperationsContext } from "./context.ts";
import { lines } from "./objects.ts";
import { emitOperation, type EmittedOperation } from "./operation.ts";
import { typeModules } from "../types/index.ts";
import { moduleFileNames, typeImports, withImports } from "../types/modules.ts";
import { shape, shapedTypes, shapeName } from "./shapes.ts";

function sorted(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `import { a, b } from "./m.js";` (or `import type`), in name order; nothing when no name is imported. */
function importStatement(names: Iterable<string>, from: string, type = false): Statement[] {
  const list = sorted(names).map((n) => new Name(n).str);
  if (list.length === 0) return [];
  return [namedFrom(type ? "import type" : "import", list, stringLiteral(from))];
}

/** One file per operation: `operations/<name>.d.ts`, its declarations, and `operations/<name>.js`, which re-exports its functions from `operations.js`. */
function operationModules(
  cx: OperationsContext,
  operations: readonly EmittedOperation[],
): { files: EmittedFile[]; reexports: Statement[] } {
  const moduleOf = typeModules(cx.ir);
  for (const name of cx.imports.clientTypes) moduleOf.set(name, "client");
  const fileOf = moduleFileNames(operations.map((o) => o.name));
  const files: EmittedFile[] = [];
  const reexports: Statement[] = [];
  for (const o of operations) {
    const path = `operations/${fileOf.get(o.name)!}`;
    const imports = typeImports(o.dts, new Set([...o.values, ...o.types]), moduleOf, "operations");
    files.push(moduleFile(`${path}.d.ts`, withImports(imports, o.dts)));
    files.push(moduleFile(`${path}.js`, [namedFrom("export", o.values, stringLiteral("../operations.js"))]));
    reexports.push(namedFrom("export type", o.types, stringLiteral(`./${path}.js`)));
    reexports.push(namedFrom("export", o.values, stringLiteral(`./${path}.js`)));
  }
  return { files, reexports };
}

function files(ir: IR): EmittedFile[] {
  const cx = new OperationsContext(ir);
  const shapes = shapedTypes(cx).map((t) => {
    const doc = jsDoc([
      `What $select and $expand may name on \`${t.qname}\`, and where its navigation properties lead.`,
    ]);
    return written([doc, ...lines(`const ${shapeName(cx, t).str} = `, shape(cx, t), ";", "")].join("\n"));
  });
  const operations = ir.operations.map((op) => emitOperation(cx, op));
  const baseUrl = written(
    `${jsDoc(["The service root every request goes to unless `options.baseUrl` says otherwise."])}\nconst ${cx.baseUrlName.str} = ${stringLiteral(ir.api.baseUrl)};`,
  );
  const imports = cx.imports;
  const js = [
    ...importStatement(imports.validators, "./validators.js"),
    ...(imports.runtime ? [written(`import * as ${cx.runtimeName.str} from "./runtime.js";`)] : []),
    ...importStatement(imports.clientUrl, "./client-url.js"),
    ...importStatement(imports.clientSend, "./client-send.js"),
    baseUrl,
    ...shapes,
    ...operations.flatMap((o) => o.js),
  ];
  const { files, reexports } = operationModules(cx, operations);
  return [moduleFile("operations.d.ts", reexports), moduleFile("operations.js", js), ...files];
}

export const emitOperations: Emitter = (ir: IR): EmittedFile[] => (ir.operations.length === 0 ? [] : files(ir));
