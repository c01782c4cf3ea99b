import { createFinalURL, defaultPathSerializer, type Middleware } from "openapi-fetch";
import {
  type ClientState,
  checkRetries,
  checkTimeout,
  clientState,
  type OpenPhoneClient,
  type RequestOptions,
} from "./client.js";
import type { Clock } from "./clock.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIResponseParseError,
  APIUserAbortError,
  OpenPhoneError,
  parseErrorBody,
  setRetryCount,
  ValidationError,
  type ValidationIssue,
} from "./errors.js";
import type { OperationSpec, ParamLocation } from "./types.js";
import { responseCheck, validateParams } from "./validate.js";

interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, string>;
  body: Record<string, unknown> | undefined;
}

/**
 * Sorts the keys of one flat `params` object into path, query, header and body values, as the
 * operation's table says. An unknown key is an error, never silently dropped.
 */
export function splitParams(op: OperationSpec, params: Record<string, unknown> | undefined): RequestParts {
  const parts: RequestParts = { path: {}, query: {}, header: {}, body: op.hasBody ? {} : undefined };
  const issues: ValidationIssue[] = [];
  if (params !== undefined && (typeof params !== "object" || params === null || Array.isArray(params))) {
    throw new ValidationError(op.id, [
      { path: "params", message: `must be an object of parameters, got ${describe(params)}` },
    ]);
  }
  for (const key in params) {
    const value = params[key];
    const where = op.params[key];
    if (where === undefined) {
      issues.push({ path: key, message: `is not a parameter of ${op.id}; expected one of ${expected(op)}` });
      continue;
    }
    if (value === undefined) continue;
    const [location, name]: readonly [ParamLocation, string] = typeof where === "string" ? [where, key] : where;
    if (location === "body") (parts.body as Record<string, unknown>)[name] = value;
    else if (location === "header") parts.header[name] = String(value);
    else parts[location][name] = value;
  }
  for (const key in op.params) {
    const where = op.params[key];
    const location = typeof where === "string" ? where : where?.[0];
    if (location !== "path") continue;
    const value = params?.[key];
    if (value === undefined || value === null || value === "") {
      issues.push({ path: key, message: "is required (a path parameter)" });
    } else if (typeof value !== "string" && typeof value !== "number") {
      issues.push({ path: key, message: `must be a string, got ${describe(value)}` });
    }
  }
  if (issues.length) throw new ValidationError(op.id, issues);
  return parts;
}

function expected(op: OperationSpec): string {
  const keys = Object.keys(op.params);
  return keys.length ? keys.map((k) => `"${k}"`).join(", ") : "none (call it without params)";
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/** Methods safe to send twice: a retry can never create a second resource. */
const IDEMPOTENT = /^(GET|DELETE|PUT|HEAD)$/;
/** Statuses worth another try; for POST/PATCH only with `retryNonIdempotent` (429 is handled apart). */
const TRANSIENT_STATUS = /^(408|500|502|503|504)$/;
/**
 * Connection failures that happen before any byte of the request is written (refused, unknown host…):
 * retrying cannot duplicate anything, whatever the method. A reset or "other side closed" is not here:
 * the server may already have the request.
 */
const NOT_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT)$/;

/** Key under which `withResponse` passes a callback through an operation's `options` to `request`. */
const RESPONSE_SINK = Symbol.for("openphone-sdk.response-sink");

type Success = { data: unknown; response: Response };
/** `retry`: "any" = safe for every method; "idempotent" = only GET/DELETE or with `retryNonIdempotent`. */
type Failure = { error: OpenPhoneError; retry: "any" | "idempotent" | "never"; response?: Response; reason: string };

/**
 * Runs one operation: splits and checks params, builds the request once (openapi-fetch's serializers), then
 * for each attempt waits for a rate-limit slot, sends it with `fetch` (through any `client.use` middleware),
 * and resolves to the success body unchanged, retries (see `Failure.retry`), or throws a typed error whose
 * `retryCount` says how many retries were made.
 */
