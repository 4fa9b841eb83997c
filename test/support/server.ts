/**
 * A real HTTP server on 127.0.0.1 (an ephemeral port) for client tests. It records every request
 * exactly as it arrived (method, raw request target with its percent-encoding, headers, body bytes)
 * and answers from a queue of replies, then from a handler.
 *
 *   const server = await startServer();
 *   server.enqueue({ status: 200, json: { id: "1" } });
 *   ... send to server.url ...
 *   expect(server.requests[0]!.target).toBe("/a/b%2Fc");
 *   await server.close();
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  /** The request target as sent: the raw path and query, percent-encoding intact. */
  readonly target: string;
  /** Header names lower-cased, as Node parses them. */
  readonly headers: IncomingHttpHeaders;
  /** Names and values alternately, names as sent. */
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
  /** The body as UTF-8 text. */
  readonly text: string;
  /** Resolves when the client closes the connection before the reply was sent. */
  readonly closedEarly: Promise<void>;
}

export interface Reply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON, with `Content-Type: application/json`. */
  readonly json?: unknown;
  /** Sent as it is. */
  readonly body?: string | Buffer;
  /** Never answer (until the server closes): for abort and timeout tests. */
  readonly hang?: boolean;
  /** Send the status, the headers and the first half of the body, then nothing more: a body that never ends. */
  readonly stall?: boolean;
}

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface TestServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Replies to use, in order, before falling back to the handler. */
  enqueue(...replies: Reply[]): void;
  /** Resolves once `n` requests have arrived (bodies read). */
  waitForRequests(n: number): Promise<void>;
  close(): Promise<void>;
}

const NOT_FOUND: Handler = () => ({ status: 404, json: { error: { code: "notFound", message: "no reply queued" } } });

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let body: string | Buffer = reply.body ?? "";
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    headers["content-type"] ??= "application/json";
  }
  res.writeHead(reply.status ?? 200, headers);
  if (reply.stall === true) res.write(body.slice(0, Math.ceil(body.length / 2)));
  else res.end(body);
}

export async function startServer(handler: Handler = NOT_FOUND): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const closedEarly = new Promise<void>((resolve) => res.on("close", () => !res.writableFinished && resolve()));
    void readBody(req).then(async (body) => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        target: req.url ?? "",
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body,
        text: body.toString("utf8"),
        closedEarly,
      };
      requests.push(recorded);
      for (const w of waiters.filter((x) => requests.length >= x.n)) w.resolve();
      const reply = queue.shift() ?? (await handler(recorded));
      if (reply.hang !== true) send(res, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    waitForRequests: (n) =>
      requests.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
