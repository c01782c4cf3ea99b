import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type ClientOptions, createClient } from "../src/client.js";
import type { Clock } from "../src/clock.js";
import { APIUserAbortError, RateLimitStoreError } from "../src/errors.js";
import { openapiFetchClient } from "../src/openapi-fetch.js";
import {
  createMemoryRateLimitStore,
  keyId,
  RateLimiter,
  type RateLimitReservation,
  type RateLimitStore,
} from "../src/rate-limit.js";
import { ManualClock, SteppingClock } from "./helpers/clocks.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { getMessageById } from "./helpers/ops.js";

/** The most times found in any one-second window [t, t + 1000). */
function busiestSecond(times: number[]): number {
  return Math.max(0, ...times.map((t) => times.filter((s) => s >= t && s < t + 1000).length));
}

const lease = (reservation: RateLimitReservation) => ("lease" in reservation ? reservation.lease : undefined);
const waitMs = (reservation: RateLimitReservation) => ("waitMs" in reservation ? reservation.waitMs : undefined);

describe("memory store: two phases, reserve then release", () => {
  it("counts in-flight slots and slots that ended within the window", () => {
    const store = createMemoryRateLimitStore();
    const a = lease(store.reserve("k", 2, 1000, 30_000, 0) as RateLimitReservation) as string;
    const b = lease(store.reserve("k", 2, 1000, 30_000, 10) as RateLimitReservation) as string;
    expect(a).toBeDefined();
    expect(b).not.toBe(a);
    // Both in flight: each frees at the earliest one window from now.
    expect(waitMs(store.reserve("k", 2, 1000, 30_000, 50) as RateLimitReservation)).toBe(1000);
    // `a` ends at 400: it counts until 1400, whatever its grant time was.
    store.release("k", a, 400);
    expect(waitMs(store.reserve("k", 2, 1000, 30_000, 500) as RateLimitReservation)).toBe(900);
    expect(waitMs(store.reserve("k", 2, 1000, 30_000, 1399) as RateLimitReservation)).toBe(1);
    expect(lease(store.reserve("k", 2, 1000, 30_000, 1400) as RateLimitReservation)).toBeDefined();
    // Other keys are counted apart; unknown leases are ignored.
    expect(lease(store.reserve("other", 2, 1000, 30_000, 1400) as RateLimitReservation)).toBeDefined();
    store.release("k", "no-such-lease", 1400);
  });

  it("the wait names the slot that frees first when several must", () => {
    const store = createMemoryRateLimitStore();
    const leases = [0, 1, 2].map((t) => lease(store.reserve("k", 3, 1000, 30_000, t) as RateLimitReservation));
    store.release("k", leases[1] as string, 100);
    store.release("k", leases[0] as string, 300);
    // Ended at 100 and 300, one in flight: the first to leave the window is the one ended at 100.
    expect(waitMs(store.reserve("k", 3, 1000, 30_000, 400) as RateLimitReservation)).toBe(700);
  });

  it("an unreleased lease expires leaseMs after its grant and then counts as ended then", () => {
    const store = createMemoryRateLimitStore();
    expect(lease(store.reserve("k", 1, 1000, 5000, 0) as RateLimitReservation)).toBeDefined();
    expect(waitMs(store.reserve("k", 1, 1000, 5000, 4000) as RateLimitReservation)).toBe(1000);
    // Expired at 5000, so it counts as ended at 5000, until 6000.
    expect(waitMs(store.reserve("k", 1, 1000, 5000, 5500) as RateLimitReservation)).toBe(500);
    expect(lease(store.reserve("k", 1, 1000, 5000, 6000) as RateLimitReservation)).toBeDefined();
  });

  it("pause holds every slot of the key for its time", () => {
    const store = createMemoryRateLimitStore();
    store.pause("k", 3000, 100);
    expect(waitMs(store.reserve("k", 10, 1000, 30_000, 1000) as RateLimitReservation)).toBe(2100);
    expect(lease(store.reserve("other", 10, 1000, 30_000, 1000) as RateLimitReservation)).toBeDefined();
    expect(lease(store.reserve("k", 10, 1000, 30_000, 3100) as RateLimitReservation)).toBeDefined();
  });
});

