/**
 * A local HTTP server that answers each request with the next scripted step and records what it received,
 * so tests can assert exact attempt counts and that nothing was sent twice.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Received {
  method: string;
  /** Path and query, e.g. `/v1/calls?maxResults=10`. */
  url: string;
  headers: IncomingMessage["headers"];
  /** The request body; `undefined` when the step dropped the connection before reading it. */
  body: string | undefined;
}

/** What the server does with one request. */
export type Step =
  /** A complete response; an object body is sent as JSON. */
  | { status: number; headers?: Record<string, string>; body?: string | object }
  /** Drop the connection as soon as the request line and headers arrived, before reading the body. */
  | { reset: "before-body" }
  /** Read the whole request body, then drop the connection without answering. */
  | { reset: "after-body" }
  /** Read the request and never answer. */
  | { hang: "before-headers" }
  /** Send status and headers and part of the body, then never finish. */
  | { hang: "mid-body"; status?: number }
  /** Anything else: full control of the exchange. */
  | ((req: IncomingMessage, res: ServerResponse, body: string) => void);

export interface FaultServer {
  readonly url: string;
  readonly port: number;
  readonly received: Received[];
  /** Queues steps: request n gets step n; once the script runs out, every request gets `fallback`. */
  script(...steps: Step[]): void;
  /** Forgets the script and what was received (between tests). */
  reset(): void;
  /** Requests received so far with this method (and path, if given). */
  count(method: string, path?: string): number;
  close(): Promise<void>;
}

export async function startFaultServer(options: { port?: number; fallback?: Step } = {}): Promise<FaultServer> {
  const queue: Step[] = [];
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  const fallback: Step = options.fallback ?? { status: 200, body: { data: [] } };

  const server: Server = createServer((req, res) => {
    const step = queue.shift() ?? fallback;
    const record: Received = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: undefined };
    received.push(record);
    if (typeof step === "object" && "reset" in step && step.reset === "before-body") {
      req.socket.destroy();
      return;
    }
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      record.body = body;
      run(step, req, res, body);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    script: (...steps) => {
      queue.push(...steps);
    },
    reset: () => {
      queue.length = 0;
      received.length = 0;
    },
    count: (method, path) =>
      received.filter((r) => r.method === method && (path === undefined || r.url.split("?")[0] === path)).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function run(step: Step, req: IncomingMessage, res: ServerResponse, body: string): void {
  if (typeof step === "function") {
    step(req, res, body);
    return;
  }
  if ("reset" in step) {
    req.socket.destroy();
    return;
  }
  if ("hang" in step) {
    if (step.hang === "mid-body") {
      res.writeHead(step.status ?? 200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"data": [');
    }
    return;
  }
  const text = typeof step.body === "object" ? JSON.stringify(step.body) : (step.body ?? "");
  const type = typeof step.body === "object" ? "application/json" : "text/plain";
  res.writeHead(step.status, {
    "content-type": type,
    "content-length": String(Buffer.byteLength(text)),
    ...step.headers,
  });
  res.end(text);
}

/** A port on 127.0.0.1 where nothing listens (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
