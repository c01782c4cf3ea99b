/**
 * A mock of the OpenPhone API for tests: Prism, started from the spec bundled in this package, behind a small
 * front server of our own. Prism checks every request against the spec; the front server answers the list
 * operations with deterministic pages, remembers the contacts and webhooks each API key creates, and turns
 * Prism's placeholder error bodies into readable ones.
 */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismProcess } from "./prism.js";
import { createFrontServer } from "./server.js";
import { type LoadedSpec, loadSpec } from "./spec.js";

export { onParentExit } from "./parent-watch.js";
export {
  runTriggerCli,
  type TriggerOptions,
  type TriggerResult,
  TriggerUsageError,
  triggerWebhook,
} from "./trigger.js";

export interface MockOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Path of an OpenAPI document (JSON); defaults to the spec bundled with this package. */
  spec?: string;
  /** Answer with schema-generated data instead of the spec's static examples (deterministic, seed 1). */
  dynamic?: boolean;
  /** How long to wait for Prism to answer before giving up. Default 30 000 ms. */
  startupTimeoutMs?: number;
  /** Forward Prism's own log to this process's stderr. Default false. */
  verbose?: boolean;
  /**
   * Lists that page and resources that stay: list operations answer deterministic multi-page data
   * (honouring `maxResults`, `pageToken` and their filters), and contacts and webhooks created through the
   * mock can be read, listed, updated and deleted back, per API key. Default true; false answers every
   * valid request with Prism's example, as before 0.2.
   */
  stateful?: boolean;
  /** Items in each generated list (calls, messages, conversations) and seed contacts, before filters. Default 25. */
  listSize?: number;
  /** Larger request bodies get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** A request whose headers and body have not all arrived by then gets 408 and is closed. Default 30 000 ms. */
  requestTimeoutMs?: number;
}

export interface MockServer {
  /** Base URL to give the SDK, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** Process id of the Prism process (it runs in its own process group; a new one if Prism had to be restarted). */
  readonly pid: number;
  /** Prism's own URL (loopback, a free port): the spec's examples, without paging, state or readable errors. */
  readonly prismUrl: string;
  /** Forgets what one API key (or, without a key, every key) created, updated and deleted: back to the seed data. */
  reset(apiKey?: string): void;
  /** Stops the server and Prism (SIGTERM, then SIGKILL after 3 s). */
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));

/** The spec this package was built with (`openapi.json` at the package root, beside dist/ and src/). */
export function bundledSpecPath(): string {
  return join(here, "..", "openapi.json");
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

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.removeListener("error", reject);
      resolve();
    });
  });
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new TypeError(`${name} must be a positive integer, got ${String(value)}`);
  return value;
}

/**
 * Starts Prism and the front server, and resolves once both answer HTTP.
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
  const stateful = options.stateful ?? true;
  const listSize = positive(options.listSize, 25, "listSize");
  const maxBodyBytes = positive(options.maxBodyBytes, 1024 * 1024, "maxBodyBytes");
  const requestTimeoutMs = positive(options.requestTimeoutMs, 30_000, "requestTimeoutMs");
  let loaded: LoadedSpec | undefined;
  try {
    loaded = loadSpec(spec);
  } catch (error) {
    // Stateless, a YAML spec still works: errors are rewritten from Prism's own body.
    if (stateful) throw error;
  }

  const prism = await PrismProcess.start({
    spec,
    port: await freePort("127.0.0.1"),
    dynamic: options.dynamic ?? false,
    verbose: options.verbose ?? false,
    startupTimeoutMs: options.startupTimeoutMs ?? 30_000,
  });

  const front = createFrontServer({
    spec: loaded,
    prism,
    stateful,
    listSize,
    maxBodyBytes,
    requestTimeoutMs,
    upstreamTimeoutMs: 30_000,
  });
  try {
    await listen(front.server, options.port && options.port > 0 ? options.port : 0, host);
  } catch (error) {
    await prism.close();
    throw error;
  }
  front.server.unref();
  const address = front.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= Promise.all([
      new Promise<void>((resolve) => {
        front.server.close(() => resolve());
        front.server.closeAllConnections();
      }),
      prism.close(),
    ]).then(() => undefined);
    return closing;
  };
  return {
    url,
    port,
    get pid() {
      return prism.pid;
    },
    prismUrl: prism.url,
    reset: (apiKey?: string) => front.accounts.reset(apiKey),
    close,
  };
}
