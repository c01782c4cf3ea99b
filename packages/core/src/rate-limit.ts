/**
 * Client-side rate limiting, counted the way the gateway counts: by arrivals at the server in any one-second
 * window. A grant alone cannot promise that (the time from grant to the wire varies: a cold connection, a slow
 * event loop), so a slot is held from its grant until its attempt ENDS (response headers received, or
 * failure) and then counts for one more window from that end. A slot is granted only while
 * (#in flight + #ended within the last window) < limit.
 *
 * Why that is enough: take any window [t, t + 1000) and the requests that arrive in it, granted at
 * g_1 <= … <= g_k. Each arrived after its grant and ended after its arrival, so each ended after t, and
 * g_k < t + 1000 (it arrived by then). At g_k, each earlier one was in flight or had ended after
 * t > g_k - 1000: all k - 1 were counted, so k - 1 < limit, and k <= limit.
 *
 * The cost: a slot is busy for (latency + 1 s), so a steady stream reaches limit / (1 s + latency) per second,
 * e.g. 10 / 1.1 s ≈ 9.1/s at 100 ms latency, instead of 10/s. That is the price of never exceeding the limit
 * where it is counted.
 */
import type { Clock } from "./clock.js";
import { APIUserAbortError, messageOf, RateLimitStoreError, safeCause } from "./errors.js";

/** What `RateLimitStore.reserve` answers: a lease on one slot, or how long to wait before asking again. */
export type RateLimitReservation = { lease: string } | { waitMs: number };

/**
 * Where slots are counted. The in-memory store is the default; a store shared by several processes (Redis,
 * say) implements the same protocol so that they share one limit. `key` identifies the API key without
 * revealing it.
 */
export interface RateLimitStore {
  /** Take one slot for `key` if (#in-flight + #ended after now-windowMs) < limit: returns a lease. Otherwise
   *  returns waitMs = the earliest time a slot could free (an in-flight entry counts as ending now, so its slot
   *  frees at the earliest windowMs from now), or the time left of a pause. An unreleased lease expires leaseMs
   *  after grant (a crashed process), then counts as ended at grant+leaseMs. `now` is the caller's clock; a shared
   *  store may use its own clock instead. */
  reserve(
    key: string,
    limit: number,
    windowMs: number,
    leaseMs: number,
    now: number,
  ): RateLimitReservation | Promise<RateLimitReservation>;
  /** The attempt holding `lease` ended at `now`: its slot counts until now+windowMs. Unknown leases are ignored. */
  release(key: string, lease: string, now: number): void | Promise<void>;
  /** A 429 with Retry-After: no slot for `key` is granted for `ms` (every client/process sharing the store). */
  pause(key: string, ms: number, now: number): void | Promise<void>;
}

interface KeySlots {
  /** Lease -> the time it expires (grant + leaseMs). */
  readonly inFlight: Map<string, number>;
  /** End times of released or expired leases, ascending. */
  readonly ended: number[];
  pausedUntil: number;
}

/** The default store: slots per key, in this process. */
class MemoryRateLimitStore implements RateLimitStore {
  private readonly keys = new Map<string, KeySlots>();
  private leases = 0;

  private slots(key: string, windowMs: number, now: number): KeySlots {
    const slots = entry(this.keys, key, () => ({ inFlight: new Map(), ended: [], pausedUntil: 0 }));
    for (const [lease, expires] of slots.inFlight) {
      if (expires <= now) {
        slots.inFlight.delete(lease);
        endAt(slots.ended, expires);
      }
    }
    while ((slots.ended[0] ?? now) <= now - windowMs) slots.ended.shift();
    return slots;
  }

  reserve(key: string, limit: number, windowMs: number, leaseMs: number, now: number): RateLimitReservation {
    const slots = this.slots(key, windowMs, now);
    if (slots.pausedUntil > now) return { waitMs: slots.pausedUntil - now };
    const { inFlight, ended } = slots;
    if (inFlight.size + ended.length < limit) {
      const lease = String(++this.leases);
      inFlight.set(lease, now + leaseMs);
      return { lease };
    }
    // One more slot must free: the (excess + 1)-th earliest to leave the window. Ended entries leave at
    // end + windowMs (ascending); in-flight ones at the earliest now + windowMs, after every ended one.
    const needed = inFlight.size + ended.length - limit;
    const end = ended[needed];
    return { waitMs: end === undefined ? windowMs : end + windowMs - now };
  }

  release(key: string, lease: string, now: number): void {
    const slots = this.keys.get(key);
    if (slots?.inFlight.delete(lease)) endAt(slots.ended, now);
  }

  pause(key: string, ms: number, now: number): void {
    const slots = entry(this.keys, key, () => ({ inFlight: new Map(), ended: [], pausedUntil: 0 }));
    slots.pausedUntil = Math.max(slots.pausedUntil, now + ms);
  }
}

/** Inserts `time` into the ascending list (releases come nearly in order: a short walk from the end). */
function endAt(ended: number[], time: number): void {
  let index = ended.length;
  while (index > 0 && (ended[index - 1] as number) > time) index--;
  ended.splice(index, 0, time);
}

