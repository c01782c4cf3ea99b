/**
 * Both adapters behind real HTTP servers on loopback: node:http for the Node middleware (plain and under
 * Express), and node:http bridged to Request/Response for the fetch handler.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import express from "express";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  type CallCompletedEvent,
  InvalidWebhookSignatureError,
  type MessageReceivedEvent,
  toFetchHandler,
  toNodeMiddleware,
  type WebhookEvent,
  WebhookRouter,
  type WebhookRouterOptions,
} from "../src/index.js";
import { KEY, listen as listenAt, MESSAGE_BODY, MESSAGE_EVENT, NOW, nodeHeader, OTHER_KEY } from "./helpers.js";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const listen = (listener: Listener) => listenAt(listener, "/webhooks/openphone");

/** node:http -> Request -> handler -> Response -> node:http, as a fetch-style runtime would do it. */
function fetchBridge(handler: (request: Request) => Promise<Response>): Listener {
  return async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers,
      body: hasBody ? Buffer.concat(chunks) : undefined,
    });
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function post(url: string, body: string, signature?: string, method = "POST"): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== undefined) headers["openphone-signature"] = signature;
  const response = await fetch(url, {
    method,
    headers,
    body: method === "GET" ? undefined : body,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** A router with handlers that record what ran; `call.completed`'s handler throws. */
function setup(options: Partial<WebhookRouterOptions> = {}) {
  const seen: WebhookEvent[] = [];
  const onError = vi.fn();
  const router = new WebhookRouter({ signingKey: KEY, now: () => NOW, onError, ...options })
    .on("message.received", async (event) => {
      expectTypeOf(event).toEqualTypeOf<MessageReceivedEvent>();
      // Resolves later than the handler returns: the answer must still wait for it.
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(event);
    })
    .on("call.completed", (event) => {
      expectTypeOf(event).toEqualTypeOf<CallCompletedEvent>();
      seen.push(event);
      throw new Error("handler boom");
    });
  return { router, seen, onError };
}

const signed = (body: string, key = KEY) => nodeHeader(key, NOW - 1_000, body);
const CALL_BODY = JSON.stringify({ ...MESSAGE_EVENT, type: "call.completed", data: { object: { id: "AC1" } } });

const adapters: [string, (router: WebhookRouter) => Listener][] = [
  ["fetch handler", (router) => fetchBridge(toFetchHandler(router))],
  ["node middleware", (router) => toNodeMiddleware(router)],
];

describe.each(adapters)("%s on a real HTTP server", (_, adapt) => {
  it("answers 200 after the matching typed handler ran", async () => {
    const { router, seen, onError } = setup();
    const url = await listen(adapt(router));
    const answer = await post(url, MESSAGE_BODY, signed(MESSAGE_BODY));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(answer.body).toEqual({ received: true, handled: true });
    expect(seen).toEqual([MESSAGE_EVENT]);
    expect(onError).not.toHaveBeenCalled();
  });

  it.each([
    ["a wrong key", signed(MESSAGE_BODY, OTHER_KEY), "no_matching_signature"],
    ["no signature header", undefined, "missing_header"],
    ["a malformed header", "hmac;1;x", "malformed_header"],
    ["another scheme", `hmac;2;${NOW};abc`, "unsupported_scheme"],
    ["a stale timestamp", nodeHeader(KEY, NOW - 600_000, MESSAGE_BODY), "timestamp_out_of_tolerance"],
  ])("answers 400 without running handlers for %s", async (_, signature, reason) => {
    const { router, seen, onError } = setup();
    const url = await listen(adapt(router));
    const answer = await post(url, MESSAGE_BODY, signature);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: "invalid_signature", reason });
    expect(seen).toEqual([]);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(InvalidWebhookSignatureError);
    expect(onError.mock.calls[0]?.[1]).toEqual({ status: 400 });
  });

  it("answers 400 when the body was changed in transit (re-serialized JSON)", async () => {
    const { router, seen } = setup();
    const url = await listen(adapt(router));
    const answer = await post(url, JSON.stringify(MESSAGE_EVENT), signed(MESSAGE_BODY));
    expect(answer).toMatchObject({ status: 400, body: { reason: "no_matching_signature" } });
    expect(seen).toEqual([]);
  });

  it("answers 400 for a validly signed body that is not an event", async () => {
    const { router, seen } = setup();
    const url = await listen(adapt(router));
    const answer = await post(url, "[]", signed("[]"));
    expect(answer).toMatchObject({ status: 400, body: { error: "invalid_payload" } });
    expect(seen).toEqual([]);
  });

  it("answers 500 when a handler throws, and hands the error to onError", async () => {
    const { router, seen, onError } = setup();
    const url = await listen(adapt(router));
    const answer = await post(url, CALL_BODY, signed(CALL_BODY));
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: "handler_failed" });
    expect(seen).toHaveLength(1);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ message: "handler boom" });
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ status: 500, event: { type: "call.completed" } });
  });

  it("answers 200 (handled: false) for an unknown event type or one without handlers", async () => {
    const { router, seen } = setup();
    const url = await listen(adapt(router));
    for (const type of ["contact.created", "message.delivered"]) {
      const body = JSON.stringify({ ...MESSAGE_EVENT, type });
      const answer = await post(url, body, signed(body));
      expect(answer).toEqual(expect.objectContaining({ status: 200, body: { received: true, handled: false } }));
    }
    expect(seen).toEqual([]);
  });

  it("answers 405 to other methods and 413 to bodies over maxBodyBytes", async () => {
    const { router, seen } = setup({ maxBodyBytes: 64 });
    const url = await listen(adapt(router));
    const get = await post(url, "", undefined, "GET");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const big = await post(url, MESSAGE_BODY, signed(MESSAGE_BODY));
    expect(big).toMatchObject({ status: 413, body: { error: "payload_too_large" } });
    expect(seen).toEqual([]);
  });

  it("logs 5xx (never 4xx) to console.error by default, without the key", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { router } = setup({ onError: undefined });
      const url = await listen(adapt(router));
      await post(url, MESSAGE_BODY, signed(MESSAGE_BODY, OTHER_KEY));
      expect(log).not.toHaveBeenCalled();
      await post(url, CALL_BODY, signed(CALL_BODY));
      expect(log).toHaveBeenCalledOnce();
      expect(JSON.stringify(log.mock.calls)).not.toContain(KEY);
    } finally {
      log.mockRestore();
    }
  });
});

