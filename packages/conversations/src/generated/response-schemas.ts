// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { dateTimeFormat } from "@openphone-sdk/core/formats";
import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/**
 * The success-body schema of every Conversations operation, for `validateResponses`:
 * `createClient({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
  listConversations_v1: {
    t: "o",
    o: {
      data: {
        t: "a",
        i: {
          t: "o",
          o: {
            assignedTo: { t: "sz" },
            createdAt: { t: "sz", f: dateTimeFormat },
            deletedAt: { t: "sz", f: dateTimeFormat },
            id: { t: "s", p: "^CN(.*)$", m: "must be a conversation id starting with CN" },
            lastActivityAt: { t: "sz", f: dateTimeFormat },
            lastActivityId: { t: "sz", p: "^AC(.*)$", m: "must be a call or message id starting with AC" },
            mutedUntil: { t: "sz", f: dateTimeFormat },
            name: { t: "sz" },
            participants: {
              t: "a",
              i: {
                t: "s",
                p: "^\\+[1-9]\\d{1,14}$",
                m: "must be an E.164 number like +15555555555",
              },
            },
            phoneNumberId: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
            snoozedUntil: { t: "sz", f: dateTimeFormat },
            updatedAt: { t: "sz", f: dateTimeFormat },
          },
          r: [
            "assignedTo",
            "createdAt",
            "deletedAt",
            "id",
            "lastActivityAt",
            "lastActivityId",
            "mutedUntil",
            "name",
            "participants",
            "phoneNumberId",
            "snoozedUntil",
            "updatedAt",
          ],
        },
      },
      totalItems: { t: "i" },
      nextPageToken: { t: "sz" },
    },
    r: ["data", "totalItems", "nextPageToken"],
  },
});