export async function request<T>(
  client: OpenPhoneClient,
  op: OperationSpec,
  params: Record<string, unknown> | undefined,
  options: RequestOptions | undefined,
): Promise<T> {
  const state = clientState(client);
  const { config, clock, log } = state;
  const parts = splitParams(op, params);
  // Checks that may refuse the call run here, before the deprecation warnings, the rate limiter and the
  // first attempt, so refused input never warns, waits or takes a slot.
  if ((options?.validate ?? config.validate) !== false) validateParams(op, params);
  const checkResponse = responseCheck(config, op, options, (message) => log("warn", message));
  warnDeprecated(state, op, params);
  const signal = options?.signal;
  const timeoutMs = options?.timeoutMs === undefined ? config.timeoutMs : checkTimeout(options.timeoutMs);
  const maxRetries = options?.maxRetries === undefined ? config.maxRetries : checkRetries(options.maxRetries);
  const retryAll = options?.retryNonIdempotent === true || IDEMPOTENT.test(op.method);
  // What every attempt sends, built once: openapi-fetch's serializers encode the path and the query.
  let prepared: Prepared;
  try {
    prepared = {
      url: createFinalURL(op.path, {
        baseUrl: config.baseUrl,
        params: parts,
        querySerializer: state.querySerializer,
        pathSerializer: defaultPathSerializer,
      }),
      headers: state.headers(
        parts.body === undefined
          ? { ...options?.headers, ...parts.header }
          : { "Content-Type": "application/json", ...options?.headers, ...parts.header },
      ),
      body: parts.body === undefined ? undefined : JSON.stringify(parts.body),
    };
  } catch (error) {
    // An invalid header, say. Messages of foreign errors may quote a value, which may be the key.
    const message = state.redact(String((error as Error | null)?.message ?? error));
    throw new OpenPhoneError(`${op.method} ${op.path}: the request could not be built: ${message}`);
  }
  let retries = 0;
  try {
    for (; ; retries++) {
      if (signal?.aborted) throw new APIUserAbortError();
      await state.limiter?.acquire(signal);
      const outcome = await attempt(state, op, parts, prepared, signal, timeoutMs, retries + 1);
      if (!("error" in outcome)) {
        (options as { [RESPONSE_SINK]?: (response: Response) => void } | undefined)?.[RESPONSE_SINK]?.(
          outcome.response,
        );
        checkResponse?.(outcome.data);
        return outcome.data as T;
      }
      const retryable = outcome.retry === "any" || (outcome.retry === "idempotent" && retryAll);
      if (retries >= maxRetries || !retryable) throw outcome.error;
      const delayMs = retryDelay(retries, outcome.response?.headers, clock.now());
      log(
        "info",
        `${op.method} ${op.path}: ${outcome.reason}; retry ${retries + 1} of ${maxRetries} in ${delayMs} ms`,
        {
          method: op.method,
          path: op.path,
          retry: retries + 1,
          maxRetries,
          delayMs,
        },
      );
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

interface Prepared {
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** One HTTP exchange, logged at debug. Never throws: failures come back classified for the retry loop. */
async function attempt(
  state: ClientState,
  op: OperationSpec,
  parts: RequestParts,
  prepared: Prepared,
  userSignal: AbortSignal | undefined,
  timeoutMs: number,
  attemptNumber: number,
): Promise<Success | Failure> {
  const { clock } = state;
  // A controller and a timer cleared when the attempt ends: AbortSignal.timeout() costs several times more
  // per request (it is built for timers nobody clears).
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timeout: AbortSignal;
  if (clock.timeout) timeout = clock.timeout(timeoutMs);
  else {
    const controller = new AbortController();
    timer = setTimeout(() => controller.abort(new DOMException("The attempt timed out", "TimeoutError")), timeoutMs);
    timeout = controller.signal;
  }
  const init: RequestInit = {
    method: op.method,
    headers: prepared.headers,
    body: prepared.body,
    signal: userSignal ? AbortSignal.any([userSignal, timeout]) : timeout,
  };
  // 0: building the request (middleware), 1: fetch running, 2: response headers received.
  let phase = 0;
  const started = state.debug ? clock.now() : 0;
  let outcome: Success | Failure;
  try {
    let response: Response;
    if (state.middleware.length) {
      response = await withMiddleware(state, op, parts, prepared.url, init, () => {
        phase = 1;
      });
    } else {
      phase = 1;
      response = await state.fetch(prepared.url, init);
    }
    phase = 2;
    outcome = readResult(response, response.status === 204 ? "" : await response.text(), op, state.redact);
  } catch (error) {
    outcome = transportFailure(error, state, op, phase, userSignal, timeout, timeoutMs);
  }
  clearTimeout(timer);
  if (state.debug) {
    const status = "response" in outcome && outcome.response ? outcome.response.status : undefined;
    const durationMs = clock.now() - started;
    // The key has no scheme prefix ("Bearer …"), so the whole value goes.
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(prepared.headers)) headers[name.toLowerCase()] = value;
    headers.authorization = "[redacted]";
    state.log(
      "debug",
      `${op.method} ${op.path} -> ${status ?? (outcome as Failure).reason} in ${durationMs} ms (attempt ${attemptNumber})`,
      { method: op.method, path: op.path, status, durationMs, attempt: attemptNumber, headers },
    );
  }
  return outcome;
}

/**
 * Sends through the middleware registered with `client.use`, with openapi-fetch's semantics: `onRequest`
 * in order (a returned `Request` replaces the request, a `Response` answers it), then `onError` (a
 * `Response` recovers, an `Error` replaces the error) or `onResponse`, both in reverse order.
 */
async function withMiddleware(
  state: ClientState,
  op: OperationSpec,
  parts: RequestParts,
  url: string,
  init: RequestInit,
  sending: () => void,
): Promise<Response> {
  const { middleware } = state;
  const context = {
    schemaPath: op.path,
    params: { path: parts.path, query: parts.query, header: parts.header },
    options: Object.freeze({
      baseUrl: state.config.baseUrl,
      fetch: state.fetch,
      parseAs: "text" as const,
      querySerializer: state.querySerializer,
      bodySerializer: JSON.stringify,
      pathSerializer: defaultPathSerializer,
    }),
    id: Math.random().toString(36).slice(2, 11),
  };
  let request = new Request(url, init);
  for (const m of middleware) {
    const result = await m.onRequest?.({ ...context, request });
    if (result instanceof Response) return result;
    if (result) request = result;
  }
  let response: Response | undefined;
  try {
    sending();
    response = await state.fetch(request);
  } catch (error) {
    let failure: unknown = error;
    for (const m of [...middleware].reverse()) {
      const result = await (m as Middleware).onError?.({ ...context, request, error: failure });
      if (result instanceof Response) {
        response = result;
        break;
      }
      if (result) failure = result;
    }
    if (!response) throw failure;
  }
  let final: Response = response;
  for (const m of [...middleware].reverse()) {
    const result = (await m.onResponse?.({ ...context, request, response: final })) as Response | undefined;
    if (result) final = result;
  }
  return final;
}

function readResult(
  response: Response,
  text: string,
  op: OperationSpec,
  redact: (text: string) => string,
): Success | Failure {
  const { status } = response;
  if (response.ok) {
    if (text === "") return { data: undefined, response };
    try {
      return { data: JSON.parse(text), response };
    } catch {
      // No `cause`: a SyntaxError quotes the start of the body, which may echo the request.
      const error = new APIResponseParseError(
        `${status} response to ${op.method} ${op.path} is not valid JSON (${text.length} bytes received)`,
        { status, response: scrubbedResponse(response, redact) },
      );
      return { error, retry: "never", response, reason: "invalid JSON" };
    }
  }
  // A server (or proxy) may echo the request, key included: redact before anything keeps or prints it.
  const parsed = parseErrorBody(redact(text));
  const copy = scrubbedResponse(response, redact);
  const error = APIError.from({
    status,
    statusText: response.statusText,
    body: parsed.body,
    rawBody: parsed.rawBody,
    headers: copy.headers,
    response: copy,
  });
  const retry = status === 429 ? "any" : TRANSIENT_STATUS.test(String(status)) ? "idempotent" : "never";
  return { error, retry, response, reason: String(status) };
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
  state: ClientState,
  op: OperationSpec,
  phase: number,
  userSignal: AbortSignal | undefined,
  timeout: AbortSignal,
  timeoutMs: number,
): Failure {
  const label = `${op.method} ${op.path}`;
  const cause = safeCause(error, state.redact);
  if (error instanceof OpenPhoneError) return { error, retry: "never", reason: error.name };
  if (userSignal?.aborted) return { error: new APIUserAbortError(), retry: "never", reason: "aborted" };
  if (timeout.aborted) {
    const timedOut = new APIConnectionTimeoutError(`${label} timed out after ${timeoutMs} ms`, { cause });
    return { error: timedOut, retry: "idempotent", reason: "timeout" };
  }
  const message = state.redact(String((error as Error | null)?.message ?? error));
  if (phase === 0) {
    return {
      error: new OpenPhoneError(`${label}: the request could not be built: ${message}`, { cause }),
      retry: "never",
      reason: "invalid request",
    };
  }
  const codes = errorCodes((error as { cause?: unknown } | null)?.cause);
  const detail = state.redact(codes[0] ?? String((error as { cause?: Error } | null)?.cause?.message ?? message));
  const notSent = phase === 1 && codes.length > 0 && codes.every((code) => NOT_SENT.test(code));
  return {
    error: new APIConnectionError(`${label} failed: ${detail}`, { cause }),
    retry: notSent ? "any" : "idempotent",
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
    state.log(
      "warn",
      `"${key}" of ${op.id} is deprecated and may be removed from the API; see its documentation for the replacement`,
      { operationId: op.id, param: key },
    );
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
