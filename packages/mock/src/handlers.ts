/**
 * The operations the mock answers itself, by operationId: every list (paged from fixtures or from the
 * key's remembered data) and the contact and webhook operations (remembered per key). Each handler runs
 * after Prism has accepted the request, so parameters already have the spec's types and limits; handlers
 * only check what the spec cannot say (an unknown custom field key, a duplicate externalId, a page token).
 */
import { randomBytes } from "node:crypto";
import type { ErrorItem } from "./error-bodies.js";
import {
  type Contact,
  CUSTOM_FIELDS,
  type CustomFieldDefinition,
  calls,
  conversations,
  customFieldDefinitions,
  customFieldValue,
  type DateFilters,
  messages,
  ORG_ID,
  OWNER_ID,
  phoneNumbers,
  type Webhook,
  type WebhookEvents,
} from "./fixtures.js";
import { indexed, PageTokenError, type Positioned, pageOf } from "./paging.js";
import type { SpecOperation } from "./spec.js";
import type { Account } from "./state.js";

export interface HandlerContext {
  operation: SpecOperation;
  pathParams: Map<string, string>;
  query: URLSearchParams;
  /** The request's JSON body (Prism has checked it against the spec). */
  body: unknown;
  account: () => Account;
  /** How many items each generated list holds before filters (the `listSize` option). */
  listSize: number;
}

export type HandlerResult =
  | { status: number; body?: unknown }
  | { status: number; error: { message: string; errors?: ErrorItem[] } };

type Handler = (context: HandlerContext) => HandlerResult;

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

