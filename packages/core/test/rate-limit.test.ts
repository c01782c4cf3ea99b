import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type ClientOptions, createClient } from "../src/client.js";
import type { Clock } from "../src/clock.js";
import { APIUserAbortError, OpenPhoneError } from "../src/errors.js";
import { createMemoryRateLimitStore, RateLimiter, type RateLimitStore } from "../src/rate-limit.js";
import { ManualClock, SteppingClock } from "./helpers/clocks.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { getMessageById } from "./helpers/ops.js";

/** The most starts found in any one-second window [t, t + 1000). */
function busiestSecond(starts: number[]): number {
  return Math.max(0, ...starts.map((t) => starts.filter((s) => s >= t && s < t + 1000).length));
}

describe("memory store", () => {
  it("counts starts in a sliding one-second window and says how long to wait", () => {
    const store = createMemoryRateLimitStore();
    expect([0, 10, 20].map((t) => store.take("k", 3, 1000, t))).toEqual([0, 0, 0]);
    expect(store.take("k", 3, 1000, 500)).toBe(500);
    expect(store.take("k", 3, 1000, 999)).toBe(1);
    // The start at 0 has left the window [1, 1000]; the one at 10 has not.
    expect(store.take("k", 3, 1000, 1000)).toBe(0);
    expect(store.take("k", 3, 1000, 1000)).toBe(10);
    expect(store.take("other", 3, 1000, 1000)).toBe(0);
  });
});

describe("RateLimiter", () => {
  it("never lets more than perSecond start in any second, stays at the limit, and serves callers in order", async () => {
    const clock = new SteppingClock();
    const limiter = new RateLimiter(createMemoryRateLimitStore(), "k", 10, clock);
    const starts: number[] = [];
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 35 }, (_, i) =>
        limiter.acquire().then(() => {
          starts.push(clock.now());
          order.push(i);
        }),
      ),
    );
    expect(busiestSecond(starts)).toBe(10);
    // Ten per second exactly: a token bucket with burst 10 would have started 20 by t = 1000.
    expect(starts).toEqual([
      ...Array(10).fill(0),
      ...Array(10).fill(1000),
      ...Array(10).fill(2000),
      ...Array(5).fill(3000),
    ]);
    expect(order).toEqual(Array.from({ length: 35 }, (_, i) => i));
  });

  it("paces late arrivals by the window, not by whole seconds", async () => {
    const clock = new SteppingClock();
    const limiter = new RateLimiter(createMemoryRateLimitStore(), "k", 2, clock);
    await limiter.acquire();
    clock.time = 300;
    await limiter.acquire();
    const starts = [0, 300];
    for (let i = 0; i < 4; i++) {
      await limiter.acquire();
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 300, 1000, 1300, 2000, 2300]);
  });

  it("an aborted waiter leaves the queue at once and the next one takes its place", async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(createMemoryRateLimitStore(), "k", 1, clock);
    await limiter.acquire();
    const controller = new AbortController();
    const second = limiter.acquire(controller.signal);
    const third = limiter.acquire();
    const thirdDone = vi.fn();
    void third.then(thirdDone);
    await vi.waitFor(() => expect(clock.pending).toHaveLength(1));
    controller.abort();
    await expect(second).rejects.toBeInstanceOf(APIUserAbortError);
    expect(clock.time).toBe(0);
    clock.advance(999);
    await Promise.resolve();
    expect(thirdDone).not.toHaveBeenCalled();
    clock.advance(1);
    await third;
    expect(clock.time).toBe(1000);
  });

  it("stops the head's wait when the last waiter aborts", async () => {
    const signals: AbortSignal[] = [];
    const clock: Clock = {
      now: () => 0,
      sleep: (_ms, signal) => {
        if (signal) signals.push(signal);
        return new Promise(() => {});
      },
    };
    const limiter = new RateLimiter(createMemoryRateLimitStore(), "k", 1, clock);
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(signals[0]?.aborted).toBe(true);
  });

  it("a failing store rejects the waiting calls with an OpenPhoneError", async () => {
    const store: RateLimitStore = {
      take: async () => {
        throw new Error("redis down");
      },
    };
    const limiter = new RateLimiter(store, "k", 1, new SteppingClock());
    const error = await limiter.acquire().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as Error).message).toBe("The rate limit store failed");
  });
});

