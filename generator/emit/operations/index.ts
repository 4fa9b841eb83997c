/**
 * The operations emitter: `operations.js` and, per operation, `operations/<name>.d.ts` (its
 * declarations, importing only the types they name, see `emit/modules.ts`), which
 * `operations.d.ts` re-exports. All are written directly (no TypeScript in between), laid out as
 * prettier leaves them where the emitter knows the layout (`objects.ts`, `emit/layout.ts`); the
 * format stage formats the rest. Per operation, a description as plain data and three small
 * functions that hand it to the client (`generator/runtime/src/client-*.ts`, shipped as
 * `client.js`, `client-url.js`, `client-send.js`). At load time the module makes only calls marked
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
import { emitOperation } from "./operation.ts";
import { typeModules } from "../types/index.ts";
import { valueModules } from "../modules.ts";
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

/** The module of every name an operation's declarations may name: the types', and the client's. */
function declaredModules(cx: OperationsContext): Map<string, string> {
  const moduleOf = typeModules(cx.ir);
  for (const name of cx.imports.clientTypes) moduleOf.set(name, "client");
  return moduleOf;
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
  const groups = operations.map((o) => ({ name: o.name, statements: o.dts, values: o.values, types: o.types }));
  const { files, reexports } = valueModules("operations", groups, declaredModules(cx));
  return [moduleFile("operations.d.ts", reexports), moduleFile("operations.js", js), ...files];
}

export const emitOperations: Emitter = (ir: IR): EmittedFile[] => (ir.operations.length === 0 ? [] : files(ir));
