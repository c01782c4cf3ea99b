// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./openapi.js";

/**
 * A conversation, as the API returns it.
 *
 * Returned by `listConversations`.
 */
export interface Conversation extends NonNullable<components["schemas"]["Conversation"]> {}
