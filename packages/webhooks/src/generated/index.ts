// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import {
  createCallSummaryWebhook,
  createCallTranscriptWebhook,
  createCallWebhook,
  createMessageWebhook,
  deleteWebhookById,
  getWebhookById,
  listWebhooks,
} from "./operations.js";

// createClient, paginate, the error classes…: one import gives a caller everything.
export * from "@openphone-sdk/core";
export type { components, operations, paths } from "./openapi.js";
export type {
  CreateCallSummaryWebhookParams,
  CreateCallSummaryWebhookResponse,
  CreateCallTranscriptWebhookParams,
  CreateCallTranscriptWebhookResponse,
  CreateCallWebhookParams,
  CreateCallWebhookResponse,
  CreateMessageWebhookParams,
  CreateMessageWebhookResponse,
  DeleteWebhookByIdParams,
  DeleteWebhookByIdResponse,
  GetWebhookByIdParams,
  GetWebhookByIdResponse,
  ListWebhooksParams,
  ListWebhooksResponse,
} from "./operations.js";
export type {
  CallSummaryWebhook,
  CallTranscriptWebhook,
  CallWebhook,
  MessageWebhook,
  Webhook,
} from "./resources.js";
export {
  createCallSummaryWebhook,
  createCallSummaryWebhookOperation,
  createCallTranscriptWebhook,
  createCallTranscriptWebhookOperation,
  createCallWebhook,
  createCallWebhookOperation,
  createMessageWebhook,
  createMessageWebhookOperation,
  deleteWebhookById,
  deleteWebhookByIdOperation,
  getWebhookById,
  getWebhookByIdOperation,
  listWebhooks,
  listWebhooksOperation,
} from "./operations.js";

/**
 * Every Webhooks operation by name: what the umbrella client binds as `.webhooks`.
 */
export const webhooksOperations = {
  createCallSummaryWebhook,
  createCallTranscriptWebhook,
  createCallWebhook,
  createMessageWebhook,
  deleteWebhookById,
  getWebhookById,
  listWebhooks,
} as const;
