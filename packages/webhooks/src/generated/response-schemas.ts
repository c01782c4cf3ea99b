// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { dateTimeFormat, uriFormat } from "@openphone-sdk/core/formats";
import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/**
 * The success-body schema of every Webhooks operation, for `validateResponses`:
 * `createClient({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
  createCallSummaryWebhook_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: {
          id: { t: "s", p: "^WH(.*)$", m: "must be a webhook id starting with WH" },
          userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
          orgId: { t: "s", p: "^OR(.*)$", m: "must be an organization id starting with OR" },
          label: { t: "sz" },
          status: { t: "s", e: ["enabled", "disabled"] },
          url: { t: "s", f: uriFormat },
          key: { t: "s" },
          createdAt: { t: "s", f: dateTimeFormat },
          updatedAt: { t: "s", f: dateTimeFormat },
          deletedAt: { t: "sz", f: dateTimeFormat },
          events: { t: "a", n: 1, i: { t: "s", e: ["call.summary.completed"] } },
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
        },
        r: [
          "id",
          "userId",
          "orgId",
          "label",
          "status",
          "url",
          "key",
          "createdAt",
          "updatedAt",
          "deletedAt",
          "events",
          "resourceIds",
        ],
      },
    },
    r: ["data"],
  },
  createCallTranscriptWebhook_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: {
          id: { t: "s", p: "^WH(.*)$", m: "must be a webhook id starting with WH" },
          userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
          orgId: { t: "s", p: "^OR(.*)$", m: "must be an organization id starting with OR" },
          label: { t: "sz" },
          status: { t: "s", e: ["enabled", "disabled"] },
          url: { t: "s", f: uriFormat },
          key: { t: "s" },
          createdAt: { t: "s", f: dateTimeFormat },
          updatedAt: { t: "s", f: dateTimeFormat },
          deletedAt: { t: "sz", f: dateTimeFormat },
          events: { t: "a", n: 1, i: { t: "s", e: ["call.transcript.completed"] } },
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
        },
        r: [
          "id",
          "userId",
          "orgId",
          "label",
          "status",
          "url",
          "key",
          "createdAt",
          "updatedAt",
          "deletedAt",
          "events",
          "resourceIds",
        ],
      },
    },
    r: ["data"],
  },
  createCallWebhook_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: {
          id: { t: "s", p: "^WH(.*)$", m: "must be a webhook id starting with WH" },
          userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
          orgId: { t: "s", p: "^OR(.*)$", m: "must be an organization id starting with OR" },
          label: { t: "sz" },
          status: { t: "s", e: ["enabled", "disabled"] },
          url: { t: "s", f: uriFormat },
          key: { t: "s" },
          createdAt: { t: "s", f: dateTimeFormat },
          updatedAt: { t: "s", f: dateTimeFormat },
          deletedAt: { t: "sz", f: dateTimeFormat },
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
        },
        r: [
          "id",
          "userId",
          "orgId",
          "label",
          "status",
          "url",
          "key",
          "createdAt",
          "updatedAt",
          "deletedAt",
          "events",
          "resourceIds",
        ],
      },
    },
    r: ["data"],
  },
  createMessageWebhook_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: {
          id: { t: "s", p: "^WH(.*)$", m: "must be a webhook id starting with WH" },
          userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
          orgId: { t: "s", p: "^OR(.*)$", m: "must be an organization id starting with OR" },
          label: { t: "sz" },
          status: { t: "s", e: ["enabled", "disabled"] },
          url: { t: "s", f: uriFormat },
          key: { t: "s" },
          createdAt: { t: "s", f: dateTimeFormat },
          updatedAt: { t: "s", f: dateTimeFormat },
          deletedAt: { t: "sz", f: dateTimeFormat },
          events: { t: "a", i: { t: "s", e: ["message.received", "message.delivered"] } },
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
        },
        r: [
          "id",
          "userId",
          "orgId",
          "label",
          "status",
          "url",
          "key",
          "createdAt",
          "updatedAt",
          "deletedAt",
          "events",
          "resourceIds",
        ],
      },
    },
    r: ["data"],
  },
  deleteWebhookById_v1: {},
  getWebhookById_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: {
          id: { t: "s", p: "^WH(.*)$", m: "must be a webhook id starting with WH" },
          userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
          orgId: { t: "s", p: "^OR(.*)$", m: "must be an organization id starting with OR" },
          label: { t: "sz" },
          status: { t: "s", e: ["enabled", "disabled"] },
          url: { t: "s", f: uriFormat },
          key: { t: "s" },
          createdAt: { t: "s", f: dateTimeFormat },
          updatedAt: { t: "s", f: dateTimeFormat },
          deletedAt: { t: "sz", f: dateTimeFormat },
          events: {
            a: [
              { t: "a", i: { t: "s", e: ["message.received", "message.delivered"] } },
              {
                t: "a",
                i: { t: "s", e: ["call.completed", "call.ringing", "call.recording.completed"] },
              },
              { t: "a", n: 1, i: { t: "s", e: ["call.summary.completed"] } },
              { t: "a", n: 1, i: { t: "s", e: ["call.transcript.completed"] } },
            ],
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
        },
        r: [
          "id",
          "userId",
          "orgId",
          "label",
          "status",
          "url",
          "key",
          "createdAt",
          "updatedAt",
          "deletedAt",
          "events",
          "resourceIds",
        ],
      },
    },
    r: ["data"],
  },
  listWebhooks_v1: {
    t: "o",
    o: {
      data: {
        t: "a",
        i: {
          t: "o",
          o: {
            id: { t: "s", p: "^WH(.*)$", m: "must be a webhook id starting with WH" },
            userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
            orgId: { t: "s", p: "^OR(.*)$", m: "must be an organization id starting with OR" },
            label: { t: "sz" },
            status: { t: "s", e: ["enabled", "disabled"] },
            url: { t: "s", f: uriFormat },
            key: { t: "s" },
            createdAt: { t: "s", f: dateTimeFormat },
            updatedAt: { t: "s", f: dateTimeFormat },
            deletedAt: { t: "sz", f: dateTimeFormat },
            events: {
              a: [
                { t: "a", i: { t: "s", e: ["message.received", "message.delivered"] } },
                {
                  t: "a",
                  i: { t: "s", e: ["call.completed", "call.ringing", "call.recording.completed"] },
                },
                { t: "a", n: 1, i: { t: "s", e: ["call.summary.completed"] } },
                { t: "a", n: 1, i: { t: "s", e: ["call.transcript.completed"] } },
              ],
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
          },
          r: [
            "id",
            "userId",
            "orgId",
            "label",
            "status",
            "url",
            "key",
            "createdAt",
            "updatedAt",
            "deletedAt",
            "events",
            "resourceIds",
          ],
        },
      },
    },
    r: ["data"],
  },
});
