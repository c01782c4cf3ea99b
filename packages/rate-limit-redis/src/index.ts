/**
 * A `RateLimitStore` for `@openphone-sdk/core` kept in Redis, so that every process and machine using one API
 * key shares one limit. Each operation is one Lua script run atomically by Redis on Redis's own clock (see
 * script.ts); the caller's `now` is ignored for everything Redis decides, so skewed process clocks cannot
 * break the limit.
 */
import { createHash, randomBytes } from "node:crypto";
import { OpenPhoneError, type RateLimitReservation, type RateLimitStore } from "@openphone-sdk/core";
import { createClient } from "@redis/client";
import { LocalSlots } from "./local-store.js";
import { SCRIPT } from "./script.js";

export type { RateLimitReservation, RateLimitStore } from "@openphone-sdk/core";

/** The prefix of every Redis key the store writes, unless `prefix` says otherwise. */
export const DEFAULT_PREFIX = "openphone-sdk:rate-limit:";
/** Longest wait for one Redis command, and for the first connection of a store that owns it. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 1000;
/** With `onError: "local"`: how long a process keeps its local limit after a failure before asking Redis again. */
export const DEFAULT_RETRY_MS = 1000;

const SCRIPT_SHA1 = createHash("sha1").update(SCRIPT).digest("hex");
/** Longer strings cannot be leases this store handed out (and are not sent to Redis). */
const MAX_LEASE_LENGTH = 64;

/** The operations the store runs. */
export type RedisRateLimitOperation = "connect" | "reserve" | "release" | "pause" | "close" | "options";

/**
 * The Redis rate-limit store failed (Redis unreachable, too slow, answered an error) or was misused. With the
 * default `onError: "fail"` the SDK call that needed a slot fails with it (core wraps it in its
 * `RateLimitStoreError`, this error as `cause`); nothing was sent.
 */
export class RedisRateLimitStoreError extends OpenPhoneError {
  static override readonly kind: string = "RedisRateLimitStoreError";
  /** The store that failed: always `"RedisRateLimitStore"`. */
  declare readonly store: "RedisRateLimitStore";
  /** What the store was doing. */
  declare readonly operation: RedisRateLimitOperation;

  constructor(operation: RedisRateLimitOperation, message: string, options?: { cause?: unknown }) {
    super(`RedisRateLimitStore ${operation}: ${message}`, options);
    Object.assign(this, { store: "RedisRateLimitStore", operation });
  }
}

/**
 * The part of a node-redis connection the store uses. A client (`createClient`), a cluster (`createCluster`;
 * both keys of a limit share one hash slot), a sentinel (`createSentinel`) or a pool from `@redis/client`
 * (or the `redis` package) fits.
 */
export interface RedisScriptClient {
  readonly isOpen: boolean;
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisRateLimitStoreOptions {
  /**
   * Prepended to every key the store writes (default `"openphone-sdk:rate-limit:"`). Processes share a limit
   * only if they use the same prefix, so different environments on one Redis can keep theirs apart.
   */
  prefix?: string;
  /**
   * When Redis cannot be reached, is too slow or answers an error:
   * - `"fail"` (default): the operation throws `RedisRateLimitStoreError`; the SDK call fails without sending.
   * - `"local"`: this process falls back to its own in-memory limit (`localLimit`) and asks Redis again after
   *   `retryMs`. Weaker: N processes in fallback may together send N times that limit.
   */
  onError?: "fail" | "local";
  /** With `onError: "local"`: each process's limit while Redis is unreachable (default: the shared limit). */
  localLimit?: number;
  /** With `onError: "local"`: called with the failure each time the process switches to its local limit. */
  onFallback?: (error: RedisRateLimitStoreError) => void;
  /** With `onError: "local"`: how long to keep the local limit before trying Redis again (default 1000 ms). */
  retryMs?: number;
  /** Longest wait for one Redis command (and for the first connection of an owned one), default 1000 ms. */
  commandTimeoutMs?: number;
}

export type RedisConnectionOptions =
  | {
      /** `redis://[[user]:password@]host[:port][/db]` or `rediss://…` (TLS): the store opens, owns and closes it. */
      url: string;
      client?: undefined;
    }
  | {
      /** A connected node-redis client the caller owns (and closes); `close()` leaves it open. */
      client: RedisScriptClient;
      url?: undefined;
    };

/**
 * A store shared through Redis. Pass it to every client that should share the limit:
 * `createClient({ apiKey, rateLimit: { store } })`, and `await store.close()` at shutdown.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly client: RedisScriptClient;
  private readonly owned: ReturnType<typeof openClient> | undefined;
  private readonly local = new LocalSlots();
  private readonly prefix: string;
  private readonly onError: "fail" | "local";
  private readonly localLimit: number | undefined;
  private readonly onFallback: ((error: RedisRateLimitStoreError) => void) | undefined;
  private readonly retryMs: number;
  private readonly timeoutMs: number;
  private readonly secret: string | undefined;
  /** Owned connection: resolves once it is first ready (or rejects when it cannot be opened). */
  private connected: Promise<void> | undefined;
  private everReady = false;
  private closed = false;
  /** With `onError: "local"`: until this time (performance.now()), use the local limit. */
  private localUntil = 0;

