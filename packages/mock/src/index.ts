/**
 * Starts a Prism mock of the OpenPhone API from the spec bundled in this package (or any spec file).
 * Prism validates every request against the spec and answers with the spec's examples.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface MockOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Path of an OpenAPI document; defaults to the spec bundled with this package. */
  spec?: string;
  /** Answer with schema-generated data instead of the spec's static examples (deterministic, seed 1). */
  dynamic?: boolean;
  /** How long to wait for Prism to answer before giving up. Default 30 000 ms. */
  startupTimeoutMs?: number;
  /** Forward Prism's own log to this process's stderr. Default false. */
  verbose?: boolean;
}

export interface MockServer {
  /** Base URL to give the SDK, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** Process id of the Prism process (it runs in its own process group). */
  readonly pid: number;
  /** Stops Prism (SIGTERM, then SIGKILL after 3 s). */
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));

/** The spec this package was built with (`openapi.json` at the package root, beside dist/ and src/). */
export function bundledSpecPath(): string {
  return join(here, "..", "openapi.json");
}

function prismBin(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve("@stoplight/prism-cli/package.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : (pkg.bin.prism ?? Object.values(pkg.bin)[0]);
  if (!bin) throw new Error("@stoplight/prism-cli has no bin entry");
  return join(dirname(pkgFile), bin);
}

/** Asks the OS for a free port on `host`. */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
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

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
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

/**
 * Starts Prism and resolves once it answers HTTP.
 *
 * @example
 * const mock = await startMock({ port: 4010 });
 * const client = createClient({ apiKey: "test", baseUrl: mock.url });
 * await mock.close();
 */
export async function startMock(options: MockOptions = {}): Promise<MockServer> {
  const host = options.host ?? "127.0.0.1";
  const spec = options.spec ?? bundledSpecPath();
  if (!existsSync(spec)) throw new Error(`OpenAPI spec not found: ${spec}`);
  const port = options.port && options.port > 0 ? options.port : await freePort(host);
  const args = [prismBin(), "mock", spec, "--host", host, "--port", String(port)];
  if (options.dynamic) args.push("--dynamic", "--seed", "1", "--json-schema-faker-fillProperties=false");

  let output = "";
  const child = spawn(process.execPath, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const collect = (chunk: Buffer) => {
    if (options.verbose) process.stderr.write(chunk);
    else if (output.length < 20_000) output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  child.unref();
  // Prism runs in its own process group (so close() can stop all of it); if this process exits without
  // calling close(), take Prism down with it rather than leave it listening.
  const orphanGuard = () => {
    try {
      process.kill(-(child.pid as number), "SIGKILL");
    } catch {}
  };
  process.once("exit", orphanGuard);
  child.once("exit", () => process.removeListener("exit", orphanGuard));

  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const deadline = Date.now() + (options.startupTimeoutMs ?? 30_000);
  while (!(await answers(url))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Prism exited (${child.exitCode ?? child.signalCode}) before it answered on ${url}:\n${output.slice(-4_000)}`,
      );
    }
    if (Date.now() > deadline) {
      await stop(child);
      throw new Error(
        `Prism did not answer on ${url} within ${options.startupTimeoutMs ?? 30_000} ms:\n${output.slice(-4_000)}`,
      );
    }
    await delay(100);
  }
  return { url, port, pid: child.pid as number, close: () => stop(child) };
}
