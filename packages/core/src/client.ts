import type { Middleware } from "openapi-fetch";
import { type Clock, systemClock } from "./clock.js";
import { OpenPhoneError } from "./errors.js";
import { createLog, LOG_LEVELS, type Log, type Logger, type LogLevel } from "./log.js";
import { sendThroughMiddleware } from "./middleware.js";
import { defaultRateLimitStore, limiterFor, type RateLimiter, type RateLimitStore } from "./rate-limit.js";
import type { OperationSpec, RequestParts } from "./types.js";
import type { ResponseSchemas, ResponseValidationMode } from "./validate.js";

declare const __SDK_VERSION__: string;
/** Version of @openphone-sdk/core, stamped at build time. */
export const VERSION: string = typeof __SDK_VERSION__ === "string" ? __SDK_VERSION__ : "0.0.0-dev";

export const DEFAULT_BASE_URL = "https://api.openphone.com";
/** The API gateway's own read timeout (x-kong-service-defaults.read_timeout in the spec). */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
/** The API allows 10 requests per second per key. */
export const DEFAULT_RATE_LIMIT_PER_SECOND = 10;

/** Options shared by the client and by each call (a call's options win). */
export interface SharedOptions {
  /** Abort an attempt after this many milliseconds. Default 30 000, the gateway's read timeout. */
  timeoutMs?: number;
  /**
   * Retries after the first attempt, when the failure is retryable (see the README's "Reliability"). Default 2.
   * POST and PATCH are retried only when the request surely was not processed (429, connection refused).
   */
  maxRetries?: number;
  /** Extra headers sent with every request. `Authorization` cannot be set here. */
  headers?: Record<string, string>;
  /**
   * Check params against the spec's constraints before sending (default `true`). A failure throws
   * `ValidationError` and nothing is sent. `false` sends whatever the API may accept beyond its spec;
   * unknown keys are refused either way (they have no place in the request).
   */
  validate?: boolean;
  /**
   * Check each success body against the spec (default off): `"warn"` reports each mismatch once per
   * operation and path, `"error"` throws `ResponseValidationError`. Needs `responseSchemas` on the client.
   */
  validateResponses?: ResponseValidationMode | false;
}

/** Client-side rate limit: at most `perSecond` requests start in any one-second window, per API key. */
export interface RateLimitOptions {
  /** Default 10, the API's limit. A whole number. */
  perSecond: number;
  /** Where start times are kept; default: in this process, shared by every client with the same key. */
  store?: RateLimitStore;
}

export interface ClientOptions extends SharedOptions {
  /** The OpenPhone API key. Falls back to the `OPENPHONE_API_KEY` environment variable. */
  apiKey?: string;
  /** Default `https://api.openphone.com`. */
  baseUrl?: string;
  /** A `fetch` implementation; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Default `{ perSecond: 10 }`; `false` turns client-side limiting off. Calls wait for a slot instead of failing. */
  rateLimit?: RateLimitOptions | false;
  /** Default `"warn"`, or the `OPENPHONE_LOG` environment variable. `"debug"` logs every attempt. */
  logLevel?: LogLevel;
  /** Where log lines go; default `console`. */
  logger?: Logger;
  /** Time source for retry backoff, rate-limit waits and attempt timeouts; pass a fake in tests. Default: real time. */
  clock?: Clock;
  /**
   * Response schemas for `validateResponses`: `responseSchemas` of `@openphone-sdk/<package>/response-schemas`
   * (`@openphone-sdk/client/response-schemas` has every package's; `combineResponseSchemas` of
   * `@openphone-sdk/core/validate-responses` joins several). Not bundled unless imported.
   */
  responseSchemas?: ResponseSchemas;
}

export interface RequestOptions extends SharedOptions {
  /** Aborts the call at once, whatever it is doing (sending, waiting for a retry or a rate-limit slot). */
  signal?: AbortSignal;
  /**
   * Also retry this POST/PATCH after a timeout, a 408/5xx or a connection lost after sending. Only for calls
   * that are safe to run twice: a retried `sendMessage` may send the text twice.
   */
  retryNonIdempotent?: boolean;
}

/** A configured connection to the OpenPhone API, passed as the first argument of every operation. */
export interface OpenPhoneClient {
  readonly baseUrl: string;
  /**
   * Registers openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) run on every attempt of every
   * call, with openapi-fetch's semantics. An openapi-fetch client for paths the generated functions do not
   * cover: `openapiFetchClient(client)` from `@openphone-sdk/core/openapi-fetch`.
   */
  use(...middleware: Middleware[]): void;
  /** Removes middleware registered with `use`. */
  eject(...middleware: Middleware[]): void;
}

