import { type ClientState, clientState, type OpenPhoneClient, type RequestOptions } from "./client.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIResponseParseError,
  APIUserAbortError,
  OpenPhoneError,
  parseErrorBody,
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

/** Joins the timeout of one attempt with the caller's signal. */
function attemptSignal(timeoutMs: number, userSignal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return userSignal ? AbortSignal.any([userSignal, timeout]) : timeout;
}

/**
 * Runs one operation: splits params, sends the request through openapi-fetch, and resolves to the
 * documented success body unchanged, or throws a typed error.
 */
export async function request<T>(
  client: OpenPhoneClient,
  op: OperationSpec,
  params: Record<string, unknown> | undefined,
  options: RequestOptions | undefined,
): Promise<T> {
  const state = clientState(client);
  const parts = splitParams(op, params);
  // Spec checks (issue 8), before anything is sent: params, and the response check's configuration.
  if ((options?.validate ?? state.config.validate) !== false) validateParams(op, params);
  const checkResponse = responseCheck(state.config, op, options);
  const userSignal = options?.signal;
  if (userSignal?.aborted) throw new APIUserAbortError();
  const timeoutMs = options?.timeoutMs ?? state.config.timeoutMs;
  const signal = attemptSignal(timeoutMs, userSignal);

  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await state.fetchClient.request(
      op.method as "get",
      op.path as never,
      {
        params: { path: parts.path, query: parts.query, header: parts.header },
        body: parts.body,
        headers: options?.headers,
        signal,
        parseAs: "text",
      } as never,
    );
  } catch (error) {
    throw toTransportError(error, state, op, { userSignal, timeoutMs });
  }
  const body = readResult<T>(result, op);
  checkResponse?.(body); // issue 8: validateResponses
  return body;
}

function readResult<T>(result: { data?: unknown; error?: unknown; response: Response }, op: OperationSpec): T {
  const { response } = result;
  if (response.ok) {
    const text = result.data;
    if (typeof text !== "string" || text === "") return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      throw new APIResponseParseError(
        `${response.status} response to ${op.method} ${op.path} is not valid JSON (${text.length} bytes received)`,
        { status: response.status, response, cause },
      );
    }
  }
  const parsed = parseErrorBody(result.error);
  throw APIError.from({
    status: response.status,
    body: parsed.body,
    rawBody: parsed.rawBody,
    headers: response.headers,
    response,
    method: op.method,
    path: op.path,
  });
}

/** Turns whatever fetch threw into a typed error whose message cannot contain the API key. */
function toTransportError(
  error: unknown,
  state: ClientState,
  op: OperationSpec,
  ctx: { userSignal: AbortSignal | undefined; timeoutMs: number },
): OpenPhoneError {
  if (error instanceof OpenPhoneError) return error;
  if (ctx.userSignal?.aborted) return new APIUserAbortError();
  const name = (error as { name?: string } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new APIConnectionTimeoutError(`${op.method} ${op.path} timed out after ${ctx.timeoutMs} ms`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error | null)?.message ?? String(error);
  return new APIConnectionError(state.redact(`${op.method} ${op.path} failed to connect: ${detail}`), {
    cause: scrubbed(error, state),
  });
}

/** Keeps a foreign error as `cause` only when it cannot leak the key. */
function scrubbed(error: unknown, state: ClientState): unknown {
  const text = `${(error as Error | null)?.message ?? ""} ${String((error as { cause?: unknown } | null)?.cause ?? "")}`;
  return state.redact(text) === text ? error : undefined;
}