  constructor(connection: RedisConnectionOptions, options: RedisRateLimitStoreOptions = {}) {
    const { prefix = DEFAULT_PREFIX, onError = "fail", localLimit, onFallback } = options;
    const { retryMs = DEFAULT_RETRY_MS, commandTimeoutMs = DEFAULT_COMMAND_TIMEOUT_MS } = options;
    const bad = (message: string) => new RedisRateLimitStoreError("options", message);
    if (typeof prefix !== "string" || prefix.length > 256) {
      throw bad(`prefix must be a string of at most 256 characters, got ${describe(prefix)}`);
    }
    if (onError !== "fail" && onError !== "local") {
      throw bad(`onError must be "fail" or "local", got ${describe(onError)}`);
    }
    if (localLimit !== undefined && !(Number.isInteger(localLimit) && localLimit > 0)) {
      throw bad(`localLimit must be a whole number above 0, got ${describe(localLimit)}`);
    }
    if (onFallback !== undefined && typeof onFallback !== "function") {
      throw bad(`onFallback must be a function, got ${describe(onFallback)}`);
    }
    for (const [name, value] of [
      ["retryMs", retryMs],
      ["commandTimeoutMs", commandTimeoutMs],
    ] as const) {
      if (!(Number.isFinite(value) && value > 0 && value <= 2 ** 31 - 1)) {
        throw bad(`${name} must be a number of milliseconds above 0, got ${describe(value)}`);
      }
    }
    this.prefix = prefix;
    this.onError = onError;
    this.localLimit = localLimit;
    this.onFallback = onFallback;
    this.retryMs = retryMs;
    this.timeoutMs = commandTimeoutMs;

    const { url, client } = (connection ?? {}) as { url?: unknown; client?: unknown };
    if ((url === undefined) === (client === undefined)) {
      throw bad("pass either { url } (the store opens and owns the connection) or { client } (yours), not both");
    }
    if (client !== undefined) {
      const c = client as Partial<RedisScriptClient> | null;
      if (typeof c?.evalSha !== "function" || typeof c.eval !== "function") {
        throw bad("client must be a node-redis client, cluster, sentinel or pool (with evalSha and eval)");
      }
      this.client = client as RedisScriptClient;
      return;
    }
    if (typeof url !== "string" || !/^rediss?:\/\//.test(url)) {
      throw bad("url must be a string starting with redis:// or rediss://");
    }
    try {
      this.secret = decodeURIComponent(new URL(url).password) || undefined;
    } catch {
      throw bad("url is not a valid URL");
    }
    const owned = openClient(url, commandTimeoutMs);
    // An 'error' event nobody listens to would crash the process; failures reach callers through commands.
    owned.on("error", () => {});
    owned.on("ready", () => {
      this.everReady = true;
    });
    this.owned = owned;
    this.client = owned as unknown as RedisScriptClient;
  }

