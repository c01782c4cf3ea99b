/** Store level: four worker processes drive the store directly, as core's limiter does (fixtures/store-worker.mjs). */
import { defineScenarios } from "./scenarios.js";

defineScenarios("store", "store-worker.mjs", /^RedisRateLimitStoreError: RedisRateLimitStore reserve: /);
