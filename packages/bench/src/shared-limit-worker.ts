/**
 * One worker of the shared-limit benchmark. STORE=redis uses the Redis store shared by all workers;
 * STORE=memory an in-process store (each worker limits only itself, as core's default does). The worker takes
 * slots the way core's limiter does (FIFO, only the head asks the store; sleep waitMs or until a local release;
 * release when the response arrives; pause on a 429), makes CALLS calls at CONCURRENCY (a 429 retried twice,
 * as the SDK does), times every reserve, and sends its report to the parent.
 */
import { createRedisRateLimitStore } from "@openphone-sdk/rate-limit-redis";
import { memoryStore, type Store } from "./protocol-memory-store.js";

const env = process.env;
const CALLS = Number(env.CALLS ?? 25);
const CONCURRENCY = Number(env.CONCURRENCY ?? 10);
const KEY = "key_0123456789abcdef0123456789abcdef";

const store: Store =
  env.STORE === "redis"
    ? createRedisRateLimitStore({ url: env.REDIS_URL as string, prefix: env.PREFIX })
    : memoryStore();
const reserveUs: number[] = [];
const leases: string[] = [];

// Core's limiter in miniature: callers queue first come first served; only the head asks the store; between
// answers it sleeps waitMs, or until a release in this process wakes it (no polling).
const queue: ((lease: string) => void)[] = [];
let pumping = false;
let wake: (() => void) | undefined;

function acquire(): Promise<string> {
  return new Promise((resolve) => {
    queue.push(resolve);
    void pump();
  });
}

async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  while (queue.length) {
    const t0 = performance.now();
    const answer = await store.reserve(KEY, 10, 1000, 30_000, Date.now());
    reserveUs.push((performance.now() - t0) * 1000);
    if ("lease" in answer) {
      queue.shift()?.(answer.lease);
      continue;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, answer.waitMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wake = undefined;
  }
  pumping = false;
}

/** Like the SDK's default: a 429 is retried twice (after its Retry-After), then the call fails. */
const MAX_RETRIES = 2;
let failed = 0;

async function call(id: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const lease = await acquire();
    leases.push(lease);
    let response: Response;
    try {
      response = await fetch(`${env.SERVER_URL}/v1/messages`, { headers: { "x-call": id } });
      await response.arrayBuffer();
    } finally {
      await store.release(KEY, lease, Date.now());
      wake?.();
    }
    if (response.status !== 429) return;
    if (attempt === MAX_RETRIES) {
      failed++;
      return;
    }
    await store.pause(KEY, Number(response.headers.get("retry-after") ?? 1) * 1000, Date.now());
  }
}

process.on("message", async (message) => {
  if (message !== "go") return;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CALLS) await call(`${env.WORKER}:${next++}`);
    }),
  );
  await store.close();
  process.send?.({ reserveUs, leases, failed }, () => process.exit(0));
});
// A first reserve outside the measured run opens the Redis connection.
if (env.STORE === "redis") await store.reserve("warm-up", 1000, 1000, 1000, Date.now());
process.send?.("ready");
