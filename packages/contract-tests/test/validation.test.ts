/**
 * Validation through the public API of the generated packages: bad params are refused with every problem
 * named, before anything reaches the network; the spec's own examples pass (where they do not break the
 * spec); and `validateResponses` catches a response that drifted from the spec.
 */

import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as calls from "@openphone-sdk/calls";
import {
  BadRequestError,
  OpenPhone,
  type OpenPhoneClient,
  type OperationSpec,
  ValidationError as UmbrellaValidationError,
} from "@openphone-sdk/client";
import { responseSchemas as allResponseSchemas, ResponseValidationError } from "@openphone-sdk/client/response-schemas";
import * as contactCustomFields from "@openphone-sdk/contact-custom-fields";
import * as contacts from "@openphone-sdk/contacts";
import * as conversations from "@openphone-sdk/conversations";
import { createClient, ValidationError } from "@openphone-sdk/core";
import { validateParams } from "@openphone-sdk/core/internal";
import * as messages from "@openphone-sdk/messages";
import { responseSchemas as messagesResponseSchemas } from "@openphone-sdk/messages/response-schemas";
import * as phoneNumbers from "@openphone-sdk/phone-numbers";
import * as webhooks from "@openphone-sdk/webhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";

type Operation = (client: OpenPhoneClient, params?: Record<string, unknown>, options?: object) => Promise<unknown>;

/** Every operation's function and request table, by operationId. */
const operations = new Map<string, { fn: Operation; spec: OperationSpec }>();
for (const mod of [calls, contactCustomFields, contacts, conversations, messages, phoneNumbers, webhooks]) {
  for (const [key, value] of Object.entries(mod)) {
    if (!key.endsWith("Operation")) continue;
    const fn = (mod as Record<string, unknown>)[key.slice(0, -"Operation".length)] as Operation;
    operations.set((value as OperationSpec).id, { fn, spec: value as OperationSpec });
  }
}

