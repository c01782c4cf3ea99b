/**
 * The Prism process behind the front server: started on a free loopback port, in its own process group,
 * with a guard that ends it when the process that started it is gone, and started again if it dies on its
 * own (Prism 5.12 exits on some inputs, e.g. a malformed `Accept` header; the front server refuses the
 * ones we know, this is the net under the rest).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { prismGuard } from "./parent-watch.js";

export interface PrismOptions {
  spec: string;
  port: number;
  dynamic: boolean;
  verbose: boolean;
  startupTimeoutMs: number;
}

function prismBin(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve("@stoplight/prism-cli/package.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : (pkg.bin.prism ?? Object.values(pkg.bin)[0]);
  if (!bin) throw new Error("@stoplight/prism-cli has no bin entry");
  return join(dirname(pkgFile), bin);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** True once anything answers HTTP on the URL (Prism answers 401 to an unauthenticated request). */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/v1/phone-numbers`, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (exited(child)) return resolve();
    // startMock unrefs the child so a running mock never keeps a process alive. While stopping, hold
    // the event loop until Prism has exited: otherwise `await mock.close()` as a script's last line
    // can see the loop drain first (ESM exits with code 13, "unsettled top-level await").
    child.ref();
    const kill = (signal: NodeJS.Signals) => {
      try {
        // Negative pid: the whole process group, so no Prism worker outlives the mock.
        process.kill(-(child.pid as number), signal);
      } catch {
        child.kill(signal);
      }
    };
    const timer = setTimeout(() => kill("SIGKILL"), 3_000);
    timer.unref();
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    kill("SIGTERM");
  });
}

export class PrismProcess {
  readonly url: string;
  private child!: ChildProcess;
  private output = "";
  private closing = false;
  /** Set once Prism has answered: only then is an exit a crash to recover from. */
  private started = false;
  private readyPromise: Promise<void> = Promise.resolve();
  private readonly crashes: number[] = [];
  /** Why Prism is not running, once it has given up. */
  private gaveUp: string | undefined;

  private constructor(private readonly options: PrismOptions) {
    this.url = `http://127.0.0.1:${options.port}`;
  }

  /** Starts Prism and resolves once it answers HTTP. */
  static async start(options: PrismOptions): Promise<PrismProcess> {
    const prism = new PrismProcess(options);
    prism.spawn();
    try {
      await prism.waitUntilReady();
    } catch (error) {
      prism.closing = true;
      throw error;
    }
    prism.started = true;
    return prism;
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /** Resolves when Prism answers (at once, unless it is starting again after a crash). */
  ready(): Promise<void> {
    return this.readyPromise;
  }

  /** Why Prism cannot answer, if it cannot (it exited too often, or is stopped). */
  unavailable(): string | undefined {
    if (this.gaveUp) return this.gaveUp;
    if (exited(this.child)) return `exited with ${this.child.exitCode ?? this.child.signalCode}`;
    return undefined;
  }

  close(): Promise<void> {
    this.closing = true;
    return stopChild(this.child);
  }

  private spawn(): void {
    const { options } = this;
    const args = ["-e", prismGuard(process.pid), prismBin(), "mock", options.spec, "--host", "127.0.0.1"];
    args.push("--port", String(options.port));
    if (options.dynamic) args.push("--dynamic", "--seed", "1", "--json-schema-faker-fillProperties=false");
    const child = spawn(process.execPath, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    const collect = (chunk: Buffer) => {
      if (options.verbose) {
        // Prism's "Prism is listening on <its internal port>" would read as the mock's address (scripts wait
        // for "listening on"): the mock prints its own line.
        const text = chunk
          .toString()
          .split("\n")
          .filter((line) => !line.includes("Prism is listening on"))
          .join("\n");
        if (text) process.stderr.write(text);
      } else {
        this.output += chunk.toString();
        if (this.output.length > 40_000) this.output = this.output.slice(-20_000);
      }
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.unref();
    // Prism runs in its own process group (so close() can stop all of it); if this process exits without
    // calling close(), take Prism down with it rather than leave it listening. (Killed with a signal this
    // process cannot handle, Prism's own guard notices it is gone and exits.)
    const orphanGuard = () => {
      try {
        process.kill(-(child.pid as number), "SIGKILL");
      } catch {}
    };
    process.once("exit", orphanGuard);
    child.once("exit", (code, signal) => {
      process.removeListener("exit", orphanGuard);
      if (this.started && !this.closing && this.child === child) this.restart(code, signal);
    });
  }

  private restart(code: number | null, signal: NodeJS.Signals | null): void {
    const now = Date.now();
    this.crashes.push(now);
    while ((this.crashes[0] as number) < now - 60_000) this.crashes.shift();
    const tail = this.output.slice(-2_000).trim();
    if (this.crashes.length > 5) {
      this.gaveUp = `exited ${this.crashes.length} times within a minute (last: ${code ?? signal})`;
      process.stderr.write(`openphone-mock: Prism ${this.gaveUp}; not starting it again.\n${tail}\n`);
      return;
    }
    process.stderr.write(`openphone-mock: Prism exited (${code ?? signal}); starting it again.\n${tail}\n`);
    this.output = "";
    this.spawn();
    this.readyPromise = this.waitUntilReady().catch((error: Error) => {
      this.gaveUp = error.message;
    });
  }

  private async waitUntilReady(): Promise<void> {
    const child = this.child;
    const deadline = Date.now() + this.options.startupTimeoutMs;
    while (!(await answers(this.url))) {
      if (exited(child)) {
        throw new Error(
          `Prism exited (${child.exitCode ?? child.signalCode}) before it answered on ${this.url}:\n${this.output.slice(-4_000)}`,
        );
      }
      if (Date.now() > deadline) {
        this.closing = true;
        await stopChild(child);
        throw new Error(
          `Prism did not answer on ${this.url} within ${this.options.startupTimeoutMs} ms:\n${this.output.slice(-4_000)}`,
        );
      }
      await delay(100);
    }
  }
}