describe("through the client", () => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer({ fallback: { status: 200, body: { data: { id: "MS1" } } } });
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  function client(options: ClientOptions, starts: number[], clock: Clock) {
    const c = createClient({ baseUrl: server.url, logLevel: "off", clock, ...options });
    c.use({ onRequest: () => void starts.push(clock.now()) });
    return c;
  }

  it("is on by default at 10 requests per second", async () => {
    const clock = new SteppingClock();
    const starts: number[] = [];
    const c = client({ apiKey: "default-limit-key" }, starts, clock);
    await Promise.all(Array.from({ length: 25 }, () => getMessageById(c, { id: "MS1" })));
    expect(server.count("GET")).toBe(25);
    expect(busiestSecond(starts)).toBe(10);
    expect(Math.max(...starts)).toBe(2000);
  });

  it("rateLimit: { perSecond } sets the limit", async () => {
    const clock = new SteppingClock();
    const starts: number[] = [];
    const c = client({ apiKey: "three-per-second", rateLimit: { perSecond: 3 } }, starts, clock);
    await Promise.all(Array.from({ length: 7 }, () => getMessageById(c, { id: "MS1" })));
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });

  it("is shared by clients created with the same key, and separate per key", async () => {
    const clock = new SteppingClock();
    const starts: number[] = [];
    const a = client({ apiKey: "shared-key" }, starts, clock);
    const b = client({ apiKey: "shared-key" }, starts, clock);
    await Promise.all(Array.from({ length: 20 }, (_, i) => getMessageById(i % 2 ? a : b, { id: "MS1" })));
    expect(busiestSecond(starts)).toBe(10);
    expect(Math.max(...starts)).toBe(1000);

    const other: number[] = [];
    const c = client({ apiKey: "another-key" }, other, clock);
    const d = client({ apiKey: "yet-another-key" }, other, clock);
    await Promise.all(Array.from({ length: 20 }, (_, i) => getMessageById(i % 2 ? c : d, { id: "MS1" })));
    expect(busiestSecond(other)).toBe(20);
  });

  it("every retry takes a slot too", async () => {
    const clock = new SteppingClock();
    const starts: number[] = [];
    vi.spyOn(Math, "random").mockReturnValue(0);
    server.script({ status: 503 }, { status: 503 });
    const c = client({ apiKey: "retry-slot-key", rateLimit: { perSecond: 1 } }, starts, clock);
    await getMessageById(c, { id: "MS1" });
    // Backoff 500 ms, then the limiter holds the retry until the first start has left the window.
    expect(starts).toEqual([0, 1000, 2000]);
    vi.restoreAllMocks();
  });

  it("rateLimit: false sends at once", async () => {
    const clock = new SteppingClock();
    const starts: number[] = [];
    const c = client({ apiKey: "unlimited", rateLimit: false }, starts, clock);
    await Promise.all(Array.from({ length: 30 }, () => getMessageById(c, { id: "MS1" })));
    expect(clock.sleeps).toEqual([]);
    expect(starts).toHaveLength(30);
  });

  it("aborting a call waiting for a slot rejects at once, sends nothing, and keeps the others in order", async () => {
    const clock = new ManualClock();
    const starts: number[] = [];
    const c = client({ apiKey: "abort-wait-key", rateLimit: { perSecond: 1 } }, starts, clock);
    await getMessageById(c, { id: "first" });
    const controller = new AbortController();
    const waiting = getMessageById(c, { id: "aborted" }, { signal: controller.signal });
    const next = getMessageById(c, { id: "next" });
    await vi.waitFor(() => expect(clock.pending).toHaveLength(1));
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.received.map((r) => r.url)).toEqual(["/v1/messages/first"]);
    clock.advance(1000);
    await next;
    expect(server.received.map((r) => r.url)).toEqual(["/v1/messages/first", "/v1/messages/next"]);
  });

  it("a custom store gets an id of the key, never the key", async () => {
    const keys: string[] = [];
    const memory = createMemoryRateLimitStore();
    const store: RateLimitStore = {
      take: (key, limit, windowMs, now) => {
        keys.push(key);
        return memory.take(key, limit, windowMs, now);
      },
    };
    const c = createClient({ apiKey: "sk_store_secret", baseUrl: server.url, rateLimit: { perSecond: 5, store } });
    await getMessageById(c, { id: "MS1" });
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^key_[0-9a-z]+$/);
    expect(keys[0]).not.toContain("secret");
  });

  it("refuses a limit that is not a whole number above 0", () => {
    for (const perSecond of [0, -1, 2.5, Number.NaN]) {
      expect(() => createClient({ apiKey: "k", rateLimit: { perSecond } })).toThrow(
        /rateLimit.perSecond must be a whole number above 0/,
      );
    }
  });
});
