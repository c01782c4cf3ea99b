/** The store against a real redis-server, one process: the protocol, keys, failures and misuse. */
import { createServer, type Server, type Socket } from "node:net";
import { inspect } from "node:util";
import { OpenPhoneError } from "@openphone-sdk/core";
import { createClient, createClientPool, createCluster, createSentinel } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRedisRateLimitStore,
  type RedisRateLimitStore,
  RedisRateLimitStoreError,
  type RedisScriptClient,
} from "../src/index.js";
import { freePort, type RedisServer, startRedisServer } from "./redis-server.js";

let redis: RedisServer;
const stores: RedisRateLimitStore[] = [];
/** A store on the test server with a prefix of its own (so tests do not share limits), closed after all. */
function store(options: Parameters<typeof createRedisRateLimitStore>[1] = {}): RedisRateLimitStore {
  const made = createRedisRateLimitStore({ url: redis.url }, { prefix: `t${stores.length}:`, ...options });
  stores.push(made);
  return made;
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lease = (answer: unknown) => (answer as { lease?: string } | undefined)?.lease;
const waitMs = (answer: unknown) => (answer as { waitMs?: number } | undefined)?.waitMs;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  for (const made of stores) await made.close();
  await redis?.stop();
});

describe("reserve, release, pause", () => {
  it("grants `limit` slots, then says to wait a full window while they are in flight", async () => {
    const s = store();
    const leases = [];
    for (let i = 0; i < 3; i++) leases.push(lease(await s.reserve("k", 3, 1000, 30_000, 0)));
    expect(new Set(leases).size).toBe(3);
    const full = waitMs(await s.reserve("k", 3, 1000, 30_000, 0));
    // In-flight slots end at the earliest now, so free at the earliest one window from now.
    expect(full).toBe(1000);
  });

  it("counts a released slot until one window after its end, on Redis's clock", async () => {
    const s = store();
    const first = lease(await s.reserve("k", 2, 1000, 30_000, 0)) as string;
    await s.reserve("k", 2, 1000, 30_000, 0);
    // Bounds from measured time, not from sleep's nominal 300 ms (a loaded machine oversleeps): the release
    // happened at least 300 ms and at most `elapsed` ms before the reserve, on any clock.
    const beforeRelease = performance.now();
    await s.release("k", first, 0);
    await sleep(300);
    const answer = await s.reserve("k", 2, 1000, 30_000, 0);
    const elapsed = performance.now() - beforeRelease;
    if (elapsed >= 1000) return void expect(lease(answer)).toMatch(/^r/);
    const wait = waitMs(answer) as number;
    expect(wait).toBeGreaterThanOrEqual(Math.floor(1000 - elapsed) - 2);
    expect(wait).toBeLessThanOrEqual(700 + 2);
    await sleep(wait);
    expect(lease(await s.reserve("k", 2, 1000, 30_000, 0))).toMatch(/^r/);
    // Released once: a second release of the same lease (or an unknown one) changes nothing.
    await s.release("k", first, 0);
    await s.release("k", "r-unknown", 0);
    await s.release("k", "x".repeat(10_000), 0);
    expect(waitMs(await s.reserve("k", 2, 1000, 30_000, 0))).toBe(1000);
  });

  it("lets an unreleased lease (a crashed process) expire leaseMs after its grant, then count as ended", async () => {
    const s = store();
    const beforeGrant = performance.now();
    await s.reserve("k", 1, 500, 300, 0);
    const afterGrant = performance.now();
    expect(waitMs(await s.reserve("k", 1, 500, 300, 0))).toBe(500);
    await sleep(350);
    // Ended at grant + 300: free at grant + 800, so the wait is 800 minus the time since the grant (bounds
    // from measured time: a loaded machine oversleeps; the 500 of an in-flight lease is out of range).
    const answer = await s.reserve("k", 1, 500, 300, 0);
    const now = performance.now();
    if (now - afterGrant >= 800) return void expect(lease(answer)).toBeDefined();
    const wait = waitMs(answer) as number;
    expect(wait).toBeGreaterThanOrEqual(Math.floor(800 - (now - beforeGrant)) - 2);
    expect(wait).toBeLessThanOrEqual(800 - 350 + 2);
    await sleep(wait);
    expect(lease(await s.reserve("k", 1, 500, 300, 0))).toBeDefined();
  });

  it("ignores the caller's clock: `now` from 1970 or years ahead gets the same answers", async () => {
    const s = store();
    expect(lease(await s.reserve("k", 2, 1000, 30_000, 0))).toBeDefined();
    expect(lease(await s.reserve("k", 2, 1000, 30_000, Date.now() + 3e11))).toBeDefined();
    expect(waitMs(await s.reserve("k", 2, 1000, 30_000, -5e12))).toBe(1000);
  });

  it("shares a pause between stores (processes) and never shortens a longer one", async () => {
    const a = store({ prefix: "pause:" });
    const b = createRedisRateLimitStore({ url: redis.url, prefix: "pause:" });
    stores.push(b);
    await a.pause("k", 1500, 0);
    await a.pause("k", 100, 0);
    const wait = waitMs(await b.reserve("k", 10, 1000, 30_000, 0)) as number;
    expect(wait).toBeGreaterThan(1300);
    expect(wait).toBeLessThanOrEqual(1500);
    await a.pause("k", 0, 0);
    await a.pause("k", -5, 0);
    expect(waitMs(await b.reserve("k", 10, 1000, 30_000, 0))).toBeGreaterThan(1000);
  });

  it("keeps limits apart by prefix and by key", async () => {
    const a = store({ prefix: "iso-a:" });
    const b = store({ prefix: "iso-b:" });
    expect(lease(await a.reserve("k", 1, 1000, 30_000, 0))).toBeDefined();
    expect(waitMs(await a.reserve("k", 1, 1000, 30_000, 0))).toBe(1000);
    expect(lease(await b.reserve("k", 1, 1000, 30_000, 0))).toBeDefined();
    expect(lease(await a.reserve("other", 1, 1000, 30_000, 0))).toBeDefined();
    const keys = redis.cli("--scan", "--pattern", "iso-*").split("\n").filter(Boolean).sort();
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^iso-a:\{[0-9a-f]{32}\}:slots$/);
    expect(keys[1]).toMatch(/^iso-a:\{[0-9a-f]{32}\}:slots$/);
    expect(keys[2]).toMatch(/^iso-b:\{[0-9a-f]{32}\}:slots$/);
    // The same key under both prefixes has the same id: only the prefix keeps them apart.
    expect(keys.map((k) => k.slice(6)).filter((k) => k === keys[2]?.slice(6))).toHaveLength(2);
  });

  it("never stores the key it is given, and every key it writes expires", async () => {
    const secret = "sk_live_THIS-IS-THE-API-KEY-0123456789";
    const s = store({ prefix: "raw:" });
    const granted = lease(await s.reserve(secret, 5, 1000, 30_000, 0)) as string;
    await s.reserve(secret, 5, 1000, 30_000, 0);
    await s.release(secret, granted, 0);
    await s.pause(secret, 5000, 0);
    const dump = redis.cli("--scan", "--pattern", "*").split("\n").filter(Boolean);
    expect(dump.length).toBeGreaterThan(0);
    let everything = dump.join("\n");
    for (const key of dump) {
      everything += redis.cli("type", key);
      everything += redis.cli("dump", key);
      const ttl = Number(redis.cli("pttl", key));
      if (ttl === -2) continue; // expired since the scan (another test's short pause)
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(31_000);
    }
    expect(everything).not.toContain("THIS-IS-THE-API-KEY");
    expect(everything).not.toContain("sk_live");
    const { slots } = s.redisKeys(secret);
    expect(redis.cli("zrange", slots, "0", "-1")).toContain(granted);
  });

  it("loads its script again after SCRIPT FLUSH (EVALSHA, then EVAL on NOSCRIPT)", async () => {
    const s = store();
    expect(lease(await s.reserve("k", 5, 1000, 30_000, 0))).toBeDefined();
    redis.cli("script", "flush");
    expect(lease(await s.reserve("k", 5, 1000, 30_000, 0))).toBeDefined();
    expect(redis.cli("script", "exists", "0".repeat(40)).trim()).toBe("0");
  });

  it("accepts every node-redis connection type as `client` (tsc checks the assignments: pnpm lint)", () => {
    const connections: RedisScriptClient[] = [
      createClient(),
      createCluster({ rootNodes: [] }),
      createSentinel({ name: "mymaster", sentinelRootNodes: [] }),
      createClientPool(),
    ];
    for (const connection of connections) {
      expect(connection.isOpen).toBe(false);
      expect(() => createRedisRateLimitStore({ client: connection })).not.toThrow();
    }
  });

  it("takes a node-redis client the caller owns, and leaves it open on close()", async () => {
    const client = createClient({ url: redis.url });
    client.on("error", () => {});
    await client.connect();
    const typed: RedisScriptClient = client; // the structural type accepts a real client as is
    const s = createRedisRateLimitStore({ client: typed, prefix: "own:" });
    expect(lease(await s.reserve("k", 1, 1000, 30_000, 0))).toBeDefined();
    await s.close();
    expect(client.isOpen).toBe(true);
    await expect(s.reserve("k", 1, 1000, 30_000, 0)).rejects.toThrow(/closed/);
    await client.close();
    const unopened = createRedisRateLimitStore({ client });
    await expect(unopened.reserve("k", 1, 1000, 30_000, 0)).rejects.toThrow(/not open.*connect/);
  });
});