/** Resolved per-client settings. Holds no secret: the key lives only inside the fetch client. */
export interface ClientConfig {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly logLevel: LogLevel;
  /** Requests per second, or `false` when client-side limiting is off. */
  readonly rateLimit: number | false;
  readonly validate: boolean;
  readonly validateResponses: ResponseValidationMode | false;
  readonly responseSchemas: ResponseSchemas | undefined;
}

export interface ClientState {
  readonly config: ClientConfig;
  /** Request headers for one call: the client's own, `Authorization` included, then `extra` (checked). */
  readonly headers: (extra?: Record<string, unknown>) => Record<string, string>;
  /** Middleware registered with `use`, in order. */
  readonly middleware: Middleware[];
  /** Removes every occurrence of the API key from a string (for messages of foreign errors). */
  readonly redact: (text: string) => string;
  readonly log: Log;
  /** At `debug` level only: writes the line of one attempt (its status, or why it failed without one). */
  readonly logAttempt?: (
    op: OperationSpec,
    headers: Record<string, string>,
    status: number | undefined,
    reason: string,
    durationMs: number,
    attempt: number,
  ) => void;
  readonly clock: Clock;
  readonly limiter: RateLimiter | undefined;
  /** The fetch to send with (the option, else the global one at call time, so test doubles installed later work). */
  readonly fetch: typeof globalThis.fetch;
  /**
   * Sends one attempt: with `fetch`, or through the middleware when some is registered. `sending` is called
   * once the request is built and goes to `fetch` (what came before it cannot have reached the server).
   */
  readonly send: (
    url: string,
    init: RequestInit,
    schemaPath: string,
    parts: RequestParts,
    sending: () => void,
  ) => Promise<Response>;
}

/** Shared by copies of core, so a client made by one copy works with functions bundled with another. */
// Versioned: a client from a copy of core whose state has another shape is refused with a clear error.
const STATE = Symbol.for("openphone-sdk.client.state.v2");

type WithState = { [STATE]?: ClientState };

export function clientState(client: OpenPhoneClient): ClientState {
  const state = (client as WithState)[STATE];
  if (!state) {
    throw new OpenPhoneError(
      "The first argument must be a client from createClient() of the same @openphone-sdk/core version (deduplicate core if two versions are installed)",
    );
  }
  return state;
}

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value === "" ? undefined : value;
}

/** A header name (an HTTP token) and a value without control characters, as fetch would require. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[^\0\r\n]*$/;

/**
 * Refuses an `Authorization` header (the key is set with `apiKey`) and names or values fetch would reject,
 * here, before anything is sent, and without quoting the value (it could be a secret).
 */
function checkHeaders(headers: Record<string, unknown> | undefined): void {
  for (const name in headers) {
    if (name.toLowerCase() === "authorization") {
      throw new OpenPhoneError("Set the API key with { apiKey }, not through headers.Authorization");
    }
    if (!HEADER_NAME.test(name) || !HEADER_VALUE.test(String(headers[name]))) {
      throw new OpenPhoneError(
        `invalid header ${JSON.stringify(name)} (names are HTTP tokens; values hold no line breaks)`,
      );
    }
  }
}

/** Header values may hold visible ASCII and inner spaces only; anything else is refused without echoing the key. */
const VALID_KEY = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

function userAgent(): string {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  return `openphone-sdk-typescript/${VERSION}${node ? ` node/${node}` : ""}`;
}

/**
 * Creates a client. The key is sent as `Authorization: <apiKey>` (this API uses no `Bearer` scheme).
 *
 * @example
 * const client = createClient({ apiKey: process.env.OPENPHONE_API_KEY });
 */