describe("RateLimiter", () => {
  it("never lets more than the limit start in any second, stays at the limit, and serves callers in order", async () => {
    const clock = new SteppingClock();
    const limiter = new RateLimiter(createMemoryRateLimitStore(), "k", 10, clock);
    const starts: number[] = [];
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 35 }, (_, i) =>
        limiter.acquire(undefined, 30_000).then((slot) => {
          starts.push(clock.now());
          order.push(i);
          slot.release();
        }),
      ),
    );
    expect(busiestSecond(starts)).toBe(10);
    expect(starts).toEqual([
      ...Array(10).fill(0),
      ...Array(10).fill(1000),
      ...Array(10).fill(2000),
      ...Array(5).fill(3000),
    ]);
    expect(order).toEqual(Array.from({ length: 35 }, (_, i) => i));
  });

  it("a slot counts from the end of its attempt, not from its grant", async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(createMemoryRateLimitStore(), "k", 1, clock);
    const first = await limiter.acquire(undefined, 30_000);
    const granted = vi.fn();
    void limiter.acquire(undefined, 30_000).then(granted);
    await vi.waitFor(() => expect(clock.pending).toHaveLength(1));
    // The first attempt takes 300 ms to get its response headers.
    clock.advance(300);
    first.release();
    clock.advance(700);
    await vi.waitFor(() => expect(clock.pending).toHaveLength(1));
    // At 1000 (a grant-based limiter would go now) the slot still counts: it ended at 300.
    expect(granted).not.toHaveBeenCalled();
    clock.advance(299);
    await Promise.resolve();
    expect(granted).not.toHaveBeenCalled();
    clock.advance(1);
    await vi.waitFor(() => expect(granted).toHaveBeenCalled());
    expect(clock.time).toBe(1300);
  });

  it("a local release wakes the waiting head at once instead of letting it sleep out its wait", async () => {
    const sleeps: { ms: number; signal: AbortSignal | undefined }[] = [];
    let time = 0;
    const clock: Clock = {
      now: () => time,
      sleep: (ms, signal) =>
        new Promise((resolve) => {
          sleeps.push({ ms, signal });
          signal?.addEventListener("abort", () => resolve(), { once: true });
        }),
    };
    const limiter = new RateLimiter(createMemoryRateLimitStore(), "k", 1, clock);
    const first = await limiter.acquire(undefined, 30_000);
    const second = limiter.acquire(undefined, 30_000);
    await vi.waitFor(() => expect(sleeps).toHaveLength(1));
    expect(sleeps[0]?.ms).toBe(1000);
    time = 200;
    first.release();
    // Woken, it asks again and now sleeps exactly until the released slot leaves the window.
    await vi.waitFor(() => expect(sleeps).toHaveLength(2));
    expect(sleeps[0]?.signal?.aborted).toBe(true);
    expect(sleeps[1]?.ms).toBe(1000);
    time = 1200;
    sleeps[1]?.signal?.dispatchEvent(new Event("abort"));
    void second;
  });

  it("an aborted waiter leaves the queue at once and the next one takes its place", async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(createMemoryRateLimitStore(), "k", 1, clock);
    (await limiter.acquire(undefined, 30_000)).release();
    const controller = new AbortController();
    const second = limiter.acquire(controller.signal, 30_000);
    const third = limiter.acquire(undefined, 30_000);
    const thirdDone = vi.fn();
    void third.then(thirdDone);
    await vi.waitFor(() => expect(clock.pending).toHaveLength(1));
    controller.abort();
    await expect(second).rejects.toBeInstanceOf(APIUserAbortError);
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
    await limiter.acquire(undefined, 30_000);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal, 30_000);
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(signals[0]?.aborted).toBe(true);
  });

  it("a failing store rejects the waiting calls with a RateLimitStoreError naming the store, key redacted", async () => {
    class RedisRateLimitStore implements RateLimitStore {
      async reserve(): Promise<RateLimitReservation> {
        throw new Error("redis down (AUTH sk_secret)");
      }
      release() {}
      pause() {}
    }
    const limiter = new RateLimiter(new RedisRateLimitStore(), "k", 1, new SteppingClock(), (text) =>
      text.replace("sk_secret", "[redacted]"),
    );
    const error = await limiter.acquire(undefined, 30_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitStoreError);
    expect((error as RateLimitStoreError).store).toBe("RedisRateLimitStore");
    expect((error as Error).message).toBe(
      "The rate limit store RedisRateLimitStore failed: redis down (AUTH [redacted])",
    );
  });
});

