/**
 * The SDK's policy layer: the `fetch` of the client's openapi-fetch client, so every call, generated or raw,
 * goes through it once openapi-fetch (and its middleware) has built the request. Per call it buffers the
 * request body once (retries resend it), then per attempt: a rate-limit slot, a timeout raced with the
 * caller's signal, the transport, failure classification, the retry decision (duplicate-send rule,
 * `Retry-After`), and the key's removal from error responses before openapi-fetch parses them.
 *
 * Around openapi-fetch, `createCallSender` bounds what the policy layer cannot see: middleware that never
 * settles and aborts while middleware runs.
 */
import type { Client, Middleware } from "openapi-fetch";
import type { Clock } from "./clock.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  clip,
  messageOf,
  OpenPhoneError,
  safeCause,
  scrubError,
  setRetryCount,
} from "./errors.js";
import type { Log } from "./log.js";
import type { RateLimiter, RateLimitLease } from "./rate-limit.js";
import type { CallRecord, CallSettings, ClientState, RetrySafety } from "./state.js";

/** Statuses worth another try: 429 always (refused before processing), these only when idempotent. */
const TRANSIENT_STATUS = [408, 500, 502, 503, 504];
/**
 * Connection failures that happen before any byte of the request is written (refused, unknown host…):
 * retrying cannot duplicate anything, whatever the method. A reset or "other side closed" is not here:
 * the server may already have the request.
 */
const NOT_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT)$/;
/** Statuses whose responses have no body (a `Response` with one cannot be built). */
const NULL_BODY = [101, 103, 204, 205, 304];
/** A lease outlives its attempt's timeout by this much before a store counts it as ended (a crashed process). */
const LEASE_MARGIN_MS = 1000;

/** What the policy layer needs from the client. */
export interface PolicyDeps {
  readonly clock: Clock;
  readonly log: Log;
  readonly redact: (text: string) => string;
  /** The client's `fetch` option, if any. */
  readonly fetch: typeof globalThis.fetch | undefined;
  /** The limiter of the client's key (resolved once: the key id is a SHA-256 digest), or none. */
  readonly limiter: (() => Promise<RateLimiter>) | undefined;
  /** At debug level: logs each attempt. */
  readonly debug: boolean;
}

/** Where one call is: 0 building (onRequest), 1 in the policy layer, 2 answered (onResponse), 3 failed (onError). */
interface CallProgress {
  stage: 0 | 1 | 2 | 3;
  /** Set when the caller already has an error (timeout or abort during middleware): nothing may be sent. */
  closed?: OpenPhoneError;
  /** Told when the stage changes, by the middleware watchdog. */
  onStage?: (stage: number) => void;
}

/** One attempt's result: a response to hand to openapi-fetch, or a typed error; and whether to try again. */
interface Outcome {
  response?: Response;
  error?: OpenPhoneError;
  safety: RetrySafety;
  /** Why it failed, for log lines: a status, "timeout", an error code. */
  reason: string;
}

/**
 * How long to wait before retry number `retries + 1`: the server's `retry-after-ms` or `Retry-After`
 * (seconds or an HTTP date) when it asks for 0-60 s, else exponential backoff from 0.5 s, capped at 8 s,
 * minus up to 25 % jitter so that clients that failed together do not retry together.
 */
export function retryDelay(retries: number, headers: Headers | undefined, now: number): number {
  return serverDelay(headers, now) ?? Math.round(Math.min(500 * 2 ** retries, 8000) * (1 - Math.random() * 0.25));
}

/** The wait a response asks for (`retry-after-ms`, else `Retry-After`), when it is 0-60 s. */
function serverDelay(headers: Headers | undefined, now: number): number | undefined {
  const ms = headers?.get("retry-after-ms");
  const after = headers?.get("retry-after");
  let wait = ms ? Number(ms) : Number.NaN;
  // Bounded input: a header value longer than a date is not one.
  if (!(wait >= 0) && after && after.length < 64) {
    wait = /^\s*\d+\s*$/.test(after) ? Number(after) * 1000 : Date.parse(after) - now;
  }
  return wait >= 0 && wait <= 60_000 ? Math.ceil(wait) : undefined;
}

/** Sleeps on `clock`, rejecting at once with `APIUserAbortError` when `signal` aborts. */
function sleep(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = new AbortController();
    const onAbort = () => {
      stop.abort();
      reject(new APIUserAbortError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    clock.sleep(ms, stop.signal).then(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, reject);
  });
}