export function createClient(options: ClientOptions = {}): OpenPhoneClient {
  const apiKey = options.apiKey ?? readEnv("OPENPHONE_API_KEY");
  if (apiKey === undefined || apiKey === "") {
    throw new OpenPhoneError(
      "Missing API key: pass { apiKey } to createClient() / new OpenPhone(), or set the OPENPHONE_API_KEY environment variable",
    );
  }
  if (typeof apiKey !== "string" || !VALID_KEY.test(apiKey)) {
    throw new OpenPhoneError(
      "Invalid API key: it must be a string of visible ASCII characters (check for a stray newline or quote)",
    );
  }
  const { timeoutMs, maxRetries } = attemptLimits(options, {
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxRetries: DEFAULT_MAX_RETRIES,
  });
  const rateLimit = options.rateLimit ?? { perSecond: DEFAULT_RATE_LIMIT_PER_SECOND };
  if (rateLimit && !(Number.isInteger(rateLimit.perSecond) && rateLimit.perSecond > 0)) {
    throw new OpenPhoneError(
      `rateLimit.perSecond must be a whole number above 0, got ${String(rateLimit.perSecond)} (or pass rateLimit: false)`,
    );
  }
  const envLevel = readEnv("OPENPHONE_LOG")?.toLowerCase() as LogLevel | undefined;
  const logLevel = options.logLevel ?? (envLevel && LOG_LEVELS.includes(envLevel) ? envLevel : "warn");
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new OpenPhoneError(`logLevel must be one of ${LOG_LEVELS.join(", ")}, got ${String(logLevel)}`);
  }
  const baseUrl = (options.baseUrl ?? readEnv("OPENPHONE_BASE_URL") ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const headers = { ...options.headers };
  checkHeaders(headers);

  // Looked up at call time, so a fetch double installed after the client was created is used.
  const send: typeof globalThis.fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);
  const own = { "User-Agent": userAgent(), ...headers };
  const config: ClientConfig = Object.freeze({
    baseUrl,
    timeoutMs,
    maxRetries,
    headers: Object.freeze(headers),
    logLevel,
    rateLimit: rateLimit ? rateLimit.perSecond : false,
    validate: options.validate !== false,
    validateResponses: options.validateResponses ?? false,
    responseSchemas: options.responseSchemas,
  });
  // The key as it appears inside a JSON string too (it may hold `"` or `\`), so echoes in error bodies go.
  const escapedKey = JSON.stringify(apiKey).slice(1, -1);
  const redact = (text: string) => text.split(apiKey).join("[redacted]").split(escapedKey).join("[redacted]");
  const clock = options.clock ?? systemClock;
  const log = createLog(logLevel, options.logger ?? console, redact);
  if (envLevel && !LOG_LEVELS.includes(envLevel)) {
    log("warn", `OPENPHONE_LOG=${envLevel} is not one of ${LOG_LEVELS.join(", ")}; using ${logLevel}`);
  }
  const middleware: Middleware[] = [];
  const state: ClientState = {
    config,
    // The key stays in this closure: nothing enumerable on the client or its state holds it.
    headers: (extra) => {
      checkHeaders(extra);
      return { ...own, ...extra, Authorization: apiKey };
    },
    middleware,
    redact,
    log,
    logAttempt:
      logLevel === "debug"
        ? (op, sentHeaders, status, reason, durationMs, attempt) => {
            // The key has no scheme prefix ("Bearer …"), so the whole value goes.
            const headers: Record<string, string> = {};
            for (const name in sentHeaders) headers[name.toLowerCase()] = sentHeaders[name] as string;
            headers.authorization = "[redacted]";
            const { method, path } = op;
            log("debug", `${method} ${path} -> ${status ?? reason} in ${durationMs} ms (attempt ${attempt})`, {
              method,
              path,
              status,
              durationMs,
              attempt,
              headers,
            });
          }
        : undefined,
    clock,
    limiter: rateLimit
      ? limiterFor(rateLimit.store ?? defaultRateLimitStore, apiKey, rateLimit.perSecond, clock)
      : undefined,
    fetch: send,
    send: (url, init, schemaPath, parts, sending) => {
      if (middleware.length) return sendThroughMiddleware(state, schemaPath, parts, new Request(url, init), sending);
      sending();
      return send(url, init);
    },
  };

  const client: OpenPhoneClient = {
    baseUrl,
    use: (...added) => {
      for (const m of added) {
        if (typeof m !== "object" || m === null || !(m.onRequest || m.onResponse || m.onError)) {
          throw new OpenPhoneError("Middleware must be an object with onRequest, onResponse or onError");
        }
        middleware.push(m);
      }
    },
    eject: (...removed) => {
      for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
    },
  };
  Object.defineProperty(client, STATE, { value: state });
  return client;
}

/** Timers hold at most 2^31 - 1 ms (about 24.8 days); a longer one fires at once, so it is refused. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** `timeoutMs` and `maxRetries` from `options`, else from `fallback`, checked. */
export function attemptLimits(
  options: SharedOptions,
  fallback: { timeoutMs: number; maxRetries: number },
): { timeoutMs: number; maxRetries: number } {
  const { timeoutMs = fallback.timeoutMs, maxRetries = fallback.maxRetries } = options;
  if (!(timeoutMs > 0 && timeoutMs <= MAX_TIMEOUT_MS)) {
    throw new OpenPhoneError(
      `timeoutMs must be a number above 0 and at most ${MAX_TIMEOUT_MS}, got ${String(timeoutMs)}`,
    );
  }
  if (!(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new OpenPhoneError(`maxRetries must be a whole number, 0 or more, got ${String(maxRetries)}`);
  }
  return { timeoutMs, maxRetries };
}
