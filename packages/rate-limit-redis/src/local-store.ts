/**
 * The per-process fallback used by `onError: "local"` while Redis cannot be reached: the same slot protocol as
 * the Redis script, in memory, on this process's clock. It limits this process only, so N processes can send
 * up to N times its limit together: weaker than the shared store, which is why it is opt-in.
 *
 * (Core's in-memory store implements the same protocol; this one also answers how long a pause has left, and
 * tags its leases `local:` so that `release` can tell them from Redis's.)
 */
import type { RateLimitReservation } from "@openphone-sdk/core";

interface KeySlots {
  /** Lease -> when it expires (grant + leaseMs). */
  readonly inFlight: Map<string, number>;
  /** End times of released or expired leases, ascending. */
  readonly ended: number[];
  pausedUntil: number;
}

export class LocalSlots {
  private readonly keys = new Map<string, KeySlots>();
  private leases = 0;
  /** Makes this process's leases unlike any other's (leases are compared across processes in tests and logs). */
  private readonly tag = Math.random().toString(36).slice(2, 10);

  private slots(key: string): KeySlots {
    let slots = this.keys.get(key);
    if (!slots) {
      slots = { inFlight: new Map(), ended: [], pausedUntil: Number.NEGATIVE_INFINITY };
      this.keys.set(key, slots);
    }
    return slots;
  }

  reserve(key: string, limit: number, windowMs: number, leaseMs: number, now: number): RateLimitReservation {
    const slots = this.slots(key);
    for (const [lease, expires] of slots.inFlight) {
      if (expires <= now) {
        slots.inFlight.delete(lease);
        endAt(slots.ended, expires);
      }
    }
    while ((slots.ended[0] ?? now) <= now - windowMs) slots.ended.shift();
    if (slots.pausedUntil > now) return { waitMs: slots.pausedUntil - now };
    const { inFlight, ended } = slots;
    if (inFlight.size + ended.length < limit) {
      const lease = `local:${this.tag}:${++this.leases}`;
      inFlight.set(lease, now + leaseMs);
      return { lease };
    }
    const end = ended[inFlight.size + ended.length - limit];
    return { waitMs: end === undefined ? windowMs : end + windowMs - now };
  }

  release(key: string, lease: string, now: number): void {
    const slots = this.keys.get(key);
    if (slots?.inFlight.delete(lease)) endAt(slots.ended, now);
  }

  /** The remaining pause for `key` at `now` (0 when none). */
  pausedFor(key: string, now: number): number {
    const slots = this.keys.get(key);
    return slots && slots.pausedUntil > now ? slots.pausedUntil - now : 0;
  }

  pause(key: string, ms: number, now: number): void {
    const slots = this.slots(key);
    slots.pausedUntil = Math.max(slots.pausedUntil, now + ms);
  }
}

/** Inserts `time` into the ascending list (ends come nearly in order: a short walk from the end). */
function endAt(ended: number[], time: number): void {
  let index = ended.length;
  while (index > 0 && (ended[index - 1] as number) > time) index--;
  ended.splice(index, 0, time);
}
