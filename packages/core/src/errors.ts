/**
 * Typed errors. Every error the SDK throws is an `OpenPhoneError`.
 *
 * `instanceof` must keep working when a consumer ends up with two copies of this package
 * (two versions installed side by side), so each class answers `instanceof` by a brand stored
 * under a `Symbol.for` key instead of by prototype identity.
 */

const BRAND = Symbol.for("openphone-sdk.error.kind");

type Branded = { [BRAND]?: readonly string[] };

function hasKind(value: unknown, kind: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const kinds = (value as Branded)[BRAND];
  return Array.isArray(kinds) && kinds.includes(kind);
}

/** Defines `instanceof` for `cls` as "carries the brand `kind`", so copies of core agree. Internal (not in index.ts). */
export function brand(cls: abstract new (...args: never[]) => unknown, kind: string): void {
  Object.defineProperty(cls, Symbol.hasInstance, {
    value: (instance: unknown) => hasKind(instance, kind),
  });
}

export function stamp(error: object, kind: string): void {
  const own = Object.getOwnPropertyDescriptor(error, BRAND);
  const kinds = own ? [...(own.value as string[]), kind] : [kind];
  Object.defineProperty(error, BRAND, { value: kinds, enumerable: false, configurable: true });
}

/** Sets the read-only `retryCount` of an error: done once, by the request loop, before it throws. */
export function setRetryCount(error: OpenPhoneError, retryCount: number): void {
  (error as { retryCount: number }).retryCount = retryCount;
}

/**
 * For error classes defined outside core (e.g. in @openphone-sdk/webhooks): call from the constructor
 * so that `instanceof` answers by brand, like core's own errors. Pair it with a static
 * `[Symbol.hasInstance](value) { return hasErrorKind(value, kind); }` in the class body (a method, not a
 * top-level call, so the class stays tree-shakeable).
 */
export function markErrorKind(error: object, kind: string): void {
  stamp(error, kind);
}

/** True when `value` carries the brand `kind` (see {@link markErrorKind}). */
export function hasErrorKind(value: unknown, kind: string): boolean {
  return hasKind(value, kind);
}

/** Base class of every error thrown by the SDK. */
export class OpenPhoneError extends Error {
  /** Retries made before this error was thrown: 0 when the first attempt failed, or nothing was sent. */
  readonly retryCount: number = 0;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "OpenPhoneError";
    stamp(this, "OpenPhoneError");
  }
}
brand(OpenPhoneError, "OpenPhoneError");

