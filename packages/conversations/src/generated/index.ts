// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { listConversations } from "./operations.js";

// createClient, paginate, the error classes…: one import gives a caller everything.
export * from "@openphone-sdk/core";
export type { components, operations, paths } from "./openapi.js";
export type {
  ListConversationsParams,
  ListConversationsResponse,
} from "./operations.js";
export type {
  Conversation,
} from "./resources.js";
export {
  listConversations,
  listConversationsOperation,
} from "./operations.js";

/**
 * Every Conversations operation by name: what the umbrella client binds as `.conversations`.
 */
export const conversationsOperations = {
  listConversations,
} as const;
