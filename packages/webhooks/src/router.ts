import { MemoryDeliveryStore, type WebhookDeliveryStore } from "./delivery-store.js";
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
import {
  parseEvent,
  type RawBody,
  type SigningKey,
  unwrap,
  type VerifiedDelivery,
  type VerifyOptions,
  verifyDelivery,
  type WebhookHeaders,
} from "./signature.js";

/** Default `maxBodyBytes`: 5 MiB, far above any event (a long call's transcript is tens of KB). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
/**
 * Default `deliveryTtlMs`: 48 hours, longer than the vendor retries a delivery (about 27.5 hours for the
 * new system), so a late retry of a handled delivery is still recognised.
 */
export const DEFAULT_DELIVERY_TTL_MS = 48 * 60 * 60 * 1000;

/** What the adapters answer (a JSON body), and what {@link WebhookRouter.receive} returns. */
export type WebhookResponseBody =
  /**
   * 200: verified; `handled` is false when no handler was registered for the type (or it is unknown).
   * `duplicate: true`: this delivery was already handled successfully; its handlers did not run again.
   */
  | { received: true; handled: boolean; duplicate?: true }
  /** 409: the same delivery is being handled right now (a retry that overtook it): try again later. */
  | { error: "delivery_in_progress" }
  /** 400: the signature is missing, malformed, stale or wrong: no handler ran. */
  | { error: "invalid_signature"; reason: InvalidWebhookSignatureReason }
  /** 400: validly signed, but not a JSON event. */
  | { error: "invalid_payload" }
  /** 500: a handler threw (the error goes to `onError`, not to the sender). */
  | { error: "handler_failed" }
  /** 500: the server cannot verify at all (bad signing key, body already parsed by another middleware). */
  | { error: "server_misconfigured" }
  /** 500: the delivery store could not be read: nothing ran, the vendor retries. */
  | { error: "delivery_store_failed" }
  /** 405 / 413, from the adapters. */
  | { error: "method_not_allowed" }
  | { error: "payload_too_large" };

export interface WebhookReceipt {
  status: number;
  body: WebhookResponseBody;
  /** The verified event, when there was one. */
  event?: WebhookEvent;
  /** How the verified request was signed, when it was. */
  delivery?: VerifiedDelivery;
}

/** What `onError` learns about a refused or failed request. */
export interface WebhookErrorInfo {
  /** The status the request is answered with. */
  status: number;
  /** The verified event, when the failure came from a handler. */
  event?: WebhookEvent;
}

export interface WebhookRouterOptions extends VerifyOptions {
  /**
   * The webhook's signing key: the legacy base64 key, a `whsec_…` secret, or several of either (rotation,
   * or legacy and new webhooks posting to one route while migrating).
   */
  signingKey: SigningKey;
  /**
   * Where handled deliveries are remembered, so a delivery sent again runs its handlers once: by
   * `webhook-id` (new system), or by event id and signature timestamp (legacy). Default: a
   * {@link MemoryDeliveryStore} in this process; several instances behind one URL need a shared one.
   * `false` turns it off (every delivery runs).
   */
  deliveryStore?: WebhookDeliveryStore | false;
  /** How long a handled delivery is remembered, in ms. Default 48 hours. */
  deliveryTtlMs?: number;
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
  // Below 400: the handlers ran but the delivery store could not record it (a redelivery would run them again).
  if (info.status >= 500) console.error(`OpenPhone webhook answered ${info.status}:`, error);
  else if (info.status < 400) console.error("OpenPhone webhook handled, but the delivery store failed:", error);
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
  readonly #store: WebhookDeliveryStore | undefined;
  /** Deliveries whose handlers are running in this process. */
  readonly #inFlight = new Set<string>();