/** One item of the `errors` array of an API error body. */
export interface APIErrorItem {
  path?: string;
  message?: string;
  value?: unknown;
  schema?: { type?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** Fields parsed from an error response body. */
export interface APIErrorBody {
  message?: string;
  code?: string;
  status?: number;
  docs?: string;
  title?: string;
  trace?: string;
  description?: string;
  errors?: APIErrorItem[];
}

export interface APIErrorInit {
  status: number;
  body: APIErrorBody;
  /** The raw body text when it was not the spec's JSON error shape (HTML page, truncated JSON). */
  rawBody?: string;
  headers: Headers;
  response?: Response;
  retryCount?: number;
  method?: string;
  path?: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

function shortTrace(trace: string): string {
  return trace.length > 8 ? `${trace.slice(0, 8)}…` : trace;
}

/**
 * Formats `404 Not Found (0301404): Contact not found [trace 3f2a…]`.
 * The detail is the body's `message` unless it only repeats the title.
 */
function formatMessage(init: APIErrorInit): string {
  const { status, body } = init;
  const title = body.title ?? STATUS_TEXT[status] ?? "Error";
  let text = `${status} ${title}`;
  if (body.code) text += ` (${body.code})`;
  const detail = body.message ?? body.description ?? (init.rawBody !== undefined ? summarize(init.rawBody) : undefined);
  // A gateway page titled "502 Bad Gateway" adds nothing to "502 Bad Gateway".
  if (detail && detail !== title && detail !== `${status} ${title}`) text += `: ${detail}`;
  if (body.errors?.length) {
    const items = body.errors
      .slice(0, 5)
      .map((item) => (item.path ? `${item.path}: ${item.message ?? "invalid"}` : (item.message ?? "invalid")));
    text += ` - ${items.join("; ")}${body.errors.length > 5 ? `; and ${body.errors.length - 5} more` : ""}`;
  }
  if (body.trace) text += ` [trace ${shortTrace(body.trace)}]`;
  return text;
}

/** A readable one-line summary of a non-JSON body (an HTML error page from a gateway, say). */
function summarize(raw: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(raw)?.[1];
  const text = (title ?? raw.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
  if (!text) return "empty body";
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** The API answered with a non-success status. */
export class APIError extends OpenPhoneError {
  /** HTTP status of the response. */
  readonly status: number;
  /** The API's error code, e.g. `"0301404"`. */
  readonly code: string | undefined;
  /** Short title, e.g. `"Not Found"`. */
  readonly title: string | undefined;
  /** Link to the API documentation for this error. */
  readonly docs: string | undefined;
  /** Trace id to quote to OpenPhone support. */
  readonly trace: string | undefined;
  /** Field-level problems reported by the API. */
  readonly errors: APIErrorItem[];
  /** Response headers. */
  readonly headers: Headers;
  /** The parsed error body (or `{}` when the body was not JSON). */
  readonly body: APIErrorBody;
  /** The raw body text when it could not be parsed as the API's JSON error shape. */
  readonly rawBody: string | undefined;
  /** The HTTP response (its body has been read). Not enumerable, so errors serialize compactly. */
  declare readonly response: Response | undefined;

  constructor(init: APIErrorInit) {
    super(formatMessage(init));
    this.name = "APIError";
    this.status = init.status;
    this.code = init.body.code;
    this.title = init.body.title ?? STATUS_TEXT[init.status];
    this.docs = init.body.docs;
    this.trace = init.body.trace;
    this.errors = init.body.errors ?? [];
    this.headers = init.headers;
    setRetryCount(this, init.retryCount ?? 0);
    this.body = init.body;
    this.rawBody = init.rawBody;
    Object.defineProperty(this, "response", { value: init.response, enumerable: false });
    stamp(this, "APIError");
  }

  /** Builds the subclass that matches the status (`NotFoundError` for 404, …). */
  static from(init: APIErrorInit): APIError {
    const Ctor = errorClassForStatus(init.status);
    return new Ctor(init);
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      title: this.title,
      docs: this.docs,
      trace: this.trace,
      errors: this.errors,
      retryCount: this.retryCount,
    };
  }
}
brand(APIError, "APIError");

function defineStatusError(name: string): typeof APIError {
  const cls = class extends APIError {
    constructor(init: APIErrorInit) {
      super(init);
      this.name = name;
      stamp(this, name);
    }
  };
  Object.defineProperty(cls, "name", { value: name });
  brand(cls, name);
  return cls;
}

/** 400: the request was invalid. */
export const BadRequestError = defineStatusError("BadRequestError");
export type BadRequestError = APIError;
/** 401: the API key is missing or wrong. */
export const AuthenticationError = defineStatusError("AuthenticationError");
export type AuthenticationError = APIError;
/** 402: the workspace's plan or credits do not allow this. */
export const PaymentRequiredError = defineStatusError("PaymentRequiredError");
export type PaymentRequiredError = APIError;
/** 403: the key may not do this. */
export const PermissionDeniedError = defineStatusError("PermissionDeniedError");
export type PermissionDeniedError = APIError;
/** 404: the resource does not exist. */
export const NotFoundError = defineStatusError("NotFoundError");
export type NotFoundError = APIError;
/** 409: the request conflicts with the resource's state (e.g. a duplicate external id). */
export const ConflictError = defineStatusError("ConflictError");
export type ConflictError = APIError;
/** 429: the rate limit was exceeded. */
export const RateLimitError = defineStatusError("RateLimitError");
export type RateLimitError = APIError;
/** 5xx: the API failed. */
export const InternalServerError = defineStatusError("InternalServerError");
export type InternalServerError = APIError;

function errorClassForStatus(status: number): typeof APIError {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 402:
      return PaymentRequiredError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 429:
      return RateLimitError;
    default:
      return status >= 500 ? InternalServerError : APIError;
  }
}

/** The request never produced an HTTP response (DNS failure, refused or reset connection, …). */
export class APIConnectionError extends OpenPhoneError {
  constructor(message: string, options?: { cause?: unknown; retryCount?: number }) {
    super(message, options);
    this.name = "APIConnectionError";
    setRetryCount(this, options?.retryCount ?? 0);
    stamp(this, "APIConnectionError");
  }
}
brand(APIConnectionError, "APIConnectionError");

/** An attempt took longer than its `timeoutMs`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  constructor(message: string, options?: { cause?: unknown; retryCount?: number }) {
    super(message, options);
    this.name = "APIConnectionTimeoutError";
    stamp(this, "APIConnectionTimeoutError");
  }
}
brand(APIConnectionTimeoutError, "APIConnectionTimeoutError");

/** The caller's `AbortSignal` aborted the request. */
export class APIUserAbortError extends OpenPhoneError {
  constructor(message = "Request was aborted by the caller", options?: { cause?: unknown }) {
    super(message, options);
    this.name = "APIUserAbortError";
    stamp(this, "APIUserAbortError");
  }
}
brand(APIUserAbortError, "APIUserAbortError");

/** A success response whose body could not be parsed as JSON (truncated, or not JSON at all). */
export class APIResponseParseError extends OpenPhoneError {
  readonly status: number;
  declare readonly response: Response | undefined;
  constructor(message: string, options: { status: number; response?: Response; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "APIResponseParseError";
    this.status = options.status;
    Object.defineProperty(this, "response", { value: options.response, enumerable: false });
    stamp(this, "APIResponseParseError");
  }
}
brand(APIResponseParseError, "APIResponseParseError");

/** Parses an error body in any of the shapes the API (or a gateway in front of it) returns. */
export function parseErrorBody(raw: unknown): { body: APIErrorBody; rawBody?: string } {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = raw ? JSON.parse(raw) : undefined;
    } catch {
      return { body: {}, rawBody: raw };
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return typeof raw === "string" ? { body: {}, rawBody: raw } : { body: {} };
  }
  const record = value as Record<string, unknown>;
  // Alternative shape: { "error": { "message", "key", "trace" } }
  const nested = record.error;
  if (typeof nested === "object" && nested !== null && !Array.isArray(nested)) {
    const inner = nested as Record<string, unknown>;
    return {
      body: {
        message: str(inner.message),
        code: str(inner.code) ?? str(inner.key),
        trace: str(inner.trace),
        title: str(inner.title),
      },
    };
  }
  const errors = Array.isArray(record.errors)
    ? record.errors.filter((item): item is APIErrorItem => typeof item === "object" && item !== null)
    : undefined;
  return {
    body: {
      message: str(record.message),
      code: str(record.code),
      status: typeof record.status === "number" ? record.status : undefined,
      docs: str(record.docs),
      title: str(record.title),
      trace: str(record.trace),
      description: str(record.description),
      errors,
    },
  };
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

/** One problem found in the params of a call, with the path of the offending value. */
export interface ValidationIssue {
  /** Path within params, e.g. `to[0]` or `defaultFields.emails[1].value`. */
  path: string;
  /** What is wrong, e.g. `must be an E.164 number like +15555555555`. */
  message: string;
}

/**
 * Bad input found before anything was sent: nothing went over the network.
 * `message` lists every issue, one per line: `to[0]: "5555550199" must be an E.164 number …`.
 */
export class ValidationError extends OpenPhoneError {
  /** The operationId of the call, e.g. `sendMessage_v1`. */
  readonly operationId: string;
  readonly issues: readonly ValidationIssue[];

  constructor(operationId: string, issues: readonly ValidationIssue[]) {
    const count = `${issues.length} problem${issues.length === 1 ? "" : "s"}`;
    const lines = issues.map((issue) => `\n  ${issue.path}: ${issue.message}`).join("");
    super(`Invalid params for ${operationId} (${count}):${lines}`);
    this.name = "ValidationError";
    this.operationId = operationId;
    this.issues = issues;
    stamp(this, "ValidationError");
  }
}
brand(ValidationError, "ValidationError");
