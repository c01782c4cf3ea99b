/**
 * The mock's front server: every request comes here first. Each one is checked by Prism against the spec
 * (forwarded as received: method, path, query, headers, body); an invalid request gets Prism's verdict as a
 * readable error body. A valid request to a list, contact or webhook operation is then answered here, from
 * the key's remembered data or the fixtures; any other request gets Prism's answer unchanged. A `Prefer`
 * header (`code=404`, `example=…`, `dynamic=true`) asks Prism for a specific documented response, so such a
 * request is answered by Prism too.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { Socket } from "node:net";
import {
  type ErrorBody,
  errorBody,
  noun,
  parseViolations,
  type RequestFacts,
  translateViolations,
  type Violation,
} from "./error-bodies.js";
import { type HandlerResult, handlers } from "./handlers.js";
import { buildPath, type LoadedSpec, matchRoute, type RouteMatch } from "./spec.js";
import { Accounts } from "./state.js";

export interface FrontServerOptions {
  /** The spec as JSON, when it could be read (always for the stateful mode). */
  spec: LoadedSpec | undefined;
  prism: { url: string; ready(): Promise<void>; unavailable(): string | undefined };
  stateful: boolean;
  listSize: number;
  maxBodyBytes: number;
  requestTimeoutMs: number;
  upstreamTimeoutMs: number;
}

export interface FrontServer {
  server: Server;
  accounts: Accounts;
}

interface Upstream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Headers that describe one hop, never forwarded. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "expect",
  "host",
  "content-length",
]);

const MAX_UPSTREAM_BYTES = 32 * 1024 * 1024;

class BodyTooLarge extends Error {
  /** True when the client was still sending (a flood cut short), false when its body had ended. */
  constructor(readonly stillSending: boolean) {
    super("body too large");
  }
}
class UpstreamTimeout extends Error {}
class ClientGone extends Error {}

/** Bytes and time a refused client may still send after its 413 before the connection is cut. */
const LINGER_BYTES = 4 * 1_048_576;
const LINGER_MS = 500;

/**
 * Answers `status` on a connection whose client is still sending, then closes it. Node's own close after a
 * `Connection: close` response destroys the socket as soon as the answer is written, with request bytes unread:
 * the kernel then resets the connection, which can throw away the answer before the client reads it (a full
 * `pnpm test` saw an empty answer). So the answer is written on the socket itself (the request's response is
 * left alone, and Node does not close), our side is ended, up to LINGER_BYTES or LINGER_MS more are read and
 * discarded, and only then is the socket destroyed.
 */
function answerAndLinger(socket: Socket, status: string, body: unknown): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
  let drained = 0;
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  socket.once("close", () => clearTimeout(timer));
  socket.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > LINGER_BYTES) socket.destroy();
  });
  socket.resume();
}

/** The request body, up to `limit` bytes. A larger body is drained (up to a bound) and refused with 413. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        // Drain a client that ends soon, so it can read the 413; stop a flood early.
        if (size > limit * 4 + 1_048_576) settle(() => reject(new BodyTooLarge(true)));
      } else {
        chunks.push(chunk);
      }
    });
    req.on("end", () => settle(() => (tooLarge ? reject(new BodyTooLarge(false)) : resolve(Buffer.concat(chunks)))));
    req.on("error", () => settle(() => reject(new ClientGone())));
    req.on("close", () => settle(() => reject(new ClientGone())));
  });
}

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false; reason: string } | undefined {
  if (body.length === 0) return undefined;
  try {
    return { ok: true, value: JSON.parse(body.toString("utf8")) };
  } catch (error) {
    const reason = String((error as Error).message ?? error);
    return { ok: false, reason: reason.length > 200 ? `${reason.slice(0, 200)}…` : reason };
  }
}

const MAX_JSON_DEPTH = 64;

/**
 * How deeply a JSON text nests arrays and objects (a linear scan; strings skipped). Prism fails with a 500 of
 * its own on a body nested some thousands deep, so such a body is refused here first.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123 /* [ { */) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125 /* ] } */) depth--;
  }
  return max;
}

/**
 * RFC 3986 dot-segment removal on the raw path: `/v1/contacts/../phone-numbers` is `/v1/phone-numbers`, for
 * the router as for Prism. Encoded dots (`%2E%2E`) are data: an id "..", which no resource has.
 */