describe("misuse gets a typed error saying what was wrong", () => {
  it("refuses bad options and arguments", async () => {
    const bad = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(RedisRateLimitStoreError);
        expect(error).toBeInstanceOf(OpenPhoneError);
        return (error as Error).message;
      }
      throw new Error("did not throw");
    };
    expect(bad(() => createRedisRateLimitStore({} as never))).toMatch(/either \{ url \}.*or \{ client \}/);
    expect(bad(() => createRedisRateLimitStore({ url: redis.url, client: {} } as never))).toMatch(/not both/);
    expect(bad(() => createRedisRateLimitStore({ url: "http://x" }))).toMatch(/redis:\/\//);
    expect(bad(() => createRedisRateLimitStore({ client: {} as never }))).toMatch(/evalSha/);
    expect(bad(() => createRedisRateLimitStore({ url: redis.url }, { onError: "retry" as never }))).toMatch(
      /onError must be "fail" or "local", got "retry"/,
    );
    expect(bad(() => createRedisRateLimitStore({ url: redis.url, localLimit: 0 }))).toMatch(/localLimit/);
    expect(bad(() => createRedisRateLimitStore({ url: redis.url, prefix: "p".repeat(1000) }))).toMatch(
      /prefix must be a string of at most 256/,
    );
    expect(bad(() => createRedisRateLimitStore({ url: redis.url, commandTimeoutMs: Number.NaN }))).toMatch(
      /commandTimeoutMs/,
    );
    const s = store();
    await expect(s.reserve("k", 0, 1000, 1000, 0)).rejects.toThrow(/limit must be a positive number, got 0/);
    await expect(s.reserve("k", 1, Number.NaN, 1000, 0)).rejects.toThrow(/windowMs/);
    await expect(s.reserve("", 1, 1000, 1000, 0)).rejects.toThrow(/key must be a non-empty string/);
    await expect(s.pause("k", Number.POSITIVE_INFINITY, 0)).rejects.toThrow(/ms must be/);
  });

  it("handles prototype-named and huge keys like any other", async () => {
    const s = store();
    for (const key of ["__proto__", "constructor", "..", "{}", "x".repeat(1_000_000)]) {
      expect(lease(await s.reserve(key, 1, 1000, 30_000, 0)), key.slice(0, 20)).toBeDefined();
      expect(waitMs(await s.reserve(key, 1, 1000, 30_000, 0))).toBe(1000);
    }
  });
});

