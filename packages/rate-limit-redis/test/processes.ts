/** Helpers for tests with several processes: the arrivals server, workers, and what to check in arrivals. */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface Arrival {
  /** Arrival time on the server's clock (ms). */
  t: number;
  /** The call id the worker sent (`<worker>:<n>`). */
  id: string;
  status: number;
  forced?: boolean;
}

export interface ArrivalsServer {
  url: string;
  arrivals(): Promise<Arrival[]>;
  stop(): void;
}

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The loopback gateway stand-in, in its own process. */
export function startArrivalsServer(env: Record<string, string> = {}): Promise<ArrivalsServer> {
  const child = spawn(process.execPath, [fixture("arrivals-server.mjs")], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`arrivals server exited (${code})`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (!port) return;
      const url = `http://127.0.0.1:${port}`;
      resolve({
        url,
        arrivals: async () => (await (await fetch(`${url}/__arrivals`)).json()) as Arrival[],
        stop: () => child.kill("SIGKILL"),
      });
    });
  });
}

export interface Worker<R> {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<R>;
}

/** Forks a worker script (from test/fixtures) that says "ready", waits for "go" and sends one result. */
export function forkWorker<R>(script: string, env: Record<string, string>): Worker<R> {
  const child = fork(fixture(script), [], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  const result = new Promise<R>((resolve, reject) => {
    child.on("message", (message) => {
      if (message === "ready") onReady();
      else resolve(message as R);
    });
    child.once("exit", (code) => reject(new Error(`worker ${env.WORKER} exited (${code}) without a result`)));
  });
  result.catch(() => {});
  return { child, ready, result };
}

/** The most arrivals in any window of `windowMs` (every window that starts at an arrival: the worst ones). */
export function maxInWindow(arrivals: readonly Arrival[], windowMs = 1000): { count: number; at: number } {
  const times = arrivals.map((a) => a.t).sort((a, b) => a - b);
  let best = { count: 0, at: 0 };
  let end = 0;
  for (let start = 0; start < times.length; start++) {
    while (end < times.length && (times[end] as number) < (times[start] as number) + windowMs) end++;
    if (end - start > best.count) best = { count: end - start, at: times[start] as number };
  }
  return best;
}

/** Call ids that arrived more than once (none may, except a call retried after a 429). */
export function duplicates(arrivals: readonly Arrival[]): string[] {
  const seen = new Map<string, number>();
  for (const a of arrivals) if (a.status !== 429) seen.set(a.id, (seen.get(a.id) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}