export function removeDotSegments(path: string): string {
  const output: string[] = [];
  const segments = path.split("/");
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    const last = i === segments.length - 1;
    if (segment === ".") {
      if (last) output.push("");
    } else if (segment === "..") {
      if (output.length > 1) output.pop();
      if (last) output.push("");
    } else {
      output.push(segment);
    }
  }
  const joined = output.join("/");
  return joined.startsWith("/") ? joined : `/${joined}`;
}

const MEDIA_TYPE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+\/[A-Za-z0-9!#$%&'*+.^_`|~-]+\s*(;.*)?$/;

/** Requests refused before Prism sees them: Prism 5.12 exits or fails on these. */
function refuse(req: IncomingMessage, pathname: string): { status: number; message: string } | undefined {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return {
        status: 400,
        message: `Request path has a malformed percent-encoding: ${JSON.stringify(shortPath(segment))}`,
      };
    }
  }
  const accept = headerValue(req.headers.accept);
  if (accept !== undefined && accept.trim() !== "") {
    const ranges = accept.split(",").map((range) => (range.split(";")[0] ?? "").trim().toLowerCase());
    if (!ranges.some((range) => range === "*/*" || range === "application/*" || range === "application/json")) {
      return {
        status: 406,
        message: `Accept ${JSON.stringify(accept.slice(0, 100))}: the API answers application/json`,
      };
    }
  }
  const contentType = headerValue(req.headers["content-type"]);
  if (contentType !== undefined && !MEDIA_TYPE.test(contentType.trim())) {
    return { status: 400, message: `Malformed Content-Type header ${JSON.stringify(contentType.slice(0, 100))}` };
  }
  return undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Prism's CORS headers, copied onto answers made here so browser-based tests see the same. */
function corsHeaders(upstream: Upstream | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(upstream?.headers ?? {})) {
    if (name.toLowerCase().startsWith("access-control-") && value !== undefined) headers[name] = String(value);
  }
  return headers;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    ...(text ? { "content-type": "application/json", "content-length": Buffer.byteLength(text) } : {}),
  });
  res.end(text);
}

