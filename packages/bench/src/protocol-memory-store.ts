/** The slot protocol of `RateLimitStore` in memory, one process, for the shared-limit benchmark's baseline. */
import type { RateLimitReservation } from "@openphone-sdk/rate-limit-redis";

export interface Store {
  reserve(
    key: string,
    limit: number,
    windowMs: number,
    leaseMs: number,
    now: number,
  ): Promise<RateLimitReservation> | RateLimitReservation;
  release(key: string, lease: string, now: number): Promise<void> | void;
  pause(key: string, ms: number, now: number): Promise<void> | void;
  close(): Promise<void> | void;
}

/** Core's default in-memory semantics (slots held until the attempt ends, then one more window), one process. */
export function memoryStore(): Store {
  const inFlight = new Set<string>();
  const ended: number[] = [];
  let pausedUntil = 0;
  let leases = 0;
  return {
    reserve(_key, limit, windowMs, _leaseMs, now) {
      while (ended.length && (ended[0] as number) <= now - windowMs) ended.shift();
      if (pausedUntil > now) return { waitMs: pausedUntil - now };
      if (inFlight.size + ended.length < limit) {
        const lease = String(++leases);
        inFlight.add(lease);
        return { lease };
      }
      const end = ended[inFlight.size + ended.length - limit];
      return { waitMs: end === undefined ? windowMs : end + windowMs - now };
    },
    release(_key, lease, now) {
      if (inFlight.delete(lease)) ended.push(now);
    },
    pause(_key, ms, now) {
      pausedUntil = Math.max(pausedUntil, now + ms);
    },
    close() {},
  };
}