  constructor(options: WebhookRouterOptions) {
    if (!options || options.signingKey === undefined || options.signingKey === "") {
      throw new TypeError(
        "WebhookRouter needs the webhook's signingKey (the legacy base64 key or a whsec_… secret, from the webhook's settings)",
      );
    }
    const ttl = options.deliveryTtlMs ?? DEFAULT_DELIVERY_TTL_MS;
    if (!Number.isFinite(ttl) || ttl <= 0) throw new TypeError("deliveryTtlMs must be a positive number of ms");
    const store = options.deliveryStore;
    if (
      store !== undefined &&
      store !== false &&
      (typeof store?.has !== "function" || typeof store.add !== "function")
    ) {
      throw new TypeError("deliveryStore must have has(key) and add(key, ttlMs), or be false");
    }
    this.#options = { ...options };
    this.#store = store === false ? undefined : (store ?? new MemoryDeliveryStore());
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
   * the signature or payload is bad, 500 when a handler throws (the vendor retries, and the handlers run
   * again), else 200 (also for an event type nobody handles, so OpenPhone does not retry it). A delivery
   * already handled successfully is answered 200 (`duplicate: true`) without running the handlers again;
   * one being handled right now, 409. Never throws; failures go to `onError`.
   */
  async receive(rawBody: RawBody, headers: WebhookHeaders): Promise<WebhookReceipt> {
    let event: WebhookEvent;
    let delivery: VerifiedDelivery;
    try {
      const { signingKey, toleranceMs, now } = this.#options;
      delivery = await verifyDelivery(rawBody, headers, signingKey, { toleranceMs, now });
      event = parseEvent(rawBody);
    } catch (error) {
      if (error instanceof InvalidWebhookSignatureError) {
        return this.fail(error, { status: 400, body: { error: "invalid_signature", reason: error.reason } });
      }
      if (error instanceof InvalidWebhookPayloadError) {
        return this.fail(error, { status: 400, body: { error: "invalid_payload" } });
      }
      return this.fail(error, { status: 500, body: { error: "server_misconfigured" } });
    }
    const key = this.#store ? deliveryKey(delivery, event) : undefined;
    if (key !== undefined) {
      if (this.#inFlight.has(key)) {
        return this.fail(new Error(`webhook delivery ${key} is already being handled`), {
          status: 409,
          body: { error: "delivery_in_progress" },
          event,
          delivery,
        });
      }
      try {
        if (await (this.#store as WebhookDeliveryStore).has(key)) {
          return { status: 200, body: { received: true, handled: false, duplicate: true }, event, delivery };
        }
      } catch (error) {
        return this.fail(error, { status: 500, body: { error: "delivery_store_failed" }, event, delivery });
      }
      this.#inFlight.add(key);
    }
    try {
      const handled = await this.dispatch(event);
      if (key !== undefined) {
        try {
          await (this.#store as WebhookDeliveryStore).add(key, this.#options.deliveryTtlMs ?? DEFAULT_DELIVERY_TTL_MS);
        } catch (error) {
          // The handlers ran: answering 5xx would make the vendor send it again and run them twice.
          this.fail(error, { status: 200, body: { received: true, handled }, event, delivery });
        }
      }
      return { status: 200, body: { received: true, handled }, event, delivery };
    } catch (error) {
      return this.fail(error, { status: 500, body: { error: "handler_failed" }, event, delivery });
    } finally {
      if (key !== undefined) this.#inFlight.delete(key);
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

/**
 * What identifies one delivery across the vendor's retries: the `webhook-id` header (new system), or the
 * event id with the signature's timestamp (legacy), and the matching signature, so two different bodies
 * that happen to share both are not taken for one. Undefined (no bookkeeping) for a legacy event without
 * a string id.
 */
function deliveryKey(delivery: VerifiedDelivery, event: WebhookEvent): string | undefined {
  if (delivery.scheme === "standard") return `webhook-id:${delivery.webhookId}`;
  const id = (event as { id?: unknown }).id;
  return typeof id === "string" && id !== "" ? `legacy:${id}@${delivery.timestamp}:${delivery.signature}` : undefined;
}