function shortPath(path: string): string {
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

export function createFrontServer(options: FrontServerOptions): FrontServer {
  const accounts = new Accounts(options.listSize);
  const { spec } = options;

  const prismUrl = new URL(options.prism.url);

  function forwardOnce(
    req: IncomingMessage,
    path: string,
    body: Buffer,
    headers: Record<string, string | string[]>,
  ): Promise<Upstream> {
    return new Promise((resolve, reject) => {
      const upstream = httpRequest(
        {
          host: prismUrl.hostname,
          port: Number(prismUrl.port),
          method: req.method,
          path,
          headers,
          timeout: options.upstreamTimeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_UPSTREAM_BYTES)
              upstream.destroy(new Error(`Prism answered more than ${MAX_UPSTREAM_BYTES} bytes`));
            else chunks.push(chunk);
          });
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }),
          );
          response.on("error", reject);
        },
      );
      upstream.on("timeout", () => upstream.destroy(new UpstreamTimeout()));
      upstream.on("error", reject);
      upstream.end(body);
    });
  }

  /** The request as received, to Prism. If Prism is starting again after a crash, waits for it (once). */
  async function forward(req: IncomingMessage, path: string, body: Buffer): Promise<Upstream> {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
    }
    // Prism 5.12 exits on an Accept header it cannot parse (`;;;`): the mock only speaks JSON anyway.
    headers.accept = "application/json";
    if (body.length) headers["content-length"] = String(body.length);
    await options.prism.ready();
    try {
      return await forwardOnce(req, path, body, headers);
    } catch (error) {
      // Refused: Prism is not listening (restarting after a crash another request caused). A request whose
      // connection broke midway may itself be what crashed Prism: not sent again.
      if ((error as NodeJS.ErrnoException).code !== "ECONNREFUSED") throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
      await options.prism.ready();
      return forwardOnce(req, path, body, headers);
    }
  }

  /** Prism's error answer, made readable: the spec's constant fields, a real message, the violations as `errors`. */
  function rewriteError(
    upstream: Upstream,
    req: IncomingMessage,
    pathname: string,
    match: RouteMatch | undefined,
    facts: RequestFacts,
    rawBody: Buffer,
  ): { status: number; body: ErrorBody } {
    const operation = match?.operation;
    let prismBody: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(upstream.body.toString("utf8"));
      if (typeof parsed === "object" && parsed !== null) prismBody = parsed as Record<string, unknown>;
    } catch {}
    const type = typeof prismBody.type === "string" ? prismBody.type : "";
    if (type.endsWith("NO_PATH_MATCHED_ERROR")) {
      return {
        status: 404,
        body: errorBody(undefined, 404, `${req.method} ${shortPath(pathname)} is not an OpenPhone API route`),
      };
    }
    if (type.endsWith("NO_METHOD_MATCHED_ERROR")) {
      return { status: 405, body: errorBody(undefined, 405, `${shortPath(pathname)} does not accept ${req.method}`) };
    }
    if (type.startsWith("https://stoplight.io/prism/errors#")) {
      // Prism's answer to a mock-control header (`Prefer: code=999`, …): already readable.
      const body = errorBody(
        undefined,
        upstream.status,
        String(prismBody.detail ?? prismBody.title ?? "Prism refused the request").slice(0, 300),
      );
      if (typeof prismBody.title === "string") body.title = prismBody.title;
      return { status: upstream.status, body };
    }
    const prismError = prismBody.error as { code?: unknown; message?: unknown } | undefined;
    if (typeof prismError === "object" && prismError?.code === "internal_server_error") {
      // Prism's own failure, not a documented 500 of the API.
      return {
        status: 500,
        body: errorBody(
          undefined,
          500,
          `Prism (the mock's validator) failed on this request: ${String(prismError.message ?? "Internal Server Error").slice(0, 200)}`,
        ),
      };
    }
    if (typeof prismError === "object" && prismError?.code === "invalid_json") {
      const parsed = parseJson(rawBody);
      const reason = parsed && !parsed.ok ? parsed.reason : "it does not parse";
      return { status: 400, body: errorBody(operation, 400, `Request body is not valid JSON: ${reason}`) };
    }
    const status = upstream.status;
    const violations: Violation[] = parseViolations(headerValue(upstream.headers["sl-violations"]));
    const translated = translateViolations(violations, operation, facts, spec);
    let message: string | undefined;
    if (status === 401) {
      const auth = headerValue(req.headers.authorization);
      message = auth ? "Invalid API key" : "Missing API key: send your key as the Authorization header";
    } else if (translated.summary) {
      message = translated.summary;
    } else if (translated.general.length) {
      message = translated.general
        .map((v) =>
          v.message === "Body parameter is required"
            ? "Request body is required"
            : /^Supported content types: (.*)$/.test(v.message)
              ? `Unsupported Content-Type ${JSON.stringify(String(req.headers["content-type"] ?? "none").slice(0, 100))}: send ${v.message.replace(/^Supported content types: /, "")}`
              : v.message,
        )
        .join("; ");
    }
    const body = errorBody(operation, status, message, status === 401 ? undefined : translated.items);
    // Without the spec (stateless, non-JSON spec), Prism's own body still carries the constant fields.
    if (!operation) {
      for (const key of ["code", "title", "docs", "description"] as const) {
        const value = prismBody[key];
        if (typeof value === "string" && value !== "string") (body as unknown as Record<string, unknown>)[key] = value;
      }
    }
    return { status, body };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const requestUrl = req.url ?? "/";
    const q = requestUrl.indexOf("?");
    const pathname = removeDotSegments(q === -1 ? requestUrl : requestUrl.slice(0, q));
    const search = q === -1 ? "" : requestUrl.slice(q + 1);
    const rawUrl = `${pathname}${search ? `?${search}` : ""}`;

    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        const body = errorBody(undefined, 413, `Request body is larger than ${options.maxBodyBytes} bytes`);
        if (error.stillSending) answerAndLinger(req.socket, "413 Payload Too Large", body);
        else {
          res.shouldKeepAlive = false;
          sendJson(res, 413, body, { connection: "close" });
          res.once("finish", () => req.socket.destroy());
        }
      }
      return;
    }
    const query = new URLSearchParams(search);

    if (pathname === "/__mock/reset") {
      if (method !== "POST")
        return sendJson(res, 405, errorBody(undefined, 405, "POST /__mock/reset resets the mock's state"));
      const key = headerValue(req.headers.authorization);
      accounts.reset(key);
      return sendJson(res, 204, undefined);
    }

    const refusal = refuse(req, pathname);
    if (refusal) return sendJson(res, refusal.status, errorBody(undefined, refusal.status, refusal.message));

    const match = spec ? matchRoute(spec, method, pathname) : undefined;
    const pathParams = match?.pathParams ?? new Map<string, string>();
    const parsed = parseJson(rawBody);
    const facts: RequestFacts = { query, pathParams, body: parsed?.ok ? parsed.value : undefined };

    // `.` and `..` would be normalized away into another route on the way to Prism; no resource has such an id.
    if (match && [...pathParams.values()].some((value) => value === "." || value === "..")) {
      const id = [...pathParams.values()].find((value) => value === "." || value === "..") as string;
      if (!headerValue(req.headers.authorization)) {
        return sendJson(
          res,
          401,
          errorBody(match.operation, 401, "Missing API key: send your key as the Authorization header"),
        );
      }
      return sendJson(
        res,
        404,
        errorBody(match.operation, 404, `${noun(match.operation)} ${JSON.stringify(id)} not found`),
      );
    }

    if (rawBody.length && jsonDepth(rawBody.toString("utf8")) > MAX_JSON_DEPTH) {
      return sendJson(
        res,
        400,
        errorBody(
          match?.operation,
          400,
          `Request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`,
        ),
      );
    }

    const forwardPath = match ? `${buildPath(match.operation, pathParams)}${search ? `?${search}` : ""}` : rawUrl;
    let upstream: Upstream;
    try {
      upstream = await forward(req, forwardPath, rawBody);
    } catch (error) {
      const down = options.prism.unavailable();
      const message =
        error instanceof UpstreamTimeout
          ? `Prism (the mock's validator) did not answer within ${options.upstreamTimeoutMs} ms`
          : down
            ? `Prism (the mock's validator) ${down}`
            : `Prism (the mock's validator) failed on this request: ${(error as Error).message}`;
      const status = error instanceof UpstreamTimeout ? 504 : 502;
      return sendJson(res, status, errorBody(undefined, status, message));
    }

    if (upstream.status >= 400) {
      const { status, body } = rewriteError(upstream, req, pathname, match, facts, rawBody);
      const headers: Record<string, string> = corsHeaders(upstream);
      const violations = headerValue(upstream.headers["sl-violations"]);
      if (violations) headers["sl-violations"] = violations;
      return sendJson(res, status, body, headers);
    }

    const handler = match && options.stateful && !req.headers.prefer ? handlers[match.operation.id] : undefined;
    if (!handler || !match) {
      if (res.headersSent || res.destroyed) return;
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(upstream.headers)) {
        if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
      }
      headers["content-length"] = String(upstream.body.length);
      res.writeHead(upstream.status, headers);
      res.end(upstream.body);
      return;
    }

    let result: HandlerResult;
    try {
      const apiKey = headerValue(req.headers.authorization) ?? "";
      result = handler({
        operation: match.operation,
        pathParams,
        query,
        body: facts.body,
        account: () => accounts.get(apiKey),
        listSize: options.listSize,
      });
    } catch (error) {
      process.stderr.write(
        `openphone-mock: ${method} ${shortPath(pathname)} failed: ${(error as Error).stack ?? error}\n`,
      );
      return sendJson(res, 500, errorBody(match.operation, 500, undefined), corsHeaders(upstream));
    }
    if ("error" in result) {
      return sendJson(
        res,
        result.status,
        errorBody(match.operation, result.status, result.error.message, result.error.errors),
        corsHeaders(upstream),
      );
    }
    sendJson(res, result.status, result.body, corsHeaders(upstream));
  }

  const server = createServer(
    {
      requestTimeout: options.requestTimeoutMs,
      headersTimeout: Math.min(options.requestTimeoutMs, 60_000),
      // How often Node checks the two timeouts above (its default, 30 s, would let a short timeout run long).
      connectionsCheckingInterval: Math.max(100, Math.min(options.requestTimeoutMs / 2, 30_000)),
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        process.stderr.write(`openphone-mock: ${(error as Error).stack ?? error}\n`);
        sendJson(res, 500, errorBody(undefined, 500, "The mock failed to answer this request"));
      });
    },
  );
  // A request that never completes (a client stalled mid-body) gets 408 once requestTimeoutMs has passed;
  // a request Node cannot parse gets 400. Either way the connection is closed and nothing else waits on it.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    const status =
      error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? "408 Request Timeout"
        : error.code === "HPE_HEADER_OVERFLOW"
          ? "431 Request Header Fields Too Large"
          : "400 Bad Request";
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  });
  return { server, accounts };
}
