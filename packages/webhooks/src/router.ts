import {
  InvalidWebhookPayloadError,
  InvalidWebhookSignatureError,
  type InvalidWebhookSignatureReason,
} from "./errors.js";
import {
  WEBHOOK_EVENT_TYPES,
  type WebhookEvent,
  type WebhookEventMap,
  type WebhookEventType,
} from "./generated/webhook-events.js";
import { type RawBody, type SigningKey, unwrap, type VerifyOptions, type WebhookHeaders } from "./signature.js";

/** Default `maxBodyBytes`: 5 MiB, far above any event (a long call's transcript is tens of KB). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/** What the adapters answer (a JSON body), and what {@link WebhookRouter.receive} returns. */
export type WebhookResponseBody =
  /** 200: verified; `handled` is false when no handler was registered for the type (or it is unknown). */
  | { received: true; handled: boolean }
  /** 400: the signature is missing, malformed, stale or wrong: no handler ran. */
  | { error: "invalid_signature"; reason: InvalidWebhookSignatureReason }
  /** 400: validly signed, but not a JSON event. */
  | { error: "invalid_payload" }
  /** 500: a handler threw (the error goes to `onError`, not to the sender). */
  | { error: "handler_failed" }
  /** 500: the server cannot verify at all (bad signing key, body already parsed by another middleware). */
  | { error: "server_misconfigured" }
  /** 405 / 413, from the adapters. */
  | { error: "method_not_allowed" }
  | { error: "payload_too_large" };

export interface WebhookReceipt {
  status: number;
  body: WebhookResponseBody;
  /** The verified event, when there was one. */
  event?: WebhookEvent;
}

/** What `onError` learns about a refused or failed request. */
export interface WebhookErrorInfo {
  /** The status the request is answered with. */
  status: number;
  /** The verified event, when the failure came from a handler. */
  event?: WebhookEvent;
}

export interface WebhookRouterOptions extends VerifyOptions {
  /** The webhook's base64 signing key, or several while rotating keys. */
  signingKey: SigningKey;
  /**
   * Told of every request answered with an error: the error and the status. Default: 5xx failures (a
   * handler threw, a misconfiguration) go to `console.error`; 4xx refusals are not logged, since anyone
   * can send them. Errors never contain the signing key.
   */
  onError?: (error: unknown, info: WebhookErrorInfo) => void;
  /** Largest body the adapters read, in bytes; larger requests get 413. Default 5 MiB. */
  maxBodyBytes?: number;
}

/** A handler for events of type `T`: `event` is narrowed to that type. */
export type WebhookEventHandler<T extends WebhookEventType> = (event: WebhookEventMap[T]) => unknown;

function defaultOnError(error: unknown, info: WebhookErrorInfo): void {
  if (info.status >= 500) console.error(`OpenPhone webhook answered ${info.status}:`, error);
}

/**
 * Verifies webhook requests and runs the handlers registered with {@link WebhookRouter.on} for their
 * type. Plug it into a server with `toFetchHandler(router)` or `toNodeMiddleware(router)`, or call
 * {@link WebhookRouter.receive} from any framework.
 *
 * ```ts
 * const router = new WebhookRouter({ signingKey: process.env.OPENPHONE_WEBHOOK_KEY })
 *   .on("message.received", (event) => console.log(event.data.object.text));
 * ```
 */
export class WebhookRouter {
  readonly #options: WebhookRouterOptions;
  readonly #handlers = new Map<string, ((event: never) => unknown)[]>();

  constructor(options: WebhookRouterOptions) {
    if (!options || options.signingKey === undefined || options.signingKey === "") {
      throw new TypeError("WebhookRouter needs the webhook's signingKey (base64, from the webhook's settings)");
    }
    this.#options = { ...options };
  }

  /** Largest body the adapters read, in bytes. */
  get maxBodyBytes(): number {
    return this.#options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  }

  /**
   * Runs `handler` for every verified event of `type`, after the handlers registered before it. A
   * returned promise is awaited; a throw (or rejection) answers 500 and skips the handlers after it.
   */
  on<T extends WebhookEventType>(type: T, handler: WebhookEventHandler<T>): this {
    if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(type)) {
      throw new TypeError(`unknown webhook event type "${type}"; known: ${WEBHOOK_EVENT_TYPES.join(", ")}`);
    }
    if (typeof handler !== "function") throw new TypeError(`the handler for "${type}" must be a function`);
    this.#handlers.set(type, [...(this.#handlers.get(type) ?? []), handler as (event: never) => unknown]);
    return this;
  }

  /** Verifies and parses a request with this router's key and options: {@link unwrap}. */
  unwrap(rawBody: RawBody, headers: WebhookHeaders): Promise<WebhookEvent> {
    const { signingKey, toleranceMs, now } = this.#options;
    return unwrap(rawBody, headers, signingKey, { toleranceMs, now });
  }

  /**
   * Runs the handlers registered for `event.type`, in order. Resolves to false when there are none (an
   * event type this SDK does not know has none). Rejects with a handler's error.
   */
  async dispatch(event: WebhookEvent): Promise<boolean> {
    const handlers = this.#handlers.get(event.type) ?? [];
    for (const handler of handlers) await handler(event as never);
    return handlers.length > 0;
  }

  /**
   * Verifies the request, runs its handlers, and says what to answer: 400 without running anything when
   * the signature or payload is bad, 500 when a handler throws, else 200 (also for an event type nobody
   * handles, so OpenPhone does not retry it). Never throws; failures go to `onError`.
   */
  async receive(rawBody: RawBody, headers: WebhookHeaders): Promise<WebhookReceipt> {
    let event: WebhookEvent;
    try {
      event = await this.unwrap(rawBody, headers);
    } catch (error) {
      if (error instanceof InvalidWebhookSignatureError) {
        return this.fail(error, { status: 400, body: { error: "invalid_signature", reason: error.reason } });
      }
      if (error instanceof InvalidWebhookPayloadError) {
        return this.fail(error, { status: 400, body: { error: "invalid_payload" } });
      }
      return this.fail(error, { status: 500, body: { error: "server_misconfigured" } });
    }
    try {
      const handled = await this.dispatch(event);
      return { status: 200, body: { received: true, handled }, event };
    } catch (error) {
      return this.fail(error, { status: 500, body: { error: "handler_failed" }, event });
    }
  }

  /** Reports `error` to `onError` and returns `receipt`; for adapters answering on their own (405, 413…). */
  fail(error: unknown, receipt: WebhookReceipt): WebhookReceipt {
    const onError = this.#options.onError ?? defaultOnError;
    try {
      onError(error, receipt.event ? { status: receipt.status, event: receipt.event } : { status: receipt.status });
    } catch {
      // A failing error reporter must not turn the answer into a crash.
    }
    return receipt;
  }
}
