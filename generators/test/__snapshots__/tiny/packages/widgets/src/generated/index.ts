// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { createWidget, deleteWidget, listWidgets, updateWidget } from "./operations.js";

// createClient, paginate, the error classes…: one import gives a caller everything.
export * from "@openphone-sdk/core";
export type { components, operations, paths } from "./openapi.js";
export type {
  CreateWidgetParams,
  CreateWidgetResponse,
  DeleteWidgetParams,
  DeleteWidgetResponse,
  ListWidgetsParams,
  ListWidgetsResponse,
  UpdateWidgetParams,
  UpdateWidgetResponse,
} from "./operations.js";
export {
  createWidget,
  createWidgetOperation,
  deleteWidget,
  deleteWidgetOperation,
  listWidgets,
  listWidgetsOperation,
  updateWidget,
  updateWidgetOperation,
} from "./operations.js";

/**
 * Every Widgets operation by name: what the umbrella client binds as `.widgets`.
 */
export const widgetsOperations = {
  createWidget,
  deleteWidget,
  listWidgets,
  updateWidget,
} as const;
