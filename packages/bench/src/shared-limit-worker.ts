/**
 * One worker of the shared-limit benchmark, using the SDK as a user would: `createClient({ rateLimit:
 * { perSecond: 10, store } })`, then CALLS `listMessages` calls at CONCURRENCY. Core's limiter, its retries
 * (a 429 twice, after its Retry-After) and its pause on a 429 do the rest. STORE=redis: the Redis store shared
 * by all workers; STORE=memory: core's in-memory store (each worker limits only itself, core's default).
 * Every reserve is timed through a wrapper around the store; the report goes to the parent by IPC.
 */
import { createClient, createMemoryRateLimitStore, type RateLimitStore } from "@openphone-sdk/core";
import { listMessages } from "@openphone-sdk/messages";
import { createRedisRateLimitStore } from "@openphone-sdk/rate-limit-redis";

const env = process.env;
const CALLS = Number(env.CALLS ?? 25);
const CONCURRENCY = Number(env.CONCURRENCY ?? 10);

const redis =
  env.STORE === "redis" ? createRedisRateLimitStore({ url: env.REDIS_URL as string, prefix: env.PREFIX }) : undefined;
const inner: RateLimitStore = redis ?? createMemoryRateLimitStore();
const reserveUs: number[] = [];
const leases: string[] = [];
/** The store as core sees it, timing each reserve (what a take costs under the run's load). */
const store: RateLimitStore = {
  async reserve(...args) {
    const t0 = performance.now();
    const answer = await inner.reserve(...args);
    reserveUs.push((performance.now() - t0) * 1000);
    if ("lease" in answer) leases.push(answer.lease);
    return answer;
  },
  release: (...args) => inner.release(...args),
  pause: (...args) => inner.pause(...args),
};
const client = createClient({
  apiKey: "key_0123456789abcdef0123456789abcdef",
  baseUrl: env.SERVER_URL,
  rateLimit: { perSecond: 10, store },
  logLevel: "error",
});
let failed = 0;

process.on("message", async (message) => {
  if (message !== "go") return;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CALLS) {
        // The gateway tells calls apart (and so duplicates) by x-call.
        const id = `${env.WORKER}:${next++}`;
        const params = { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10 };
        await listMessages(client, params, { headers: { "x-call": id } }).catch(() => failed++);
      }
    }),
  );
  await redis?.close();
  process.send?.({ reserveUs, leases, failed }, () => process.exit(0));
});
// A first reserve outside the measured run opens the Redis connection.
await redis?.reserve("warm-up", 1000, 1000, 1000, Date.now());
process.send?.("ready");
