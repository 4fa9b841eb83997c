/**
 * The per-run state of reading one metadata document: where diagnostics go, how names resolve
 * (schema aliases, vocabulary aliases), and which element each annotation target names.
 */
import type { Diagnostic, Severity } from "../model/diagnostics.ts";
import type { CsdlAt, CsdlDeprecation, CsdlTypeRef } from "./model.ts";
import type { XmlElement } from "./xml.ts";

export const EDM_URI = "http://docs.oasis-open.org/odata/ns/edm";
export const EDMX_URI = "http://docs.oasis-open.org/odata/ns/edmx";
export const CORE = "Org.OData.Core.V1";

/** Aliases Graph's metadata uses without declaring them in an excerpt; each use is reported. */
const CONVENTIONAL_ALIASES: Readonly<Record<string, string>> = { graph: "microsoft.graph" };

/** The fields of a model element that annotations may set, while it is being read. */
export interface Documented {
  description?: string;
  longDescription?: string;
  deprecated?: CsdlDeprecation;
  computed?: boolean;
  optional?: boolean;
}

/** An element under construction, as an annotation target: what it is, its path, the object to fill in. */
export interface Annotatable {
  readonly what: "type" | "property" | "navigation" | "member" | "parameter" | "operation" | "container" | "source";
  readonly path: string;
  readonly element: Documented;
}

export class ReadContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Schema alias or namespace -> namespace. */
  readonly qualifiers = new Map<string, string>();
  /** Vocabulary alias (`Core`) -> namespace (`Org.OData.Core.V1`), from `edmx:Include`. */
  readonly vocabularies = new Map<string, string>();
  /** Annotation target (aliases resolved) -> the elements it names (every overload of an operation). */
  readonly targets = new Map<string, Annotatable[]>();
  /** Undeclared qualifiers already reported, so each is said once. */
  private readonly reportedQualifiers = new Set<string>();

  constructor(
    readonly file: string,
    readonly extraAliases: Readonly<Record<string, string>>,
  ) {}

  report(severity: Severity, code: string, at: CsdlAt, path: string, message: string, hint?: string): void {
    this.diagnostics.push({
      severity,
      code,
      message,
      location: { file: this.file, line: at.line, col: at.col },
      specPath: path,
      ...(hint === undefined ? {} : { hint }),
    });
  }

  /** An element or attribute that the spec format has no place for. */
  notRepresented(element: XmlElement, path: string, what: string): void {
    this.report("warning", "notRepresented", at(element), path, `${what} is not represented in the spec`);
  }

  register(target: string, element: Annotatable): void {
    const list = this.targets.get(target);
    if (list === undefined) this.targets.set(target, [element]);
    else list.push(element);
  }

  /** A qualified name with its qualifier (namespace or alias) resolved: `graph.user` -> `microsoft.graph.user`. */
  qualify(name: string, where: XmlElement, path: string): string {
    if (name.startsWith("Edm.")) return name;
    const dot = name.lastIndexOf(".");
    if (dot < 0) return name;
    const qualifier = name.slice(0, dot);
    const known = this.qualifiers.get(qualifier);
    if (known !== undefined) return `${known}.${name.slice(dot + 1)}`;
    const assumed = this.extraAliases[qualifier] ?? CONVENTIONAL_ALIASES[qualifier];
    if (assumed === undefined) return name;
    if (!this.reportedQualifiers.has(qualifier)) {
      this.reportedQualifiers.add(qualifier);
      const source = this.extraAliases[qualifier] === undefined ? "Graph's convention" : "--alias";
      this.report(
        "warning",
        "undeclaredAlias",
        at(where),
        path,
        `alias "${qualifier}" is not declared in the metadata; taken as "${assumed}" (${source})`,
      );
    }
    return `${assumed}.${name.slice(dot + 1)}`;
  }

  typeRef(text: string, where: XmlElement, path: string): CsdlTypeRef {
    const m = /^Collection\((.*)\)$/.exec(text);
    return { qname: this.qualify((m?.[1] ?? text).trim(), where, path), collection: m !== null };
  }

  /** A term with its vocabulary alias resolved: `Core.Description` -> `Org.OData.Core.V1.Description`. */
  term(name: string): string {
    const dot = name.lastIndexOf(".");
    const vocabulary = this.vocabularies.get(name.slice(0, dot));
    return vocabulary === undefined ? name : `${vocabulary}.${name.slice(dot + 1)}`;
  }
}

export function at(element: XmlElement): CsdlAt {
  return { line: element.line, col: element.col };
}

/** The elements of the CSDL namespace among `element`'s children. */
export function edmChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((c) => c.uri === EDM_URI);
}
