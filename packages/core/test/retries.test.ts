import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type ClientOptions, createClient } from "../src/client.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  type APIError,
  APIUserAbortError,
  InternalServerError,
  RateLimitError,
} from "../src/errors.js";
import { retryDelay } from "../src/policy.js";
import { ManualClock, SteppingClock } from "./helpers/clocks.js";
import { closedPort, type FaultServer, type Step, startFaultServer } from "./helpers/fault-server.js";
import { deleteContact, getMessageById, sendMessage, updateContact } from "./helpers/ops.js";

const MESSAGE = { content: "Your code is 1234", from: "PN123abc", to: ["+15555550100"] };
const SENT = { status: 202, body: { data: { id: "MS1" } } } as const;
const FOUND = { status: 200, body: { data: { id: "MS1", text: "hi" } } } as const;
/** Only for the one test that runs the real timer, where every attempt hangs. */
const SHORT_TIMEOUT = 300;

let server: FaultServer;
let clock: SteppingClock;

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  clock = new SteppingClock();
  // No jitter: backoff is exactly 500, 1000, 2000… ms.
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(() => {
  vi.restoreAllMocks();
});

function client(options: ClientOptions = {}) {
  return createClient({
    apiKey: "test-key",
    baseUrl: server.url,
    rateLimit: false,
    clock,
    logLevel: "off",
    ...options,
  });
}

/** Times out the attempt in flight (on the fake clock) once `ready()` holds, and returns `call`. */
async function timeOutWhen<T>(call: Promise<T>, ready: () => boolean): Promise<T> {
  call.catch(() => {}); // Observed by the caller; this only keeps the rejection from being reported early.
  await vi.waitFor(() => expect(ready()).toBe(true));
  clock.expireTimeouts();
  return call;
}

/** A client that counts the responses whose headers it received, to time out in the middle of a body. */
function countingHeaders(options: ClientOptions = {}) {
  const seen = { headers: 0 };
  const c = client({
    ...options,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      seen.headers++;
      return response;
    },
  });
  return { c, seen };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

