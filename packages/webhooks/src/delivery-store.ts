/**
 * Where `WebhookRouter` remembers which deliveries it handled, so a delivery the vendor sends again (it
 * retries until it gets a 2xx, and may retry one that did succeed when the answer was lost) runs its
 * handlers once.
 */

/**
 * A set of handled delivery keys with an expiry. The default, {@link MemoryDeliveryStore}, is per process:
 * behind a load balancer with several instances, give every instance the same shared store (Redis, a
 * database table with a unique key…), e.g.
 * `{ has: async (key) => (await redis.exists(key)) === 1, add: async (key, ttlMs) => { await redis.set(key, "1", "PX", ttlMs); } }`.
 */
export interface WebhookDeliveryStore {
  /** True when `key` was marked handled and has not expired. */
  has(key: string): boolean | Promise<boolean>;
  /** Marks `key` handled for `ttlMs` milliseconds. */
  add(key: string, ttlMs: number): void | Promise<void>;
}

export interface MemoryDeliveryStoreOptions {
  /** Most keys kept; the oldest are forgotten first. Default 100 000 (a few MB at most). */
  maxEntries?: number;
  /** The clock, in ms (for tests). Default `Date.now`. */
  now?: () => number;
}

/** {@link WebhookDeliveryStore} in this process's memory, bounded in size, with a TTL per key. */
export class MemoryDeliveryStore implements WebhookDeliveryStore {
  readonly #expiries = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: MemoryDeliveryStoreOptions = {}) {
    const maxEntries = options.maxEntries ?? 100_000;
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
      throw new TypeError("maxEntries must be a positive integer");
    }
    this.#maxEntries = maxEntries;
    this.#now = options.now ?? Date.now;
  }

  /** How many keys are kept (expired ones included until they are looked up or pushed out). */
  get size(): number {
    return this.#expiries.size;
  }

  has(key: string): boolean {
    const expiry = this.#expiries.get(key);
    if (expiry === undefined) return false;
    if (expiry > this.#now()) return true;
    this.#expiries.delete(key);
    return false;
  }

  add(key: string, ttlMs: number): void {
    // Re-inserted at the end: the Map's order is the order of eviction.
    this.#expiries.delete(key);
    this.#expiries.set(key, this.#now() + ttlMs);
    for (const oldest of this.#expiries.keys()) {
      if (this.#expiries.size <= this.#maxEntries) break;
      this.#expiries.delete(oldest);
    }
  }
}
