/**
 * A real `redis-server` for the tests (Debian package `redis-server`): on a free loopback port, persistence
 * off, stopped by its pid. `stop()` and `start()` again on the same port simulate an outage and recovery.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Starts it (again) on the same port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Kills it (SIGKILL: an outage, not a graceful shutdown) and waits for the process to exit. */
  stop(): Promise<void>;
  /** Runs redis-cli against it and returns stdout (for inspecting keys from the outside). */
  cli(...args: string[]): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export async function startRedisServer(): Promise<RedisServer> {
  if (spawnSync("redis-server", ["--version"]).error) {
    throw new Error(
      "redis-server is not installed: `apt-get update && apt-get install -y redis-server` (Debian/Ubuntu), " +
        "`brew install redis` (macOS). The tests need a real one.",
    );
  }
  const port = await freePort();
  let child: ChildProcess | undefined;
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    start: () =>
      new Promise((resolve, reject) => {
        const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
        const started = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
        child = started;
        running.add(started);
        let output = "";
        const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
        started.stdout?.on("data", (chunk: Buffer) => {
          output += chunk;
          if (output.includes("Ready to accept connections")) {
            clearTimeout(timer);
            resolve();
          }
        });
        started.stderr?.on("data", (chunk: Buffer) => {
          output += chunk;
        });
        started.once("exit", (code) => {
          running.delete(started);
          clearTimeout(timer);
          reject(new Error(`redis-server exited (${code}):\n${output}`));
        });
      }),
    stop: async () => {
      const stopping = child;
      if (!stopping || stopping.exitCode !== null || stopping.signalCode !== null) return;
      const exited = new Promise((resolve) => stopping.once("exit", resolve));
      stopping.kill("SIGKILL");
      await exited;
    },
    cli: (...args) => {
      const result = spawnSync("redis-cli", ["-p", String(port), ...args], { encoding: "utf8" });
      if (result.status !== 0) throw new Error(`redis-cli ${args.join(" ")}: ${result.stderr}`);
      return result.stdout;
    },
  };
  await server.start();
  return server;
}
