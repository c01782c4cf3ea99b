/** Fake clocks for retry backoff, rate-limit waits and timeouts: no test depends on wall time. */
import type { Clock } from "../../src/clock.js";

/** Attempt timeouts that fire only when the test calls `expireTimeouts()`. */
class FakeTimeouts {
  private readonly pendingTimeouts: AbortController[] = [];
  /** The timeoutMs of every attempt started, in order. */
  readonly timeoutsRequested: number[] = [];

  timeout(ms: number): AbortSignal {
    const controller = new AbortController();
    this.pendingTimeouts.push(controller);
    this.timeoutsRequested.push(ms);
    return controller.signal;
  }

  /** Times out every attempt in flight (attempts started later get a fresh timeout). */
  expireTimeouts(): void {
    for (const controller of this.pendingTimeouts.splice(0)) {
      controller.abort(new DOMException("The operation timed out.", "TimeoutError"));
    }
  }
}

/**
 * Virtual time that jumps forward by each sleep and resolves it at once. Right when at most one
 * sleep is pending at a time (one call retrying, or the rate limiter's single waiting head).
 */
export class SteppingClock extends FakeTimeouts implements Clock {
  time = 0;
  /** Every sleep asked for, in order. */
  readonly sleeps: number[] = [];
  /** Runs before each sleep resolves (e.g. to start a server while a call backs off). */
  onSleep: ((ms: number) => Promise<void> | void) | undefined;

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    await this.onSleep?.(ms);
    this.time += ms;
  }
}

/** Virtual time that only moves when the test says so: pending sleeps stay pending. */
export class ManualClock extends FakeTimeouts implements Clock {
  time = 0;
  readonly pending: { until: number; resolve: () => void; ms: number }[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.pending.push({ until: this.time + ms, resolve, ms }));
  }

  /** Moves time forward, resolving every sleep that ends by then. */
  advance(ms: number): void {
    this.time += ms;
    for (const sleeper of [...this.pending]) {
      if (sleeper.until <= this.time) {
        this.pending.splice(this.pending.indexOf(sleeper), 1);
        sleeper.resolve();
      }
    }
  }
}
