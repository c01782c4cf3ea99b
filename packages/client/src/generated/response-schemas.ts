// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { combineResponseSchemas } from "@openphone-sdk/core/validate-responses";
import { responseSchemas as calls } from "@openphone-sdk/calls/response-schemas";
import { responseSchemas as contactCustomFields } from "@openphone-sdk/contact-custom-fields/response-schemas";
import { responseSchemas as contacts } from "@openphone-sdk/contacts/response-schemas";
import { responseSchemas as conversations } from "@openphone-sdk/conversations/response-schemas";
import { responseSchemas as messages } from "@openphone-sdk/messages/response-schemas";
import { responseSchemas as phoneNumbers } from "@openphone-sdk/phone-numbers/response-schemas";
import { responseSchemas as webhooks } from "@openphone-sdk/webhooks/response-schemas";

export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";

/**
 * The success-body schemas of every operation, for `validateResponses`:
 * `new OpenPhone({ validateResponses: "warn", responseSchemas })`.
 */
export const responseSchemas = /* @__PURE__ */ combineResponseSchemas(
  calls,
  contactCustomFields,
  contacts,
  conversations,
  messages,
  phoneNumbers,
  webhooks,
);
