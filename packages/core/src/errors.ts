/**
 * Typed errors. Every error the SDK throws is an `OpenPhoneError`.
 *
 * `instanceof` must keep working when a consumer ends up with two copies of this package (two versions
 * installed side by side), so each error records the `kind` of its class and of every ancestor under a
 * `Symbol.for` key, and `instanceof` (a static method every subclass inherits) compares kinds, not
 * prototypes. A subclass only declares `static override readonly kind = "…"`; that string is also its `name`,
 * which survives minification.
 */

const KINDS = Symbol.for("openphone-sdk.error.kind");

/** Base class of every error thrown by the SDK. */
export class OpenPhoneError extends Error {
  /** The class's name, recorded on every instance for `instanceof` across copies of core. */
  static readonly kind: string = "OpenPhoneError";

  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass `instanceof` was asked about
    return ((value as { [KINDS]?: string[] } | null)?.[KINDS] ?? []).includes(this.kind);
  }

  /** Retries made before this error was thrown: 0 when the first attempt failed, or nothing was sent. */
  readonly retryCount: number = 0;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (let cls = new.target as { kind?: string } | null; cls?.kind; cls = Object.getPrototypeOf(cls)) {
      if (!kinds.includes(cls.kind)) kinds.push(cls.kind);
    }
    Object.defineProperty(this, KINDS, { value: kinds });
    this.name = kinds[0] as string;
  }
}

/** The message of anything thrown, with the key removed (foreign messages may quote a header value). */
export const messageOf = (error: unknown, redact: (text: string) => string): string =>
  redact(String((error as Error | null)?.message ?? error));

/** Sets the read-only `retryCount` of an error: done once, by the request loop, before it throws. */
export function setRetryCount(error: OpenPhoneError, retryCount: number): void {
  (error as { retryCount: number }).retryCount = retryCount;
}

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
  /** The status line's reason phrase, used as the title when the body has none. */
  statusText?: string;
  body: APIErrorBody;
  /** The raw body text when it was not the spec's JSON error shape (HTML page, truncated JSON). */
  rawBody?: string;
  headers: Headers;
  response?: Response;
}

/** Longest detail, field-error text or trace taken from a body into a message: bodies are the server's, not ours. */
const MAX_DETAIL = 200;
/** How much of a non-JSON body is read for its summary: an error page states its point at the start. */
const MAX_SCANNED = 4096;

/** `text` cut to `max` characters, with an ellipsis when cut. */
export const clip = (text: string, max = MAX_DETAIL): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * A readable one-line summary of a non-JSON body (an HTML error page from a gateway, say): its `<title>`, else
 * its text without tags. Only the first 4 KB are read and tags are skipped by a linear scan, not a regular
 * expression: a body of 100 KB of `<` must not block the event loop.
 */
function summarize(raw: string): string {
  const head = raw.slice(0, MAX_SCANNED);
  const lower = head.toLowerCase();
  const open = lower.indexOf("<title>");
  const close = open < 0 ? -1 : lower.indexOf("</title>", open);
  let text = close < 0 ? "" : head.slice(open + 7, close);
  if (close < 0 || text.includes("<")) {
    text = "";
    let inTag = false;
    for (const char of head) {
      if (char === "<") inTag = true;
      else if (char === ">" && inTag) {
        inTag = false;
        text += " ";
      } else if (!inTag) text += char;
    }
  }
  return clip(text.replace(/\s+/g, " ").trim(), 120);
}

/**
 * `404 Not Found (0301404): Contact not found [trace 3f2a9c1d…]`: the detail is the body's message
 * (or a summary of a non-JSON body) unless it only repeats the title.
 */
function formatMessage({ status, statusText, body, rawBody }: APIErrorInit): string {
  const head = `${status} ${clip(body.title ?? (statusText || "Error"))}`;
  let text = body.code ? `${head} (${clip(body.code, 40)})` : head;
  const found = body.message ?? body.description;
  const detail = found === undefined ? (rawBody === undefined ? undefined : summarize(rawBody)) : clip(found);
  if (detail && detail !== body.title && !head.endsWith(detail)) text += `: ${detail}`;
  const items = body.errors ?? [];
  if (items.length) {
    text += ` - ${items
      .slice(0, 5)
      .map((item) => clip((item.path ? `${String(item.path)}: ` : "") + String(item.message ?? "invalid")))
      .join("; ")}${items.length > 5 ? `; and ${items.length - 5} more` : ""}`;
  }
  if (body.trace) text += ` [trace ${body.trace.length > 8 ? `${body.trace.slice(0, 8)}…` : body.trace}]`;
  return text;
}

