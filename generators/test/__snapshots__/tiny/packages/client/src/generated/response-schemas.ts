// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { combineResponseSchemas } from "@openphone-sdk/core/validate-responses";
import { responseSchemas as gadgetSettings } from "@openphone-sdk/gadget-settings/response-schemas";
import { responseSchemas as widgets } from "@openphone-sdk/widgets/response-schemas";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/**
 * The success-body schemas of every operation, for `validateResponses`:
 * `new OpenPhone({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ combineResponseSchemas(
  gadgetSettings,
  widgets,
);
