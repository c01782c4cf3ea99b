/**
 * Client-side rate limiting. The gateway counts requests per one-second window, so the limiter keeps a
 * sliding log of request start times: a request may start only when fewer than `perSecond` requests started
 * in the preceding second. (A token bucket whose burst equals the rate would let nearly twice the rate
 * through in its first second.)
 */
import type { Clock } from "./clock.js";
import { APIUserAbortError, OpenPhoneError } from "./errors.js";

/**
 * Where request start times are kept. The in-memory store is the default; a store shared by several
 * processes (Redis, say) can implement this to make them share one limit.
 */
export interface RateLimitStore {
  /**
   * Records one request start for `key` at `now` and returns 0 if fewer than `limit` starts were recorded
   * in the `windowMs` before `now`; otherwise records nothing and returns the milliseconds to wait before
   * asking again. `key` identifies the API key without revealing it. A shared store may use its own clock.
   */
  take(key: string, limit: number, windowMs: number, now: number): number | Promise<number>;
}

/** The default store: start times per key, in this process. */
export function createMemoryRateLimitStore(): RateLimitStore {
  const starts = new Map<string, number[]>();
  return {
    take(key, limit, windowMs, now) {
      const log = entry(starts, key, () => []);
      while (log.length && (log[0] as number) <= now - windowMs) log.shift();
      if (log.length < limit) {
        log.push(now);
        return 0;
      }
      // The start that keeps the window full leaves it at this time.
      return (log[log.length - limit] as number) + windowMs - now;
    },
  };
}

/** Shared by every client of this copy of core, so clients created with the same key share one limit. */
export const defaultRateLimitStore: RateLimitStore = /* @__PURE__ */ createMemoryRateLimitStore();

interface Waiter {
  go(): void;
  fail(error: unknown): void;
}

/** Hands out request starts in FIFO order for one key; only the caller at the head polls the store. */
export class RateLimiter {
  private readonly queue: Waiter[] = [];
  private busy = false;
  private idle: AbortController | undefined;

  constructor(
    private readonly store: RateLimitStore,
    private readonly key: string,
    private readonly limit: number,
    private readonly clock: Clock,
  ) {}

  /** Resolves when this request may start; rejects at once with `APIUserAbortError` when `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new APIUserAbortError());
      const settle = (error?: unknown) => {
        signal?.removeEventListener("abort", onAbort);
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onAbort = () => {
        settle(new APIUserAbortError());
        // Nobody left to serve: stop the head's wait instead of holding a timer.
        if (!this.queue.length) this.idle?.abort();
      };
      const waiter: Waiter = { go: () => settle(), fail: settle };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.queue.length) {
        const wait = await this.store.take(this.key, this.limit, 1000, this.clock.now());
        if (!(wait > 0)) {
          // If the head aborted while an async store answered, the next waiter takes the start (or, with
          // nobody left, it goes unused: safe, never over the limit).
          this.queue[0]?.go();
          continue;
        }
        this.idle = new AbortController();
        await this.clock.sleep(wait, this.idle.signal);
      }
    } catch (cause) {
      const error = new OpenPhoneError("The rate limit store failed", { cause });
      for (const waiter of [...this.queue]) waiter.fail(error);
    } finally {
      this.busy = false;
    }
  }
}

const limiters = new WeakMap<RateLimitStore, WeakMap<Clock, Map<string, RateLimiter>>>();

/**
 * The limiter for one key and limit. One per store and clock, so clients created with the same key share
 * its FIFO queue (a client given its own clock, as in tests, gets its own queue but still the same store).
 */
export function limiterFor(store: RateLimitStore, apiKey: string, limit: number, clock: Clock): RateLimiter {
  const byKey = entry(
    entry(limiters, store, () => new WeakMap()),
    clock,
    () => new Map(),
  );
  const key = keyId(apiKey);
  return entry(byKey, `${key}/${limit}`, () => new RateLimiter(store, key, limit, clock));
}

function entry<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  const value = map.get(key) ?? make();
  map.set(key, value);
  return value;
}

/** A stable, non-reversible-in-practice id for an API key (53-bit cyrb53 hash), so no store ever holds the key. */
export function keyId(apiKey: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < apiKey.length; i++) {
    const c = apiKey.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `key_${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
