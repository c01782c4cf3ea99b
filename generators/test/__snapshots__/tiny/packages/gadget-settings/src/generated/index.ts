// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { getGadgetSettings } from "./operations.js";

// createClient, paginate, the error classes…: one import gives a caller everything.
export * from "@openphone-sdk/core";
export type { components, operations, paths } from "./openapi.js";
export type {
  GetGadgetSettingsParams,
  GetGadgetSettingsResponse,
} from "./operations.js";
export type {
  GadgetSettings,
} from "./resources.js";
export {
  getGadgetSettings,
  getGadgetSettingsOperation,
} from "./operations.js";

/**
 * Every Gadget Settings operation by name: what the umbrella client binds as `.gadgetSettings`.
 */
export const gadgetSettingsOperations = {
  getGadgetSettings,
} as const;