describe("Redis failures: never a hang, a typed error or the local limit, recovery", () => {
  it("fails with a typed error naming the store while Redis is down, and recovers when it is back", async () => {
    const s = store({ prefix: "down:" });
    expect(lease(await s.reserve("k", 5, 1000, 30_000, 0))).toBeDefined();
    await redis.stop();
    const started = performance.now();
    const error = await s.reserve("k", 5, 1000, 30_000, 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisRateLimitStoreError);
    expect((error as RedisRateLimitStoreError).store).toBe("RedisRateLimitStore");
    expect((error as Error).message).toMatch(/^RedisRateLimitStore reserve: /);
    // Fails at once (the connection is known to be down), not after a timeout.
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(s.pause("k", 100, Date.now())).rejects.toBeInstanceOf(RedisRateLimitStoreError);
    await expect(s.release("k", "rsomething", 0)).rejects.toBeInstanceOf(RedisRateLimitStoreError);
    await redis.start();
    let answer: unknown;
    for (let i = 0; i < 50 && !lease(answer); i++) {
      // Fails (typed) until the connection is back; then waits out this process's pause (100 ms).
      answer = await s.reserve("k", 5, 1000, 30_000, Date.now()).catch(() => undefined);
      if (!lease(answer)) await sleep(100);
    }
    expect(lease(answer)).toMatch(/^r/);
  });

  it("falls back to a per-process limit with onError: local, tells onFallback, and returns to Redis", async () => {
    const fallbacks: RedisRateLimitStoreError[] = [];
    const s = store({
      prefix: "local:",
      onError: "local",
      localLimit: 2,
      retryMs: 200,
      onFallback: (e) => fallbacks.push(e),
    });
    expect(lease(await s.reserve("k", 5, 1000, 30_000, 0))).toMatch(/^r/);
    await redis.stop();
    const now = 1_000_000;
    const a = lease(await s.reserve("k", 5, 1000, 30_000, now)) as string;
    expect(a).toMatch(/^local:/);
    expect(lease(await s.reserve("k", 5, 1000, 30_000, now))).toMatch(/^local:/);
    // The local limit (2), not the shared one (5).
    expect(waitMs(await s.reserve("k", 5, 1000, 30_000, now))).toBe(1000);
    await s.release("k", a, now + 10);
    expect(waitMs(await s.reserve("k", 5, 1000, 30_000, now + 20))).toBe(990);
    // A pause while Redis is down still holds this process back; a release to Redis is dropped, not thrown.
    await s.pause("k", 3000, now + 20);
    expect(waitMs(await s.reserve("k", 5, 1000, 30_000, now + 20))).toBe(3000);
    await s.release("k", "rsomething", now);
    expect(fallbacks.length).toBeGreaterThanOrEqual(1);
    expect(fallbacks[0]).toBeInstanceOf(RedisRateLimitStoreError);
    await redis.start();
    let back: string | undefined;
    for (let i = 0; i < 50 && !back?.startsWith("r"); i++) {
      await sleep(100);
      back = lease(await s.reserve("other", 5, 1000, 30_000, now));
    }
    expect(back).toMatch(/^r/);
  });

  it("times out against a server that accepts connections and never answers", async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    const port = await freePort();
    await new Promise<void>((resolve) => silent.listen(port, "127.0.0.1", resolve));
    try {
      for (const onError of ["fail", "local"] as const) {
        const s = createRedisRateLimitStore({
          url: `redis://:hunter2-secret@127.0.0.1:${port}`,
          commandTimeoutMs: 300,
          onError,
        });
        const started = performance.now();
        const outcome = await s.reserve("k", 5, 1000, 30_000, 0).catch((e: unknown) => e);
        expect(performance.now() - started).toBeLessThan(2000);
        if (onError === "fail") {
          expect(outcome).toBeInstanceOf(RedisRateLimitStoreError);
          const text = `${(outcome as Error).message} ${(outcome as Error).stack} ${inspect(outcome)} ${JSON.stringify(outcome)}`;
          expect(text).not.toContain("hunter2");
        } else {
          expect(lease(outcome)).toMatch(/^local:/);
        }
        await s.close();
      }
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it("fails, typed, against a server that answers garbage", async () => {
    const garbage = createServer((socket) => {
      socket.on("data", () => socket.write("%%% not RESP at all\r\n\u0000\u0001"));
    });
    const port = await freePort();
    await new Promise<void>((resolve) => garbage.listen(port, "127.0.0.1", resolve));
    try {
      const s = createRedisRateLimitStore({ url: `redis://127.0.0.1:${port}`, commandTimeoutMs: 500 });
      await expect(s.reserve("k", 5, 1000, 30_000, 0)).rejects.toBeInstanceOf(RedisRateLimitStoreError);
      await s.close();
    } finally {
      garbage.close();
    }
  });
});
