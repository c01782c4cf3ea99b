/**
 * End to end, as users run it: four worker processes each `createClient({ rateLimit: { perSecond: 10, store } })`
 * with this store and make 25 `listMessages` calls at concurrency 10 through core's limiter, retries and
 * 429 handling (fixtures/sdk-worker.mjs), against the gateway stand-in in its own process.
 */
import { defineScenarios } from "./scenarios.js";

// Core fails the call with its RateLimitStoreError naming this store; the store's own error is the cause.
defineScenarios(
  "SDK",
  "sdk-worker.mjs",
  /^RateLimitStoreError: The rate limit store RedisRateLimitStore failed: .* <- RedisRateLimitStoreError: RedisRateLimitStore reserve: /,
);
