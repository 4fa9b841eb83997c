/** The escape helpers: one per output context, each leaving spec text unable to become syntax. */
import { describe, expect, it } from "vitest";
import { marked } from "marked";
import { commentText, jsDoc, markdownText, propertyKey, stringLiteral } from "../../generator/emit/escape.ts";

const HOSTILE = [
  "*/",
  "/*",
  "-->",
  "--!>",
  "<!--",
  "`x`",
  "**b**",
  "_i_",
  "[l](javascript:x)",
  "![i](x)",
  "<b>",
  "&amp;",
  "# h",
  "a|b",
  "\\",
  "line\nbreak",
  "\u2028",
  "${x}",
  '"',
];

describe("escape helpers", () => {
  it("stringLiteral round-trips through JavaScript, separators included", () => {
    for (const s of HOSTILE)
      expect(
        JSON.parse(
          stringLiteral(s)
            .replace(/\\u2028/g, "\u2028")
            .replace(/\\u2029/g, "\u2029"),
        ),
      ).toBe(s);
    expect(stringLiteral("\u2028\u2029")).toBe('"\\u2028\\u2029"');
  });

  it("propertyKey quotes anything that is not an identifier", () => {
    expect(propertyKey("id")).toBe("id");
    expect(propertyKey("odd-name")).toBe('"odd-name"');
    expect(propertyKey("__proto__")).toBe("__proto__");
  });

  it("jsDoc and commentText cannot close their comment", () => {
    for (const s of HOSTILE) {
      const doc = jsDoc([s]);
      expect(doc.slice(3, -2), s).not.toContain("*/");
      const c = commentText(s);
      expect(c, s).not.toMatch(/\*\/|--!?>|[\n\u2028]/);
    }
  });

  it("markdownText renders as exactly the text it was given", () => {
    for (const s of HOSTILE) {
      const html = (marked.parseInline(markdownText(s)) as string)
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
      expect(html, s).toBe(s.replace(/\s+/g, " ").trim());
    }
  });
});