/** An own property only: `__proto__` or `constructor` in a body is data, never the prototype. */
function own(object: Json, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function has(object: Json, key: string): boolean {
  return Object.hasOwn(object, key);
}

function time(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The date filters; the deprecated `since` "behaves as createdBefore" (the spec's words). */
function dateFilters(query: URLSearchParams): DateFilters {
  return {
    createdAfter: time(query, "createdAfter"),
    createdBefore: time(query, "createdBefore") ?? time(query, "since"),
    updatedAfter: time(query, "updatedAfter"),
    updatedBefore: time(query, "updatedBefore"),
  };
}

function paged<T>(context: HandlerContext, items: Positioned<T>[]): HandlerResult {
  try {
    return { status: 200, body: pageOf(context.operation, items, context.query) };
  } catch (error) {
    if (!(error instanceof PageTokenError)) throw error;
    const token = context.query.get("pageToken") ?? "";
    return {
      status: 400,
      error: {
        message: "Invalid pageToken",
        errors: [
          {
            path: "pageToken",
            message: error.message,
            value: token.length > 120 ? `${token.slice(0, 120)}…` : token,
            schema: { type: "string" },
          },
        ],
      },
    };
  }
}

function quote(value: string): string {
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}

function notFound(what: string, id: string): HandlerResult {
  return { status: 404, error: { message: `${what} ${quote(id)} not found` } };
}

function now(): string {
  return new Date().toISOString();
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function customFieldError(path: string, message: string, value: unknown, type = "string"): HandlerResult {
  const shown = typeof value === "string" && value.length > 120 ? `${value.slice(0, 120)}…` : value;
  const item: ErrorItem = { path, message, schema: { type } };
  if (shown !== undefined && (typeof shown !== "object" || shown === null)) item.value = shown;
  return { status: 400, error: { message: "Invalid custom field item", errors: [item] } };
}

/** A custom field value checked against its field's type; dates come back in ISO form. */
function checkValue(definition: CustomFieldDefinition, value: unknown): { value: unknown } | { expected: string } {
  if (value === null) return { value: null };
  switch (definition.type) {
    case "multi-select":
      return Array.isArray(value) && value.every((v) => typeof v === "string")
        ? { value: [...value] }
        : { expected: "an array of strings" };
    case "boolean":
      return typeof value === "boolean" ? { value } : { expected: "true or false" };
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? { value } : { expected: "a number" };
    case "date":
      return typeof value === "string" && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? { value: new Date(value).toISOString() }
        : { expected: "an ISO 8601 date-time" };
    default:
      return typeof value === "string" ? { value } : { expected: "a string" };
  }
}

/** The request's `customFields` merged into `existing` (by field), or the 400 for an unknown field or a wrong value. */
function mergeCustomFields(
  raw: unknown,
  existing: Contact["customFields"],
): { fields: Contact["customFields"] } | { error: HandlerResult } {
  const fields = [...existing];
  const list = Array.isArray(raw) ? raw : [];
  for (let i = 0; i < list.length; i++) {
    const entry = record(list[i]);
    const key = own(entry, "key");
    const id = own(entry, "id");
    const definition = CUSTOM_FIELDS.find((f) =>
      typeof key === "string" ? f.key === key : typeof id === "string" && f.id === id,
    );
    if (!definition) {
      const known = CUSTOM_FIELDS.map((f) => f.key).join(", ");
      if (typeof key === "string") {
        return {
          error: customFieldError(`customFields[${i}].key`, `is not a custom field of this workspace (${known})`, key),
        };
      }
      if (typeof id === "string") {
        return { error: customFieldError(`customFields[${i}].id`, `is not a custom field of this workspace`, id) };
      }
      return {
        error: customFieldError(`customFields[${i}]`, `needs the custom field's key (${known})`, undefined, "object"),
      };
    }
    const checked = checkValue(definition, own(entry, "value"));
    if ("expected" in checked) {
      return {
        error: customFieldError(
          `customFields[${i}].value`,
          `must be ${checked.expected} for the ${definition.type} field "${definition.key}"`,
          own(entry, "value"),
          definition.type === "multi-select" ? "array" : definition.type === "date" ? "string" : definition.type,
        ),
      };
    }
    const index = fields.findIndex((f) => f.id === definition.id);
    const value = customFieldValue(definition, checked.value);
    if (index === -1) fields.push(value);
    else fields[index] = value;
  }
  return { fields };
}

type Labeled = { name: string; value: string | null; id?: string };

function labeled(raw: unknown, previous: Labeled[]): Labeled[] {
  if (!Array.isArray(raw)) return previous;
  return raw.map((item) => {
    const entry = record(item);
    const id = own(entry, "id");
    const value = own(entry, "value");
    return {
      name: String(own(entry, "name") ?? ""),
      value: typeof value === "string" ? value : null,
      id: typeof id === "string" && id ? id : randomBytes(12).toString("hex"),
    };
  });
}

function nullableString(value: unknown, fallback: string | null): string | null {
  if (value === null) return null;
  return typeof value === "string" ? value : fallback;
}

function conflictOnExternalId(account: Account, externalId: string | null, self?: string): boolean {
  if (externalId === null) return false;
  for (const { contact } of account.contacts.values()) {
    if (contact.externalId === externalId && contact.id !== self) return true;
  }
  return false;
}

const createContact: Handler = (context) => {
  const body = record(context.body);
  const account = context.account();
  const defaults = record(own(body, "defaultFields"));
  const custom = mergeCustomFields(own(body, "customFields"), []);
  if ("error" in custom) return custom.error;
  const externalId = nullableString(own(body, "externalId"), null);
  // Observed on the live API: a second contact with the same externalId is refused (409, this message).
  if (conflictOnExternalId(account, externalId)) return { status: 409, error: { message: "Failed to create contact" } };
  const createdAt = now();
  const createdBy = own(body, "createdByUserId");
  const contact: Contact = {
    id: randomBytes(12).toString("hex"),
    externalId,
    source: nullableString(own(body, "source"), "public-api"),
    sourceUrl: nullableString(own(body, "sourceUrl"), null),
    defaultFields: {
      company: nullableString(own(defaults, "company"), null),
      emails: labeled(own(defaults, "emails"), []),
      firstName: nullableString(own(defaults, "firstName"), null),
      lastName: nullableString(own(defaults, "lastName"), null),
      phoneNumbers: labeled(own(defaults, "phoneNumbers"), []),
      role: nullableString(own(defaults, "role"), null),
    },
    customFields: custom.fields,
    createdAt,
    updatedAt: createdAt,
    createdByUserId: typeof createdBy === "string" ? createdBy : OWNER_ID,
  };
  account.addContact(contact);
  return { status: 201, body: { data: contact } };
};

const getContact: Handler = (context) => {
  const id = context.pathParams.get("id") ?? "";
  const stored = context.account().contacts.get(id);
  return stored ? { status: 200, body: { data: stored.contact } } : notFound("Contact", id);
};

const updateContact: Handler = (context) => {
  const id = context.pathParams.get("id") ?? "";
  const account = context.account();
  const stored = account.contacts.get(id);
  if (!stored) return notFound("Contact", id);
  const body = record(context.body);
  const current = stored.contact;
  const custom = mergeCustomFields(own(body, "customFields"), current.customFields);
  if ("error" in custom) return custom.error;
  const externalId = has(body, "externalId")
    ? nullableString(own(body, "externalId"), current.externalId)
    : current.externalId;
  if (conflictOnExternalId(account, externalId, id))
    return { status: 409, error: { message: "Failed to update contact" } };
  const defaults = record(own(body, "defaultFields"));
  const pick = (key: "company" | "firstName" | "lastName" | "role") =>
    has(defaults, key) ? nullableString(own(defaults, key), current.defaultFields[key]) : current.defaultFields[key];
  const updated: Contact = {
    ...current,
    externalId,
    source: has(body, "source") ? nullableString(own(body, "source"), current.source) : current.source,
    sourceUrl: has(body, "sourceUrl") ? nullableString(own(body, "sourceUrl"), current.sourceUrl) : current.sourceUrl,
    defaultFields: {
      company: pick("company"),
      emails: labeled(own(defaults, "emails"), current.defaultFields.emails),
      firstName: pick("firstName"),
      lastName: pick("lastName"),
      phoneNumbers: labeled(own(defaults, "phoneNumbers"), current.defaultFields.phoneNumbers),
      role: pick("role"),
    },
    customFields: custom.fields,
    updatedAt: now(),
  };
  stored.contact = updated;
  return { status: 200, body: { data: updated } };
};

const deleteContact: Handler = (context) => {
  const id = context.pathParams.get("id") ?? "";
  return context.account().contacts.delete(id) ? { status: 204 } : notFound("Contact", id);
};

const listContacts: Handler = (context) => {
  // externalIds is required by the spec: the API lists the contacts with those externalIds only.
  const externalIds = new Set(context.query.getAll("externalIds"));
  const sources = new Set(context.query.getAll("sources"));
  const items: Positioned<Contact>[] = [];
  for (const { seq, contact } of context.account().contacts.values()) {
    if (contact.externalId === null || !externalIds.has(contact.externalId)) continue;
    if (sources.size && (contact.source === null || !sources.has(contact.source))) continue;
    items.push({ position: seq, value: contact });
  }
  return paged(context, items);
};

const WEBHOOK_EVENTS: Record<string, WebhookEvents[]> = {
  createMessageWebhook_v1: ["message.received", "message.delivered"],
  createCallWebhook_v1: ["call.completed", "call.ringing", "call.recording.completed"],
  createCallSummaryWebhook_v1: ["call.summary.completed"],
  createCallTranscriptWebhook_v1: ["call.transcript.completed"],
};

const createWebhook: Handler = (context) => {
  const body = record(context.body);
  const allowed = WEBHOOK_EVENTS[context.operation.id] ?? [];
  const events = (Array.isArray(own(body, "events")) ? (own(body, "events") as unknown[]) : []).filter(
    (event): event is WebhookEvents => allowed.includes(event as WebhookEvents),
  );
  const resourceIds = own(body, "resourceIds");
  const label = own(body, "label");
  const userId = own(body, "userId");
  const createdAt = now();
  const id = `WH${randomBytes(11).toString("hex")}`;
  const webhook: Webhook = {
    id,
    userId: typeof userId === "string" ? userId : OWNER_ID,
    orgId: ORG_ID,
    label: typeof label === "string" ? label : null,
    status: own(body, "status") === "disabled" ? "disabled" : "enabled",
    url: String(own(body, "url") ?? ""),
    key: randomBytes(32).toString("base64"),
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    events: [...new Set(events)],
    resourceIds:
      Array.isArray(resourceIds) && resourceIds.length && resourceIds.every((r) => typeof r === "string")
        ? [...resourceIds]
        : ["*"],
  };
  context.account().addWebhook(webhook);
  return { status: 201, body: { data: webhook } };
};

const getWebhook: Handler = (context) => {
  const id = context.pathParams.get("id") ?? "";
  const stored = context.account().webhooks.get(id);
  return stored ? { status: 200, body: { data: stored.webhook } } : notFound("Webhook", id);
};

const deleteWebhook: Handler = (context) => {
  const id = context.pathParams.get("id") ?? "";
  return context.account().webhooks.delete(id) ? { status: 204 } : notFound("Webhook", id);
};

const listWebhooks: Handler = (context) => {
  const userId = context.query.get("userId");
  const data = [...context.account().webhooks.values()]
    .map((stored) => stored.webhook)
    .filter((webhook) => userId === null || webhook.userId === userId);
  return { status: 200, body: { data } };
};

export const handlers: Record<string, Handler> = {
  listCalls_v1: (context) =>
    paged(
      context,
      indexed(
        calls(
          {
            phoneNumberId: context.query.get("phoneNumberId") ?? "",
            participants: context.query.getAll("participants"),
            userId: context.query.get("userId") ?? undefined,
            ...dateFilters(context.query),
          },
          context.listSize,
        ),
      ),
    ),
  listMessages_v1: (context) =>
    paged(
      context,
      indexed(
        messages(
          {
            phoneNumberId: context.query.get("phoneNumberId") ?? "",
            participants: context.query.getAll("participants"),
            userId: context.query.get("userId") ?? undefined,
            ...dateFilters(context.query),
          },
          context.listSize,
        ),
      ),
    ),
  listConversations_v1: (context) => {
    const list = context.query.getAll("phoneNumbers");
    const single = context.query.get("phoneNumber");
    // "If both `phoneNumber` and `phoneNumbers` are provided, `phoneNumbers` will be used." (the spec)
    const numbers = list.length ? list : single ? [single] : [];
    return paged(
      context,
      indexed(
        conversations(
          {
            phoneNumbers: numbers,
            userId: context.query.get("userId") ?? undefined,
            excludeInactive: context.query.get("excludeInactive") === "true",
            ...dateFilters(context.query),
          },
          context.listSize,
        ),
      ),
    );
  },
  listPhoneNumbers_v1: (context) => ({
    status: 200,
    body: { data: phoneNumbers(context.query.get("userId") ?? undefined) },
  }),
  getContactCustomFields_v1: () => ({ status: 200, body: { data: customFieldDefinitions() } }),
  createContact_v1: createContact,
  listContacts_v1: listContacts,
  getContactById_v1: getContact,
  updateContactById_v1: updateContact,
  deleteContact_v1: deleteContact,
  listWebhooks_v1: listWebhooks,
  getWebhookById_v1: getWebhook,
  deleteWebhookById_v1: deleteWebhook,
  createMessageWebhook_v1: createWebhook,
  createCallWebhook_v1: createWebhook,
  createCallSummaryWebhook_v1: createWebhook,
  createCallTranscriptWebhook_v1: createWebhook,
};
