/** Small process and timing helpers shared by the release checks. */
import { type SpawnOptions, spawn } from "node:child_process";

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions extends SpawnOptions {
  /** Kill the command (and fail) after this many ms. Default 5 minutes. */
  timeoutMs?: number;
  /** Print the command's output as it runs instead of only on failure. */
  echo?: boolean;
  /** Resolve with the result instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
}

/** Runs a command without a shell; throws with its output when it fails or times out. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const { timeoutMs = 300_000, echo = false, allowFailure = false, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...spawnOptions, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk;
      if (echo) process.stderr.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const result = { code, stdout, stderr };
      const shown = `${command} ${args.join(" ")}`;
      if (timedOut) reject(new Error(`timed out after ${timeoutMs} ms: ${shown}\n${stdout}\n${stderr}`));
      else if (code !== 0 && !allowFailure) reject(new Error(`exit ${code}: ${shown}\n${stdout}\n${stderr}`));
      else resolve(result);
    });
  });
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the input order in the result. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const started = Date.now();

/** `=== message (12.3s)`: a step header with the time since the process started. */
export function step(message: string): void {
  console.log(`\n=== ${message} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}

export function seconds(sinceMs: number): string {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)}s`;
}
