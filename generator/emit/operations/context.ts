/**
 * What the operations emitter keeps while it writes one package: the IR lookups, the names each
 * module imports (collected as they are used), and the module's own local names (the operations'
 * descriptions, the entity shapes), chosen so that none can take a name the package exports.
 */
import type { IR } from "../../model/ir.ts";
import { exportedNamesOfOperation, exportedNamesOfType, RESERVED_EXPORTS } from "../../ir/names.ts";
import { Name, NameScope } from "../code.ts";
import { Lookup } from "../lookup.ts";
import { bodyParameters } from "../lookup.ts";

export interface Imports {
  /** Validators and enum guards from `validators.js` (the `.js` only). */
  readonly validators: Set<string>;
  /** Types from `client.js` (the `.d.ts` only). */
  readonly clientTypes: Set<string>;
  /** Functions from `client-url.js` and `client-send.js` (the `.js` only). */
  readonly clientUrl: Set<string>;
  readonly clientSend: Set<string>;
  /** Whether the `.js` reads the validation runtime's value checks (a namespace import). */
  runtime: boolean;
}

export class OperationsContext {
  readonly lookup: Lookup;
  readonly imports: Imports = {
    validators: new Set(),
    clientTypes: new Set(),
    clientUrl: new Set(),
    clientSend: new Set(),
    runtime: false,
  };
  /** The `.js` module's names: every name the package exports is taken, so no local can shadow an import. */
  private readonly scope: NameScope;
  private readonly locals = new Map<string, Name>();
  /** The namespace the validation runtime is imported as. */
  readonly runtimeName: Name;
  /** The module-level constant holding the spec's base URL. */
  readonly baseUrlName: Name;

  constructor(readonly ir: IR) {
    this.lookup = new Lookup(ir);
    const taken = [
      ...RESERVED_EXPORTS,
      ...ir.types.flatMap((t) => exportedNamesOfType(t, t.tsName)),
      ...ir.operations.flatMap((op) => exportedNamesOfOperation(op.tsName, bodyParameters(op).length > 0)),
    ];
    this.scope = new NameScope(taken);
    this.runtimeName = this.scope.fresh("runtime");
    this.baseUrlName = this.scope.fresh("defaultBaseUrl");
  }

  /** A module-level local, fixed for one key (`operation:updateSegments`), from a preferred name. */
  local(key: string, preferred: string): Name {
    let name = this.locals.get(key);
    if (name === undefined) {
      name = this.scope.fresh(preferred);
      this.locals.set(key, name);
    }
    return name;
  }

  /** A public type of `client.js`, for the declarations. */
  clientType(name: string): string {
    this.imports.clientTypes.add(name);
    return name;
  }

  /** A value check of the validation runtime (`EDM[...].test`), read through its namespace. */
  runtimeTest(test: string): string {
    this.imports.runtime = true;
    return `${this.runtimeName.str}.${new Name(test).str}`;
  }

  /** A function of `client-url.js` (`functionCall`, `queryOptions`, `buildRequest`). */
  clientUrl(name: string): string {
    this.imports.clientUrl.add(name);
    return new Name(name).str;
  }

  /** A function of `client-send.js` (`sendRequest`, `sendPages`). */
  clientSend(name: string): string {
    this.imports.clientSend.add(name);
    return new Name(name).str;
  }

  /** A validator or guard of `validators.js`. */
  validator(name: string): string {
    this.imports.validators.add(name);
    return new Name(name).str;
  }
}
