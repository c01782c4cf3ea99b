import openapiFetch, { type Middleware } from "openapi-fetch";
import { type Clock, systemClock } from "./clock.js";
import { OpenPhoneError } from "./errors.js";
import { createLog, LOG_LEVELS, type Logger, type LogLevel } from "./log.js";
import { createCallSender, IDEMPOTENT } from "./policy.js";
import { defaultRateLimitStore, keyId, limiterFor, type RateLimiter, type RateLimitStore } from "./rate-limit.js";
import {
  attemptLimits,
  type CallSettings,
  type ClientConfig,
  type ClientState,
  checkHeaders,
  type OpenPhoneClient,
  type RequestOptions,
  type SharedOptions,
  STATE,
} from "./state.js";
import type { ResponseSchemas } from "./validate.js";

export type { ClientConfig, OpenPhoneClient, RequestOptions, SharedOptions } from "./state.js";

declare const __SDK_VERSION__: string;
/** Version of @openphone-sdk/core, stamped at build time. */
export const VERSION: string = typeof __SDK_VERSION__ === "string" ? __SDK_VERSION__ : "0.0.0-dev";

export const DEFAULT_BASE_URL = "https://api.openphone.com";
/** The API gateway's own read timeout (x-kong-service-defaults.read_timeout in the spec). */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
/** The API allows 10 requests per second per key. */
export const DEFAULT_RATE_LIMIT_PER_SECOND = 10;

/**
 * Client-side rate limit: at most `perSecond` requests arrive at the server in any one-second window, per API
 * key. A slot is held from its grant until the attempt's response headers arrive (or it fails), and counts
 * one second from then, so a steady stream runs at perSecond / (1 s + latency).
 */
export interface RateLimitOptions {
  /** Default 10, the API's limit. A whole number. */
  perSecond: number;
  /** Where slots are counted; default: in this process, shared by every client with the same key. */
  store?: RateLimitStore;
}

