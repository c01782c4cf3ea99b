// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { dateTimeFormat } from "@openphone-sdk/core/formats";
import type { Rule } from "@openphone-sdk/core";

/** The spec's constraints on the params of {@link createWidget}: core checks them before sending. */
export const createWidgetRules: Rule = {
  o: {
    name: { t: "s", n: 1 },
    ownerId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
    legacyId: { t: "s" },
  },
  r: ["name", "ownerId"],
};

/** The spec's constraints on the params of {@link deleteWidget}: core checks them before sending. */
export const deleteWidgetRules: Rule = { o: { id: { t: "s" } }, r: ["id"] };

/** The spec's constraints on the params of {@link listWidgets}: core checks them before sending. */
export const listWidgetsRules: Rule = {
  o: {
    maxResults: { t: "i", n: 1, x: 50 },
    color: { t: "a", i: { t: "s", e: ["red", "blue"] } },
    since: { t: "s", f: dateTimeFormat },
    pageToken: { t: "s" },
  },
  r: ["maxResults"],
};

/** The spec's constraints on the params of {@link updateWidget}: core checks them before sending. */
export const updateWidgetRules: Rule = {
  o: {
    id: { t: "s", p: "^WG(.*)$", m: "must be an id starting with WG" },
    name: { t: "s" },
  },
  r: ["id"],
};