describe("GET and DELETE", () => {
  it("retry 503 twice with backoff 0.5 s then 1 s, and resolve with the third answer", async () => {
    server.script({ status: 503 }, { status: 503 }, FOUND);
    await expect(getMessageById(client(), { id: "MS1" })).resolves.toEqual(FOUND.body);
    expect(server.count("GET", "/v1/messages/MS1")).toBe(3);
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retry ${status}`, async () => {
      server.script({ status }, FOUND);
      await getMessageById(client(), { id: "MS1" });
      expect(server.count("GET")).toBe(2);
    });
  }

  for (const status of [400, 401, 402, 403, 404, 409, 422]) {
    it(`do not retry ${status}`, async () => {
      server.script({ status, body: { message: "no" } });
      const error = (await failure(getMessageById(client(), { id: "MS1" }))) as APIError;
      expect(error.status).toBe(status);
      expect(error.retryCount).toBe(0);
      expect(server.count("GET")).toBe(1);
    });
  }

  it("give up after maxRetries (default 2) with retryCount on the error", async () => {
    server.script({ status: 503 }, { status: 503 }, { status: 503 }, FOUND);
    const error = (await failure(getMessageById(client(), { id: "MS1" }))) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.retryCount).toBe(2);
    expect(server.count("GET")).toBe(3);
  });

  it("backoff doubles up to the 8 s cap, jitter takes off at most 25 %", async () => {
    server.script(...Array.from({ length: 7 }, () => ({ status: 503 })));
    await failure(getMessageById(client({ maxRetries: 6 }), { id: "MS1" }));
    expect(clock.sleeps).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(server.count("GET")).toBe(7);
    vi.spyOn(Math, "random").mockReturnValue(0.999999);
    expect([0, 1, 4].map((n) => retryDelay(n, undefined, 0))).toEqual([375, 750, 6000]);
  });

  it("per-call maxRetries wins over the client's", async () => {
    server.script({ status: 503 }, FOUND);
    const error = (await failure(
      getMessageById(client({ maxRetries: 5 }), { id: "MS1" }, { maxRetries: 0 }),
    )) as APIError;
    expect(error.status).toBe(503);
    expect(server.count("GET")).toBe(1);
  });

  const faults: [string, Step][] = [
    ["a connection reset before the request was read", { reset: "before-body" }],
    ["a connection reset after the request was read", { reset: "after-body" }],
  ];
  for (const [name, step] of faults) {
    it(`retry ${name}`, async () => {
      server.script(step, FOUND);
      await expect(getMessageById(client(), { id: "MS1" })).resolves.toEqual(FOUND.body);
      expect(server.count("GET")).toBe(2);
    });
  }

  it("retry a timeout waiting for the response", async () => {
    server.script({ hang: "before-headers" }, FOUND);
    const call = getMessageById(client(), { id: "MS1" });
    await expect(timeOutWhen(call, () => server.received.length === 1)).resolves.toEqual(FOUND.body);
    expect(server.count("GET")).toBe(2);
  });

  it("retry a response body that never ends", async () => {
    server.script({ hang: "mid-body" }, FOUND);
    const { c, seen } = countingHeaders();
    await expect(timeOutWhen(getMessageById(c, { id: "MS1" }), () => seen.headers === 1)).resolves.toEqual(FOUND.body);
    expect(server.count("GET")).toBe(2);
  });

  it("each attempt gets timeoutMs: 30 s by default, else the client's, else the call's", async () => {
    await getMessageById(client(), { id: "MS1" });
    await getMessageById(client({ timeoutMs: 5000 }), { id: "MS1" });
    await getMessageById(client({ timeoutMs: 5000 }), { id: "MS1" }, { timeoutMs: 1234 });
    server.script({ status: 503 });
    await getMessageById(client(), { id: "MS1" }, { timeoutMs: 777 });
    expect(clock.timeoutsRequested).toEqual([30_000, 5000, 1234, 777, 777]);
  });

  it("DELETE retries a 503 too", async () => {
    server.script({ status: 503 }, { status: 204 });
    await expect(deleteContact(client(), { id: "CT1" })).resolves.toBeUndefined();
    expect(server.count("DELETE", "/v1/contacts/CT1")).toBe(2);
  });
});

describe("Retry-After", () => {
  const cases: [string, Record<string, string>, number][] = [
    ["Retry-After in seconds", { "retry-after": "3" }, 3000],
    ["Retry-After as an HTTP date", { "retry-after": new Date(Date.UTC(2030, 0, 1, 0, 0, 5)).toUTCString() }, 5000],
    ["retry-after-ms", { "retry-after-ms": "1500" }, 1500],
    ["retry-after-ms before Retry-After", { "retry-after-ms": "250", "retry-after": "9" }, 250],
    ["Retry-After 0", { "retry-after": "0" }, 0],
    ["no header: backoff", {}, 500],
    ["Retry-After over 60 s: backoff", { "retry-after": "61" }, 500],
    ["an HTTP date in the past: backoff", { "retry-after": new Date(Date.UTC(2029, 0, 1)).toUTCString() }, 500],
    ["garbage: backoff", { "retry-after": "soon" }, 500],
  ];
  for (const [name, headers, expected] of cases) {
    it(`429 with ${name} waits ${expected} ms`, async () => {
      clock.time = Date.UTC(2030, 0, 1);
      server.script({ status: 429, headers, body: { message: "slow down" } }, FOUND);
      await getMessageById(client(), { id: "MS1" });
      expect(clock.sleeps).toEqual([expected]);
      expect(server.count("GET")).toBe(2);
    });
  }
});

describe("POST and PATCH never send twice unless the server surely did not process the request", () => {
  for (const status of [408, 500, 502, 503, 504]) {
    it(`POST: no retry on ${status}`, async () => {
      server.script({ status, body: "upstream failed" }, SENT);
      const error = (await failure(sendMessage(client(), MESSAGE))) as APIError;
      expect(error.status).toBe(status);
      expect(error.retryCount).toBe(0);
      expect(server.count("POST", "/v1/messages")).toBe(1);
    });
  }

  const resets: [string, Step][] = [
    ["a reset before the body was read", { reset: "before-body" }],
    ["a reset after the body was read", { reset: "after-body" }],
  ];
  for (const [name, step] of resets) {
    it(`POST: no retry after ${name}`, async () => {
      server.script(step, SENT);
      const error = (await failure(sendMessage(client(), MESSAGE))) as APIConnectionError;
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
      expect(error.retryCount).toBe(0);
      expect(server.count("POST")).toBe(1);
    });
  }

  it("POST: no retry after a timeout", async () => {
    server.script({ hang: "before-headers" }, SENT);
    const call = sendMessage(client(), MESSAGE);
    const error = (await failure(timeOutWhen(call, () => server.received.length === 1))) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.retryCount).toBe(0);
    expect(server.count("POST")).toBe(1);
  });

  it("POST: no retry after a response body that never ends", async () => {
    server.script({ hang: "mid-body", status: 202 }, SENT);
    const { c, seen } = countingHeaders();
    const error = await failure(timeOutWhen(sendMessage(c, MESSAGE), () => seen.headers === 1));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.count("POST")).toBe(1);
  });

  it("POST: the request body reached the server exactly once on reset-after-body", async () => {
    server.script({ reset: "after-body" }, SENT);
    await failure(sendMessage(client(), MESSAGE));
    expect(server.received.map((r) => r.body)).toEqual([JSON.stringify(MESSAGE)]);
  });

  it("PATCH: no retry on 503 or timeout", async () => {
    server.script({ status: 503 }, { hang: "before-headers" }, { status: 200, body: { data: { id: "CT1" } } });
    await failure(updateContact(client(), { id: "CT1", defaultFields: { firstName: "A" } }));
    const call = updateContact(client(), { id: "CT1", defaultFields: { firstName: "A" } });
    expect(await failure(timeOutWhen(call, () => server.received.length === 2))).toBeInstanceOf(
      APIConnectionTimeoutError,
    );
    expect(server.count("PATCH")).toBe(2);
  });

  it("POST: retries a 429 (refused before processing) and sends once more", async () => {
    server.script({ status: 429, headers: { "retry-after": "1" } }, SENT);
    await expect(sendMessage(client(), MESSAGE)).resolves.toEqual(SENT.body);
    expect(server.count("POST")).toBe(2);
    expect(clock.sleeps).toEqual([1000]);
  });

  it("POST: a 429 every time ends in RateLimitError with retryCount", async () => {
    server.script({ status: 429 }, { status: 429 }, { status: 429 });
    const error = (await failure(sendMessage(client(), MESSAGE))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryCount).toBe(2);
    expect(server.count("POST")).toBe(3);
  });

  it("POST: retries when the connection was refused (nothing sent), and the server gets it once", async () => {
    const port = await closedPort();
    let late: FaultServer | undefined;
    clock.onSleep = async () => {
      // The API comes up while the SDK backs off.
      late ??= await startFaultServer({ port, fallback: SENT });
    };
    const attempts: string[] = [];
    const c = client({
      baseUrl: `http://127.0.0.1:${port}`,
      fetch: (input, init) => {
        attempts.push(new Request(input, init).method);
        return fetch(input, init);
      },
    });
    try {
      await expect(sendMessage(c, MESSAGE)).resolves.toEqual(SENT.body);
      expect(attempts).toEqual(["POST", "POST"]);
      expect(late?.count("POST")).toBe(1);
    } finally {
      await late?.close();
    }
  });

  it("POST: refused every time ends in APIConnectionError with retryCount 2 after 3 attempts", async () => {
    const port = await closedPort();
    let attempts = 0;
    const c = client({
      baseUrl: `http://127.0.0.1:${port}`,
      fetch: (input, init) => {
        attempts++;
        return fetch(input, init);
      },
    });
    const error = (await failure(sendMessage(c, MESSAGE))) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    // The host and port are named, so that a wrong baseUrl is plain to see.
    expect(error.message).toMatch(new RegExp(`^POST /v1/messages to 127\\.0\\.0\\.1:${port} failed: ECONNREFUSED`));
    expect(error.retryCount).toBe(2);
    expect(attempts).toBe(3);
  });

  it("POST: an error from a custom fetch with no code is not proof of nothing sent", async () => {
    let attempts = 0;
    const c = client({
      fetch: async () => {
        attempts++;
        throw new TypeError("Failed to fetch");
      },
    });
    await failure(sendMessage(c, MESSAGE));
    expect(attempts).toBe(1);
  });

  it("POST: a response body that fails is never retried, whatever code the failure carries", async () => {
    let attempts = 0;
    const c = client({
      fetch: async () => {
        attempts++;
        const refused = Object.assign(new TypeError("terminated"), { cause: { code: "ECONNREFUSED" } });
        const body = new ReadableStream({ pull: (controller) => controller.error(refused) });
        return new Response(body, { status: 202, headers: { "content-type": "application/json" } });
      },
    });
    expect(await failure(sendMessage(c, MESSAGE))).toBeInstanceOf(APIConnectionError);
    expect(attempts).toBe(1);
  });

  it("POST with retryNonIdempotent: true retries a 503 and a timeout", async () => {
    server.script({ status: 503 }, SENT, { hang: "before-headers" }, SENT);
    await sendMessage(client(), MESSAGE, { retryNonIdempotent: true });
    const call = sendMessage(client(), MESSAGE, { retryNonIdempotent: true });
    await expect(timeOutWhen(call, () => server.received.length === 3)).resolves.toEqual(SENT.body);
    expect(server.count("POST")).toBe(4);
  });
});