describe("node middleware body sources", () => {
  it("reads a body that arrives in several chunks", async () => {
    const { router, seen } = setup();
    const url = new URL(await listen(toNodeMiddleware(router)));
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(url, {
        method: "POST",
        headers: { "openphone-signature": signed(MESSAGE_BODY), "content-type": "application/json" },
        timeout: 10_000,
      });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
      const bytes = Buffer.from(MESSAGE_BODY);
      // Split inside a multi-byte-free region and write as separate chunks (chunked transfer encoding).
      req.write(bytes.subarray(0, 10));
      req.write(bytes.subarray(10, 200));
      req.end(bytes.subarray(200));
    });
    expect(answer).toEqual({ status: 200, body: JSON.stringify({ received: true, handled: true }) });
    expect(seen).toEqual([MESSAGE_EVENT]);
  });

  it("reads the stream when a parser left req.body = {} without reading (Express 4 json() on another type)", async () => {
    const { router, seen } = setup();
    const middleware = toNodeMiddleware(router);
    const url = await listen((req, res) => {
      (req as IncomingMessage & { body?: unknown }).body = {};
      void middleware(req, res);
    });
    expect((await post(url, MESSAGE_BODY, signed(MESSAGE_BODY))).status).toBe(200);
    expect(seen).toEqual([MESSAGE_EVENT]);
  });
});

