/**
 * Benchmark 6: four processes with one API key. Each variant runs 4 worker processes x 25 calls at
 * concurrency 10 against a gateway stand-in (own process) that answers 429 above 10 arrivals in any second:
 * - "shared Redis store": every worker uses `@openphone-sdk/rate-limit-redis` on one real redis-server;
 * - "in-process limiters": each worker limits only itself to 10/s (what core's default store does).
 * Reports the achieved rate, the busiest second, 429s, duplicates, and what a reserve costs (median, p99).
 */
import { type ChildProcess, fork, spawn, spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMemoryRateLimitStore, type RateLimitStore } from "@openphone-sdk/core";
import { createRedisRateLimitStore } from "@openphone-sdk/rate-limit-redis";
import { startRedisServer } from "../../rate-limit-redis/test/redis-server.js";

const WORKERS = 4;
const CALLS = 25;
const CONCURRENCY = 10;

interface Arrival {
  t: number;
  id: string;
  status: number;
}
interface WorkerReport {
  reserveUs: number[];
  leases: string[];
  failed: number;
}

export interface SharedLimitRow {
  variant: string;
  calls: number;
  elapsedS: number;
  achievedRate: number;
  busiestSecond: number;
  rejected429: number;
  duplicates: number;
  failedCalls: number;
  reserveMedianUs: number;
  reserveP99Us: number;
}

export interface TakeLatencyRow {
  store: string;
  medianUs: number;
  p99Us: number;
}

export type SharedLimitResult = { rows: SharedLimitRow[]; take: TakeLatencyRow[] } | { skipped: string };

/** One process, one caller: N sequential reserve + release pairs with free slots (no waiting, no contention). */
async function takeLatency(
  name: string,
  store: RateLimitStore & { close?(): Promise<void> },
  n = 3000,
): Promise<TakeLatencyRow> {
  const us: number[] = [];
  for (let i = 0; i < n + 200; i++) {
    const t0 = performance.now();
    const answer = await store.reserve("key_latency", 1_000_000, 1000, 30_000, Date.now());
    if (i >= 200) us.push((performance.now() - t0) * 1000); // the first 200 warm up
    if ("lease" in answer) await store.release("key_latency", answer.lease, Date.now());
  }
  await store.close?.();
  return { store: name, medianUs: percentile(us, 50), p99Us: percentile(us, 99) };
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

function startGateway(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", here("./arrivals-server.ts")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`gateway exited (${code})`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child });
    });
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function busiestSecond(arrivals: Arrival[]): number {
  const times = arrivals.map((a) => a.t).sort((a, b) => a - b);
  let best = 0;
  let end = 0;
  for (let start = 0; start < times.length; start++) {
    while (end < times.length && (times[end] as number) < (times[start] as number) + 1000) end++;
    best = Math.max(best, end - start);
  }
  return best;
}