/** A new in-process store (the default one is shared by every client of this copy of core). */
export function createMemoryRateLimitStore(): RateLimitStore {
  return new MemoryRateLimitStore();
}

/** Shared by every client of this copy of core, so clients created with the same key share one limit. */
export const defaultRateLimitStore: RateLimitStore = /* @__PURE__ */ createMemoryRateLimitStore();

/** One granted slot: `release()` when the attempt ends (headers received or failure). Idempotent. */
export interface RateLimitLease {
  release(): void;
}

interface Waiter {
  readonly leaseMs: number;
  grant(lease: string): void;
  fail(error: unknown): void;
}

/** The window the API counts in. */
const WINDOW_MS = 1000;

/**
 * Hands out slots in FIFO order for one key. Only the caller at the head asks the store; between answers it
 * sleeps until the store's `waitMs`, or until a local release wakes it (no polling).
 */
export class RateLimiter {
  private readonly queue: Waiter[] = [];
  private busy = false;
  private wake: AbortController | undefined;

  constructor(
    private readonly store: RateLimitStore,
    private readonly key: string,
    private readonly limit: number,
    private readonly clock: Clock,
    /** Removes the key from a store's error messages. */
    private readonly redact: (text: string) => string = (text) => text,
  ) {}

  /**
   * Resolves with a lease when this attempt may start; rejects at once with `APIUserAbortError` when
   * `signal` aborts, or with `RateLimitStoreError` when the store fails. `leaseMs` bounds how long the slot
   * stays taken if it is never released.
   */
  acquire(signal: AbortSignal | undefined, leaseMs: number): Promise<RateLimitLease> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new APIUserAbortError());
      const leave = () => {
        signal?.removeEventListener("abort", onAbort);
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
      };
      const onAbort = () => {
        leave();
        reject(new APIUserAbortError());
        // Nobody left to serve: stop the head's wait instead of holding a timer.
        if (!this.queue.length) this.wake?.abort();
      };
      const waiter: Waiter = {
        leaseMs,
        grant: (lease) => {
          leave();
          let released = false;
          resolve({
            release: () => {
              if (released) return;
              released = true;
              this.release(lease);
            },
          });
        },
        fail: (error) => {
          leave();
          reject(error);
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
      void this.pump();
    });
  }

  private release(lease: string): void {
    // The end is now, not when an async store gets to it. A store failure here only delays the slot's end
    // to its lease expiry: never over the limit.
    const now = this.clock.now();
    Promise.resolve()
      .then(() => this.store.release(this.key, lease, now))
      .catch(() => {})
      .finally(() => this.wake?.abort());
  }

  /** A 429 asked every client to hold off for `ms`. */
  pause(ms: number): Promise<void> {
    return Promise.resolve()
      .then(() => this.store.pause(this.key, ms, this.clock.now()))
      .catch(() => {});
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.queue.length) {
        const head = this.queue[0] as Waiter;
        const answer = await this.store.reserve(this.key, this.limit, WINDOW_MS, head.leaseMs, this.clock.now());
        if ("lease" in answer) {
          // If the head aborted while an async store answered, the next waiter takes the slot; with nobody
          // left, the slot is given back at once.
          const waiter = this.queue[0];
          if (waiter) waiter.grant(answer.lease);
          else this.release(answer.lease);
          continue;
        }
        this.wake = new AbortController();
        await this.clock.sleep(Math.max(1, answer.waitMs), this.wake.signal);
      }
    } catch (cause) {
      const name = this.store.constructor?.name;
      const error = new RateLimitStoreError(
        name && name !== "Object" ? name : "(custom store)",
        messageOf(cause, this.redact),
        { cause: safeCause(cause, this.redact) },
      );
      for (const waiter of [...this.queue]) waiter.fail(error);
    } finally {
      this.busy = false;
    }
  }
}

const limiters = new WeakMap<RateLimitStore, WeakMap<Clock, Map<string, RateLimiter>>>();

/**
 * The limiter for one key id and limit. One per store and clock, so clients created with the same key share
 * its FIFO queue (a client given its own clock, as in tests, gets its own queue but still the same store).
 */
export function limiterFor(
  store: RateLimitStore,
  keyId: string,
  limit: number,
  clock: Clock,
  redact?: (text: string) => string,
): RateLimiter {
  const byKey = entry(
    entry(limiters, store, () => new WeakMap()),
    clock,
    () => new Map(),
  );
  return entry(byKey, `${keyId}/${limit}`, () => new RateLimiter(store, keyId, limit, clock, redact));
}

function entry<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * The id a store sees for an API key: `key_` + 32 hex digits of SHA-256("openphone-sdk/rate-limit:" + key),
 * through WebCrypto (every runtime the SDK supports has it). Not reversible, so no store ever holds the key,
 * and the same in every process and runtime, so processes sharing a store share the limit.
 */
export async function keyId(apiKey: string): Promise<string> {
  const data = new TextEncoder().encode(`openphone-sdk/rate-limit:${apiKey}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  let hex = "";
  for (const byte of digest.subarray(0, 16)) hex += byte.toString(16).padStart(2, "0");
  return `key_${hex}`;
}
