/**
 * The validators' JavaScript, written line by line in prettier's layout for the few shapes it is
 * made of: statements on one line, blocks, `if (test) statement;` (on one line when it fits, else
 * the statement indented on the next), calls whose arguments go one a line when they do not fit. A
 * function whose lines do not all fit is left to prettier whole (`written` in emit/layout.ts); a
 * test holds every module equal to what prettier makes of it.
 */
import { _, join, type Code } from "../code.ts";
import { PRINT_WIDTH } from "../layout.ts";

/**
 * Lines of JavaScript, each at the indentation of the block it is in. Every line is made of `Code`
 * (never a plain string), so spec text reaches one only as the code builder splices it: a literal.
 */
export class Lines {
  private readonly out: string[] = [];
  private depth = 0;

  private get pad(): string {
    return "  ".repeat(this.depth);
  }

  line(code: Code): this {
    this.out.push(this.pad + code.js);
    return this;
  }

  /** `if (test) statement;`, or the statement on the next line when that does not fit. */
  when(test: Code, statement: Code): this {
    const s = statement.js;
    const one = `${this.pad}if (${test.js}) ${s}`;
    if (one.length <= PRINT_WIDTH) this.out.push(one);
    else this.out.push(`${this.pad}if (${test.js})`, `${this.pad}  ${s}`);
    return this;
  }

  /** `return expression;`, or the expression in parentheses on a line of its own when that does not fit. */
  returns(expression: Code): this {
    const e = expression.js;
    const one = `${this.pad}return ${e};`;
    if (one.length <= PRINT_WIDTH) this.out.push(one);
    else this.out.push(`${this.pad}return (`, `${this.pad}  ${e}`, `${this.pad});`);
    return this;
  }

  /** `return callee(a, b);`, or the arguments one a line (with a trailing comma) when that does not fit. */
  returnsCall(callee: Code, args: readonly Code[]): this {
    const c = callee.js;
    const a = args.map((x) => x.js);
    const one = `${this.pad}return ${c}(${a.join(", ")});`;
    if (one.length <= PRINT_WIDTH) this.out.push(one);
    else this.out.push(`${this.pad}return ${c}(`, ...a.map((x) => `${this.pad}  ${x},`), `${this.pad});`);
    return this;
  }

  /** `head {`, the body, `}` (with `tail` after it: `} else {`). */
  block(head: Code, body: (lines: this) => void, tail: Code = _``): this {
    this.line(_`${head} {`);
    this.depth++;
    body(this);
    this.depth--;
    this.out.push(`${this.pad}}${tail.js}`);
    return this;
  }

  /** `if (test) { body } else { otherwise }`. */
  ifElse(test: Code, body: (lines: this) => void, otherwise: (lines: this) => void): this {
    this.line(_`if (${test}) {`);
    this.depth++;
    body(this);
    this.depth--;
    this.out.push(`${this.pad}} else {`);
    this.depth++;
    otherwise(this);
    this.depth--;
    this.out.push(`${this.pad}}`);
    return this;
  }

  text(): string {
    return this.out.join("\n");
  }
}

/**
 * `head(a, b);` on one line when it fits the print width, else each argument on a line of its own
 * with a trailing comma; an argument that is an array of strings and still does not fit has its
 * items one a line. As prettier breaks a call whose last argument it does not hug (the callers
 * make sure none of theirs is an array or object literal last).
 */
export function callStatement(head: Code, args: readonly (Code | readonly Code[])[]): string {
  const arg = (a: Code | readonly Code[]): Code => (a instanceof Array ? _`[${join(a)}]` : a);
  const one = _`${head}(${join(args.map(arg))});`.js;
  if (one.length <= PRINT_WIDTH) return one;
  const lines = args.flatMap((a) => {
    const flat = `  ${arg(a).js},`;
    if (!(a instanceof Array) || flat.length <= PRINT_WIDTH || a.length === 0) return [flat];
    return ["  [", ...(a as Code[]).map((item) => `    ${item.js},`), "  ],"];
  });
  return [`${head.js}(`, ...lines, ");"].join("\n");
}