  /** Take one slot for `key`, on Redis's clock (`now` is used only by the local fallback). */
  async reserve(
    key: string,
    limit: number,
    windowMs: number,
    leaseMs: number,
    now: number,
  ): Promise<RateLimitReservation> {
    if (!(Number.isInteger(limit) && limit > 0)) throw this.misuse("reserve", "limit", limit);
    if (!(Number.isFinite(windowMs) && windowMs > 0)) throw this.misuse("reserve", "windowMs", windowMs);
    if (!(Number.isFinite(leaseMs) && leaseMs > 0)) throw this.misuse("reserve", "leaseMs", leaseMs);
    const id = this.keyId(key, "reserve");
    // A 429 this process saw holds it back even when Redis is unreachable.
    const paused = this.local.pausedFor(id, now);
    if (paused > 0) return { waitMs: paused };
    const window = Math.ceil(windowMs);
    const lease = Math.ceil(leaseMs);
    const local = () => this.local.reserve(id, Math.min(limit, this.localLimit ?? limit), window, lease, now);
    if (this.usingLocal()) return local();
    try {
      const reply = await this.run("reserve", id, [
        "reserve",
        String(limit),
        String(window),
        String(lease),
        `r${randomBytes(12).toString("base64url")}`,
      ]);
      if (Array.isArray(reply) && reply[0] === 1 && typeof reply[1] === "string") return { lease: reply[1] };
      if (Array.isArray(reply) && reply[0] === 0 && typeof reply[1] === "number" && reply[1] > 0) {
        return { waitMs: reply[1] };
      }
      throw new RedisRateLimitStoreError("reserve", `Redis answered the script with ${describe(reply)}`);
    } catch (error) {
      this.fallBack("reserve", error);
      return local();
    }
  }

  /** The attempt holding `lease` ended: its slot counts one more window from now (Redis's now). */
  async release(key: string, lease: string, now: number): Promise<void> {
    const id = this.keyId(key, "release");
    if (typeof lease !== "string" || lease.length > MAX_LEASE_LENGTH) return;
    if (lease.startsWith("local:")) return this.local.release(id, lease, now);
    if (!lease.startsWith("r")) return;
    try {
      await this.run("release", id, ["release", lease]);
    } catch (error) {
      // With the local policy an unreleased slot only counts until its lease expires: never over the limit.
      this.fallBack("release", error);
    }
  }

  /** No slot for `key` is granted, in any process sharing this Redis and prefix, for `ms`. */
  async pause(key: string, ms: number, now: number): Promise<void> {
    if (Number.isNaN(ms) || ms === Number.POSITIVE_INFINITY) throw this.misuse("pause", "ms", ms);
    const id = this.keyId(key, "pause");
    if (!(ms > 0)) return;
    const duration = Math.ceil(ms);
    this.local.pause(id, duration, now);
    try {
      await this.run("pause", id, ["pause", String(duration)]);
    } catch (error) {
      this.fallBack("pause", error);
    }
  }

  /**
   * Closes the connection the store opened from `url` (a `client` you passed stays open: it is yours).
   * Later operations throw. Safe to call twice.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const owned = this.owned;
    if (!owned?.isOpen) return;
    if (!owned.isReady) return owned.destroy();
    try {
      await this.timed("close", owned.close());
    } catch {
      owned.destroy();
    }
  }

  /** The Redis keys of the sorted set and the pause for `key`, as the script sees them (for tests and ops). */
  redisKeys(key: string): { slots: string; pause: string } {
    const id = this.keyId(key, "reserve");
    return { slots: `${this.prefix}{${id}}:slots`, pause: `${this.prefix}{${id}}:pause` };
  }

  /**
   * What Redis stores for `key`: SHA-256 of it (core's key id is already a hash of the API key; hashing again
   * bounds the length, keeps `{}` out of the cluster hash tag, and keeps a raw key out of Redis even if a
   * custom caller passes one).
   */
  private keyId(key: string, operation: RedisRateLimitOperation): string {
    if (typeof key !== "string" || key === "") {
      throw new RedisRateLimitStoreError(operation, `key must be a non-empty string, got ${describe(key)}`);
    }
    return createHash("sha256").update(key).digest("hex").slice(0, 32);
  }

  private misuse(operation: RedisRateLimitOperation, name: string, value: unknown): RedisRateLimitStoreError {
    return new RedisRateLimitStoreError(operation, `${name} must be a positive number, got ${describe(value)}`);
  }

  private usingLocal(): boolean {
    return this.onError === "local" && !this.closed && performance.now() < this.localUntil;
  }

