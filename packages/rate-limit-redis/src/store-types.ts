/**
 * TEMPORARY type-only copy of core's rate-limit store protocol (`RateLimitStore`, `RateLimitReservation`), as
 * fixed for the request-path rewrite of `@openphone-sdk/core` (issue 13). Once that version of core is on main,
 * this file goes and the types are imported from `@openphone-sdk/core`. Keep it identical to core's until then.
 */

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
