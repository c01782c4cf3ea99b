// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { Rule } from "@openphone-sdk/core";

/** The spec's constraints on the params of {@link listPhoneNumbers}: core checks them before sending. */
export const listPhoneNumbersRules: Rule = {
  o: { userId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" } },
};