/**
 * `promise`, or a rejection as soon as `signal` aborts: a transport (or body) that ignores the signal still
 * ends when the timeout fires.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** The `code`s of a network error (undici puts them on `cause`; a failed multi-address connect on `errors`). */
function errorCodes(cause: unknown, depth = 0): string[] {
  const { code, errors } = (cause ?? {}) as { code?: unknown; errors?: unknown };
  const inner = Array.isArray(errors) && depth < 3 ? errors.slice(0, 10).flatMap((e) => errorCodes(e, depth + 1)) : [];
  return typeof code === "string" ? [code, ...inner] : inner;
}

/** A copy of `response` holding `text` as its body, with `redact` applied to its reason phrase and headers. */
function bufferedResponse(response: Response, text: string, redact?: (text: string) => string): Response {
  const { status } = response;
  let { headers, statusText } = response;
  if (redact) {
    headers = new Headers();
    for (const [name, value] of response.headers) headers.append(name, redact(value));
    statusText = redact(statusText);
  }
  return new Response(NULL_BODY.includes(status) ? null : text, { status, statusText, headers });
}

/**
 * Creates the policy layer of one client. `sendWithPolicy(request, settings, record, progress)` runs one call
 * whose request openapi-fetch has built, and resolves with the response openapi-fetch should see (success,
 * or the last error status, redacted) or rejects with a typed error whose `retryCount` is set.
 */
