// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { dateTimeFormat } from "@openphone-sdk/core/formats";
import type { Rule } from "@openphone-sdk/core";

/** The spec's constraints on the params of {@link getCallRecordings}: core checks them before sending. */
export const getCallRecordingsRules: Rule = {
  o: {
    callId: { t: "s", p: "^AC(.*)$", m: "must be a call or message id starting with AC" },
  },
  r: ["callId"],
};

/** The spec's constraints on the params of {@link getCallSummary}: core checks them before sending. */
export const getCallSummaryRules: Rule = {
  o: {
    callId: { t: "s", p: "^AC(.*)$", m: "must be a call or message id starting with AC" },
  },
  r: ["callId"],
};

/** The spec's constraints on the params of {@link getCallTranscript}: core checks them before sending. */
export const getCallTranscriptRules: Rule = {
  o: {
    id: { t: "s", p: "^AC(.*)$", m: "must be a call or message id starting with AC" },
  },
  r: ["id"],
};

/** The spec's constraints on the params of {@link listCalls}: core checks them before sending. */
export const listCallsRules: Rule = {
  o: {
    phoneNumberId: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
    userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
    participants: { t: "a", x: 1, i: { t: "s", n: 1 } },
    since: { t: "s", f: dateTimeFormat },
    createdAfter: { t: "s", f: dateTimeFormat },
    createdBefore: { t: "s", f: dateTimeFormat },
    maxResults: { t: "i", n: 1, x: 100 },
    pageToken: { t: "s" },
  },
  r: ["phoneNumberId", "participants", "maxResults"],
};
