// Public entry point. The generator created this file once and never overwrites it:
// add hand-written helpers here, beside the generated operations.

// Receiving webhooks (hand-written): verification, typed events, server adapters. Nothing here runs at
// import time, so a bundle that only calls the REST functions drops all of it.
export {
  type NodeWebhookRequest,
  type NodeWebhookResponse,
  toFetchHandler,
  toNodeMiddleware,
} from "./adapters.js";
export {
  MemoryDeliveryStore,
  type MemoryDeliveryStoreOptions,
  type WebhookDeliveryStore,
} from "./delivery-store.js";
export {
  InvalidWebhookPayloadError,
  InvalidWebhookSignatureError,
  type InvalidWebhookSignatureReason,
} from "./errors.js";
export type { LegacyApiWebhookEvent, LegacyAppWebhookEvent, WebhookEventV20260330 } from "./events.js";
export { type SignedWebhookDelivery, signFixture } from "./fixture-signing.js";
export type { WebhookFixture, WebhookGeneration } from "./fixtures.js";
export * from "./generated/index.js";
export * from "./generated/webhook-events.js";
export {
  DEFAULT_DELIVERY_TTL_MS,
  DEFAULT_MAX_BODY_BYTES,
  type WebhookErrorInfo,
  type WebhookEventHandler,
  type WebhookReceipt,
  type WebhookResponseBody,
  WebhookRouter,
  type WebhookRouterOptions,
} from "./router.js";
export {
  DEFAULT_TOLERANCE_MS,
  MAX_SIGNATURES,
  type RawBody,
  SIGNATURE_HEADER,
  type SigningKey,
  type SignOptions,
  STANDARD_HEADERS,
  type StandardSignOptions,
  type StandardWebhookHeaders,
  sign,
  signatureHeaders,
  unwrap,
  type VerifiedDelivery,
  type VerifyOptions,
  verify,
  verifyDelivery,
  type WebhookHeaders,
  type WebhookScheme,
} from "./signature.js";
