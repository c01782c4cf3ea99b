/**
 * Time as the SDK sees it for retry backoff and rate-limit waits. Tests (the SDK's and yours) can pass a
 * fake so that backoff is instant and measurable. Per-attempt timeouts always use real timers.
 */
export interface Clock {
  /** Milliseconds since the epoch (also used to read a `Retry-After` HTTP date). */
  now(): number;
  /** Resolves after `ms`. When `signal` aborts it may resolve early (the caller has already moved on). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      // Cleared on abort so that an abandoned wait never keeps the process alive.
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    }),
};
