// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { uriFormat } from "@openphone-sdk/core/formats";
import type { Rule } from "@openphone-sdk/core";

/** The spec's constraints on the params of {@link createContact}: core checks them before sending. */
export const createContactRules: Rule = {
  o: {
    defaultFields: {
      t: "o",
      o: {
        company: { t: "sz" },
        emails: {
          t: "a",
          i: { t: "o", o: { name: { t: "s" }, value: { t: "sz" } }, r: ["name", "value"] },
        },
        firstName: { t: "sz" },
        lastName: { t: "sz" },
        phoneNumbers: {
          t: "a",
          i: { t: "o", o: { name: { t: "s" }, value: { t: "sz" } }, r: ["name", "value"] },
        },
        role: { t: "sz" },
      },
      r: ["firstName"],
    },
    customFields: {
      t: "a",
      i: {
        t: "o",
        o: { key: { t: "s" }, value: { t: "snbaz", i: { t: "s" } } },
        r: ["value"],
      },
    },
    createdByUserId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
    source: { t: "s", n: 1, x: 72 },
    sourceUrl: { t: "s", f: uriFormat, n: 1, x: 200 },
    externalId: { t: "sz", n: 1, x: 75 },
  },
  r: ["defaultFields"],
};

/** The spec's constraints on the params of {@link deleteContact}: core checks them before sending. */
export const deleteContactRules: Rule = { o: { id: { t: "s" } }, r: ["id"] };

/** The spec's constraints on the params of {@link getContactById}: core checks them before sending. */
export const getContactByIdRules: Rule = { o: { id: { t: "s" } }, r: ["id"] };

/** The spec's constraints on the params of {@link listContacts}: core checks them before sending. */
export const listContactsRules: Rule = {
  o: {
    externalIds: { t: "a", i: { t: "s", n: 1, x: 75 } },
    sources: { t: "a", i: { t: "s", n: 1, x: 75 } },
    maxResults: { t: "i", n: 1, x: 50 },
    pageToken: { t: "s" },
  },
  r: ["externalIds", "maxResults"],
};

/** The spec's constraints on the params of {@link updateContactById}: core checks them before sending. */
export const updateContactByIdRules: Rule = {
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
    },
    customFields: {
      t: "a",
      i: {
        t: "o",
        o: { key: { t: "s" }, id: { t: "s" }, value: { t: "snbaz", i: { t: "s" } } },
        r: ["value"],
      },
    },
  },
  r: ["id"],
};
