// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { dateTimeFormat } from "@openphone-sdk/core/formats";
import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/** The success body of getMessageById_v1, sendMessage_v1. */
const getMessageByIdBody = {
  t: "o",
  o: {
    data: {
      t: "o",
      o: {
        id: { t: "s", p: "^AC(.*)$", m: "must be a call or message id starting with AC" },
        to: {
          t: "a",
          i: {
            t: "s",
            p: "^\\+[1-9]\\d{1,14}$",
            m: "must be an E.164 number like +15555555555",
          },
        },
        from: {
          t: "s",
          p: "^\\+[1-9]\\d{1,14}$",
          m: "must be an E.164 number like +15555555555",
        },
        text: { t: "s" },
        phoneNumberId: { t: "sz", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
        direction: { t: "s", e: ["incoming", "outgoing"] },
        userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
        status: { t: "s", e: ["queued", "sent", "delivered", "undelivered"] },
        createdAt: { t: "s", f: dateTimeFormat },
        updatedAt: { t: "s", f: dateTimeFormat },
      },
      r: [
        "id",
        "to",
        "from",
        "text",
        "phoneNumberId",
        "direction",
        "userId",
        "status",
        "createdAt",
        "updatedAt",
      ],
    },
  },
  r: ["data"],
};

/**
 * The success-body schema of every Messages operation, for `validateResponses`:
 * `createClient({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
  getMessageById_v1: getMessageByIdBody,
  listMessages_v1: {
    t: "o",
    o: {
      data: {
        t: "a",
        i: {
          t: "o",
          o: {
            id: { t: "s", p: "^AC(.*)$", m: "must be a call or message id starting with AC" },
            to: {
              t: "a",
              i: {
                t: "s",
                p: "^\\+[1-9]\\d{1,14}$",
                m: "must be an E.164 number like +15555555555",
              },
            },
            from: {
              t: "s",
              p: "^\\+[1-9]\\d{1,14}$",
              m: "must be an E.164 number like +15555555555",
            },
            text: { t: "s" },
            phoneNumberId: { t: "sz", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
            direction: { t: "s", e: ["incoming", "outgoing"] },
            userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
            status: { t: "s", e: ["queued", "sent", "delivered", "undelivered"] },
            createdAt: { t: "s", f: dateTimeFormat },
            updatedAt: { t: "s", f: dateTimeFormat },
          },
          r: [
            "id",
            "to",
            "from",
            "text",
            "phoneNumberId",
            "direction",
            "userId",
            "status",
            "createdAt",
            "updatedAt",
          ],
        },
      },
      totalItems: { t: "i" },
      nextPageToken: { t: "sz" },
    },
    r: ["data", "totalItems", "nextPageToken"],
  },
  sendMessage_v1: getMessageByIdBody,
});