/** The API answered with a non-success status. */
export class APIError extends OpenPhoneError {
  static override readonly kind: string = "APIError";
  // `declare`d and set with one Object.assign: no per-field initializer code in the bundle.
  /** HTTP status of the response. */
  declare readonly status: number;
  /** The API's error code, e.g. `"0301404"`. */
  declare readonly code: string | undefined;
  /** Short title, e.g. `"Not Found"`. */
  declare readonly title: string | undefined;
  /** Link to the API documentation for this error. */
  declare readonly docs: string | undefined;
  /** Trace id to quote to OpenPhone support. */
  declare readonly trace: string | undefined;
  /** Field-level problems reported by the API. */
  declare readonly errors: APIErrorItem[];
  /** Response headers (any echo of the API key removed). */
  declare readonly headers: Headers;
  /** The parsed error body (or `{}` when the body was not JSON). */
  declare readonly body: APIErrorBody;
  /** The raw body text when it could not be parsed as the API's JSON error shape. */
  declare readonly rawBody: string | undefined;
  /** The HTTP response (its body has been read). Not enumerable, so errors serialize compactly. */
  declare readonly response: Response | undefined;

  constructor(init: APIErrorInit) {
    super(formatMessage(init));
    const { body } = init;
    Object.assign(this, {
      status: init.status,
      code: body.code,
      title: body.title ?? init.statusText,
      docs: body.docs,
      trace: body.trace,
      errors: body.errors ?? [],
      headers: init.headers,
      body,
      rawBody: init.rawBody,
    });
    Object.defineProperty(this, "response", { value: init.response });
  }

  /** Builds the subclass that matches the status (`NotFoundError` for 404, …). */
  static from(init: APIErrorInit): APIError {
    return new (errorClassFor(init.status))(init);
  }

  toJSON(): Record<string, unknown> {
    const { name, message, status, code, title, docs, trace, errors, retryCount } = this;
    return { name, message, status, code, title, docs, trace, errors, retryCount };
  }
}

/** 400: the request was invalid. */
export class BadRequestError extends APIError {
  static override readonly kind: string = "BadRequestError";
}
/** 401: the API key is missing or wrong. */
export class AuthenticationError extends APIError {
  static override readonly kind: string = "AuthenticationError";
}
/** 402: the workspace's plan or credits do not allow this. */
export class PaymentRequiredError extends APIError {
  static override readonly kind: string = "PaymentRequiredError";
}
/** 403: the key may not do this. */
export class PermissionDeniedError extends APIError {
  static override readonly kind: string = "PermissionDeniedError";
}
/** 404: the resource does not exist. */
export class NotFoundError extends APIError {
  static override readonly kind: string = "NotFoundError";
}
/** 409: the request conflicts with the resource's state (e.g. a duplicate external id). */
export class ConflictError extends APIError {
  static override readonly kind: string = "ConflictError";
}
/** 429: the rate limit was exceeded. */
export class RateLimitError extends APIError {
  static override readonly kind: string = "RateLimitError";
}
/** 5xx: the API failed. */
export class InternalServerError extends APIError {
  static override readonly kind: string = "InternalServerError";
}

/**
 * The one status -> error-class table: `APIError.from` builds errors with it, the generator writes each
 * operation's `@throws` from it and the contract tests check against it. Other 5xx are `InternalServerError`,
 * any other status a plain `APIError` (see `errorClassFor`).
 */
export const STATUS_ERROR_CLASSES: Readonly<Record<number, typeof APIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/** The error class for an HTTP status: the table's, else `InternalServerError` for 5xx, else `APIError`. */
export function errorClassFor(status: number): typeof APIError {
  return STATUS_ERROR_CLASSES[status] ?? (status >= 500 && status < 600 ? InternalServerError : APIError);
}

/** The request never produced an HTTP response (DNS failure, refused or reset connection, …). */
export class APIConnectionError extends OpenPhoneError {
  static override readonly kind: string = "APIConnectionError";
}

/** An attempt took longer than its `timeoutMs`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static override readonly kind: string = "APIConnectionTimeoutError";
}

/** The caller's `AbortSignal` aborted the request. */
export class APIUserAbortError extends OpenPhoneError {
  static override readonly kind: string = "APIUserAbortError";
  constructor(message = "Request was aborted by the caller") {
    super(message);
  }
}

/** A success response whose body could not be parsed as JSON (truncated, or not JSON at all). */
export class APIResponseParseError extends OpenPhoneError {
  static override readonly kind: string = "APIResponseParseError";
  declare readonly status: number;
  declare readonly response: Response | undefined;
  constructor(message: string, options: { status: number; response?: Response }) {
    super(message);
    Object.assign(this, { status: options.status });
    Object.defineProperty(this, "response", { value: options.response });
  }
}

/** One problem found in the params of a call, with the path of the offending value. */
export interface ValidationIssue {
  /** Path within params, e.g. `to[0]` or `defaultFields.emails[1].value`. */
  path: string;
  /** What is wrong, e.g. `must be an E.164 number like +15555555555`. */
  message: string;
}

