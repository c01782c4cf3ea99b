import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  type ClientOptions,
  createClient,
  OpenPhoneError,
} from "../src/index.js";
import { openapiFetchClient } from "../src/openapi-fetch.js";
import { SteppingClock } from "./helpers/clocks.js";
import { closedPort, type FaultServer, startFaultServer } from "./helpers/fault-server.js";

/** An untyped view: these tests call paths of no particular package. */
type AnyCall = (
  path: string,
  init?: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
type AnyClient = { GET: AnyCall; POST: AnyCall; DELETE: AnyCall };

describe("openapiFetchClient", () => {
  it("calls any path with the client's base URL, key, headers and middleware", async () => {
    const seen: Request[] = [];
    const client = createClient({
      apiKey: "raw-client-key",
      baseUrl: "http://api.test",
      headers: { "X-Team": "platform" },
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        return new Response('{"data":[]}', { status: 200, headers: { "content-type": "application/json" } });
      },
    });
    const tagged: string[] = [];
    const raw = openapiFetchClient(client);
    // Registered after the raw client was made: still applies.
    client.use({
      onRequest: ({ request }) => {
        request.headers.set("X-Trace", "t1");
        return request;
      },
      onResponse: ({ response }) => void tagged.push(String(response.status)),
    });
    const { data, response } = await raw.GET(
      "/v1/phone-numbers" as never,
      { params: { query: { userId: "US1" } } } as never,
    );
    expect(response.status).toBe(200);
    expect(data).toEqual({ data: [] });
    expect(seen[0]?.url).toBe("http://api.test/v1/phone-numbers?userId=US1");
    expect(seen[0]?.headers.get("authorization")).toBe("raw-client-key");
    expect(seen[0]?.headers.get("x-team")).toBe("platform");
    expect(seen[0]?.headers.get("x-trace")).toBe("t1");
    expect(tagged).toEqual(["200"]);
  });
});

describe("a raw openapiFetchClient call shares every policy of the generated ones", () => {
  let server: FaultServer;
  const KEY = "sk_raw_SharedPolicies_9x";
  beforeAll(async () => {
    server = await startFaultServer({ fallback: { status: 200, body: { data: { id: "MS1" } } } });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    vi.spyOn(Math, "random").mockReturnValue(0);
  });
  afterEach(() => vi.restoreAllMocks());

  function raw(options: ClientOptions = {}) {
    const clock = new SteppingClock();
    const client = createClient({
      apiKey: KEY,
      baseUrl: server.url,
      rateLimit: false,
      logLevel: "off",
      clock,
      ...options,
    });
    return { client, clock, api: openapiFetchClient(client) as unknown as AnyClient };
  }

  it("is the client's own openapi-fetch client: the same object every time", () => {
    const client = createClient({ apiKey: KEY, baseUrl: server.url });
    expect(openapiFetchClient(client)).toBe(openapiFetchClient(client));
  });

  it("retries a GET on 503 with backoff, and says how many retries an error took", async () => {
    const { api, clock } = raw();
    server.script({ status: 503 }, { status: 503 }, { status: 200, body: { data: { id: "MS1" } } });
    const { data, response } = await api.GET("/v1/messages/{id}", { params: { path: { id: "MS1" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ data: { id: "MS1" } });
    expect(server.count("GET")).toBe(3);
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  it("never sends a POST twice after a 503 or a reset, unless retryNonIdempotent; retries a refused connection", async () => {
    const { api } = raw();
    server.script({ status: 503, body: { message: "busy" } });
    const { error, response } = await api.POST("/v1/messages", { body: { content: "hi" } });
    expect(response.status).toBe(503);
    expect(error).toEqual({ message: "busy" });
    expect(server.count("POST")).toBe(1);

    server.reset();
    server.script({ reset: "after-body" });
    await expect(api.POST("/v1/messages", { body: { content: "hi" } })).rejects.toBeInstanceOf(APIConnectionError);
    expect(server.count("POST")).toBe(1);

    server.reset();
    server.script({ status: 503 }, { status: 202, body: { data: { id: "MS2" } } });
    const retried = await api.POST("/v1/messages", { body: { content: "hi" }, retryNonIdempotent: true });
    expect(retried.response.status).toBe(202);
    expect(server.count("POST")).toBe(2);
    expect(server.received.map((r) => r.body)).toEqual(['{"content":"hi"}', '{"content":"hi"}']);

    const refused = raw({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
    const error2 = await refused.api.POST("/v1/messages", { body: {} }).catch((e: unknown) => e);
    expect(error2).toBeInstanceOf(APIConnectionError);
    expect((error2 as APIConnectionError).retryCount).toBe(2);
  });

  it("times out per attempt (timeoutMs per call), even with a transport that ignores its signal", async () => {
    const ignoring = raw({
      clock: undefined,
      maxRetries: 0,
      fetch: () => new Promise<Response>(() => {}),
    });
    const error = await ignoring.api
      .GET("/v1/messages/{id}", { params: { path: { id: "MS1" } }, timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toMatch(/^GET \/v1\/messages\/\{id\} to [^ ]+:\d+ timed out after 50 ms$/);
  });

  it("aborts with the caller's signal", async () => {
    const { api } = raw();
    server.script({ hang: "before-headers" });
    const controller = new AbortController();
    const call = api.GET("/v1/messages/{id}", { params: { path: { id: "MS1" } }, signal: controller.signal });
    await vi.waitFor(() => expect(server.received).toHaveLength(1));
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("removes the key from an error response's body, reason phrase and headers before openapi-fetch parses it", async () => {
    const { api } = raw();
    server.script((req, res) => {
      const auth = String(req.headers.authorization);
      const body = JSON.stringify({ message: `bad key ${auth}` });
      res.writeHead(401, `Nope ${auth}`, { "x-echo": auth.toLowerCase(), "content-type": "application/json" });
      res.end(body);
    });
    const { error, response } = await api.GET("/v1/messages/{id}", { params: { path: { id: "MS1" } } });
    expect(error).toEqual({ message: "bad key [redacted]" });
    expect(response.statusText).toBe("Nope [redacted]");
    expect(response.headers.get("x-echo")).toBe("[redacted]");
  });

  it("refuses a missing path value and '.' or '..' before sending", async () => {
    const { api } = raw();
    for (const params of [{}, { path: { id: "." } }, { path: { id: ".." } }]) {
      await expect(api.DELETE("/v1/contacts/{id}", { params })).rejects.toBeInstanceOf(OpenPhoneError);
    }
    expect(server.received).toHaveLength(0);
  });
});
