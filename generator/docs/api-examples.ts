/**
 * The request and response examples of an API page: request line and status against the
 * operation, bodies through the validators (`examples.ts`). The body type comes from the block's
 * `"@odata.type"` hint when it has one, else from the operation; `"isCollection": true` marks a
 * `{ "value": [...] }` collection.
 */
import type { IROperation, IRResponse, IRStructured } from "../model/ir.ts";
import type { CheckContext } from "./context.ts";
import { checkBody, type ExampleTarget } from "./examples.ts";
import { parseHttp, type HttpMessage } from "./http.ts";
import { issue, type Issue } from "./issues.ts";
import { blockType, exampleName, type CodeBlock, type DocsPage } from "./page.ts";
import { routeIssues } from "./route.ts";
import { bodyType, findType, structured } from "./spec-index.ts";

export function apiExamples(ctx: CheckContext, page: DocsPage, op: IROperation | undefined): Issue[] {
  return page.blocks.flatMap((block) => {
    const kind = blockType(block);
    if (kind === "request") return requestExample(ctx, block, op);
    return kind === "response" ? responseExample(ctx, page, block, op) : [];
  });
}

function label(block: CodeBlock, kind: string): string {
  const name = exampleName(block);
  return name === undefined ? `${kind} (line ${block.line})` : `${kind} ${name}`;
}

function target(
  type: IRStructured | undefined,
  collection: boolean,
  mode: "request" | "response",
  block: CodeBlock,
  message: HttpMessage,
): ExampleTarget | undefined {
  const truncated = block.annotation?.data["truncated"] === true;
  return type === undefined
    ? undefined
    : { type, collection, mode, truncated, label: label(block, mode), line: message.bodyLine };
}

function requestExample(ctx: CheckContext, block: CodeBlock, op: IROperation | undefined): Issue[] {
  const message = parseHttp(block);
  const name = label(block, "request");
  const issues: Issue[] = [];
  if (op !== undefined && message.method !== undefined && message.target !== undefined)
    issues.push(
      ...routeIssues(op, { method: message.method, target: message.target, line: block.line + 1 }, false, name),
    );
  const type = bodyType(ctx.index, op?.requestBody);
  if (op !== undefined && message.body !== undefined && type === undefined)
    issues.push(
      issue("error", "unexpected-body", `the example sends a body, but spec operation ${op.id} takes none`, {
        line: message.bodyLine,
        example: name,
      }),
    );
  return [
    ...issues,
    ...checkBody(ctx, message, target(type, op?.requestBody?.collection ?? false, "request", block, message), name),
  ];
}

/** The body type of a response example: the block's `"@odata.type"` hint, else the operation's. */
function responseType(
  ctx: CheckContext,
  page: DocsPage,
  block: CodeBlock,
  response: IRResponse | undefined,
): { type?: IRStructured; hint?: string } {
  const hint = block.annotation?.data["@odata.type"];
  if (typeof hint !== "string" || hint === "") return { type: bodyType(ctx.index, response?.body) };
  return { type: structured(findType(ctx.index, hint.replace(/^#/, ""), page.namespace)), hint };
}

function responseExample(ctx: CheckContext, page: DocsPage, block: CodeBlock, op: IROperation | undefined): Issue[] {
  const message = parseHttp(block);
  const name = label(block, "response");
  const response = op?.responses.find((r) => r.status === message.status);
  const issues: Issue[] = [];
  if (op !== undefined && message.status !== undefined && response === undefined)
    issues.push(
      issue(
        "error",
        "http-status",
        `docs answer ${message.status}, spec operation ${op.id} declares ${op.responses.map((r) => r.status).join(", ")}`,
        { line: block.line + 1, example: name },
      ),
    );
  const { type, hint } = responseType(ctx, page, block, response);
  if (type === undefined && hint !== undefined && message.body !== undefined)
    issues.push(
      issue("warning", "not-in-spec", `the example is a ${hint}, which the spec does not define: not validated`, {
        line: block.line,
        example: name,
      }),
    );
  const collection = block.annotation?.data["isCollection"] === true || (response?.body?.collection ?? false);
  return [...issues, ...checkBody(ctx, message, target(type, collection, "response", block, message), name)];
}
