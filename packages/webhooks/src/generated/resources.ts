// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./openapi.js";

/**
 * A call summary webhook, as the API returns it.
 *
 * Returned by `createCallSummaryWebhook`.
 */
export interface CallSummaryWebhook extends NonNullable<components["schemas"]["CallSummaryWebhook"]> {}

/**
 * A call transcript webhook, as the API returns it.
 *
 * Returned by `createCallTranscriptWebhook`.
 */
export interface CallTranscriptWebhook extends NonNullable<components["schemas"]["CallTranscriptWebhook"]> {}

/**
 * A call webhook, as the API returns it.
 *
 * Returned by `createCallWebhook`.
 */
export interface CallWebhook extends NonNullable<components["schemas"]["CallWebhook"]> {}

/**
 * A message webhook, as the API returns it.
 *
 * Returned by `createMessageWebhook`.
 */
export interface MessageWebhook extends NonNullable<components["schemas"]["MessageWebhook"]> {}

/**
 * Any of: {@link MessageWebhook}, {@link CallWebhook}, {@link CallSummaryWebhook}, {@link CallTranscriptWebhook}.
 *
 * Returned by `getWebhookById`, `listWebhooks`.
 */
export type Webhook = MessageWebhook | CallWebhook | CallSummaryWebhook | CallTranscriptWebhook;
