/**
 * XML text to a small element tree with positions, read with saxes (a conformant, streaming parser:
 * a document that is not well-formed XML is refused with its line and column, never half-read).
 * The tree keeps what CSDL needs: namespace-resolved names, attributes, text and where each element
 * starts, so that every diagnostic about the metadata can name `file:line:col`.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";

export interface XmlElement {
  /** Local name, `EntityType`. */
  readonly name: string;
  /** Namespace URI of the element (`http://docs.oasis-open.org/odata/ns/edm`), "" when none. */
  readonly uri: string;
  /** Attributes without a namespace, by name; attributes in a namespace are left in `foreign`. */
  readonly attrs: ReadonlyMap<string, string>;
  /** Qualified names of attributes in some namespace (`xml:lang`), which CSDL does not define. */
  readonly foreign: readonly string[];
  /** 1-based position of the `<` that opens the element. */
  readonly line: number;
  readonly col: number;
  readonly children: XmlElement[];
  /** The element's own text (CDATA included), trimmed; "" when it has none. */
  text: string;
}

/** The text is not well-formed XML. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
    this.name = "XmlError";
  }
}

/** Parses a whole document and returns its root element; throws `XmlError` when it is not well-formed. */
export function parseXml(source: string): XmlElement {
  const text = source.startsWith("\ufeff") ? source.slice(1) : source;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let start = { line: 1, col: 1 };
  let failure: XmlError | undefined;
  parser.on("opentagstart", (tag) => {
    start = { line: parser.line, col: parser.column - tag.name.length - 1 };
  });
  parser.on("opentag", (tag) => {
    const element = toElement(tag, start);
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = element;
    else parent.children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (t: string): void => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += t;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (e) => {
    failure ??= new XmlError(e.message.replace(/^\d+:\d+: /, ""), parser.line, parser.column);
    throw failure;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (failure !== undefined) throw failure;
    throw e;
  }
  if (root === undefined) throw new XmlError("no root element", 1, 1);
  trimText(root);
  return root;
}

function toElement(tag: SaxesTagNS, at: { line: number; col: number }): XmlElement {
  const attrs = new Map<string, string>();
  const foreign: string[] = [];
  for (const a of Object.values(tag.attributes)) {
    if (a.prefix === "xmlns" || a.name === "xmlns") continue;
    if (a.uri === "") attrs.set(a.local, a.value);
    else foreign.push(a.name);
  }
  return { name: tag.local, uri: tag.uri, attrs, foreign, line: at.line, col: at.col, children: [], text: "" };
}

function trimText(element: XmlElement): void {
  const pending = [element];
  for (let e = pending.pop(); e !== undefined; e = pending.pop()) {
    e.text = e.text.trim();
    pending.push(...e.children);
  }
}
