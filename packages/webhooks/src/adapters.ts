/**
 * Server adapters for a {@link WebhookRouter}: a Web-standard `(Request) => Promise<Response>` handler
 * (Deno, Bun, Cloudflare Workers, Next.js route handlers, Hono…) and a Node `http` / Express handler.
 * Both answer with {@link WebhookRouter.receive}'s status and a small JSON body.
 */
import { OpenPhoneError } from "@openphone-sdk/core";
import type { WebhookReceipt, WebhookRouter } from "./router.js";

const JSON_TYPE = "application/json; charset=utf-8";

class PayloadTooLarge extends Error {}

function tooLarge(router: WebhookRouter, size: string): WebhookReceipt {
  return router.fail(
    new PayloadTooLarge(`webhook body of ${size} bytes is over maxBodyBytes (${router.maxBodyBytes})`),
    {
      status: 413,
      body: { error: "payload_too_large" },
    },
  );
}

function notPost(router: WebhookRouter, method: string | undefined): WebhookReceipt {
  return router.fail(new Error(`webhook requests are POSTs, got ${method}`), {
    status: 405,
    body: { error: "method_not_allowed" },
  });
}

/**
 * A fetch-style handler: `export default { fetch: toFetchHandler(router) }`, `Deno.serve(...)`,
 * `Bun.serve({ fetch })`, or a Next.js `export const POST = toFetchHandler(router)`.
 * Reads the body as bytes, so the signature is checked over exactly what was sent.
 */
export function toFetchHandler(router: WebhookRouter): (request: Request) => Promise<Response> {
  return async (request) => {
    const receipt = await receiveRequest(router, request);
    const headers: Record<string, string> = { "content-type": JSON_TYPE };
    if (receipt.status === 405) headers.allow = "POST";
    return new Response(JSON.stringify(receipt.body), { status: receipt.status, headers });
  };
}

async function receiveRequest(router: WebhookRouter, request: Request): Promise<WebhookReceipt> {
  if (request.method !== "POST") return notPost(router, request.method);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > router.maxBodyBytes) return tooLarge(router, String(declared));
  const body = await readLimited(request, router.maxBodyBytes);
  if (body === undefined) return tooLarge(router, `more than ${router.maxBodyBytes}`);
  return router.receive(body, request.headers);
}

/**
 * Reads the body chunk by chunk and stops (cancelling the stream) as soon as it passes `limit`: a chunked
 * body has no content-length to refuse up front, and must not be buffered whole. Undefined when too large.
 */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a source that ignores cancellation must not hold up the answer.
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The part of Node's `IncomingMessage` (and Express's `Request`) the middleware uses. */
export interface NodeWebhookRequest {
  method?: string | undefined;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Set by body parsers: a Buffer from `express.raw()` is used as is; parsed JSON is refused. */
  body?: unknown;
  /** True once the body stream was read to its end (by a body parser, say). */
  readableEnded?: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
  resume?(): unknown;
  pause?(): unknown;
  /** Closes the connection: used once a body over `maxBodyBytes` was answered, so the rest is never read. */
  destroy?(): unknown;
}

/** The part of Node's `ServerResponse` (and Express's `Response`) the middleware uses. */
export interface NodeWebhookResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string, callback?: () => void): unknown;
  headersSent?: boolean;
}

function firstHeader(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === "string" ? value : value?.[0];
}

/** Reads the request stream up to `limit` bytes. */
function readStream(req: NodeWebhookRequest, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const cleanup = () => {
      req.removeListener("data", onData);
      req.removeListener("end", onEnd);
      req.removeListener("error", onError);
    };
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.length;
      if (size > limit) {
        // Stop reading: the rest of a huge (or endless) body is never pulled off the wire. The answer
        // closes the connection (see toNodeMiddleware).
        cleanup();
        req.pause?.();
        req.on("error", () => {}); // a reset from the sender must not become an unhandled error
        reject(new PayloadTooLarge(String(size)));
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () => {
      cleanup();
      const out = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(out);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

/** Finds the exact body bytes: a raw body a parser kept, else the unread stream. */
async function nodeBody(
  router: WebhookRouter,
  req: NodeWebhookRequest,
): Promise<Uint8Array | string | WebhookReceipt | { tooLarge: WebhookReceipt }> {
  const parsed = req.body;
  if (parsed instanceof Uint8Array || typeof parsed === "string") return parsed;
  if (req.readableEnded) {
    // Express 4's json() also sets req.body = {} for other content types without reading: that case
    // is still readable and falls through; here the stream was consumed and only a parsed value is left.
    const error = new OpenPhoneError(
      parsed !== undefined
        ? 'OpenPhone webhook: req.body was already parsed (express.json()?), so the exact bytes the signature covers are gone. Mount the webhook route before express.json(), or give it express.raw({ type: "application/json" }).'
        : 'OpenPhone webhook: the request body was already read by another middleware, so it cannot be verified. Mount the webhook route before body parsers, or give it express.raw({ type: "application/json" }).',
    );
    return router.fail(error, { status: 500, body: { error: "server_misconfigured" } });
  }
  try {
    return await readStream(req, router.maxBodyBytes);
  } catch (error) {
    if (error instanceof PayloadTooLarge) return { tooLarge: tooLarge(router, `more than ${router.maxBodyBytes}`) };
    return router.fail(error, { status: 400, body: { error: "invalid_payload" } });
  }
}

/**
 * A Node `http` request listener and Express handler in one: `http.createServer(toNodeMiddleware(router))`
 * or `app.post("/webhooks/openphone", toNodeMiddleware(router))`. It answers every request itself (it
 * never calls `next`). It reads the raw body from the stream, or takes the Buffer `express.raw()` left in
 * `req.body`; a body another middleware already parsed as JSON cannot be verified and gets a 500 with the
 * fix in the error given to `onError`.
 */
export function toNodeMiddleware(
  router: WebhookRouter,
): (req: NodeWebhookRequest, res: NodeWebhookResponse, next?: (error?: unknown) => void) => Promise<void> {
  return async (req, res) => {
    let receipt: WebhookReceipt;
    let unread = false;
    if (req.method !== "POST") receipt = notPost(router, req.method);
    else {
      const declared = Number(firstHeader(req.headers["content-length"]) ?? 0);
      const body =
        declared > router.maxBodyBytes && req.body === undefined
          ? { tooLarge: tooLarge(router, String(declared)) }
          : await nodeBody(router, req);
      if (typeof body === "string" || body instanceof Uint8Array) receipt = await router.receive(body, req.headers);
      else if ("tooLarge" in body) {
        receipt = body.tooLarge;
        unread = true;
      } else receipt = body;
    }
    if (res.headersSent) return;
    res.statusCode = receipt.status;
    res.setHeader("content-type", JSON_TYPE);
    if (receipt.status === 405) res.setHeader("allow", "POST");
    if (!unread) {
      res.end(JSON.stringify(receipt.body));
      return;
    }
    // The rest of the body is left unread: close the connection once the answer is out, instead of
    // letting the server drain (read) it all.
    res.setHeader("connection", "close");
    res.end(JSON.stringify(receipt.body), () => req.destroy?.());
  };
}
