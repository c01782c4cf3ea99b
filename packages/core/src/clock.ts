/**
 * Time as the SDK sees it: retry backoff, rate-limit waits and per-attempt timeouts. Tests (the SDK's and
 * yours) can pass a fake so that waits are instant and measurable and timeouts fire when the test says.
 */
export interface Clock {
  /** Milliseconds since the epoch (also used to read a `Retry-After` HTTP date). */
  now(): number;
  /** Resolves after `ms`. When `signal` aborts it may resolve early (the caller has already moved on). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A signal that aborts after `ms`: one attempt's timeout. Without it, `AbortSignal.timeout(ms)`. */
  timeout?(ms: number): AbortSignal;
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
