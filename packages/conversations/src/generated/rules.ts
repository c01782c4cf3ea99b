// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { dateTimeFormat } from "@openphone-sdk/core/formats";
import type { Rule } from "@openphone-sdk/core";

/** The spec's constraints on the params of {@link listConversations}: core checks them before sending. */
export const listConversationsRules: Rule = {
  o: {
    phoneNumber: {
      t: "s",
      p: "^\\+[1-9]\\d{1,14}$|^PN(.*)$",
      m: "must be an E.164 number like +15555555555 or a phone number id starting with PN",
    },
    phoneNumbers: {
      t: "a",
      n: 1,
      x: 100,
      i: {
        t: "s",
        p: "^\\+[1-9]\\d{1,14}$|^PN(.*)$",
        m: "must be an E.164 number like +15555555555 or a phone number id starting with PN",
      },
    },
    userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
    createdAfter: { t: "s", f: dateTimeFormat },
    createdBefore: { t: "s", f: dateTimeFormat },
    excludeInactive: { t: "b" },
    updatedAfter: { t: "s", f: dateTimeFormat },
    updatedBefore: { t: "s", f: dateTimeFormat },
    maxResults: { t: "i", n: 1, x: 100 },
    pageToken: { t: "s" },
  },
  r: ["maxResults"],
};
