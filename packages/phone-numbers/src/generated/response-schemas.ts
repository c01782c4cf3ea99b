// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/**
 * The success-body schema of every Phone Numbers operation, for `validateResponses`:
 * `createClient({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
  listPhoneNumbers_v1: {
    t: "o",
    o: {
      data: {
        t: "a",
        i: {
          t: "o",
          o: {
            id: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
            groupId: { t: "s" },
            createdAt: { t: "s" },
            updatedAt: { t: "s" },
            name: { t: "s" },
            number: {
              t: "s",
              p: "^\\+[1-9]\\d{1,14}$",
              m: "must be an E.164 number like +15555555555",
            },
            formattedNumber: { t: "sz" },
            forward: { t: "sz" },
            portRequestId: { t: "sz" },
            portingStatus: { t: "sz" },
            symbol: { t: "sz" },
            users: {
              t: "a",
              i: {
                t: "o",
                o: {
                  email: { t: "s" },
                  firstName: { t: "sz" },
                  groupId: { t: "s" },
                  id: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
                  lastName: { t: "sz" },
                  role: { t: "s" },
                },
                r: ["email", "firstName", "groupId", "id", "lastName", "role"],
              },
            },
            restrictions: {
              t: "o",
              o: {
                messaging: {
                  t: "o",
                  o: {
                    CA: { t: "s", e: ["restricted", "unrestricted"] },
                    US: { t: "s", e: ["restricted", "unrestricted"] },
                    Intl: { t: "s", e: ["restricted", "unrestricted"] },
                  },
                  r: ["CA", "US", "Intl"],
                },
                calling: {
                  t: "o",
                  o: {
                    CA: { t: "s", e: ["restricted", "unrestricted"] },
                    US: { t: "s", e: ["restricted", "unrestricted"] },
                    Intl: { t: "s", e: ["restricted", "unrestricted"] },
                  },
                  r: ["CA", "US", "Intl"],
                },
              },
              r: ["messaging", "calling"],
            },
          },
          r: [
            "id",
            "groupId",
            "createdAt",
            "updatedAt",
            "name",
            "number",
            "formattedNumber",
            "forward",
            "portRequestId",
            "portingStatus",
            "symbol",
            "users",
            "restrictions",
          ],
        },
      },
    },
    r: ["data"],
  },
});
