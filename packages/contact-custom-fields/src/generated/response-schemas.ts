// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/**
 * The success-body schema of every Contact Custom Fields operation, for `validateResponses`:
 * `createClient({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
  getContactCustomFields_v1: {
    t: "o",
    o: {
      data: {
        t: "a",
        i: {
          t: "o",
          o: {
            name: { t: "s" },
            key: { t: "s" },
            type: {
              t: "s",
              e: ["address", "boolean", "date", "multi-select", "number", "string", "url"],
            },
          },
          r: ["name", "key", "type"],
        },
      },
    },
    r: ["data"],
  },
});
