/**
 * What a generated operation function runs: flat params in, the success body (or a typed error) out. The
 * request itself goes through the client's openapi-fetch client (see `policy.ts`), like a raw call.
 */
import {
  APIError,
  APIResponseParseError,
  messageOf,
  OpenPhoneError,
  parseErrorBody,
  safeCause,
  scrubError,
  setRetryCount,
  ValidationError,
  type ValidationIssue,
} from "./errors.js";
import {
  attemptLimits,
  type CallRecord,
  type CallSettings,
  type ClientState,
  checkHeaders,
  clientState,
  type OpenPhoneClient,
  type RequestOptions,
} from "./state.js";
import type { OperationSpec, RequestParts } from "./types.js";
import { responseCheck, show, validateParams } from "./validate.js";

/**
 * Sorts the keys of one flat `params` object into path, query, header and body values, as the
 * operation's table says. Only own keys count (an inherited `constructor` is not a param); an unknown key is
 * an error, never silently dropped. Values are checked by the generated rules.
 */
export function splitParams(op: OperationSpec, params: Record<string, unknown> | undefined): RequestParts {
  const parts: RequestParts = { path: {}, query: {}, header: {}, body: op.hasBody ? {} : undefined };
  const issues: ValidationIssue[] = [];
  if (params !== undefined && (typeof params !== "object" || params === null || Array.isArray(params))) {
    issues.push({ path: "params", message: `${show(params)} must be an object of parameters` });
  } else if (params !== undefined) {
    for (const key of Object.keys(params)) {
      const where = Object.hasOwn(op.params, key) ? op.params[key] : undefined;
      if (!where) {
        const names = Object.keys(op.params).join(", ") || "no params";
        issues.push({ path: key, message: `is not a parameter of ${op.id}, which takes ${names}` });
        continue;
      }
      const value = params[key];
      if (value !== undefined) {
        const [location, name] = typeof where === "string" ? [where, key] : where;
        (parts[location] as Record<string, unknown>)[name] = location === "header" ? String(value) : value;
      }
    }
  }
  if (issues.length) throw new ValidationError(op.id, issues);
  return parts;
}

/** Query values the spec's style (form, exploded) can carry: a primitive, or an array of them. */
function checkQuery(label: string, query: Record<string, unknown>): void {
  for (const name of Object.keys(query)) {
    for (const value of ([] as unknown[]).concat(query[name])) {
      if (typeof value === "object" && value !== null) {
        throw new OpenPhoneError(
          `${label}: the request could not be built: query parameter "${name}" must be a string, number or boolean, or an array of them`,
        );
      }
    }
  }
}

/** Key under which `withResponse` passes a callback through an operation's `options` to `request`. */
const RESPONSE_SINK = Symbol.for("openphone-sdk.response-sink");

/** Everything checked before anything is sent: what goes to openapi-fetch, and the success-body check. */
function prepare(
  state: ClientState,
  op: OperationSpec,
  params: Record<string, unknown> | undefined,
  options: RequestOptions,
  label: string,
) {
  const { config, log } = state;
  const parts = splitParams(op, params);
  // Checks that may refuse the call run here, before the deprecation warnings, the rate limiter and the
  // first attempt, so refused input never warns, waits or takes a slot.
  if ((options.validate ?? config.validate) !== false) validateParams(op, params);
  checkQuery(label, parts.query);
  checkHeaders(options.headers, `${label}: the request could not be built: `);
  checkHeaders(parts.header, `${label}: the request could not be built: `);
  const checkResponse = responseCheck(config, op, options, (message) => log("warn", message));
  const { timeoutMs, maxRetries } = attemptLimits(options, config);
  warnDeprecated(state, op, params);
  const settings: CallSettings = {
    label,
    timeoutMs,
    maxRetries,
    retryIdempotentFailures: options.retryNonIdempotent === true || !/^(POST|PATCH)$/.test(op.method),
    signal: options.signal,
    fetch: undefined,
  };
  const init = {
    params: { path: parts.path, query: parts.query, header: parts.header },
    body: parts.body,
    headers: options.headers,
    // The body is parsed here, so that a bad one becomes a typed error and never a SyntaxError.
    parseAs: "text",
  };
  return { settings, init, checkResponse };
}

/**
 * Runs one operation: splits and checks params (nothing is sent if they are wrong), sends the request through
 * the client's openapi-fetch client (middleware, then the policy layer: rate limit, timeouts, retries), and
 * resolves to the success body, or throws a typed error whose `retryCount` says how many retries were made.
 */