export interface ClientOptions extends SharedOptions {
  /** The OpenPhone API key. Falls back to the `OPENPHONE_API_KEY` environment variable. */
  apiKey?: string;
  /**
   * Allow a client in a browser (a page or a web worker). Off by default: a key in browser code is readable
   * by everyone who loads the page, and the key can do everything your workspace can. Turn it on only for a
   * page that only trusted people load (an internal tool behind sign-in), never for a public site.
   */
  dangerouslyAllowBrowser?: boolean;
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

/** Per-call options a raw `openapiFetchClient` call takes beside openapi-fetch's own (`signal` included). */
export type RawCallOptions = Pick<RequestOptions, "timeoutMs" | "maxRetries" | "retryNonIdempotent">;

/** openapi-fetch's default export; under CommonJS interop the function sits on `.default`. */
const createFetchClient: typeof openapiFetch =
  (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value === "" ? undefined : value;
}

/** Header values may hold visible ASCII and inner spaces only; anything else is refused without echoing the key. */
const VALID_KEY = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

function userAgent(): string {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  return `openphone-sdk-typescript/${VERSION}${node ? ` node/${node}` : ""}`;
}

/** Characters with a meaning in a regular expression, escaped so the key is matched literally. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * A function removing every copy of `apiKey` from a text: as is, JSON-escaped (an echo inside a JSON body)
 * and URL-encoded, in any letter case (a host name or a header may have been lower-cased). One literal
 * alternation, matched in linear time.
 */
function redactor(apiKey: string): (text: string) => string {
  const forms = new Set([apiKey, JSON.stringify(apiKey).slice(1, -1), encodeURIComponent(apiKey)]);
  const pattern = new RegExp([...forms].map(escapeRegExp).join("|"), "gi");
  return (text) => text.replace(pattern, "[redacted]");
}

/**
 * Creates a client. The key is sent as `Authorization: <apiKey>` (this API uses no `Bearer` scheme). It stays
 * in closures: nothing enumerable on the client or its state holds it.
 *
 * @example
 * const client = createClient({ apiKey: process.env.OPENPHONE_API_KEY });
 */
export function createClient(options: ClientOptions = {}): OpenPhoneClient {
  if (inBrowser() && options.dangerouslyAllowBrowser !== true) {
    throw new OpenPhoneError(
      "createClient() refuses to run in a browser: the API key would be readable by everyone who loads the page. Call the API from your server; for a page only trusted people load, pass { dangerouslyAllowBrowser: true }",
    );
  }
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
  const redact = redactor(apiKey);
  const clock = options.clock ?? systemClock;
  const log = createLog(logLevel, options.logger ?? console, redact);
  if (envLevel && !LOG_LEVELS.includes(envLevel)) {
    log("warn", `OPENPHONE_LOG=${envLevel} is not one of ${LOG_LEVELS.join(", ")}; using ${logLevel}`);
  }
  // The key id is a SHA-256 digest (async): computed once, on the first call that needs a slot.
  let limiter: Promise<RateLimiter> | undefined;
  const limiterOf = rateLimit
    ? () =>
        (limiter ??= keyId(apiKey).then((id) =>
          limiterFor(rateLimit.store ?? defaultRateLimitStore, id, rateLimit.perSecond, clock, redact),
        ))
    : undefined;

  // The key is a header of the openapi-fetch client, as an openapi-fetch user would set it: middleware sees it
  // (and may remove it). Every call passes its own `fetch` (the policy layer with that call's settings).
  const inner = createFetchClient({
    baseUrl,
    headers: { "User-Agent": userAgent(), ...headers, Authorization: apiKey },
  });
  const middleware: Middleware[] = [];
  const send = createCallSender(inner, middleware, {
    clock,
    log,
    redact,
    fetch: options.fetch,
    limiter: limiterOf,
    debug: logLevel === "debug",
  });

  /** A raw call: openapi-fetch's arguments, plus the SDK's per-call options, through the same sender. */
  const raw =
    (method: string) =>
    (path: string, init: Record<string, unknown> = {}) => {
      const { timeoutMs: t, maxRetries: r, retryNonIdempotent, signal, fetch, ...rest } = init;
      try {
        const limits = attemptLimits({ timeoutMs: t as number, maxRetries: r as number }, config);
        const settings: CallSettings = {
          label: `${method} ${path}`,
          ...limits,
          retryIdempotentFailures: retryNonIdempotent === true || IDEMPOTENT.test(method),
          signal: (signal ?? undefined) as AbortSignal | undefined,
          fetch: fetch as typeof globalThis.fetch | undefined,
        };
        return send(method, path, rest, settings, { retries: 0 });
      } catch (error) {
        return Promise.reject(error);
      }
    };
  const use = (...added: Middleware[]) => {
    for (const m of added) {
      if (typeof m !== "object" || m === null || !(m.onRequest || m.onResponse || m.onError)) {
        throw new OpenPhoneError("Middleware must be an object with onRequest, onResponse or onError");
      }
      inner.use(m);
      middleware.push(m);
    }
  };
  const eject = (...removed: Middleware[]) => {
    inner.eject(...removed);
    for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
  };
  const fetchClient: Record<string, unknown> = {
    request: (method: string, path: string, init?: Record<string, unknown>) => raw(method.toUpperCase())(path, init),
    use,
    eject,
  };
  for (const method of METHODS) fetchClient[method] = raw(method);

  const state: ClientState = {
    config,
    log,
    redact,
    fetchClient: fetchClient as unknown as ClientState["fetchClient"],
    send,
  };
  const client: OpenPhoneClient = { baseUrl, use, eject };
  Object.defineProperty(client, STATE, { value: state });
  return client;
}

/**
 * A browser page (a `window` with a `document`) or a browser web worker. Node, Deno 2, Bun and Cloudflare
 * Workers have neither (Workers has no `WorkerGlobalScope` global; Deno's web workers are not detected).
 */
function inBrowser(): boolean {
  const g = globalThis as { window?: { document?: unknown }; WorkerGlobalScope?: unknown; importScripts?: unknown };
  return (
    (typeof g.window === "object" && g.window !== null && typeof g.window.document === "object") ||
    (typeof g.WorkerGlobalScope === "function" && typeof g.importScripts === "function")
  );
}
