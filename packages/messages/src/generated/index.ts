// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { getMessageById, listMessages, sendMessage } from "./operations.js";

// createClient, paginate, the error classes…: one import gives a caller everything.
export * from "@openphone-sdk/core";
export type { components, operations, paths } from "./openapi.js";
export type {
  GetMessageByIdParams,
  GetMessageByIdResponse,
  ListMessagesParams,
  ListMessagesResponse,
  SendMessageParams,
  SendMessageResponse,
} from "./operations.js";
export type {
  Message,
} from "./resources.js";
export {
  getMessageById,
  getMessageByIdOperation,
  listMessages,
  listMessagesOperation,
  sendMessage,
  sendMessageOperation,
} from "./operations.js";

/**
 * Every Messages operation by name: what the umbrella client binds as `.messages`.
 */
export const messagesOperations = {
  getMessageById,
  listMessages,
  sendMessage,
} as const;
