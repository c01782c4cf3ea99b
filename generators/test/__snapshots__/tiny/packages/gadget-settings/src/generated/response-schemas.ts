// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/**
 * The success-body schema of every Gadget Settings operation, for `validateResponses`:
 * `createClient({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
  getGadgetSettings_v1: {
    t: "o",
    o: { data: { t: "o", o: { mode: { t: "s", e: ["fast", "slow"] } } } },
  },
});
