/**
 * `client.use` registers openapi-fetch middleware on the client's own openapi-fetch client: openapi-fetch's
 * runner, once per call (retries happen beneath it, in the policy layer). What the SDK adds: middleware that
 * never settles is bounded, and whatever middleware throws comes out typed and without the key.
 */
import type { Middleware } from "openapi-fetch";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type ClientOptions, createClient } from "../src/client.js";
import { APIConnectionTimeoutError, APIUserAbortError, OpenPhoneError } from "../src/errors.js";
import { withResponse } from "../src/request.js";
import { SteppingClock } from "./helpers/clocks.js";
import { closedPort, type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { getMessageById, sendMessage } from "./helpers/ops.js";

const FOUND = { status: 200, body: { data: { id: "MS1", text: "hi" } } } as const;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ fallback: FOUND });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  vi.spyOn(Math, "random").mockReturnValue(0);
});

function client(options: ClientOptions = {}) {
  return createClient({
    apiKey: "mw-key",
    baseUrl: server.url,
    rateLimit: false,
    logLevel: "off",
    clock: new SteppingClock(),
    ...options,
  });
}

describe("openapi-fetch's runner, once per call", () => {
  it("onRequest in order, onResponse in reverse, once for a call that took three attempts", async () => {
    server.script({ status: 503 }, { status: 503 }, FOUND);
    const log: string[] = [];
    const c = client();
    c.use(
      { onRequest: () => void log.push("a.onRequest"), onResponse: () => void log.push("a.onResponse") },
      { onRequest: () => void log.push("b.onRequest"), onResponse: () => void log.push("b.onResponse") },
    );
    await expect(getMessageById(c, { id: "MS1" })).resolves.toEqual(FOUND.body);
    expect(server.count("GET")).toBe(3);
    expect(log).toEqual(["a.onRequest", "b.onRequest", "b.onResponse", "a.onResponse"]);
  });

  it("onResponse reads the success body and may replace the response: the call resolves to the replacement's", async () => {
    const c = client();
    const seen: string[] = [];
    c.use({
      onResponse: async ({ response }) => {
        seen.push(await response.clone().text());
        return new Response(JSON.stringify({ data: { id: "MS2", text: "replaced" } }), response);
      },
    });
    await expect(getMessageById(c, { id: "MS1" })).resolves.toEqual({ data: { id: "MS2", text: "replaced" } });
    expect(seen).toEqual([JSON.stringify(FOUND.body)]);
  });

  it("without middleware the transport's response goes on as it is (no copy, its body read once)", async () => {
    let sent: Response | undefined;
    const c = client({
      fetch: async (input, init) => {
        sent = await fetch(input, init);
        return sent;
      },
    });
    const { body, response } = await withResponse(getMessageById, c, { id: "MS1" });
    expect(body).toEqual(FOUND.body);
    expect(response).toBe(sent);
    expect(response.bodyUsed).toBe(true);
    // With middleware registered, it gets a response whose body it can read.
    c.use({ onResponse: () => undefined });
    const second = await withResponse(getMessageById, c, { id: "MS1" });
    expect(second.response).not.toBe(sent);
    expect(second.body).toEqual(FOUND.body);
  });

  it("a Request returned by onRequest is what every attempt sends", async () => {
    server.script({ status: 503 }, FOUND);
    const c = client();
    c.use({ onRequest: ({ request }) => new Request(request, { headers: { "x-added": "a" } }) });
    await getMessageById(c, { id: "MS1" });
    expect(server.received.map((r) => r.headers["x-added"])).toEqual(["a", "a"]);
  });

  it("a Response returned by onRequest answers the call: nothing is sent", async () => {
    const c = client();
    c.use({ onRequest: () => Response.json({ data: { id: "cached" } }) });
    await expect(getMessageById(c, { id: "MS1" })).resolves.toEqual({ data: { id: "cached" } });
    expect(server.received).toHaveLength(0);
  });

  it("onError sees the typed error after the retries, and a Response it returns recovers the call", async () => {
    const seen: unknown[] = [];
    const c = client({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
    c.use({
      onError: ({ error }) => {
        seen.push(error);
        return Response.json({ data: { id: "fallback" } });
      },
    });
    await expect(getMessageById(c, { id: "MS1" })).resolves.toEqual({ data: { id: "fallback" } });
    expect(seen).toHaveLength(1);
    expect((seen[0] as OpenPhoneError).retryCount).toBe(2);
    expect((seen[0] as Error).message).toMatch(/ECONNREFUSED/);
  });

  it("an Error returned by onError is what the caller gets, typed", async () => {
    const c = client({ baseUrl: `http://127.0.0.1:${await closedPort()}`, maxRetries: 0 });
    c.use({ onError: () => new Error("replaced by mw-key's middleware") });
    const error = await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as Error).message).toBe("GET /v1/messages/{id}: failed: replaced by [redacted]'s middleware");
  });

  it("a failing onResponse is reported as such, typed and redacted, never retried", async () => {
    const c = client();
    c.use({
      onResponse: () => {
        throw new Error("boom from mw-key's middleware");
      },
    });
    const error = await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as Error).message).toBe(
      "GET /v1/messages/{id}: the response could not be handled: boom from [redacted]'s middleware",
    );
    expect(server.received).toHaveLength(1);
  });

  it("middleware returning anything else is refused with openapi-fetch's message, typed", async () => {
    const c = client();
    c.use({ onRequest: () => "yes" as never });
    const error = await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as Error).message).toBe(
      "GET /v1/messages/{id}: the request could not be built: onRequest: must return new Request() or Response() when modifying the request",
    );
    expect(server.received).toHaveLength(0);
  });

  it("eject removes middleware; use refuses what is not middleware", async () => {
    const log: string[] = [];
    const c = client();
    const tracer: Middleware = { onRequest: () => void log.push("traced") };
    c.use(tracer);
    await getMessageById(c, { id: "MS1" });
    c.eject(tracer);
    await getMessageById(c, { id: "MS1" });
    expect(log).toEqual(["traced"]);
    expect(() => c.use({} as Middleware)).toThrow(OpenPhoneError);
  });
});

describe("middleware that never settles is bounded", () => {
  it("an onRequest that never settles ends the call after timeoutMs with APIConnectionTimeoutError; nothing is sent, even later", async () => {
    let letThrough: (() => void) | undefined;
    const c = client({ timeoutMs: 200, clock: undefined });
    c.use({
      onRequest: ({ request }) =>
        new Promise<Request>((resolve) => {
          letThrough = () => resolve(request);
        }),
    });
    const error = await sendMessage(c, { content: "hi", from: "PN1", to: ["+15555550100"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe("POST /v1/messages: middleware did not finish within 200 ms");
    // The middleware lets the request through after the caller was told it failed: it must not be sent.
    letThrough?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.received).toHaveLength(0);
  });

  it("an abort while onRequest hangs rejects at once with APIUserAbortError", async () => {
    const c = client();
    c.use({ onRequest: () => new Promise<undefined>(() => {}) });
    const controller = new AbortController();
    const call = getMessageById(c, { id: "MS1" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("an onResponse that never settles is bounded too", async () => {
    const c = client({ timeoutMs: 150, clock: undefined });
    c.use({ onResponse: () => new Promise<undefined>(() => {}) });
    const error = await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe("GET /v1/messages/{id}: middleware did not finish within 150 ms");
    expect(server.received).toHaveLength(1);
  });
});
