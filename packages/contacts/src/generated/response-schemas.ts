// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { dateTimeFormat, uriFormat } from "@openphone-sdk/core/formats";
import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/** The success body of createContact_v1, getContactById_v1. */
const createContactBody = {
  t: "o",
  o: {
    data: {
      t: "o",
      o: {
        id: { t: "s" },
        externalId: { t: "sz", n: 1, x: 75 },
        source: { t: "sz", n: 1, x: 75 },
        sourceUrl: { t: "sz", f: uriFormat, n: 1, x: 200 },
        defaultFields: {
          t: "o",
          o: {
            company: { t: "sz" },
            emails: {
              t: "a",
              i: {
                t: "o",
                o: { name: { t: "s" }, value: { t: "sz" }, id: { t: "s" } },
                r: ["name", "value"],
              },
            },
            firstName: { t: "sz" },
            lastName: { t: "sz" },
            phoneNumbers: {
              t: "a",
              i: {
                t: "o",
                o: { name: { t: "s" }, value: { t: "sz" }, id: { t: "s" } },
                r: ["name", "value"],
              },
            },
            role: { t: "sz" },
          },
          r: ["company", "emails", "firstName", "lastName", "phoneNumbers", "role"],
        },
        customFields: {
          t: "a",
          i: {
            t: "o",
            o: { name: { t: "s" }, key: { t: "s" }, id: { t: "s" } },
            r: ["name"],
            a: [
              {
                t: "o",
                o: { type: { t: "s", e: ["multi-select"] }, value: { t: "az", i: { t: "s" } } },
                r: ["type", "value"],
              },
              {
                t: "o",
                o: { type: { t: "s", e: ["address", "string", "url"] }, value: { t: "sz" } },
                r: ["type", "value"],
              },
              {
                t: "o",
                o: { type: { t: "s", e: ["boolean"] }, value: { t: "bz" } },
                r: ["type", "value"],
              },
              {
                t: "o",
                o: { type: { t: "s", e: ["date"] }, value: { t: "sz", f: dateTimeFormat } },
                r: ["type", "value"],
              },
              {
                t: "o",
                o: { type: { t: "s", e: ["number"] }, value: { t: "nz" } },
                r: ["type", "value"],
              },
            ],
          },
        },
        createdAt: { t: "s", f: dateTimeFormat },
        updatedAt: { t: "s", f: dateTimeFormat },
        createdByUserId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
      },
      r: [
        "id",
        "externalId",
        "source",
        "sourceUrl",
        "defaultFields",
        "customFields",
        "createdAt",
        "updatedAt",
        "createdByUserId",
      ],
    },
  },
  r: ["data"],
};

