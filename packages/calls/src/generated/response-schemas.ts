// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { dateTimeFormat } from "@openphone-sdk/core/formats";
import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/**
 * The success-body schema of every Calls operation, for `validateResponses`:
 * `createClient({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
  getCallRecordings_v1: {
    t: "o",
    o: {
      data: {
        t: "a",
        i: {
          t: "o",
          o: {
            duration: { t: "iz" },
            id: { t: "s" },
            startTime: { t: "sz", f: dateTimeFormat },
            status: {
              t: "sz",
              e: [
                "absent",
                "completed",
                "deleted",
                "failed",
                "in-progress",
                "paused",
                "processing",
                "stopped",
                "stopping",
                null,
              ],
            },
            type: { t: "sz" },
            url: { t: "sz" },
          },
          r: ["duration", "id", "startTime", "status", "type", "url"],
        },
      },
    },
    r: ["data"],
  },
  getCallSummary_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: {
          callId: { t: "s" },
          nextSteps: { t: "az", i: { t: "s" } },
          status: { t: "s", e: ["absent", "in-progress", "completed", "failed"] },
          summary: { t: "az", i: { t: "s" } },
          jobs: {
            t: "az",
            i: {
              t: "o",
              o: {
                icon: { t: "s" },
                name: { t: "s" },
                result: {
                  t: "o",
                  o: {
                    data: {
                      t: "a",
                      i: { t: "o", o: { name: { t: "s" }, value: { t: "snb" } }, r: ["name", "value"] },
                    },
                  },
                  r: ["data"],
                },
              },
              r: ["icon", "name", "result"],
            },
          },
        },
        r: ["callId", "nextSteps", "status", "summary"],
      },
    },
    r: ["data"],
  },
  getCallTranscript_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: {
          callId: { t: "s" },
          createdAt: { t: "s", f: dateTimeFormat },
          dialogue: {
            t: "az",
            i: {
              t: "o",
              o: {
                content: { t: "s" },
                start: { t: "n" },
                end: { t: "n" },
                identifier: { t: "s" },
                userId: { t: "sz", p: "^US(.*)$", m: "must be a user id starting with US" },
              },
              r: ["content", "start", "end", "identifier", "userId"],
            },
          },
          duration: { t: "n" },
          status: { t: "s", e: ["absent", "in-progress", "completed", "failed"] },
        },
        r: ["callId", "createdAt", "dialogue", "duration", "status"],
      },
    },
    r: ["data"],
  },
  listCalls_v1: {
    t: "o",
    o: {
      data: {
        t: "a",
        i: {
          t: "o",
          o: {
            answeredAt: { t: "sz", f: dateTimeFormat },
            answeredBy: { t: "sz" },
            initiatedBy: { t: "sz" },
            direction: { t: "s", e: ["incoming", "outgoing"] },
            status: {
              t: "s",
              e: [
                "queued",
                "initiated",
                "ringing",
                "in-progress",
                "completed",
                "busy",
                "failed",
                "no-answer",
                "canceled",
                "missed",
                "answered",
                "forwarded",
                "abandoned",
              ],
            },
            completedAt: { t: "sz", f: dateTimeFormat },
            createdAt: { t: "s", f: dateTimeFormat },
            duration: { t: "i" },
            forwardedFrom: {
              t: "sz",
              p: "^\\+[1-9]\\d{1,14}$|^US(.*)$",
              m: "must be an E.164 number like +15555555555 or a user id starting with US",
            },
            forwardedTo: {
              t: "sz",
              p: "^\\+[1-9]\\d{1,14}$|^US(.*)$",
              m: "must be an E.164 number like +15555555555 or a user id starting with US",
            },
            id: { t: "s", p: "^AC(.*)$", m: "must be a call or message id starting with AC" },
            phoneNumberId: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" },
            participants: {
              t: "a",
              x: 2,
              i: {
                t: "s",
                p: "^\\+[1-9]\\d{1,14}$",
                m: "must be an E.164 number like +15555555555",
              },
            },
            updatedAt: { t: "sz", f: dateTimeFormat },
            userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
          },
          r: [
            "answeredAt",
            "answeredBy",
            "initiatedBy",
            "direction",
            "status",
            "completedAt",
            "createdAt",
            "duration",
            "forwardedFrom",
            "forwardedTo",
            "id",
            "phoneNumberId",
            "participants",
            "updatedAt",
            "userId",
          ],
        },
      },
      totalItems: { t: "i" },
      nextPageToken: { t: "sz" },
    },
    r: ["data", "totalItems", "nextPageToken"],
  },
});