describe("cancellation", () => {
  it("aborting during backoff rejects at once with APIUserAbortError, and nothing more is sent", async () => {
    const manual = new ManualClock();
    server.script({ status: 503 }, FOUND);
    const controller = new AbortController();
    const call = getMessageById(client({ clock: manual }), { id: "MS1" }, { signal: controller.signal });
    const settled = vi.fn();
    call.then(settled, settled);
    await vi.waitFor(() => expect(manual.pending).toHaveLength(1));
    expect(manual.pending[0]?.ms).toBe(500);
    controller.abort();
    const error = await failure(call);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as APIUserAbortError).retryCount).toBe(0);
    // The backoff never ended, and yet the call is over.
    expect(manual.pending).toHaveLength(1);
    manual.advance(10_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.count("GET")).toBe(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const error = await failure(getMessageById(client(), { id: "MS1" }, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.received).toHaveLength(0);
  });

  it("aborting an attempt in flight is APIUserAbortError, not a timeout, and is not retried", async () => {
    server.script({ hang: "before-headers" }, FOUND);
    const controller = new AbortController();
    const call = getMessageById(client(), { id: "MS1" }, { signal: controller.signal });
    await vi.waitFor(() => expect(server.received).toHaveLength(1));
    controller.abort();
    expect(await failure(call)).toBeInstanceOf(APIUserAbortError);
    expect(server.count("GET")).toBe(1);
  });

  it("a custom fetch that ignores its signal still times out, and the call is retried like any timeout", async () => {
    let attempts = 0;
    const realTimers = { now: () => clock.now(), sleep: (ms: number) => clock.sleep(ms) };
    const c = client({
      clock: realTimers,
      timeoutMs: SHORT_TIMEOUT,
      // Never settles, whatever its signal says.
      fetch: () => {
        attempts++;
        return new Promise<Response>(() => {});
      },
    });
    const error = (await failure(getMessageById(c, { id: "MS1" }, { maxRetries: 1 }))) as APIConnectionTimeoutError;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.retryCount).toBe(1);
    expect(attempts).toBe(2);
  });

  it("an abort ends a call whose custom fetch ignores its signal", async () => {
    const c = client({ fetch: () => new Promise<Response>(() => {}) });
    const controller = new AbortController();
    const call = getMessageById(c, { id: "MS1" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(await failure(call)).toBeInstanceOf(APIUserAbortError);
  });

  it("with real timers, a timed-out GET ends in APIConnectionTimeoutError naming the timeout, after its retries", async () => {
    server.script({ hang: "before-headers" }, { hang: "before-headers" });
    // A clock without timeout(): the real AbortSignal.timeout runs. Every attempt hangs, so no timing is assumed.
    const realTimers = { now: () => clock.now(), sleep: (ms: number) => clock.sleep(ms) };
    const error = (await failure(
      getMessageById(client({ timeoutMs: SHORT_TIMEOUT, clock: realTimers }), { id: "MS1" }, { maxRetries: 1 }),
    )) as APIConnectionTimeoutError;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toMatch(
      new RegExp(`^GET /v1/messages/\\{id\\} to 127\\.0\\.0\\.1:\\d+ timed out after ${SHORT_TIMEOUT} ms$`),
    );
    expect(error.retryCount).toBe(1);
    expect(server.count("GET")).toBe(2);
  });
});
