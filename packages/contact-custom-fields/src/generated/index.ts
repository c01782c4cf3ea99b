// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { getContactCustomFields } from "./operations.js";

// createClient, paginate, the error classes…: one import gives a caller everything.
export * from "@openphone-sdk/core";
export type { components, operations, paths } from "./openapi.js";
export type {
  GetContactCustomFieldsParams,
  GetContactCustomFieldsResponse,
} from "./operations.js";
export type {
  CustomField,
} from "./resources.js";
export {
  getContactCustomFields,
  getContactCustomFieldsOperation,
} from "./operations.js";

/**
 * Every Contact Custom Fields operation by name: what the umbrella client binds as `.contactCustomFields`.
 */
export const contactCustomFieldsOperations = {
  getContactCustomFields,
} as const;
