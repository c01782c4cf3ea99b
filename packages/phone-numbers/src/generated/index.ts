// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { listPhoneNumbers } from "./operations.js";

// createClient, paginate, the error classes…: one import gives a caller everything.
export * from "@openphone-sdk/core";
export type { components, operations, paths } from "./openapi.js";
export type {
  ListPhoneNumbersParams,
  ListPhoneNumbersResponse,
} from "./operations.js";
export type {
  PhoneNumber,
} from "./resources.js";
export {
  listPhoneNumbers,
  listPhoneNumbersOperation,
} from "./operations.js";

/**
 * Every Phone Numbers operation by name: what the umbrella client binds as `.phoneNumbers`.
 */
export const phoneNumbersOperations = {
  listPhoneNumbers,
} as const;