export async function request<T>(
  client: OpenPhoneClient,
  op: OperationSpec,
  params: Record<string, unknown> | undefined,
  options: RequestOptions = {},
): Promise<T> {
  const state = clientState(client);
  const { redact } = state;
  const label = `${op.method} ${op.path}`;
  let prepared: ReturnType<typeof prepare>;
  try {
    prepared = prepare(state, op, params, options ?? {}, label);
  } catch (error) {
    // Refusals of the caller's own input (a ValidationError quotes the values): nothing from a server.
    if (error instanceof OpenPhoneError) throw error;
    // A getter or Proxy that throws: the params could not even be read. Nothing was sent.
    throw new OpenPhoneError(`${label}: the params could not be read: ${messageOf(error, redact)}`, {
      cause: safeCause(error, redact),
    });
  }
  const record: CallRecord = { retries: 0, takeText: true };
  const { data, error, response } = await state.send(op.method, op.path, prepared.init, prepared.settings, record);
  const { status } = response;
  if (!response.ok) {
    const raw = typeof error === "string" ? error : error === undefined ? "" : JSON.stringify(error);
    const { body, rawBody } = parseErrorBody(raw);
    const failure = APIError.from({
      status,
      statusText: response.statusText,
      body,
      rawBody,
      headers: response.headers,
      response,
    });
    setRetryCount(failure, record.retries);
    throw failure;
  }
  const text = record.text ?? (typeof data === "string" ? data : "");
  let result: unknown;
  if (text) {
    try {
      result = JSON.parse(text);
    } catch {
      // No `cause`: a SyntaxError quotes the start of the body, which may echo the request.
      const bytes = new TextEncoder().encode(text).length;
      throw parseFailure(`${status} response to ${label} is not valid JSON (${bytes} bytes received)`);
    }
  } else if (op.returnsBody && status !== 204) {
    throw parseFailure(`${status} response to ${label} has an empty body, where the spec documents a JSON body`);
  }
  (options as { [RESPONSE_SINK]?: (response: Response) => void })?.[RESPONSE_SINK]?.(response);
  try {
    prepared.checkResponse?.(result);
  } catch (mismatch) {
    throw mismatch instanceof OpenPhoneError ? scrubError(mismatch, redact) : mismatch;
  }
  return result as T;

  function parseFailure(message: string): APIResponseParseError {
    // A body-less copy whose reason phrase and headers cannot hold the key: the body may echo the request.
    const headers = new Headers();
    for (const [name, value] of response.headers) headers.append(name, redact(value));
    const copy = new Response(null, { status, statusText: redact(response.statusText), headers });
    const failure = new APIResponseParseError(message, { status, response: copy });
    setRetryCount(failure, record.retries);
    return failure;
  }
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
 * What `withResponse` resolves to: the response body and the HTTP `Response` it came in.
 */
export interface WithResponse<R> {
  /** The response body, exactly what the operation alone resolves to (`body.data.text` for a message). */
  body: R;
  /** The HTTP response, for its status and headers (its body has already been read into `body`). */
  response: Response;
  /**
   * The same value as `body`.
   * @deprecated Use `body`: `data` reads as `data.data.text`, since API bodies are themselves `{ data }`.
   * Kept so existing code compiles and runs; it will be removed in a major release.
   */
  data: R;
}

/**
 * Runs an operation and returns its result together with the HTTP `Response`, for its status and headers.
 *
 * @example
 * const { body, response } = await withResponse(sendMessage, client, { content, from, to });
 * console.log(response.status, response.headers.get("x-request-id"), body.data.id);
 */
export function withResponse<P, R>(
  fn: (client: OpenPhoneClient, params: P, options?: RequestOptions) => Promise<R>,
  client: OpenPhoneClient,
  params: P,
  options?: RequestOptions,
): Promise<WithResponse<R>> {
  return capture((withSink) => fn(client, params, withSink), options);
}

/** `withResponse` for an operation already bound to a client: what the umbrella client's `withResponse` runs. */
export function withResponseBound<P, R>(
  fn: (params: P, options?: RequestOptions) => Promise<R>,
  params: P,
  options?: RequestOptions,
): Promise<WithResponse<R>> {
  return capture((withSink) => fn(params, withSink), options);
}

/** Passes a callback through `options` that `request` hands the successful response to. */
async function capture<R>(
  run: (options: RequestOptions) => Promise<R>,
  options: RequestOptions | undefined,
): Promise<WithResponse<R>> {
  let response: Response | undefined;
  const sink = (received: Response) => {
    response = received;
  };
  const data = await run({ ...options, [RESPONSE_SINK]: sink } as RequestOptions);
  if (!response) throw new OpenPhoneError("withResponse: the function did not send its request through this SDK");
  return { body: data, response, data };
}