/** A local API that counts every request reaching it and answers each with a 400 fault. */
let server: Server;
let faultUrl = "";
let received = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    received++;
    req.resume();
    res.writeHead(400, { "content-type": "application/json" });
    res.end(JSON.stringify({ message: "fault server: nothing should reach me", code: "fault" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  faultUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = 0;
});

const long = (n: number) => "x".repeat(n);
/** How a long string shows in a message: cut to 40 characters. */
const shown = `"${"x".repeat(38)}…`;
const contact = { firstName: "Jane" };
const hook = { url: "https://example.com/hooks" };

/** [operationId, params, every expected `path: message`]. */
const badInputs: [string, Record<string, unknown>, string[]][] = [
  // type
  ["sendMessage_v1", { content: 42, from: "PN123abc", to: ["+15555555555"] }, ["content: 42 must be a string"]],
  [
    "listCalls_v1",
    { phoneNumberId: "PN123abc", participants: "+15555555555", maxResults: 10 },
    ['participants: "+15555555555" must be an array'],
  ],
  ["listConversations_v1", { maxResults: 10, excludeInactive: "yes" }, ['excludeInactive: "yes" must be a boolean']],
  ["getMessageById_v1", { id: 123 }, ["id: 123 must be a string"]],
  [
    "listCalls_v1",
    { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10.5 },
    ["maxResults: 10.5 must be an integer"],
  ],
  // required
  ["sendMessage_v1", {}, ["content: is required", "from: is required", "to: is required"]],
  ["createContact_v1", { defaultFields: {} }, ["defaultFields.firstName: is required"]],
  ["listContacts_v1", { externalIds: ["a"] }, ["maxResults: is required"]],
  // enum and const
  [
    "sendMessage_v1",
    { content: "Hi", from: "PN123abc", to: ["+15555555555"], setInboxStatus: "archived" },
    ['setInboxStatus: "archived" must be "done"'],
  ],
  [
    "createMessageWebhook_v1",
    { ...hook, events: ["message.sent"] },
    ['events[0]: "message.sent" must be "message.received" or "message.delivered"'],
  ],
  [
    "createCallTranscriptWebhook_v1",
    { ...hook, events: ["call.transcript.completed"], status: "paused" },
    ['status: "paused" must be "enabled" or "disabled"'],
  ],
  // pattern: E.164, id prefixes, formats, non-blank
  [
    "sendMessage_v1",
    { content: "Hi", from: "PN123abc", to: ["5555550199"] },
    ['to[0]: "5555550199" must be an E.164 number like +15555555555'],
  ],
  [
    "sendMessage_v1",
    { content: "Hi", from: "5555550100", to: ["+15555555555"] },
    ['from: "5555550100" must be a phone number id starting with PN or an E.164 number like +15555555555'],
  ],
  [
    "sendMessage_v1",
    { content: "Hi", from: "PN123abc", to: ["+15555555555"], userId: "U123" },
    ['userId: "U123" must be a user id starting with US'],
  ],
  [
    "listMessages_v1",
    { phoneNumberId: "OP123abc", participants: ["+15555555555"], maxResults: 10 },
    ['phoneNumberId: "OP123abc" must be a phone number id starting with PN'],
  ],
  ["getCallRecordings_v1", { callId: "CA123" }, ['callId: "CA123" must be a call or message id starting with AC']],
  ["getWebhookById_v1", { id: "123" }, ['id: "123" must be a webhook id starting with WH']],
  [
    "listCalls_v1",
    { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10, createdAfter: "yesterday" },
    ['createdAfter: "yesterday" must be an RFC 3339 date-time like 2022-01-01T00:00:00Z'],
  ],
  [
    "createCallWebhook_v1",
    { url: "example.com/hooks", events: ["call.completed"] },
    ['url: "example.com/hooks" must be an absolute URI (RFC 3986) like https://example.com/path'],
  ],
  // formats for real (issue 18): a date-time of the right shape but no real instant, a URI of wrong syntax
  [
    "listMessages_v1",
    { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10, since: "2022-02-30T24:00:00Z" },
    ['since: "2022-02-30T24:00:00Z" must be an RFC 3339 date-time like 2022-01-01T00:00:00Z'],
  ],
  [
    "listConversations_v1",
    { maxResults: 10, updatedAfter: "2022-01-01 00:00:00+0530" },
    ['updatedAfter: "2022-01-01 00:00:00+0530" must be an RFC 3339 date-time like 2022-01-01T00:00:00Z'],
  ],
  [
    "createMessageWebhook_v1",
    { url: "https://example.com/{id}", events: ["message.received"] },
    ['url: "https://example.com/{id}" must be an absolute URI (RFC 3986) like https://example.com/path'],
  ],
  [
    "createContact_v1",
    { defaultFields: contact, sourceUrl: "https://[::1/x" },
    ['sourceUrl: "https://[::1/x" must be an absolute URI (RFC 3986) like https://example.com/path'],
  ],
  // a value a URL cannot carry: refused with its path, not "URI malformed" after the checks
  ["getMessageById_v1", { id: "AC\ud800" }, ['id: "AC\\ud800" has a lone surrogate']],
  [
    "sendMessage_v1",
    { content: "   ", from: "PN123abc", to: ["+15555555555"] },
    ['content: "   " must contain a non-space character'],
  ],
  [
    "listConversations_v1",
    { maxResults: 10, phoneNumbers: ["+15555555555", "555"] },
    ['phoneNumbers[1]: "555" must be an E.164 number like +15555555555 or a phone number id starting with PN'],
  ],
  // minLength / maxLength
  [
    "sendMessage_v1",
    { content: "", from: "PN123abc", to: ["+15555555555"] },
    ['content: "" has length 0, below the minimum 1', 'content: "" must contain a non-space character'],
  ],
  [
    "sendMessage_v1",
    { content: long(1601), from: "PN123abc", to: ["+15555555555"] },
    [`content: ${shown} has length 1601, above the maximum 1600`],
  ],
  ["listContacts_v1", { externalIds: [""], maxResults: 10 }, ['externalIds[0]: "" has length 0, below the minimum 1']],
  [
    "createContact_v1",
    { defaultFields: contact, source: long(73) },
    [`source: ${shown} has length 73, above the maximum 72`],
  ],
  // minimum / maximum
  [
    "listCalls_v1",
    { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 101 },
    ["maxResults: 101 is above the maximum 100"],
  ],
  ["listContacts_v1", { externalIds: ["a"], maxResults: 51 }, ["maxResults: 51 is above the maximum 50"]],
  ["listConversations_v1", { maxResults: 0 }, ["maxResults: 0 is below the minimum 1"]],
  // minItems / maxItems
  [
    "sendMessage_v1",
    { content: "Hi", from: "PN123abc", to: ["+15555550100", "+15555550101"] },
    ['to: ["+15555550100","+15555550101"] has length 2, above the maximum 1'],
  ],
  ["sendMessage_v1", { content: "Hi", from: "PN123abc", to: [] }, ["to: [] has length 0, below the minimum 1"]],
  [
    "listCalls_v1",
    { phoneNumberId: "PN123abc", participants: ["+15555550100", "+15555550101"], maxResults: 10 },
    ['participants: ["+15555550100","+15555550101"] has length 2, above the maximum 1'],
  ],
  ["createCallSummaryWebhook_v1", { ...hook, events: [] }, ["events: [] has length 0, below the minimum 1"]],
  [
    "listConversations_v1",
    { maxResults: 10, phoneNumbers: [] },
    ["phoneNumbers: [] has length 0, below the minimum 1"],
  ],
  // nested objects and arrays
  [
    "createContact_v1",
    {
      defaultFields: {
        ...contact,
        emails: [
          { name: "work", value: "a@example.com" },
          { name: "home", value: 42 },
        ],
      },
    },
    ["defaultFields.emails[1].value: 42 must be a string or null"],
  ],
  [
    "createContact_v1",
    { defaultFields: { ...contact, emails: [{ name: "work", value: "a@example.com" }, { name: "home" }] } },
    ["defaultFields.emails[1].value: is required"],
  ],
  [
    "updateContactById_v1",
    { id: "664d0db69fcac7cf2e6ec", defaultFields: { phoneNumbers: [{ value: "+15555555555" }] } },
    ["defaultFields.phoneNumbers[0].name: is required"],
  ],
  // customFields items (allOf of a key and anyOf typed values)
  [
    "createContact_v1",
    { defaultFields: contact, customFields: [{ key: "lead" }] },
    ["customFields[0].value: is required"],
  ],
  [
    "createContact_v1",
    {
      defaultFields: contact,
      customFields: [
        { key: "lead", value: "yes" },
        { key: "tags", value: { a: 1 } },
      ],
    },
    ['customFields[1].value: {"a":1} must be a string or a number or a boolean or an array or null'],
  ],
  [
    "updateContactById_v1",
    { id: "664d0db69fcac7cf2e6ec", customFields: [{ key: 7, value: ["a", 2] }] },
    ["customFields[0].key: 7 must be a string", "customFields[0].value[1]: 2 must be a string"],
  ],
  // resourceIds: phone number ids or ["*"] (anyOf)
  [
    "createCallWebhook_v1",
    { ...hook, events: ["call.completed"], resourceIds: ["PN123abc", "bad", "PN456def"] },
    ['resourceIds[1]: "bad" must be a phone number id starting with PN'],
  ],
  [
    "createMessageWebhook_v1",
    { ...hook, events: ["message.received"], resourceIds: ["*", "PN123abc"] },
    ['resourceIds: ["*","PN123abc"] must be an array of phone number ids starting with PN, or an array of "*"'],
  ],
  [
    "createCallSummaryWebhook_v1",
    { ...hook, events: ["call.summary.completed"], resourceIds: "*" },
    ['resourceIds: "*" must be an array of phone number ids starting with PN, or an array of "*"'],
  ],
  // nullable: null is fine where the spec allows it, refused where it does not
  [
    "updateContactById_v1",
    { id: "664d0db69fcac7cf2e6ec", externalId: null, source: "", defaultFields: { firstName: null, role: 5 } },
    ['source: "" has length 0, below the minimum 1', "defaultFields.role: 5 must be a string or null"],
  ],
  ["sendMessage_v1", { content: "Hi", from: null, to: ["+15555555555"] }, ["from: null must be a string"]],
  // every problem of one call at once
  [
    "sendMessage_v1",
    { content: "", from: "555", to: ["5555550199", "+1"], setInboxStatus: "open" },
    [
      'content: "" has length 0, below the minimum 1',
      'content: "" must contain a non-space character',
      'from: "555" must be a phone number id starting with PN or an E.164 number like +15555555555',
      'to: ["5555550199","+1"] has length 2, above the maximum 1',
      'to[0]: "5555550199" must be an E.164 number like +15555555555',
      'to[1]: "+1" must be an E.164 number like +15555555555',
      'setInboxStatus: "open" must be "done"',
    ],
  ],
];

describe("bad params are refused before anything is sent", () => {
  it(`covers ${badInputs.length} inputs across ${new Set(badInputs.map(([id]) => id)).size} operations`, () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(30);
    for (const [operationId] of badInputs) expect(operations.has(operationId), operationId).toBe(true);
  });

  it.each(badInputs)("%s %j", async (operationId, params, expected) => {
    const { fn } = operations.get(operationId) as { fn: Operation };
    const client = createClient({ apiKey: "k", baseUrl: faultUrl, timeoutMs: 5_000 });
    const error = await fn(client, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(UmbrellaValidationError);
    const validation = error as ValidationError;
    expect(validation.operationId).toBe(operationId);
    expect(validation.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(expected);
    expect(validation.message).toBe(
      `Invalid params for ${operationId} (${expected.length} problem${expected.length === 1 ? "" : "s"}):\n  ${expected.join("\n  ")}`,
    );
    expect(received).toBe(0);
  });

  it("the umbrella client refuses them the same way", async () => {
    const op = new OpenPhone({ apiKey: "k", baseUrl: faultUrl, timeoutMs: 5_000 });
    const error = await op.messages
      .sendMessage({ content: "Hi", from: "PN123abc", to: ["5555550199"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UmbrellaValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: "to[0]", message: '"5555550199" must be an E.164 number like +15555555555' },
    ]);
    expect(received).toBe(0);
  });

  it("the README's Errors section shows what a ValidationError really says", async () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Errors"), readme.indexOf("## Packages"));
    const call = /await (sendMessage\(client, \{.*\}\));/.exec(section)?.[1];
    expect(call).toBe('sendMessage(client, { content: " ", from: "5555550100", to: ["5555550199", "+15555550101"] })');
    const client = createClient({ apiKey: "k", baseUrl: faultUrl });
    const error = await messages
      .sendMessage(client, { content: " ", from: "5555550100", to: ["5555550199", "+15555550101"] })
      .catch((e: unknown) => e);
    const printed = (error as Error).message.split("\n").map((line) => `// ${line}`);
    expect(section).toContain(printed.join("\n"));
    expect(received).toBe(0);
  });

  it("validate: false (per call or per client) sends them, so the fault server does count what reaches it", async () => {
    const bad = { content: "Hi", from: "PN123abc", to: ["5555550199"] };
    const client = createClient({ apiKey: "k", baseUrl: faultUrl, timeoutMs: 5_000 });
    expect(await messages.sendMessage(client, bad, { validate: false }).catch((e: unknown) => e)).toBeInstanceOf(
      BadRequestError,
    );
    expect(received).toBe(1);
    const off = new OpenPhone({ apiKey: "k", baseUrl: faultUrl, timeoutMs: 5_000, validate: false });
    expect(await off.messages.sendMessage(bad).catch((e: unknown) => e)).toBeInstanceOf(BadRequestError);
    expect(received).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------------
// The spec's own examples
// ---------------------------------------------------------------------------------------------------

interface Schema {
  examples?: unknown;
  example?: unknown;
  default?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
}
interface SpecOperation {
  operationId: string;
  parameters?: { name: string; schema: Schema }[];
  requestBody?: { content: { "application/json": { schema: Schema } } };
}
const spec = JSON.parse(readFileSync(inject("specPath"), "utf8")) as {
  paths: Record<string, Record<string, SpecOperation>>;
};

/** The spec's example for a value, taken as written (`examples[0]`, `example`, else `default`). */
function exampleOf(schema: Schema | undefined): unknown {
  if (!schema) return undefined;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (schema.examples !== undefined && !Array.isArray(schema.examples)) return schema.examples;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  for (const part of [...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) {
    const value = exampleOf(part);
    if (value !== undefined) return value;
  }
  if (schema.properties) {
    const entries = Object.entries(schema.properties)
      .map(([key, child]) => [key, exampleOf(child)] as const)
      .filter(([, value]) => value !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (schema.items) {
    const item = exampleOf(schema.items);
    return item === undefined ? undefined : [item];
  }
  return undefined;
}

const specExamples = new Map<string, Record<string, unknown>>();
for (const item of Object.values(spec.paths)) {
  for (const op of Object.values(item)) {
    if (!op?.operationId) continue;
    const params: Record<string, unknown> = {};
    for (const param of op.parameters ?? []) params[param.name] = exampleOf(param.schema);
    const body = op.requestBody?.content["application/json"].schema.properties ?? {};
    for (const [key, schema] of Object.entries(body)) params[key] = exampleOf(schema);
    specExamples.set(op.operationId, JSON.parse(JSON.stringify(params)));
  }
}

/**
 * Required values the spec gives no example for (nor a default): made up here, from the spec's enums.
 * `events` takes each operation's first enum value.
 */
const noExample: Record<string, Record<string, unknown>> = {
  sendMessage_v1: { content: "Hello, world!" },
  createContact_v1: { customFields: [{ key: "inbound-lead", value: "yes" }] },
  updateContactById_v1: { customFields: [{ key: "inbound-lead", value: "yes" }] },
  createMessageWebhook_v1: { events: ["message.received"] },
  createCallWebhook_v1: { events: ["call.completed"] },
  createCallSummaryWebhook_v1: { events: ["call.summary.completed"] },
  createCallTranscriptWebhook_v1: { events: ["call.transcript.completed"] },
};

/**
 * Where the spec's examples break the spec itself: what the checker says about each, and the valid value
 * used instead.
 */
const brokenExamples: Record<string, { problems: string[]; fix: Record<string, unknown> }> = {
  // The spec gives one item, not an array, as the example of these array parameters.
  listCalls_v1: {
    problems: ['participants: "+15555555555" must be an array'],
    fix: { participants: ["+15555555555"] },
  },
  listMessages_v1: {
    problems: [
      'phoneNumberId: "OP123abc" must be a phone number id starting with PN',
      'participants: "+15555555555" must be an array',
    ],
    fix: { phoneNumberId: "PN123abc", participants: ["+15555555555"] },
  },
  // `OP1232abc` for a `^PN` field.
  sendMessage_v1: {
    problems: ['phoneNumberId: "OP1232abc" must be a phone number id starting with PN'],
    fix: { phoneNumberId: "PN123abc" },
  },
  // `U55wgP5I5` (written as `examples: "U55wgP5I5"`, not a list) for a `^US` field.
  listWebhooks_v1: {
    problems: ['userId: "U55wgP5I5" must be a user id starting with US'],
    fix: { userId: "US123abc" },
  },
};

const issuesOf = (operationId: string, params: Record<string, unknown>) => {
  try {
    validateParams((operations.get(operationId) as { spec: OperationSpec }).spec, params);
    return [];
  } catch (error) {
    return (error as ValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
};

describe("the spec's own examples", () => {
  it("exist for every operation", () => {
    expect([...specExamples.keys()].sort()).toEqual([...operations.keys()].sort());
  });

  it.each([...specExamples.keys()])("%s: pass, except where they break the spec", (operationId) => {
    const params = { ...specExamples.get(operationId), ...noExample[operationId] };
    expect(issuesOf(operationId, params)).toEqual(brokenExamples[operationId]?.problems ?? []);
    expect(issuesOf(operationId, { ...params, ...brokenExamples[operationId]?.fix })).toEqual([]);
  });

  it("with the broken ones fixed, Prism (which validates requests against the spec) accepts them all", async () => {
    const client = createClient({ apiKey: "k", baseUrl: inject("mockUrl"), timeoutMs: 10_000 });
    const statuses: number[] = [];
    client.use({ onResponse: ({ response }) => void statuses.push(response.status) });
    for (const [operationId, examples] of specExamples) {
      const params = { ...examples, ...noExample[operationId], ...brokenExamples[operationId]?.fix };
      await (operations.get(operationId) as { fn: Operation }).fn(client, params);
    }
    expect(statuses).toHaveLength(specExamples.size);
    expect(statuses.every((status) => status >= 200 && status < 300)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------
// Response validation
// ---------------------------------------------------------------------------------------------------

describe("validateResponses catches drift from the spec", () => {
  let api: Server;
  let apiUrl = "";
  let body: unknown;
  const message = {
    id: "AC123abc",
    to: ["+15555555555"],
    from: "+15555550100",
    text: "Hello",
    phoneNumberId: "PN123abc",
    direction: "outgoing",
    userId: "US123abc",
    status: "queued",
    createdAt: "2022-01-01T00:00:00Z",
    updatedAt: "2022-01-01T00:00:00Z",
  };
  const { to, ...withoutTo } = message;
  /** `to` renamed to `recipients`, `createdAt` sent as epoch milliseconds, a status the spec does not know. */
  const drifted = { data: { ...withoutTo, recipients: to, createdAt: 1640995200000, status: "scheduled" } };
  const drift = [
    "data.to: is required",
    'data.status: "scheduled" must be "queued" or "sent" or "delivered" or "undelivered"',
    "data.createdAt: 1640995200000 must be a string",
  ];
  const send = { content: "Hello", from: "PN123abc", to: ["+15555555555"] };

  beforeAll(async () => {
    api = createServer((req, res) => {
      req.resume();
      res.writeHead(202, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => api.close(() => resolve())));

  it('"error": a renamed field, a type change and a new enum value, each with its path', async () => {
    const client = createClient({
      apiKey: "k",
      baseUrl: apiUrl,
      validateResponses: "error",
      responseSchemas: messagesResponseSchemas,
    });
    body = { data: message };
    expect(await messages.sendMessage(client, send)).toEqual(body);
    body = drifted;
    const error = await messages.sendMessage(client, send).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const mismatch = error as ResponseValidationError;
    expect(mismatch.operationId).toBe("sendMessage_v1");
    expect(mismatch.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(drift);
    expect(mismatch.body).toEqual(drifted);
    // The README's Errors section shows this very output.
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(`ResponseValidationError: ${mismatch.message}`);
  });

  it('"warn": the drifted body is returned, and each mismatch is reported once however often it recurs', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const op = new OpenPhone({ apiKey: "k", baseUrl: apiUrl, responseSchemas: allResponseSchemas });
      body = drifted;
      for (let n = 0; n < 3; n++) {
        expect(await op.messages.sendMessage(send, { validateResponses: "warn" })).toEqual(drifted);
      }
      expect(warn.mock.calls.map((call) => call[0])).toEqual(
        drift.map((line) => `[openphone] response of sendMessage_v1 does not match the spec: ${line}`),
      );
      // Off unless asked for.
      await op.messages.sendMessage(send);
      expect(warn).toHaveBeenCalledTimes(drift.length);
    } finally {
      warn.mockRestore();
    }
  });

  it("a client with validateResponses but no schema for the operation refuses before sending", async () => {
    received = 0;
    const client = createClient({
      apiKey: "k",
      baseUrl: faultUrl,
      validateResponses: "error",
      responseSchemas: messagesResponseSchemas,
    });
    const error = await contacts.getContactById(client, { id: "664d0db69fcac7cf2e6ec" }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no schema for getContactById_v1/);
    expect(received).toBe(0);
  });
});