describe("node middleware under Express", () => {
  it("works with express.raw() (the Buffer in req.body)", async () => {
    const { router, seen } = setup();
    const app = express();
    app.post("/webhooks/openphone", express.raw({ type: "application/json" }), toNodeMiddleware(router));
    const url = await listen(app);
    const answer = await post(url, MESSAGE_BODY, signed(MESSAGE_BODY));
    expect(answer).toEqual(expect.objectContaining({ status: 200, body: { received: true, handled: true } }));
    expect(seen).toEqual([MESSAGE_EVENT]);
    const tampered = await post(url, MESSAGE_BODY.replace("Hello", "Jello"), signed(MESSAGE_BODY));
    expect(tampered.status).toBe(400);
    expect(seen).toHaveLength(1);
  });

  it("works with no body parser (reads the stream)", async () => {
    const { router, seen } = setup();
    const app = express();
    app.post("/webhooks/openphone", toNodeMiddleware(router));
    const url = await listen(app);
    expect((await post(url, MESSAGE_BODY, signed(MESSAGE_BODY))).status).toBe(200);
    expect(seen).toEqual([MESSAGE_EVENT]);
  });

  it("works with express.text() (the decoded string in req.body)", async () => {
    const { router, seen } = setup();
    const app = express();
    app.post("/webhooks/openphone", express.text({ type: "application/json" }), toNodeMiddleware(router));
    const url = await listen(app);
    expect((await post(url, MESSAGE_BODY, signed(MESSAGE_BODY))).status).toBe(200);
    expect(seen).toEqual([MESSAGE_EVENT]);
  });

  it("refuses a body express.json() already parsed, naming the fix", async () => {
    const { router, seen, onError } = setup();
    const app = express();
    app.use(express.json());
    app.post("/webhooks/openphone", toNodeMiddleware(router));
    const url = await listen(app);
    const answer = await post(url, MESSAGE_BODY, signed(MESSAGE_BODY));
    expect(answer).toEqual(expect.objectContaining({ status: 500, body: { error: "server_misconfigured" } }));
    expect(seen).toEqual([]);
    expect(onError).toHaveBeenCalledOnce();
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/already parsed.*express\.raw/s);
  });
});

describe("WebhookRouter", () => {
  it("runs every handler of a type in registration order, and stops at the first that throws", async () => {
    const order: string[] = [];
    const router = new WebhookRouter({ signingKey: KEY, now: NOW, onError: () => {} })
      .on("message.received", () => {
        order.push("first");
      })
      .on("message.received", async () => {
        order.push("second");
        throw new Error("stop");
      })
      .on("message.received", () => {
        order.push("third");
      });
    const receipt = await router.receive(MESSAGE_BODY, { "openphone-signature": signed(MESSAGE_BODY) });
    expect(receipt.status).toBe(500);
    expect(order).toEqual(["first", "second"]);
  });

  it("refuses unknown types and missing keys up front", () => {
    const router = new WebhookRouter({ signingKey: KEY });
    // @ts-expect-error not a known event type
    expect(() => router.on("message.recieved", () => {})).toThrow(/unknown webhook event type "message.recieved"/);
    expect(() => new WebhookRouter({} as WebhookRouterOptions)).toThrow(TypeError);
  });

  it("answers 500 (not 400) for a signing key that is not base64: a configuration error", async () => {
    const onError = vi.fn();
    const router = new WebhookRouter({ signingKey: "not a key!", now: NOW, onError });
    const receipt = await router.receive(MESSAGE_BODY, { "openphone-signature": signed(MESSAGE_BODY) });
    expect(receipt).toMatchObject({ status: 500, body: { error: "server_misconfigured" } });
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(TypeError);
  });

  it("keeps a failing onError from breaking the answer", async () => {
    const router = new WebhookRouter({
      signingKey: KEY,
      now: NOW,
      onError: () => {
        throw new Error("reporter down");
      },
    });
    const receipt = await router.receive(MESSAGE_BODY, {});
    expect(receipt.status).toBe(400);
  });

  it("does not show the key when printed or serialized", async () => {
    const { inspect } = await import("node:util");
    const router = new WebhookRouter({ signingKey: KEY });
    expect(inspect(router, { showHidden: true, depth: 5 })).not.toContain(KEY);
    expect(JSON.stringify(router)).not.toContain(KEY);
  });
});
