// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { uriFormat } from "@openphone-sdk/core/formats";
import type { Rule } from "@openphone-sdk/core";

/** The spec's constraints on the params of {@link createCallSummaryWebhook}: core checks them before sending. */
export const createCallSummaryWebhookRules: Rule = {
  o: {
    events: { t: "a", n: 1, i: { t: "s", e: ["call.summary.completed"] } },
    label: { t: "s" },
    resourceIds: {
      a: [
        {
          t: "a",
          i: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
        },
        { t: "a", i: { t: "s", e: ["*"] } },
      ],
      m: "must be an array of phone number ids starting with PN, or an array of \"*\"",
    },
    status: { t: "s", e: ["enabled", "disabled"] },
    url: { t: "s", f: uriFormat },
    userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
  },
  r: ["events", "url"],
};

/** The spec's constraints on the params of {@link createCallTranscriptWebhook}: core checks them before sending. */
export const createCallTranscriptWebhookRules: Rule = {
  o: {
    events: { t: "a", n: 1, i: { t: "s", e: ["call.transcript.completed"] } },
    label: { t: "s" },
    resourceIds: {
      a: [
        {
          t: "a",
          i: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
        },
        { t: "a", i: { t: "s", e: ["*"] } },
      ],
      m: "must be an array of phone number ids starting with PN, or an array of \"*\"",
    },
    status: { t: "s", e: ["enabled", "disabled"] },
    url: { t: "s", f: uriFormat },
    userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
  },
  r: ["events", "url"],
};

/** The spec's constraints on the params of {@link createCallWebhook}: core checks them before sending. */
export const createCallWebhookRules: Rule = {
  o: {
    url: { t: "s", f: uriFormat },
    events: {
      t: "a",
      i: { t: "s", e: ["call.completed", "call.ringing", "call.recording.completed"] },
    },
    resourceIds: {
      a: [
        {
          t: "a",
          i: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
        },
        { t: "a", i: { t: "s", e: ["*"] } },
      ],
      m: "must be an array of phone number ids starting with PN, or an array of \"*\"",
    },
    userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
    label: { t: "s" },
    status: { t: "s", e: ["enabled", "disabled"] },
  },
  r: ["url", "events"],
};

/** The spec's constraints on the params of {@link createMessageWebhook}: core checks them before sending. */
export const createMessageWebhookRules: Rule = {
  o: {
    events: { t: "a", i: { t: "s", e: ["message.received", "message.delivered"] } },
    label: { t: "s" },
    resourceIds: {
      a: [
        {
          t: "a",
          i: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
        },
        { t: "a", i: { t: "s", e: ["*"] } },
      ],
      m: "must be an array of phone number ids starting with PN, or an array of \"*\"",
    },
    status: { t: "s", e: ["enabled", "disabled"] },
    url: { t: "s", f: uriFormat },
    userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
  },
  r: ["events", "url"],
};

/** The spec's constraints on the params of {@link deleteWebhookById}: core checks them before sending. */
export const deleteWebhookByIdRules: Rule = {
  o: { id: { t: "s", p: "^WH(.*)$", m: "must be a webhook id starting with WH" } },
  r: ["id"],
};

/** The spec's constraints on the params of {@link getWebhookById}: core checks them before sending. */
export const getWebhookByIdRules: Rule = {
  o: { id: { t: "s", p: "^WH(.*)$", m: "must be a webhook id starting with WH" } },
  r: ["id"],
};

/** The spec's constraints on the params of {@link listWebhooks}: core checks them before sending. */
export const listWebhooksRules: Rule = {
  o: { userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" } },
};