function createPolicy(deps: PolicyDeps) {
  const { clock, log, redact } = deps;

  function transportFailure(
    error: unknown,
    settings: CallSettings,
    timeout: AbortSignal,
    headersReceived: boolean,
    url: string,
  ): Outcome {
    if (error instanceof OpenPhoneError)
      return { error: scrubError(error, redact), safety: "never", reason: error.name };
    if (settings.signal?.aborted) return { error: new APIUserAbortError(), safety: "never", reason: "aborted" };
    const cause = safeCause(error, redact);
    const { timeoutMs } = settings;
    // The host and port, so that a wrong baseUrl is plain to see (redacted like the rest of the message).
    const label = redact(`${settings.label} to ${hostOf(url)}`);
    if (timeout.aborted) {
      const timedOut = new APIConnectionTimeoutError(`${label} timed out after ${timeoutMs} ms`, { cause });
      return { error: timedOut, safety: "idempotent", reason: "timeout" };
    }
    const inner = (error as { cause?: Error } | null)?.cause;
    const codes = errorCodes(inner);
    const detail = clip(redact(String(codes[0] ?? inner?.message ?? messageOf(error, redact))));
    // Refused before any byte was written (every code a not-sent one): no method can be duplicated.
    const notSent = !headersReceived && codes.length > 0 && codes.every((code) => NOT_SENT.test(code));
    return {
      error: new APIConnectionError(`${label} failed: ${detail}`, { cause }),
      safety: notSent ? "always" : "idempotent",
      reason: detail,
    };
  }

  /** One HTTP exchange, logged at debug. Never throws: failures come back classified for the retry loop. */
  async function attempt(
    url: string,
    init: RequestInit & { headers: Headers },
    settings: CallSettings,
    lease: RateLimitLease | undefined,
    attemptNumber: number,
    record: CallRecord,
  ): Promise<Outcome> {
    const { timeoutMs } = settings;
    // A controller and a timer cleared when the attempt ends: AbortSignal.timeout() costs several times more
    // per request (it is built for timers nobody clears).
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timeout: AbortSignal;
    if (clock.timeout) timeout = clock.timeout(timeoutMs);
    else {
      const controller = new AbortController();
      timer = setTimeout(() => controller.abort(), timeoutMs);
      timeout = controller.signal;
    }
    const signal = settings.signal ? AbortSignal.any([settings.signal, timeout]) : timeout;
    const started = clock.now();
    let headersReceived = false;
    let received: Response | undefined;
    let outcome: Outcome;
    try {
      const transport = settings.fetch ?? deps.fetch ?? globalThis.fetch;
      received = await untilAborted(transport(url, { ...init, signal }), signal);
      headersReceived = true;
      // The attempt has reached the server: its slot now counts one window from here.
      lease?.release();
      const { status } = received;
      const text = NULL_BODY.includes(status) ? "" : await untilAborted(received.text(), signal);
      if (received.ok && record.takeText) {
        // The caller parses the body itself: the response goes on as it is (its body read), the text beside it.
        record.text = text;
        outcome = { response: received, safety: "never", reason: "" };
      } else if (received.ok) outcome = { response: bufferedResponse(received, text), safety: "never", reason: "" };
      else {
        // A server (or proxy) may echo the request, key included: redacted before anything parses or keeps it.
        outcome = {
          response: bufferedResponse(received, redact(text), redact),
          safety: status === 429 ? "always" : TRANSIENT_STATUS.includes(status) ? "idempotent" : "never",
          reason: String(status),
        };
      }
    } catch (error) {
      lease?.release();
      received?.body?.cancel().catch(() => {});
      outcome = transportFailure(error, settings, timeout, headersReceived, url);
    }
    clearTimeout(timer);
    if (deps.debug) {
      // Every header value redacted (a custom header may hold the key too); Authorization entirely.
      const headers: Record<string, string> = {};
      for (const [name, value] of init.headers) headers[name] = name === "authorization" ? "[redacted]" : redact(value);
      const status = outcome.response?.status;
      const durationMs = clock.now() - started;
      log("debug", `${settings.label} -> ${status ?? outcome.reason} in ${durationMs} ms (attempt ${attemptNumber})`, {
        method: init.method,
        path: settings.label.slice(settings.label.indexOf(" ") + 1),
        status,
        durationMs,
        attempt: attemptNumber,
        headers,
      });
    }
    return outcome;
  }

  return async function sendWithPolicy(
    request: Request,
    settings: CallSettings,
    record: CallRecord,
    progress: CallProgress,
  ): Promise<Response> {
    if (progress.closed) throw progress.closed;
    progress.stage = 1;
    progress.onStage?.(1);
    let answered = false;
    try {
      const { signal, maxRetries, label, timeoutMs } = settings;
      const init = {
        method: request.method,
        headers: request.headers,
        // Read once: every attempt resends the same bytes.
        body: request.body ? await request.arrayBuffer() : undefined,
        redirect: request.redirect,
      };
      const limiter = deps.limiter && (await deps.limiter());
      for (let retries = 0; ; retries++) {
        record.retries = retries;
        if (signal?.aborted) throw new APIUserAbortError();
        const lease = await limiter?.acquire(signal, timeoutMs + LEASE_MARGIN_MS);
        const outcome = await attempt(request.url, init, settings, lease, retries + 1, record);
        const { response, error, safety } = outcome;
        const wait = response && serverDelay(response.headers, clock.now());
        // A 429 that says how long: every client sharing the store holds off, not only this call.
        if (response?.status === 429 && wait) await limiter?.pause(wait);
        const retry =
          retries < maxRetries &&
          (safety === "always" || (safety === "idempotent" && settings.retryIdempotentFailures));
        if (!retry) {
          if (error) throw error;
          answered = true;
          return response as Response;
        }
        const delayMs = wait ?? retryDelay(retries, undefined, 0);
        log("info", `${label}: ${outcome.reason}; retry ${retries + 1} of ${maxRetries} in ${delayMs} ms`, {
          method: request.method,
          path: label.slice(label.indexOf(" ") + 1),
          retry: retries + 1,
          maxRetries,
          delayMs,
        });
        await sleep(clock, delayMs, signal);
      }
    } catch (error) {
      if (error instanceof OpenPhoneError) {
        setRetryCount(error, record.retries);
        throw error;
      }
      // Reading the request body failed, say: nothing was sent.
      throw new OpenPhoneError(`${settings.label}: the request could not be sent: ${messageOf(error, redact)}`, {
        cause: safeCause(error, redact),
      });
    } finally {
      progress.stage = answered ? 2 : 3;
      progress.onStage?.(progress.stage);
    }
  };
}

/** Methods safe to send twice: a retry can never create a second resource. */
export const IDEMPOTENT = /^(GET|DELETE|PUT|HEAD|OPTIONS|TRACE)$/;

/** `{name}` placeholders of a path template (OpenAPI's simple style: the only one a template here uses). */
const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Refuses path values openapi-fetch would send wrongly, whatever `validate` says: a missing one stays
 * `{id}` in the URL, and `.` or `..` vanish in URL normalization (`DELETE /v1/contacts/..` reaches the server
 * as `DELETE /v1/`).
 */
/** `host:port` of a URL (the port even when it is the scheme's default), or the URL's first 100 characters. */
function hostOf(url: string): string {
  try {
    const { hostname, port, protocol } = new URL(url);
    return `${hostname}:${port || (protocol === "http:" ? "80" : "443")}`;
  } catch {
    return url.slice(0, 100);
  }
}

function checkPathValues(label: string, path: string, values: unknown): void {
  for (const [, name = ""] of path.matchAll(PLACEHOLDER)) {
    const value =
      typeof values === "object" && values !== null && Object.hasOwn(values, name)
        ? (values as Record<string, unknown>)[name]
        : undefined;
    let problem: string | undefined;
    if (value === "" || (typeof value !== "string" && typeof value !== "number"))
      problem = "must be a non-empty string";
    else if (value === "." || value === "..") problem = `cannot be "${value}" (URL normalization would drop it)`;
    if (problem)
      throw new OpenPhoneError(`${label}: the request could not be built: path parameter "${name}" ${problem}`);
  }
}

/**
 * The sender every call goes through: runs `inner` (openapi-fetch, with its middleware) with the policy layer
 * as this call's `fetch`, and turns whatever escapes into a typed error. While middleware is registered it
 * also bounds the call from outside: an abort rejects at once, and the time spent outside the policy layer
 * (in middleware) may total at most `timeoutMs`; past that the call rejects with `APIConnectionTimeoutError`
 * and the request, if middleware ever lets it through, is not sent.
 */
export function createCallSender(
  // biome-ignore lint/complexity/noBannedTypes: openapi-fetch's own default for an untyped client
  inner: Client<{}>,
  middleware: readonly Middleware[],
  deps: PolicyDeps,
): ClientState["send"] {
  const sendWithPolicy = createPolicy(deps);
  const { redact } = deps;

  /** Anything thrown out of openapi-fetch, typed, by where the call was when it was thrown. */
  function typed(error: unknown, label: string, progress: CallProgress): OpenPhoneError {
    if (error instanceof OpenPhoneError) return scrubError(error, redact);
    const where = ["the request could not be built", "", "the response could not be handled", "failed"][progress.stage];
    return new OpenPhoneError(`${label}: ${where}: ${messageOf(error, redact)}`, { cause: safeCause(error, redact) });
  }

  return (method, path, init, settings, record) => {
    const { label, signal } = settings;
    try {
      checkPathValues(label, path, (init.params as { path?: unknown } | undefined)?.path);
    } catch (error) {
      return Promise.reject(error);
    }
    if (signal?.aborted) return Promise.reject(new APIUserAbortError());
    const progress: CallProgress = { stage: 0 };
    const fetch = (request: Request) => sendWithPolicy(request, settings, record, progress);
    // Middleware may read the response's body: then it gets a copy with the body, as openapi-fetch expects.
    record.takeText = record.takeText === true && !middleware.length;
    const options = record.takeText ? { ...init, parseAs: "stream", fetch } : { ...init, fetch };
    const call = inner.request(method as "get", path as never, options as never).catch((error: unknown) => {
      throw typed(error, label, progress);
    }) as Promise<{ data?: unknown; error?: unknown; response: Response }>;
    if (!middleware.length) return call;
    return new Promise((resolve, reject) => {
      let budget = settings.timeoutMs;
      let since = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stop = (error: OpenPhoneError) => {
        progress.closed = error;
        finish();
        reject(error);
      };
      const onAbort = () => stop(new APIUserAbortError());
      const arm = () => {
        since = Date.now();
        timer = setTimeout(
          () =>
            stop(new APIConnectionTimeoutError(`${label}: middleware did not finish within ${settings.timeoutMs} ms`)),
          Math.max(0, budget),
        );
      };
      const finish = () => {
        clearTimeout(timer);
        progress.onStage = undefined;
        signal?.removeEventListener("abort", onAbort);
      };
      progress.onStage = (stage) => {
        if (stage === 1) {
          clearTimeout(timer);
          budget -= Date.now() - since;
        } else arm();
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      if (progress.stage !== 1) arm();
      call.then(
        (result) => {
          finish();
          resolve(result);
        },
        (error: unknown) => {
          finish();
          reject(error);
        },
      );
    });
  };
}