async function runVariant(variant: string, env: Record<string, string>): Promise<SharedLimitRow> {
  const gateway = await startGateway();
  try {
    const workers = Array.from({ length: WORKERS }, (_, i) => {
      const child = fork(here("./shared-limit-worker.ts"), [], {
        execArgv: ["--import", "tsx"],
        env: { ...process.env, ...env, WORKER: String(i), SERVER_URL: gateway.url, CALLS: String(CALLS) },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      let onReady = () => {};
      let onFailed: (error: Error) => void = () => {};
      const ready = new Promise<void>((resolve, reject) => {
        onReady = resolve;
        onFailed = reject;
      });
      const report = new Promise<WorkerReport>((resolve, reject) => {
        child.on("message", (m) => (m === "ready" ? onReady() : resolve(m as WorkerReport)));
        child.once("exit", (code) => {
          const error = new Error(`worker ${i} exited (${code})`);
          onFailed(error);
          reject(error);
        });
      });
      report.catch(() => {});
      ready.catch(() => {});
      return { child, ready, report };
    });
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.child.send("go");
    const reports = await Promise.all(workers.map((w) => w.report));
    const arrivals = (await (await fetch(`${gateway.url}/__arrivals`)).json()) as Arrival[];
    const times = arrivals.map((a) => a.t);
    const elapsedS = (Math.max(...times) - Math.min(...times)) / 1000;
    const accepted = arrivals.filter((a) => a.status === 200);
    const reserveUs = reports.flatMap((r) => r.reserveUs);
    return {
      variant,
      calls: WORKERS * CALLS,
      elapsedS,
      achievedRate: accepted.length / elapsedS,
      busiestSecond: busiestSecond(arrivals),
      rejected429: arrivals.length - accepted.length,
      duplicates: accepted.length - new Set(accepted.map((a) => a.id)).size,
      failedCalls: reports.reduce((sum, r) => sum + r.failed, 0),
      reserveMedianUs: percentile(reserveUs, 50),
      reserveP99Us: percentile(reserveUs, 99),
    };
  } finally {
    gateway.child.kill();
  }
}

export async function sharedLimit(): Promise<SharedLimitResult> {
  if (spawnSync("redis-server", ["--version"]).error) {
    return { skipped: "redis-server is not installed (apt-get install -y redis-server)" };
  }
  // The Redis tests' own launcher (a free loopback port, persistence off): one way to start it in the repo.
  const redis = await startRedisServer();
  try {
    const take = [
      await takeLatency(
        "Redis store (EVALSHA round trip on loopback)",
        createRedisRateLimitStore({ url: redis.url, prefix: "latency:" }),
      ),
      await takeLatency("core's in-memory store (baseline)", createMemoryRateLimitStore()),
    ];
    return {
      take,
      rows: [
        await runVariant("4 processes, shared Redis store", {
          STORE: "redis",
          REDIS_URL: redis.url,
          PREFIX: `bench${Date.now()}:`,
        }),
        await runVariant("4 processes, in-process limiters", { STORE: "memory" }),
      ],
    };
  } finally {
    await redis.stop();
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function sharedLimitReport(result: SharedLimitResult): string[] {
  const head = [
    "## 6. Many processes, one key: shared Redis store vs in-process limiters",
    "",
    `${WORKERS} worker processes x ${CALLS} calls, ${CONCURRENCY} at a time each, one API key, against a gateway in its own process that answers 429 above 10 arrivals in any one-second window (20 ms per answer). Each worker is an SDK client (\`createClient({ rateLimit: { perSecond: 10, store } })\` calling \`listMessages\`): core's limiter holds a slot until the response, then one more second; a 429 pauses the store for its Retry-After and the call is retried up to twice (the SDK's default); the gateway counts rejected arrivals too, as gateways do. Reserve times in the first table are every reserve core's limiter made, under the load of the run.`,
    "",
  ];
  if ("skipped" in result) return [...head, `Not measured: ${result.skipped}.`, ""];
  return [
    ...head,
    "| Variant | Achieved rate | Busiest 1 s window | 429s at the gateway | Duplicates received | Calls failed (429 after 2 retries) | Time | Reserve median | Reserve p99 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...result.rows.map(
      (r) =>
        `| ${r.variant} | ${fmt(r.achievedRate)}/s | ${r.busiestSecond} | ${r.rejected429} | ${r.duplicates} | ${r.failedCalls} | ${fmt(r.elapsedS, 2)} s | ${fmt(r.reserveMedianUs)} µs | ${fmt(r.reserveP99Us)} µs |`,
    ),
    "",
    "The added latency of a take, measured alone: one process reserving (and releasing) a free slot 3,000 times in a row.",
    "",
    "| Store | Reserve median | Reserve p99 |",
    "| --- | --- | --- |",
    ...result.take.map((r) => `| ${r.store} | ${fmt(r.medianUs)} µs | ${fmt(r.p99Us)} µs |`),
    "",
    "Goal: the shared store keeps every window at or under 10 with no 429 and no duplicate; in-process limiters let 4 x 10/s through and collect 429s.",
    "",
  ];
}

// `pnpm --filter @openphone-sdk/bench run bench:shared-limit`: this benchmark alone, printed, nothing written.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(sharedLimitReport(await sharedLimit()).join("\n"));
}
