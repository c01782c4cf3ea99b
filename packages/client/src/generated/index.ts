// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
export * from "@openphone-sdk/core";
export { OpenPhone } from "./client.js";
export type {
  CallsMethods,
  ContactCustomFieldsMethods,
  ContactsMethods,
  ConversationsMethods,
  MessagesMethods,
  PhoneNumbersMethods,
  WebhooksMethods,
} from "./client.js";
/**
 * Types of each resource package, e.g. `Messages.SendMessageParams`.
 */
export type * as Calls from "@openphone-sdk/calls";
export type * as ContactCustomFields from "@openphone-sdk/contact-custom-fields";
export type * as Contacts from "@openphone-sdk/contacts";
export type * as Conversations from "@openphone-sdk/conversations";
export type * as Messages from "@openphone-sdk/messages";
export type * as PhoneNumbers from "@openphone-sdk/phone-numbers";
export type * as Webhooks from "@openphone-sdk/webhooks";