/** `Title (2 problems):\n  path: message\n  …`: the shape of every error that lists issues. */
export function listIssues(title: string, issues: readonly ValidationIssue[], noun: string, root: string): string {
  // At most 20 lines, each cut: an array of 100,000 bad items must not make a message of megabytes.
  const lines = issues
    .slice(0, 20)
    .map((issue) => `\n  ${clip(issue.path || root)}: ${clip(issue.message)}`)
    .join("");
  const more = issues.length > 20 ? `\n  … and ${issues.length - 20} more` : "";
  return `${title} (${issues.length} ${noun}${issues.length === 1 ? "" : noun.endsWith("h") ? "es" : "s"}):${lines}${more}`;
}

/**
 * Bad input found before anything was sent: nothing went over the network.
 * `message` lists every issue, one per line: `to[0]: "5555550199" must be an E.164 number …`.
 */
export class ValidationError extends OpenPhoneError {
  static override readonly kind: string = "ValidationError";
  /** The operationId of the call, e.g. `sendMessage_v1`. */
  declare readonly operationId: string;
  declare readonly issues: readonly ValidationIssue[];

  constructor(operationId: string, issues: readonly ValidationIssue[]) {
    super(listIssues(`Invalid params for ${operationId}`, issues, "problem", "(params)"));
    Object.assign(this, { operationId, issues });
  }
}

/** Error-body fields read as text (a number becomes its string). */
const TEXT_FIELDS = ["message", "code", "docs", "title", "trace", "description"] as const;

/** Parses an error body in any of the shapes the API (or a gateway in front of it) returns. */
export function parseErrorBody(raw: string | undefined): { body: APIErrorBody; rawBody?: string } {
  let value: unknown;
  try {
    value = raw ? JSON.parse(raw) : {};
  } catch {
    return { body: {}, rawBody: raw };
  }
  // JSON, but not an error object: a bare string still reads as a message; anything else adds nothing.
  if (typeof value === "string") return { body: {}, rawBody: value };
  const body: Record<string, unknown> = {};
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    // The alternative shape, { "error": { "message", "key", "trace" } }, names its code `key`.
    const nested = record.error;
    const source = (typeof nested === "object" && nested !== null ? nested : record) as Record<string, unknown>;
    for (const key of source === record ? TEXT_FIELDS : [...TEXT_FIELDS, "key"]) {
      const field = source[key];
      if (typeof field === "string" || typeof field === "number") body[key === "key" ? "code" : key] ??= String(field);
    }
    if (source === record) {
      if (typeof record.status === "number") body.status = record.status;
      if (Array.isArray(record.errors)) {
        body.errors = record.errors.filter((item) => typeof item === "object" && item !== null);
      }
    }
  }
  return { body };
}

/** The rate-limit store (a shared one, say Redis) failed: no slot could be taken, so nothing was sent. */
export class RateLimitStoreError extends OpenPhoneError {
  static override readonly kind: string = "RateLimitStoreError";
  /** Which store failed: its class name, e.g. `MemoryRateLimitStore`. */
  declare readonly store: string;
  constructor(store: string, message: string, options?: { cause?: unknown }) {
    super(`The rate limit store ${store} failed: ${message}`, options);
    Object.assign(this, { store });
  }
}

/** A copy of a foreign error (name, code, message, stack, cause chain) with the key removed from every string. */
export function safeCause(error: unknown, redact: (text: string) => string, depth = 0): Error | undefined {
  if (!(error instanceof Error) || depth > 3) return undefined;
  const copy = new Error(redact(error.message), { cause: safeCause(error.cause, redact, depth + 1) });
  copy.name = redact(error.name);
  copy.stack = redact(error.stack ?? "");
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") Object.assign(copy, { code: redact(String(code)) });
  return copy;
}

/**
 * Removes the key from an `OpenPhoneError` that came from elsewhere (a custom fetch, middleware, a response
 * check), in place: its message, stack, cause chain and every own string field or issue.
 */
export function scrubError<E extends OpenPhoneError>(error: E, redact: (text: string) => string): E {
  const fields = error as unknown as Record<string, unknown>;
  // Hidden ones too (a ResponseValidationError's `body`): `util.inspect` with `showHidden` prints them.
  for (const key of Object.getOwnPropertyNames(fields)) {
    let value = fields[key];
    if (key === "message" || key === "stack" || key === "cause") continue;
    if (typeof value === "string") value = redact(value);
    else if (Array.isArray(value) || Object.getPrototypeOf(value ?? 0) === Object.prototype) {
      // Issues, field errors, a parsed body: plain data, so a JSON round trip copies it without the key.
      try {
        value = JSON.parse(redact(JSON.stringify(value)));
      } catch {
        value = undefined;
      }
    } else continue;
    try {
      Object.defineProperty(fields, key, { value });
    } catch {
      // A frozen field of someone else's error: left as it is.
    }
  }
  Object.defineProperty(error, "message", { value: redact(error.message), writable: true, configurable: true });
  Object.defineProperty(error, "stack", { value: redact(error.stack ?? ""), writable: true, configurable: true });
  if ("cause" in error) {
    Object.defineProperty(error, "cause", {
      value: safeCause(error.cause, redact),
      writable: true,
      configurable: true,
    });
  }
  return error;
}