  /** Rethrows `error` as a `RedisRateLimitStoreError` (policy "fail"), or starts the local limit ("local"). */
  private fallBack(operation: RedisRateLimitOperation, error: unknown): void {
    const typed =
      error instanceof RedisRateLimitStoreError
        ? error
        : new RedisRateLimitStoreError(operation, this.redact(messageOf(error)), { cause: error });
    if (this.onError === "fail" || this.closed) throw typed;
    const starting = performance.now() >= this.localUntil;
    this.localUntil = performance.now() + this.retryMs;
    if (starting && this.onFallback) {
      try {
        this.onFallback(typed);
      } catch {
        // A throwing observer must not turn a working fallback into a failure.
      }
    }
  }

  /** Runs the script for one operation: EVALSHA, and EVAL when Redis does not have it cached (NOSCRIPT). */
  private async run(operation: RedisRateLimitOperation, id: string, args: string[]): Promise<unknown> {
    if (this.closed) throw new RedisRateLimitStoreError(operation, "the store is closed");
    await this.ready(operation);
    const keys = [`${this.prefix}{${id}}:slots`, `${this.prefix}{${id}}:pause`];
    try {
      return await this.timed(operation, this.client.evalSha(SCRIPT_SHA1, { keys, arguments: args }));
    } catch (error) {
      if (!/^NOSCRIPT/.test(messageOf(error))) throw error;
      return await this.timed(operation, this.client.eval(SCRIPT, { keys, arguments: args }));
    }
  }

  /** An owned connection: opened on first use; until it was first ready, waits for it (bounded). */
  private async ready(operation: RedisRateLimitOperation): Promise<void> {
    const owned = this.owned;
    if (!owned) {
      if (!this.client.isOpen) {
        throw new RedisRateLimitStoreError(operation, "the Redis client is not open (call `await client.connect()`)");
      }
      return;
    }
    if (owned.isReady) return;
    if (this.everReady) {
      throw new RedisRateLimitStoreError(operation, "Redis is unreachable (reconnecting)");
    }
    this.connected ??= new Promise<void>((resolve, reject) => {
      owned.once("ready", () => resolve());
      owned.connect().catch((error: unknown) => {
        this.connected = undefined;
        reject(error);
      });
    });
    await this.timed("connect", this.connected);
  }

  /** `promise`, or a `RedisRateLimitStoreError` after the command timeout. Never an unhandled rejection. */
  private timed<T>(operation: RedisRateLimitOperation, promise: Promise<T>): Promise<T> {
    promise.catch(() => {});
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RedisRateLimitStoreError(operation, `Redis did not answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  /** Removes the URL's password from a message (a foreign error might quote it). */
  private redact(text: string): string {
    return this.secret ? text.split(this.secret).join("***") : text;
  }
}

/**
 * A rate-limit store in Redis, shared by every process that uses the same Redis and `prefix`:
 *
 * ```ts
 * const store = createRedisRateLimitStore({ url: process.env.REDIS_URL });
 * const client = createClient({ apiKey, rateLimit: { store } });
 * // …
 * await store.close();
 * ```
 *
 * Options may be given in the first argument or the second: `createRedisRateLimitStore({ url, prefix })` and
 * `createRedisRateLimitStore({ url }, { prefix })` are the same.
 */
export function createRedisRateLimitStore(
  connection: RedisConnectionOptions & RedisRateLimitStoreOptions,
  options?: RedisRateLimitStoreOptions,
): RedisRateLimitStore {
  const { url, client, ...rest } = (connection ?? {}) as RedisConnectionOptions & RedisRateLimitStoreOptions;
  return new RedisRateLimitStore({ url, client } as RedisConnectionOptions, { ...rest, ...options });
}

/** The connection a store opened from `url` owns. */
function openClient(url: string, timeoutMs: number) {
  return createClient({
    url,
    // While reconnecting, fail at once instead of queueing: a call fails (or falls back) without waiting.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: timeoutMs,
      // Keep reconnecting (up to every 2 s) for as long as the store is open: recovery when Redis is back.
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 10), 2000),
    },
  });
}

function messageOf(error: unknown): string {
  return String((error as Error | null)?.message ?? error);
}

/** A short, bounded description of a value for error messages. */
function describe(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === "string"
        ? JSON.stringify(value)
        : typeof value === "function"
          ? "a function"
          : String(JSON.stringify(value) ?? value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