describe("through the client", () => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer({ fallback: { status: 200, body: { data: { id: "MS1" } } } });
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  /**
   * A client whose transport records when each attempt starts (on the fake clock). Virtual time only moves
   * once every attempt in flight has ended: slots count from the end of their attempt, and the local server
   * answers at once in virtual time.
   */
  function client(options: ClientOptions, starts: number[], clock: Clock) {
    let inFlight = 0;
    if (clock instanceof SteppingClock) {
      clock.onSleep = async () => {
        while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 1));
        await new Promise((resolve) => setImmediate(resolve));
      };
    }
    return createClient({
      baseUrl: server.url,
      logLevel: "off",
      clock,
      fetch: async (input, init) => {
        starts.push(clock.now());
        inFlight++;
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      },
      ...options,
    });
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

  it("is shared by clients created with the same key, and by their raw openapi-fetch calls; separate per key", async () => {
    const clock = new SteppingClock();
    const starts: number[] = [];
    const a = client({ apiKey: "shared-key" }, starts, clock);
    const b = client({ apiKey: "shared-key" }, starts, clock);
    const raw = openapiFetchClient(b);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 ? getMessageById(a, { id: "MS1" }) : raw.GET("/v1/messages/MS1" as never, {} as never),
      ),
    );
    expect(server.count("GET")).toBe(20);
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
    // Backoff 500 ms, then the limiter holds the retry until the first attempt's slot has left the window.
    expect(starts).toEqual([0, 1000, 2000]);
    vi.restoreAllMocks();
  });

  it("a 429 with Retry-After pauses the key in the store, for every client sharing it", async () => {
    const clock = new SteppingClock();
    const pauses: [string, number][] = [];
    const memory = createMemoryRateLimitStore();
    const store: RateLimitStore = {
      reserve: (...args) => memory.reserve(...args),
      release: (...args) => memory.release(...args),
      pause: (key, ms, now) => {
        pauses.push([key, ms]);
        return memory.pause(key, ms, now);
      },
    };
    server.script({ status: 429, headers: { "retry-after": "2" } });
    const starts: number[] = [];
    const c = client({ apiKey: "paused-key", rateLimit: { perSecond: 5, store } }, starts, clock);
    await getMessageById(c, { id: "MS1" });
    expect(pauses).toEqual([[await keyId("paused-key"), 2000]]);
    expect(starts).toEqual([0, 2000]);
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

  it("a custom store gets a SHA-256 id of the key, never the key", async () => {
    const keys: string[] = [];
    const memory = createMemoryRateLimitStore();
    const store: RateLimitStore = {
      reserve: (key, ...rest) => {
        keys.push(key);
        return memory.reserve(key, ...rest);
      },
      release: (...args) => memory.release(...args),
      pause: (...args) => memory.pause(...args),
    };
    const c = createClient({ apiKey: "sk_store_secret", baseUrl: server.url, rateLimit: { perSecond: 5, store } });
    await getMessageById(c, { id: "MS1" });
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^key_[0-9a-f]{32}$/);
    // sha256("openphone-sdk/rate-limit:sk_store_secret"), first 16 bytes: stable across processes and runtimes.
    const { createHash } = await import("node:crypto");
    const expected = createHash("sha256").update("openphone-sdk/rate-limit:sk_store_secret").digest("hex");
    expect(keys[0]).toBe(`key_${expected.slice(0, 32)}`);
  });

  it("refuses a limit that is not a whole number above 0", () => {
    for (const perSecond of [0, -1, 2.5, Number.NaN]) {
      expect(() => createClient({ apiKey: "k", rateLimit: { perSecond } })).toThrow(
        /rateLimit.perSecond must be a whole number above 0/,
      );
    }
  });
});

describe("at the server: arrivals, not grants, stay within the limit", () => {
  it("no one-second window holds more than perSecond arrivals, with cold connections and uneven set-up times", async () => {
    // A real server; every response closes its connection, so each request opens a new one.
    const arrivals: number[] = [];
    const server = createServer((req, res) => {
      arrivals.push(performance.now());
      req.resume();
      res.writeHead(200, { "content-type": "application/json", connection: "close" });
      res.end('{"data":{"id":"MS1"}}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    let sent = 0;
    const c = createClient({
      apiKey: "arrival-window-key",
      baseUrl: `http://127.0.0.1:${port}`,
      logLevel: "off",
      rateLimit: { perSecond: 5 },
      // The first few requests take 250 ms from grant to the wire (a slow connection set-up), the rest none:
      // with slots counted from their grant, the second batch would arrive within 1 s of the first.
      fetch: async (input, init) => {
        if (sent++ < 5) await new Promise((resolve) => setTimeout(resolve, 250));
        return fetch(input, init);
      },
    });
    try {
      await Promise.all(Array.from({ length: 15 }, () => getMessageById(c, { id: "MS1" })));
      expect(arrivals).toHaveLength(15);
      expect(busiestSecond(arrivals)).toBeLessThanOrEqual(5);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
