// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
export * from "@openphone-sdk/core";
export { OpenPhone } from "./client.js";
export type {
  GadgetSettingsMethods,
  WidgetsMethods,
} from "./client.js";
/**
 * Types of each resource package, e.g. `Messages.SendMessageParams`.
 */
export type * as GadgetSettings from "@openphone-sdk/gadget-settings";
export type * as Widgets from "@openphone-sdk/widgets";
