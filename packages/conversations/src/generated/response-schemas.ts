// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
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
            createdAt: {
              t: "sz",
              p: "^\\d{4}-\\d\\d-\\d\\d[Tt ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([Zz]|[+-]\\d\\d:\\d\\d)$",
              m: "must be an ISO 8601 date-time like 2022-01-01T00:00:00Z",
            },
            deletedAt: {
              t: "sz",
              p: "^\\d{4}-\\d\\d-\\d\\d[Tt ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([Zz]|[+-]\\d\\d:\\d\\d)$",
              m: "must be an ISO 8601 date-time like 2022-01-01T00:00:00Z",
            },
            id: { t: "s", p: "^CN(.*)$", m: "must be a conversation id starting with CN" },
            lastActivityAt: {
              t: "sz",
              p: "^\\d{4}-\\d\\d-\\d\\d[Tt ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([Zz]|[+-]\\d\\d:\\d\\d)$",
              m: "must be an ISO 8601 date-time like 2022-01-01T00:00:00Z",
            },
            lastActivityId: { t: "sz", p: "^AC(.*)$", m: "must be a call or message id starting with AC" },
            mutedUntil: {
              t: "sz",
              p: "^\\d{4}-\\d\\d-\\d\\d[Tt ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([Zz]|[+-]\\d\\d:\\d\\d)$",
              m: "must be an ISO 8601 date-time like 2022-01-01T00:00:00Z",
            },
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
            snoozedUntil: {
              t: "sz",
              p: "^\\d{4}-\\d\\d-\\d\\d[Tt ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([Zz]|[+-]\\d\\d:\\d\\d)$",
              m: "must be an ISO 8601 date-time like 2022-01-01T00:00:00Z",
            },
            updatedAt: {
              t: "sz",
              p: "^\\d{4}-\\d\\d-\\d\\d[Tt ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([Zz]|[+-]\\d\\d:\\d\\d)$",
              m: "must be an ISO 8601 date-time like 2022-01-01T00:00:00Z",
            },
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
