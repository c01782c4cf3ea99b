import { defineConfig } from "vitest/config";

// Each test file starts its own redis-server and worker processes; files run one after another so that
// timing-sensitive checks (arrivals per second) do not compete for the 2 cores of a CI machine.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } });
