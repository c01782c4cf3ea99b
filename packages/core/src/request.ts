import { attemptLimits, type ClientState, clientState, type OpenPhoneClient, type RequestOptions } from "./client.js";
import type { Clock } from "./clock.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIResponseParseError,
  APIUserAbortError,
  messageOf,
  OpenPhoneError,
  parseErrorBody,
  setRetryCount,
  ValidationError,
  type ValidationIssue,
} from "./errors.js";
import type { OperationSpec, RequestParts } from "./types.js";
import { serializePath, serializeQuery } from "./url.js";
import { responseCheck, show, validateParams } from "./validate.js";

/**
 * Sorts the keys of one flat `params` object into path, query, header and body values, as the
 * operation's table says. An unknown key is an error, never silently dropped. (Values are checked by the
 * generated rules; what they cannot be sent as at all, the serializers in `url.ts` refuse.)
 */
export function splitParams(op: OperationSpec, params: Record<string, unknown> | undefined): RequestParts {
  const parts: RequestParts = { path: {}, query: {}, header: {}, body: op.hasBody ? {} : undefined };
  const issues: ValidationIssue[] = [];
  if (params !== undefined && (typeof params !== "object" || params === null || Array.isArray(params))) {
    issues.push({ path: "params", message: `${show(params)} must be an object of parameters` });
  } else {
    for (const key in params) {
      const where = op.params[key];
      const value = params[key];
      if (!where) {
        const names = Object.keys(op.params).join(", ") || "no params";
        issues.push({ path: key, message: `is not a parameter of ${op.id}, which takes ${names}` });
      } else if (value !== undefined) {
        const [location, name] = typeof where === "string" ? [where, key] : where;
        (parts[location] as Record<string, unknown>)[name] = location === "header" ? String(value) : value;
      }
    }
  }
  if (issues.length) throw new ValidationError(op.id, issues);
  return parts;
}

/** Methods safe to send twice: a retry can never create a second resource. */
const IDEMPOTENT = /^(GET|DELETE|PUT|HEAD)$/;
/** Statuses worth another try; for POST/PATCH only with `retryNonIdempotent` (429 is handled apart). */
const TRANSIENT_STATUS = [408, 500, 502, 503, 504];
/**
 * Connection failures that happen before any byte of the request is written (refused, unknown host…):
 * retrying cannot duplicate anything, whatever the method. A reset or "other side closed" is not here:
 * the server may already have the request.
 */
const NOT_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT)$/;

/** Key under which `withResponse` passes a callback through an operation's `options` to `request`. */
const RESPONSE_SINK = Symbol.for("openphone-sdk.response-sink");

/**
 * What one attempt came to: `data` and `response` on success, else a typed `error` and whether it may be
 * retried: `retry` 2 = safe for every method, 1 = only for GET/DELETE or with `retryNonIdempotent`, absent = never.
 */
interface Outcome {
  data?: unknown;
  response?: Response;
  error?: OpenPhoneError;
  retry?: 1 | 2;
  /** Why it failed, for log lines: a status, "timeout", an error code. */
  reason: string;
}

/**
 * Runs one operation: splits and checks params, builds the request once, then for each attempt waits for a
 * rate-limit slot, sends it with `fetch` (through any `client.use` middleware), and resolves to the success
 * body unchanged, retries (see `Outcome.retry`), or throws a typed error whose `retryCount` says how many
 * retries were made.
 */
export async function request<T>(
  client: OpenPhoneClient,
  op: OperationSpec,
  params: Record<string, unknown> | undefined,
  options: RequestOptions = {},
): Promise<T> {
  const state = clientState(client);
  const { config, clock, log, redact } = state;
  const parts = splitParams(op, params);
  // Checks that may refuse the call run here, before the deprecation warnings, the rate limiter and the
  // first attempt, so refused input never warns, waits or takes a slot.
  if ((options.validate ?? config.validate) !== false) validateParams(op, params);
  const checkResponse = responseCheck(config, op, options, (message) => log("warn", message));
  warnDeprecated(state, op, params);
  const { signal } = options;
  const { timeoutMs, maxRetries } = attemptLimits(options, config);
  const retryAll = options.retryNonIdempotent === true || IDEMPOTENT.test(op.method);
  const label = `${op.method} ${op.path}`;
  // What every attempt sends, built once.
  let url: string;
  let init: RequestInit & { headers: Record<string, string> };
  try {
    const query = serializeQuery(parts.query);
    url = config.baseUrl + serializePath(op.path, parts.path) + (query && `?${query}`);
    init = {
      method: op.method,
      headers: state.headers(
        parts.body
          ? { "Content-Type": "application/json", ...options.headers, ...parts.header }
          : { ...options.headers, ...parts.header },
      ),
      body: parts.body && JSON.stringify(parts.body),
    };
  } catch (error) {
    // An invalid header, say; `cause` left out: a foreign error may quote a value, which may be the key.
    throw new OpenPhoneError(`${label}: the request could not be built: ${messageOf(error, redact)}`);
  }
  let retries = 0;
  try {
    for (; ; retries++) {
      if (signal?.aborted) throw new APIUserAbortError();
      await state.limiter?.acquire(signal);
      const outcome = await attempt(state, op, parts, url, init, signal, timeoutMs, retries + 1);
      const { error } = outcome;
      if (!error) {
        (options as { [RESPONSE_SINK]?: (response: Response) => void })[RESPONSE_SINK]?.(outcome.response as Response);
        checkResponse?.(outcome.data);
        return outcome.data as T;
      }
      if (retries >= maxRetries || !((outcome.retry as number) >= (retryAll ? 1 : 2))) throw error;
      const delayMs = retryDelay(retries, outcome.response?.headers, clock.now());
      log("info", `${label}: ${outcome.reason}; retry ${retries + 1} of ${maxRetries} in ${delayMs} ms`, {
        method: op.method,
        path: op.path,
        retry: retries + 1,
        maxRetries,
        delayMs,
      });
      await sleep(clock, delayMs, signal);
    }
  } catch (error) {
    if (error instanceof OpenPhoneError) setRetryCount(error, retries);
    throw error;
  }
}

/**
 * How long to wait before retry number `retries + 1`: the server's `retry-after-ms` or `Retry-After`
 * (seconds or an HTTP date) when it asks for 0-60 s, else exponential backoff from 0.5 s, capped at 8 s,
 * minus up to 25 % jitter so that clients that failed together do not retry together.
 */
export function retryDelay(retries: number, headers: Headers | undefined, now: number): number {
  const ms = headers?.get("retry-after-ms");
  const after = headers?.get("retry-after");
  let wait = ms ? Number(ms) : Number.NaN;
  if (!(wait >= 0) && after) wait = /^\s*\d+\s*$/.test(after) ? Number(after) * 1000 : Date.parse(after) - now;
  if (wait >= 0 && wait <= 60_000) return Math.ceil(wait);
  return Math.round(Math.min(500 * 2 ** retries, 8000) * (1 - Math.random() * 0.25));
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

/** One HTTP exchange, logged at debug. Never throws: failures come back classified for the retry loop. */
async function attempt(
  state: ClientState,
  op: OperationSpec,
  parts: RequestParts,
  url: string,
  init: RequestInit & { headers: Record<string, string> },
  userSignal: AbortSignal | undefined,
  timeoutMs: number,
  attemptNumber: number,
): Promise<Outcome> {
  const { clock, redact } = state;
  const label = `${op.method} ${op.path}`;
  // A controller and a timer cleared when the attempt ends: AbortSignal.timeout() costs several times more
  // per request (it is built for timers nobody clears).
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timeout: AbortSignal;
  if (clock.timeout) timeout = clock.timeout(timeoutMs);
  else {
    const controller = new AbortController();
    // No reason needed: a failure is classified as a timeout by this signal being aborted.
    timer = setTimeout(() => controller.abort(), timeoutMs);
    timeout = controller.signal;
  }
  const sent = { ...init, signal: userSignal ? AbortSignal.any([userSignal, timeout]) : timeout };
  // 0: building the request (middleware), 1: fetch running, 2: response headers received.
  let phase = 0;
  const started = clock.now();
  let outcome: Outcome;
  try {
    const response = await state.send(url, sent, op.path, parts, () => {
      phase = 1;
    });
    phase = 2;
    const { status } = response;
    const text = status === 204 ? "" : await response.text();
    if (response.ok) {
      try {
        outcome = { data: text ? JSON.parse(text) : undefined, response, reason: "" };
      } catch {
        // No `cause`: a SyntaxError quotes the start of the body, which may echo the request.
        const error = new APIResponseParseError(
          `${status} response to ${label} is not valid JSON (${text.length} bytes received)`,
          { status, response: scrubbedResponse(response, redact) },
        );
        outcome = { error, response, reason: "invalid JSON" };
      }
    } else {
      // A server (or proxy) may echo the request, key included: redact before anything keeps or prints it.
      const { body, rawBody } = parseErrorBody(redact(text));
      const copy = scrubbedResponse(response, redact);
      const error = APIError.from({
        status,
        statusText: response.statusText,
        body,
        rawBody,
        headers: copy.headers,
        response: copy,
      });
      outcome = {
        error,
        response,
        retry: status === 429 ? 2 : TRANSIENT_STATUS.includes(status) ? 1 : undefined,
        reason: String(status),
      };
    }
  } catch (error) {
    outcome = transportFailure(error, redact, label, phase, userSignal, timeout, timeoutMs);
  }
  clearTimeout(timer);
  state.logAttempt?.(op, init.headers, outcome.response?.status, outcome.reason, clock.now() - started, attemptNumber);
  return outcome;
}

/** A body-less copy of a response (its body is already read) whose headers cannot hold the key. */
function scrubbedResponse(response: Response, redact: (text: string) => string): Response {
  const headers = new Headers();
  for (const [name, value] of response.headers) headers.append(name, redact(value));
  return new Response(null, { status: response.status, statusText: response.statusText, headers });
}

/** Turns whatever fetch threw into a classified, typed error whose message and cause cannot hold the key. */
function transportFailure(
  error: unknown,
  redact: (text: string) => string,
  label: string,
  phase: number,
  userSignal: AbortSignal | undefined,
  timeout: AbortSignal,
  timeoutMs: number,
): Outcome {
  if (error instanceof OpenPhoneError) return { error, reason: error.name };
  if (userSignal?.aborted) return { error: new APIUserAbortError(), reason: "aborted" };
  const cause = safeCause(error, redact);
  if (timeout.aborted) {
    return {
      error: new APIConnectionTimeoutError(`${label} timed out after ${timeoutMs} ms`, { cause }),
      retry: 1,
      reason: "timeout",
    };
  }
  const message = messageOf(error, redact);
  if (!phase) {
    const built = new OpenPhoneError(`${label}: the request could not be built: ${message}`, { cause });
    return { error: built, reason: "invalid request" };
  }
  const inner = (error as { cause?: Error } | null)?.cause;
  const codes = errorCodes(inner);
  const detail = redact(String(codes[0] ?? inner?.message ?? message));
  // Refused before any byte was written (phase 1, every code a not-sent one): no method can be duplicated.
  const notSent = phase === 1 && codes.length > 0 && codes.every((code) => NOT_SENT.test(code));
  return {
    error: new APIConnectionError(`${label} failed: ${detail}`, { cause }),
    retry: notSent ? 2 : 1,
    reason: detail,
  };
}

/** The `code`s of a network error (undici puts them on `cause`; a failed multi-address connect on `errors`). */
function errorCodes(cause: unknown): string[] {
  const { code, errors } = (cause ?? {}) as { code?: unknown; errors?: unknown };
  const inner = Array.isArray(errors) ? errors.flatMap(errorCodes) : [];
  return typeof code === "string" ? [code, ...inner] : inner;
}

/** A copy of a foreign error (name, code, message, stack, cause chain) with the key removed from every string. */
function safeCause(error: unknown, redact: (text: string) => string, depth = 0): Error | undefined {
  if (!(error instanceof Error) || depth > 3) return undefined;
  const copy = new Error(redact(error.message), { cause: safeCause(error.cause, redact, depth + 1) });
  copy.name = error.name;
  copy.stack = redact(error.stack ?? "");
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(copy, { code });
  return copy;
}

const warned = new Set<string>();

/** Warns once per process for each deprecated param of each operation that a call passes. */
function warnDeprecated(state: ClientState, op: OperationSpec, params: Record<string, unknown> | undefined): void {
  for (const key of op.deprecated ?? []) {
    const id = `${op.id} ${key}`;
    if (params?.[key] === undefined || warned.has(id)) continue;
    warned.add(id);
    state.log("warn", `"${key}" of ${op.id} is deprecated: see its documentation for the replacement`, {
      operationId: op.id,
      param: key,
    });
  }
}

/**
 * Runs an operation and returns its result together with the HTTP `Response`, for its status and headers
 * (the body has already been read into `data`).
 *
 * @example
 * const { data, response } = await withResponse(sendMessage, client, { content, from, to });
 * console.log(response.status, response.headers.get("x-request-id"));
 */
export function withResponse<P, R>(
  fn: (client: OpenPhoneClient, params: P, options?: RequestOptions) => Promise<R>,
  client: OpenPhoneClient,
  params: P,
  options?: RequestOptions,
): Promise<{ data: R; response: Response }> {
  return capture((withSink) => fn(client, params, withSink), options);
}

/** `withResponse` for an operation already bound to a client: what the umbrella client's `withResponse` runs. */
export function withResponseBound<P, R>(
  fn: (params: P, options?: RequestOptions) => Promise<R>,
  params: P,
  options?: RequestOptions,
): Promise<{ data: R; response: Response }> {
  return capture((withSink) => fn(params, withSink), options);
}

/** Passes a callback through `options` that `request` hands the successful response to. */
async function capture<R>(
  run: (options: RequestOptions) => Promise<R>,
  options: RequestOptions | undefined,
): Promise<{ data: R; response: Response }> {
  let response: Response | undefined;
  const sink = (received: Response) => {
    response = received;
  };
  const data = await run({ ...options, [RESPONSE_SINK]: sink } as RequestOptions);
  if (!response) throw new OpenPhoneError("withResponse: the function did not send its request through this SDK");
  return { data, response };
}
