/**
 * Path templates: literal segments, whole-segment parameters, and function calls `name(a={a})` and
 * `name()`, each argument a parameter passed under its own name; anything else is a located reason.
 */
import { describe, expect, it } from "vitest";
import { parsePathTemplate } from "../../generator/check/paths.ts";

const segments = (path: string): unknown => {
  const parsed = parsePathTemplate(path);
  return "problem" in parsed ? parsed.problem : parsed.segments;
};

describe("path templates", () => {
  it("split into literals, parameters and calls", () => {
    expect(segments("/communications/callRecords/{callRecordId}/sessions")).toEqual([
      { kind: "literal", value: "communications" },
      { kind: "literal", value: "callRecords" },
      { kind: "param", name: "callRecordId" },
      { kind: "literal", value: "sessions" },
    ]);
    expect(
      segments("/cr/microsoft.graph.callRecords.getPstnCalls(fromDateTime={fromDateTime},toDateTime={toDateTime})"),
    ).toEqual([
      { kind: "literal", value: "cr" },
      {
        kind: "call",
        name: "microsoft.graph.callRecords.getPstnCalls",
        args: ["fromDateTime", "toDateTime"],
      },
    ]);
    expect(segments("/users/delta()")).toEqual([
      { kind: "literal", value: "users" },
      { kind: "call", name: "delta", args: [] },
    ]);
    expect(segments("/sites/getByPath(path={path})/lists")).toEqual([
      { kind: "literal", value: "sites" },
      { kind: "call", name: "getByPath", args: ["path"] },
      { kind: "literal", value: "lists" },
    ]);
    expect(segments("/users/ünï(größe={größe})")).toEqual([
      { kind: "literal", value: "users" },
      { kind: "call", name: "ünï", args: ["größe"] },
    ]);
  });

  it("keep parentheses without parameters literal (key-as-segment, literal text)", () => {
    expect(segments("/paren(x)/users('a')")).toEqual([
      { kind: "literal", value: "paren(x)" },
      { kind: "literal", value: "users('a')" },
    ]);
  });

  it("give a reason for each malformed call or segment", () => {
    const problems: [string, RegExp][] = [
      ["/f(a={b})", /argument "a=\{b\}" is not written name=\{name\} \(write a=\{a\}\)/],
      ["/f({a})", /argument "\{a\}" is not written name=\{name\}/],
      ["/f(a={a}b)", /argument "a=\{a\}b" is not written/],
      ["/f(a={a},)", /argument "" is not written/],
      ["/f(a b={a b})", /"a b" is not a parameter name/],
      ["/a b(x={x})", /"a b" is not a function name/],
      ["/1f(a={a})", /"1f" is not a function name/],
      ["/ns..f()", /"ns..f" is not a function name/],
      ["/f(x={1x})", /argument "x=\{1x\}" is not written/],
      ["/f(1x={1x})", /"1x" is not a parameter name/],
      ["/x{id}", /mixes a parameter with text/],
      ["/{a b}", /"\{a b\}" is not a parameter name/],
      ["/{}", /"\{\}" is not a parameter name: it is empty/],
      ["relative", /starts with `\/`/],
      ["/a//b", /no empty segments/],
      ["/a/", /does not end with `\/`/],
      ["/a/..", /cannot hold unescaped/],
      ["/a b", /cannot hold unescaped/],
    ];
    for (const [path, problem] of problems) expect(segments(path), path).toMatch(problem);
  });
});
