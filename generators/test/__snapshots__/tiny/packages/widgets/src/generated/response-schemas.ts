// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/**
 * The success-body schema of every Widgets operation, for `validateResponses`:
 * `createClient({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
  createWidget_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: { id: { t: "s" }, name: { t: "s" }, color: { t: "s", e: ["red", "blue"] } },
        r: ["id", "name"],
      },
    },
    r: ["data"],
  },
  deleteWidget_v1: {},
  listWidgets_v1: {
    t: "o",
    o: {
      data: {
        t: "a",
        i: {
          t: "o",
          o: { id: { t: "s" }, name: { t: "s" }, color: { t: "s", e: ["red", "blue"] } },
          r: ["id", "name"],
        },
      },
      nextPageToken: { t: "sz" },
    },
    r: ["data", "nextPageToken"],
  },
  updateWidget_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: { id: { t: "s" }, name: { t: "s" }, color: { t: "s", e: ["red", "blue"] } },
        r: ["id", "name"],
      },
    },
  },
});