/**
 * The success-body schema of every Contacts operation, for `validateResponses`:
 * `createClient({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
  createContact_v1: createContactBody,
  deleteContact_v1: {},
  getContactById_v1: createContactBody,
  listContacts_v1: {
    t: "o",
    o: {
      data: {
        t: "a",
        i: {
          t: "o",
          o: {
            id: { t: "s" },
            externalId: { t: "sz", n: 1, x: 75 },
            source: { t: "sz", n: 1, x: 75 },
            sourceUrl: { t: "sz", f: uriFormat, n: 1, x: 200 },
            defaultFields: {
              t: "o",
              o: {
                company: { t: "sz" },
                emails: {
                  t: "a",
                  i: {
                    t: "o",
                    o: { name: { t: "s" }, value: { t: "sz" }, id: { t: "s" } },
                    r: ["name", "value"],
                  },
                },
                firstName: { t: "sz" },
                lastName: { t: "sz" },
                phoneNumbers: {
                  t: "a",
                  i: {
                    t: "o",
                    o: { name: { t: "s" }, value: { t: "sz" }, id: { t: "s" } },
                    r: ["name", "value"],
                  },
                },
                role: { t: "sz" },
              },
              r: ["company", "emails", "firstName", "lastName", "phoneNumbers", "role"],
            },
            customFields: {
              t: "a",
              i: {
                t: "o",
                o: { name: { t: "s" }, key: { t: "s" }, id: { t: "s" } },
                r: ["name"],
                a: [
                  {
                    t: "o",
                    o: { type: { t: "s", e: ["multi-select"] }, value: { t: "az", i: { t: "s" } } },
                    r: ["type", "value"],
                  },
                  {
                    t: "o",
                    o: { type: { t: "s", e: ["address", "string", "url"] }, value: { t: "sz" } },
                    r: ["type", "value"],
                  },
                  {
                    t: "o",
                    o: { type: { t: "s", e: ["boolean"] }, value: { t: "bz" } },
                    r: ["type", "value"],
                  },
                  {
                    t: "o",
                    o: { type: { t: "s", e: ["date"] }, value: { t: "sz", f: dateTimeFormat } },
                    r: ["type", "value"],
                  },
                  {
                    t: "o",
                    o: { type: { t: "s", e: ["number"] }, value: { t: "nz" } },
                    r: ["type", "value"],
                  },
                ],
              },
            },
            createdAt: { t: "s", f: dateTimeFormat },
            updatedAt: { t: "s", f: dateTimeFormat },
            createdByUserId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
          },
          r: [
            "id",
            "externalId",
            "source",
            "sourceUrl",
            "defaultFields",
            "customFields",
            "createdAt",
            "updatedAt",
            "createdByUserId",
          ],
        },
      },
      totalItems: { t: "i" },
      nextPageToken: { t: "sz" },
    },
    r: ["data", "totalItems", "nextPageToken"],
  },
  updateContactById_v1: {
    t: "o",
    o: {
      data: {
        t: "o",
        o: {
          id: { t: "s" },
          externalId: { t: "sz", n: 1, x: 75 },
          source: { t: "sz", n: 1, x: 75 },
          sourceUrl: { t: "sz", f: uriFormat, n: 1, x: 200 },
          defaultFields: {
            t: "o",
            o: {
              company: { t: "sz" },
              emails: {
                t: "a",
                i: {
                  t: "o",
                  o: { name: { t: "s" }, value: { t: "sz" }, id: { t: "s" } },
                  r: ["name", "value"],
                },
              },
              firstName: { t: "sz" },
              lastName: { t: "sz" },
              phoneNumbers: {
                t: "a",
                i: {
                  t: "o",
                  o: { name: { t: "s" }, value: { t: "sz" }, id: { t: "s" } },
                  r: ["name", "value"],
                },
              },
              role: { t: "sz" },
            },
            r: ["company", "emails", "firstName", "lastName", "phoneNumbers", "role"],
          },
          customFields: {
            t: "a",
            i: {
              t: "o",
              o: { name: { t: "s" }, key: { t: "s" } },
              r: ["name"],
              a: [
                {
                  t: "o",
                  o: { type: { t: "s", e: ["multi-select"] }, value: { t: "az", i: { t: "s" } } },
                  r: ["type", "value"],
                },
                {
                  t: "o",
                  o: { type: { t: "s", e: ["address", "string", "url"] }, value: { t: "sz" } },
                  r: ["type", "value"],
                },
                {
                  t: "o",
                  o: { type: { t: "s", e: ["boolean"] }, value: { t: "bz" } },
                  r: ["type", "value"],
                },
                {
                  t: "o",
                  o: { type: { t: "s", e: ["date"] }, value: { t: "sz", f: dateTimeFormat } },
                  r: ["type", "value"],
                },
                {
                  t: "o",
                  o: { type: { t: "s", e: ["number"] }, value: { t: "nz" } },
                  r: ["type", "value"],
                },
              ],
            },
          },
          createdAt: { t: "s", f: dateTimeFormat },
          updatedAt: { t: "s", f: dateTimeFormat },
          createdByUserId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
        },
        r: [
          "id",
          "externalId",
          "source",
          "sourceUrl",
          "defaultFields",
          "customFields",
          "createdAt",
          "updatedAt",
          "createdByUserId",
        ],
      },
    },
    r: ["data"],
  },
});
