// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { dateTimeFormat } from "@openphone-sdk/core/formats";
import type { Rule } from "@openphone-sdk/core";

/** The spec's constraints on the params of {@link getMessageById}: core checks them before sending. */
export const getMessageByIdRules: Rule = {
  o: {
    id: { t: "s", p: "^AC(.*)$", m: "must be a call or message id starting with AC" },
  },
  r: ["id"],
};

/** The spec's constraints on the params of {@link listMessages}: core checks them before sending. */
export const listMessagesRules: Rule = {
  o: {
    phoneNumberId: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
    userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
    participants: {
      t: "a",
      i: {
        t: "s",
        p: "^\\+[1-9]\\d{1,14}$",
        m: "must be an E.164 number like +15555555555",
      },
    },
    since: { t: "s", f: dateTimeFormat },
    createdAfter: { t: "s", f: dateTimeFormat },
    createdBefore: { t: "s", f: dateTimeFormat },
    maxResults: { t: "i", n: 1, x: 100 },
    pageToken: { t: "s" },
  },
  r: ["phoneNumberId", "participants", "maxResults"],
};

/** The spec's constraints on the params of {@link sendMessage}: core checks them before sending. */
export const sendMessageRules: Rule = {
  o: {
    content: { t: "s", p: ".*\\S.*", m: "must contain a non-space character", n: 1, x: 1600 },
    phoneNumberId: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
    from: {
      t: "s",
      p: "^PN(.*)$|^\\+[1-9]\\d{1,14}$",
      m: "must be a phone number id starting with PN or an E.164 number like +15555555555",
    },
    to: {
      t: "a",
      n: 1,
      x: 1,
      i: {
        t: "s",
        p: "^\\+[1-9]\\d{1,14}$",
        m: "must be an E.164 number like +15555555555",
      },
    },
    userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
    setInboxStatus: { t: "s", e: ["done"] },
  },
  r: ["content", "from", "to"],
};
