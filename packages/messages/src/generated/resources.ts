// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./openapi.js";

/**
 * A message, as the API returns it.
 *
 * Returned by `getMessageById`, `listMessages`, `sendMessage`.
 */
export interface Message extends NonNullable<components["schemas"]["Message"]> {}
