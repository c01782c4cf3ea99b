/**
 * The webhook events of each generation, as narrowing targets. `WebhookEvent` (generated from
 * spec/webhooks.openapi.json) holds all three; `event.apiVersion` tells them apart.
 */
import type { WebhookEvent } from "./generated/webhook-events.js";

/** Legacy webhooks created in the OpenPhone app: `apiVersion` `v2` or `v3`, `data.object`, `openphone-signature`. */
export type LegacyAppWebhookEvent = Extract<WebhookEvent, { apiVersion: "v2" | "v3" }>;
/** Legacy webhooks created through `/v1/webhooks/*`: `apiVersion` `v4`, `data.object`, `openphone-signature`. */
export type LegacyApiWebhookEvent = Extract<WebhookEvent, { apiVersion: "v4" }>;
/**
 * Webhooks of the new system, version 2026-03-30: `data.resource` / `data.context` / `data.links`, signed
 * with the Standard Webhooks headers.
 */
export type WebhookEventV20260330 = Extract<WebhookEvent, { apiVersion: "2026-03-30" }>;
