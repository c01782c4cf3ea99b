/**
 * What a client holds, kept apart from `createClient` so that an operation function imported alone bundles
 * the lookup and not the client (nor openapi-fetch, which only `createClient` reaches).
 */
import type { Client } from "openapi-fetch";
import { clip, OpenPhoneError } from "./errors.js";
import type { Log } from "./log.js";
import type { ResponseSchemas, ResponseValidationMode } from "./validate.js";

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
   * Registers openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) on the client's openapi-fetch
   * client: run once per call (not per retry), for generated functions and `openapiFetchClient(client)` alike,
   * with openapi-fetch's own runner.
   */
  use(...middleware: import("openapi-fetch").Middleware[]): void;
  /** Removes middleware registered with `use`. */
  eject(...middleware: import("openapi-fetch").Middleware[]): void;
}

/** Resolved per-client settings. Holds no secret: the key lives only inside the policy layer's closure. */
export interface ClientConfig {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly logLevel: import("./log.js").LogLevel;
  /** Requests per second, or `false` when client-side limiting is off. */
  readonly rateLimit: number | false;
  readonly validate: boolean;
  readonly validateResponses: ResponseValidationMode | false;
  readonly responseSchemas: ResponseSchemas | undefined;
}

/**
 * How much a failed attempt may be repeated: `"always"` (the server surely did not process it: a 429, a
 * connection refused before anything was written), `"idempotent"` (only for GET/PUT/DELETE/HEAD, or with
 * `retryNonIdempotent`: a POST may have been processed), `"never"`.
 */
export type RetrySafety = "always" | "idempotent" | "never";

/** What the policy layer needs to know about one call, generated or raw. */
export interface CallSettings {
  /** `GET /v1/messages/{id}`: the method and path template, for messages and log lines. */
  readonly label: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  /** True when failures of safety `"idempotent"` may be retried (idempotent method, or `retryNonIdempotent`). */
  readonly retryIdempotentFailures: boolean;
  readonly signal: AbortSignal | undefined;
  /** The transport for this call: a per-call `fetch`, else the client's option, else the global one. */
  readonly fetch: typeof globalThis.fetch | undefined;
}

/** What a call through the client's openapi-fetch client comes to, besides openapi-fetch's own result. */
export interface CallRecord {
  /** Retries made (attempts - 1), for `retryCount` on the error the caller gets. */
  retries: number;
  /**
   * Set by `request`, which parses the body itself. When no middleware could want to read the response, the
   * policy layer hands the success body over in `text` and openapi-fetch the response it read it from
   * (`parseAs: "stream"`): no copy of the response and no second read of its body, about a sixth of a small
   * call's time. With middleware, or from an older copy of core, `text` stays unset and the body comes from
   * openapi-fetch as before.
   */
  takeText?: boolean;
  /** The success body, when handed over. */
  text?: string;
}

export interface ClientState {
  readonly config: ClientConfig;
  readonly log: Log;
  /** Removes every copy of the API key (any case, JSON-escaped, URL-encoded) from a string. */
  readonly redact: (text: string) => string;
  /** The client's one openapi-fetch client, every policy applied (`openapiFetchClient` returns it). */
  // biome-ignore lint/complexity/noBannedTypes: openapi-fetch's own default for an untyped client
  readonly fetchClient: Client<{}>;
  /**
   * Sends one call through the openapi-fetch client with `settings` for the policy layer; the record says
   * how many retries it took. What generated functions and raw calls both run.
   */
  readonly send: (
    method: string,
    path: string,
    init: Record<string, unknown>,
    settings: CallSettings,
    record: CallRecord,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** Shared by copies of core, so a client made by one copy works with functions bundled with another. */
// Versioned: a client from a copy of core whose state has another shape is refused with a clear error.
export const STATE = Symbol.for("openphone-sdk.client.state.v3");

export function clientState(client: OpenPhoneClient): ClientState {
  const state = (client as { [STATE]?: ClientState } | null | undefined)?.[STATE];
  if (!state) {
    throw new OpenPhoneError(
      "The first argument must be a client from createClient() of the same @openphone-sdk/core version (deduplicate core if two versions are installed)",
    );
  }
  return state;
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

/** A header name (an HTTP token), and a value fetch can send: Latin-1 only, no line breaks or NUL. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[^\0\r\n\u0100-\uffff]*$/;

/**
 * Refuses an `Authorization` header (the key is set with `apiKey`) and names or values fetch would reject,
 * here, before anything is sent, and without quoting the value (it could be a secret).
 */
export function checkHeaders(headers: Record<string, unknown> | undefined, prefix = ""): void {
  if (headers === undefined) return;
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === "authorization") {
      throw new OpenPhoneError(`${prefix}Set the API key with { apiKey }, not through headers.Authorization`);
    }
    const value = String(headers[name]);
    // Length first: a pattern never runs over a megabyte of header.
    if (!HEADER_NAME.test(name) || value.length > 16_384 || !HEADER_VALUE.test(value)) {
      throw new OpenPhoneError(
        `${prefix}invalid header ${JSON.stringify(clip(name, 60))} (names are HTTP tokens; values are Latin-1 text without line breaks, at most 16 KB)`,
      );
    }
  }
}
