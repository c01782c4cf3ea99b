/**
 * The default @openphone-sdk/mock (a real Prism process behind the mock's front server, started by
 * global-setup.ts) through the public SDK: every list operation pages to its end, contacts and webhooks are
 * remembered per API key, every answer is valid against the spec (`validateResponses: "error"`), and invalid
 * requests still get the spec's verdict, now readable in the error message.
 */
import * as calls from "@openphone-sdk/calls";
import { OpenPhone } from "@openphone-sdk/client";
import { responseSchemas } from "@openphone-sdk/client/response-schemas";
import * as contactCustomFields from "@openphone-sdk/contact-custom-fields";
import * as contacts from "@openphone-sdk/contacts";
import * as conversations from "@openphone-sdk/conversations";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createClient,
  NotFoundError,
  type OpenPhoneClient,
  type OperationSpec,
  paginate,
  paginatePages,
  ValidationError,
} from "@openphone-sdk/core";
import * as messages from "@openphone-sdk/messages";
import * as phoneNumbers from "@openphone-sdk/phone-numbers";
import * as webhooks from "@openphone-sdk/webhooks";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("statefulMockUrl");
let keys = 0;
/** A key of its own for each test: a fresh workspace on the mock. */
const freshKey = (label: string) => `mock-test-${label}-${process.pid}-${++keys}`;

function sdk(apiKey = freshKey("client")) {
  const statuses: number[] = [];
  const urls: string[] = [];
  const client = createClient({
    apiKey,
    baseUrl,
    timeoutMs: 10_000,
    rateLimit: false,
    maxRetries: 0,
    // Every answer of the mock is checked against the spec's response schemas.
    validateResponses: "error",
    responseSchemas,
  });
  client.use({
    onRequest: ({ request }) => void urls.push(request.url),
    onResponse: ({ response }) => void statuses.push(response.status),
  });
  return { client, statuses, urls, apiKey };
}

type Operation = (client: OpenPhoneClient, params?: Record<string, unknown>, options?: object) => Promise<unknown>;
const packages = { calls, contactCustomFields, contacts, conversations, messages, phoneNumbers, webhooks };
/** Every operation the packages export, by operationId, with its request table. */
const operations = new Map<string, { name: string; fn: Operation; spec: OperationSpec }>();
for (const mod of Object.values(packages)) {
  for (const [key, value] of Object.entries(mod)) {
    if (!key.endsWith("Operation") || typeof value !== "object") continue;
    const name = key.slice(0, -"Operation".length);
    const spec = value as OperationSpec;
    operations.set(spec.id, { name, fn: (mod as Record<string, unknown>)[name] as Operation, spec });
  }
}

/** The seed contacts' externalIds (the mock's README documents them). */
const SEED_EXTERNAL_IDS = [
  "crm-0001",
  "664d0db69fcac7cf2e6ec",
  ...Array.from({ length: 23 }, (_, i) => `crm-${String(i + 3).padStart(4, "0")}`),
];

/** Params for each paged list operation; the test below fails when the spec gains one that is missing here. */
const pagedParams: Record<string, Record<string, unknown>> = {
  listCalls_v1: { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10 },
  listMessages_v1: { phoneNumberId: "PN123abc", participants: ["+15555555555", "+15555550123"], maxResults: 7 },
  listConversations_v1: { maxResults: 10 },
  listContacts_v1: { externalIds: SEED_EXTERNAL_IDS, maxResults: 10 },
};

const itemId = (item: unknown) => (item as { id: string }).id;

describe("lists page to their end", () => {
  const paged = [...operations.values()].filter((op) => "pageToken" in op.spec.params);

  it("the paged list operations are the four that take pageToken", () => {
    expect(paged.map((op) => op.spec.id).sort()).toEqual(Object.keys(pagedParams).sort());
  });

  for (const op of paged) {
    const params = pagedParams[op.spec.id] as Record<string, unknown>;
    const maxResults = params.maxResults as number;

    describe(op.spec.id, () => {
      it("paginate() yields every item once, one request per page, and stops at a null nextPageToken", async () => {
        const { client, statuses, urls } = sdk();
        const items: unknown[] = [];
        for await (const item of paginate(op.fn as never, client, params)) items.push(item);
        const pages = Math.ceil(items.length / maxResults);
        expect(items.length).toBeGreaterThan(2 * maxResults); // at least three pages
        expect(new Set(items.map(itemId)).size).toBe(items.length);
        expect(statuses).toEqual(Array(pages).fill(200));
        expect(urls[0]).not.toContain("pageToken=");
        expect(urls.slice(1).every((url) => url.includes("pageToken="))).toBe(true);
      });

      it("paginatePages(): full pages of maxResults, the same totalItems on each, nextPageToken null on the last", async () => {
        const { client } = sdk();
        const pages: { data: unknown[]; totalItems: number; nextPageToken?: string | null }[] = [];
        for await (const page of paginatePages(op.fn as never, client, params)) pages.push(page as never);
        const total = pages.reduce((sum, page) => sum + page.data.length, 0);
        expect(pages.map((page) => page.data.length)).toEqual(
          Array.from({ length: pages.length }, (_, i) =>
            i < pages.length - 1 ? maxResults : total - maxResults * (pages.length - 1),
          ),
        );
        expect(pages.every((page) => page.totalItems === total)).toBe(true);
        expect(pages.slice(0, -1).every((page) => typeof page.nextPageToken === "string")).toBe(true);
        expect(pages.at(-1)?.nextPageToken).toBeNull();
      });

      it("maxItems: 5 stops after five items and one request", async () => {
        const { client, statuses } = sdk();
        const items: unknown[] = [];
        for await (const item of paginate(op.fn as never, client, params, { maxItems: 5 })) items.push(item);
        expect(items).toHaveLength(5);
        expect(statuses).toEqual([200]);
      });

      it("is deterministic: the same request gets the same items, on any key", async () => {
        const first: unknown[] = [];
        const second: unknown[] = [];
        for await (const item of paginate(op.fn as never, sdk().client, params)) first.push(item);
        for await (const item of paginate(op.fn as never, sdk().client, params)) second.push(item);
        expect(second).toEqual(first);
      });

      it("maxResults above the spec's maximum: refused by the SDK, and by the mock with the real reason", async () => {
        const { client, statuses } = sdk();
        const maximum = op.spec.id === "listContacts_v1" ? 50 : 100;
        const tooMany = { ...params, maxResults: maximum + 1 };
        await expect(op.fn(client, tooMany)).rejects.toBeInstanceOf(ValidationError);
        expect(statuses).toEqual([]);
        const error = await op.fn(client, tooMany, { validate: false }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BadRequestError);
        expect((error as Error).message).toContain(`maxResults: must be <= ${maximum}`);
        // With the spec's maximum, one page holds everything the list has (25 here).
        const page = (await op.fn(client, { ...params, maxResults: maximum })) as {
          data: unknown[];
          nextPageToken: null;
        };
        expect(page.data).toHaveLength(25);
        expect(page.nextPageToken).toBeNull();
      });

      it("a pageToken the API did not issue for this list is a 400 naming pageToken", async () => {
        const { client } = sdk();
        const forged = await op.fn(client, { ...params, pageToken: "not-a-token" }).catch((e: unknown) => e);
        expect(forged).toBeInstanceOf(BadRequestError);
        expect((forged as Error).message).toMatch(
          /: Invalid pageToken - pageToken: pageToken is not one this API issued/,
        );
        // A real token of another list operation.
        const other = op.spec.id === "listCalls_v1" ? "listMessages_v1" : "listCalls_v1";
        const otherOp = operations.get(other) as { fn: Operation };
        const otherPage = (await otherOp.fn(client, pagedParams[other])) as { nextPageToken: string };
        const foreign = await op.fn(client, { ...params, pageToken: otherPage.nextPageToken }).catch((e: unknown) => e);
        expect(foreign).toBeInstanceOf(BadRequestError);
        expect((foreign as Error).message).toContain(`pageToken belongs to another list operation (${other})`);
      });
    });
  }

  it("the umbrella client's paginate ends too", async () => {
    const op = new OpenPhone({
      apiKey: freshKey("umbrella"),
      baseUrl,
      rateLimit: false,
      validateResponses: "error",
      responseSchemas,
    });
    const ids: string[] = [];
    for await (const call of op.paginate(op.calls.listCalls, pagedParams.listCalls_v1 as calls.ListCallsParams)) {
      ids.push(call.id);
    }
    expect(ids).toHaveLength(25);
  });
});

describe("list filters", () => {
  it("calls and messages belong to the phone number and participants asked for", async () => {
    const { client } = sdk();
    const params = { phoneNumberId: "PNs4Kd8QwLm2", participants: ["+14155550123"], maxResults: 100 };
    const page = await calls.listCalls(client, params);
    expect(page.data.every((c) => c.phoneNumberId === "PNs4Kd8QwLm2" && c.participants[0] === "+14155550123")).toBe(
      true,
    );
    const texts = await messages.listMessages(client, { ...params, participants: ["+14155550123"] });
    expect(texts.data.every((m) => m.phoneNumberId === "PNs4Kd8QwLm2")).toBe(true);
    expect(texts.data.every((m) => [m.from, ...m.to].includes("+14155550123"))).toBe(true);
    // The workspace's number for PNs4Kd8QwLm2 is on the other side.
    expect(texts.data.every((m) => [m.from, ...m.to].includes("+14155550101"))).toBe(true);
  });

  it("createdAfter / createdBefore (and the deprecated since, which acts as createdBefore) cut the list", async () => {
    const { client } = sdk();
    const base = { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 100 };
    const all = (await calls.listCalls(client, base)).data;
    const middle = all[10]?.createdAt as string;
    const after = (await calls.listCalls(client, { ...base, createdAfter: middle })).data;
    const before = (await calls.listCalls(client, { ...base, createdBefore: middle })).data;
    const since = (await calls.listCalls(client, { ...base, since: middle }, { validate: false })).data;
    expect(after.map((c) => c.id)).toEqual(all.slice(0, 10).map((c) => c.id));
    expect(before.map((c) => c.id)).toEqual(all.slice(11).map((c) => c.id));
    expect(since).toEqual(before);
  });

  it("conversations: phoneNumbers (ids or E.164 numbers) and excludeInactive", async () => {
    const { client } = sdk();
    const byNumber = await conversations.listConversations(client, { phoneNumbers: ["+12125550102"], maxResults: 100 });
    expect(byNumber.data.length).toBeGreaterThan(0);
    expect(byNumber.data.every((c) => c.phoneNumberId === "PNv9Xc3TqB7n")).toBe(true);
    const all = await conversations.listConversations(client, { maxResults: 100 });
    const active = await conversations.listConversations(client, { excludeInactive: true, maxResults: 100 });
    expect(all.data.some((c) => c.deletedAt !== null)).toBe(true);
    expect(active.data.every((c) => c.deletedAt === null)).toBe(true);
    expect(active.data.length).toBe(all.data.filter((c) => c.deletedAt === null).length);
  });

  it("contacts: only the externalIds asked for, and sources", async () => {
    const { client } = sdk();
    const two = await contacts.listContacts(client, {
      externalIds: ["crm-0003", "664d0db69fcac7cf2e6ec"],
      maxResults: 10,
    });
    expect(two.data.map((c) => c.externalId).sort()).toEqual(["664d0db69fcac7cf2e6ec", "crm-0003"]);
    const hubspot = await contacts.listContacts(client, {
      externalIds: SEED_EXTERNAL_IDS,
      sources: ["custom-hubspot"],
      maxResults: 50,
    });
    expect(hubspot.data.length).toBeGreaterThan(0);
    expect(hubspot.data.every((c) => c.source === "custom-hubspot")).toBe(true);
  });

  it("phone numbers and webhooks by userId", async () => {
    const { client } = sdk();
    const all = await phoneNumbers.listPhoneNumbers(client);
    const priyas = await phoneNumbers.listPhoneNumbers(client, { userId: "US7Yt2KpQw" });
    expect(all.data).toHaveLength(3);
    expect(priyas.data.map((n) => n.id)).toEqual(["PNs4Kd8QwLm2", "PNv9Xc3TqB7n"]);
    const hooks = await webhooks.listWebhooks(client, { userId: "US7Yt2KpQw" });
    expect(hooks.data).toEqual([]);
  });
});

describe("contacts are remembered", () => {
  it("create -> get -> list -> update -> delete -> get (404), through the SDK", async () => {
    const { client } = sdk();
    const externalId = `ext-${Date.now()}`;
    const created = await contacts.createContact(client, {
      defaultFields: {
        firstName: "Grace",
        lastName: "Hopper",
        company: "Navy",
        emails: [{ name: "work", value: "grace@example.com" }],
        phoneNumbers: [{ name: "mobile", value: "+15555550142" }],
      },
      customFields: [
        { key: "vip", value: true },
        { key: "lead-score", value: 88 },
      ],
      externalId,
      source: "public-api",
    });
    const id = created.data.id;
    expect(created.data).toMatchObject({
      externalId,
      defaultFields: { firstName: "Grace", lastName: "Hopper", company: "Navy", role: null },
      customFields: [
        { key: "vip", name: "VIP", type: "boolean", value: true },
        { key: "lead-score", name: "Lead Score", type: "number", value: 88 },
      ],
    });

    expect((await contacts.getContactById(client, { id })).data).toEqual(created.data);
    const listed = await contacts.listContacts(client, { externalIds: [externalId], maxResults: 10 });
    expect(listed.data).toEqual([created.data]);

    const updated = await contacts.updateContactById(client, {
      id,
      defaultFields: { role: "Rear Admiral", company: null },
      customFields: [{ key: "lead-score", value: 99 }],
    });
    expect(updated.data.defaultFields).toMatchObject({ firstName: "Grace", role: "Rear Admiral", company: null });
    expect(updated.data.customFields).toEqual([
      expect.objectContaining({ key: "vip", value: true }),
      expect.objectContaining({ key: "lead-score", value: 99 }),
    ]);
    expect((await contacts.getContactById(client, { id })).data).toEqual(updated.data);

    await contacts.deleteContact(client, { id });
    const gone = await contacts.getContactById(client, { id }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(NotFoundError);
    expect((gone as Error).message).toMatch(
      new RegExp(`^404 Not Found \\(0800404\\): Contact "${id}" not found \\[trace [0-9a-f]{8}…\\]$`),
    );
    expect((await contacts.listContacts(client, { externalIds: [externalId], maxResults: 10 })).data).toEqual([]);
    await expect(contacts.deleteContact(client, { id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(contacts.updateContactById(client, { id, defaultFields: { role: "x" } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("a second contact with the same externalId is a 409, as on the live API", async () => {
    const { client } = sdk();
    await contacts.createContact(client, { defaultFields: { firstName: "A" }, externalId: "dup-1" });
    const error = await contacts
      .createContact(client, { defaultFields: { firstName: "B" }, externalId: "dup-1" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/^409 Conflict \(0800409\): Failed to create contact \[trace/);
  });

  it("custom fields must exist in the workspace and fit their type (400 Invalid Custom Field Item)", async () => {
    const { client } = sdk();
    const fields = await contactCustomFields.getContactCustomFields(client);
    expect(fields.data.map((f) => f.key)).toContain("vip");
    const unknown = await contacts
      .createContact(client, { defaultFields: { firstName: "A" }, customFields: [{ key: "shoe-size", value: "9" }] })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(BadRequestError);
    expect((unknown as Error).message).toMatch(
      /^400 Invalid Custom Field Item \(0801400\): Invalid custom field item - customFields\[0\]\.key: is not a custom field of this workspace/,
    );
    const wrongType = await contacts
      .createContact(client, { defaultFields: { firstName: "A" }, customFields: [{ key: "vip", value: "yes" }] })
      .catch((e: unknown) => e);
    expect((wrongType as Error).message).toContain(
      'customFields[0].value: must be true or false for the boolean field "vip"',
    );
  });

  it("the seed contacts with the spec's example ids are there on a fresh key", async () => {
    const { client } = sdk();
    const example = await contacts.getContactById(client, { id: "664d0db69fcac7cf2e6ec" });
    expect(example.data).toMatchObject({
      externalId: "664d0db69fcac7cf2e6ec",
      defaultFields: { firstName: "John", lastName: "Doe" },
    });
    await contacts.getContactById(client, { id: "66d0d87e8dc1211467372303" });
  });
});

describe("webhooks are remembered", () => {
  const creators = [
    ["createMessageWebhook", webhooks.createMessageWebhook, ["message.received"]],
    ["createCallWebhook", webhooks.createCallWebhook, ["call.completed", "call.ringing"]],
    ["createCallSummaryWebhook", webhooks.createCallSummaryWebhook, ["call.summary.completed"]],
    ["createCallTranscriptWebhook", webhooks.createCallTranscriptWebhook, ["call.transcript.completed"]],
  ] as const;

  for (const [name, create, events] of creators) {
    it(`${name} -> get -> list -> delete -> get (404); the spec has no webhook update`, async () => {
      const { client } = sdk();
      const created = await (create as Operation)(client, {
        url: "https://hooks.example.com/openphone",
        events,
        resourceIds: ["PN123abc"],
        label: name,
      });
      const hook = (created as { data: webhooks.GetWebhookByIdResponse["data"] }).data;
      expect(hook).toMatchObject({
        url: "https://hooks.example.com/openphone",
        events,
        resourceIds: ["PN123abc"],
        label: name,
        status: "enabled",
      });
      // A signing key as OpenPhone shows it: 32 bytes of base64.
      expect(Buffer.from(hook.key, "base64")).toHaveLength(32);
      expect((await webhooks.getWebhookById(client, { id: hook.id })).data).toEqual(hook);
      expect((await webhooks.listWebhooks(client)).data.map((w) => w.id)).toContain(hook.id);
      await webhooks.deleteWebhookById(client, { id: hook.id });
      const gone = await webhooks.getWebhookById(client, { id: hook.id }).catch((e: unknown) => e);
      expect(gone).toBeInstanceOf(NotFoundError);
      expect((gone as Error).message).toMatch(/^404 Not Found \(0300404\): Webhook "WH[0-9a-f]+" not found \[trace/);
      expect((await webhooks.listWebhooks(client)).data.map((w) => w.id)).not.toContain(hook.id);
    });
  }

  it("resourceIds default to ['*'], status to enabled, userId to the workspace owner", async () => {
    const { client } = sdk();
    const created = await webhooks.createCallSummaryWebhook(client, {
      url: "https://hooks.example.com/",
      events: ["call.summary.completed"],
    });
    expect(created.data).toMatchObject({ resourceIds: ["*"], status: "enabled", userId: "US123abc", label: null });
  });
});

describe("per API key", () => {
  it("one key never sees another key's contacts or webhooks", async () => {
    const alice = sdk(freshKey("alice"));
    const bob = sdk(freshKey("bob"));
    const contact = await contacts.createContact(alice.client, {
      defaultFields: { firstName: "Alice" },
      externalId: "shared-ext",
    });
    const hook = await webhooks.createMessageWebhook(alice.client, {
      url: "https://a.example.com/",
      events: ["message.received"],
    });
    await expect(contacts.getContactById(bob.client, { id: contact.data.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(webhooks.getWebhookById(bob.client, { id: hook.data.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await contacts.listContacts(bob.client, { externalIds: ["shared-ext"], maxResults: 10 })).data).toEqual([]);
    expect((await webhooks.listWebhooks(bob.client)).data.map((w) => w.id)).not.toContain(hook.data.id);
    // Bob may use the same externalId: no conflict across keys.
    await contacts.createContact(bob.client, { defaultFields: { firstName: "Bob" }, externalId: "shared-ext" });
    // Deleting a seed contact on one key leaves it on the other.
    await contacts.deleteContact(alice.client, { id: "664d0db69fcac7cf2e6ec" });
    await expect(contacts.getContactById(alice.client, { id: "664d0db69fcac7cf2e6ec" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await contacts.getContactById(bob.client, { id: "664d0db69fcac7cf2e6ec" })).data.externalId).toBe(
      "664d0db69fcac7cf2e6ec",
    );
  });

  it("keys are compared exactly: prototype names and near-identical keys are separate workspaces", async () => {
    const proto = sdk("__proto__");
    const ctor = sdk("constructor");
    const created = await contacts.createContact(proto.client, {
      defaultFields: { firstName: "P" },
      externalId: "proto-ext",
    });
    expect((await contacts.getContactById(proto.client, { id: created.data.id })).data.id).toBe(created.data.id);
    await expect(contacts.getContactById(ctor.client, { id: created.data.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(contacts.getContactById(sdk("__proto__x").client, { id: created.data.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await fetch(`${baseUrl}/__mock/reset`, { method: "POST", headers: { Authorization: "__proto__" } });
  });

  it("POST /__mock/reset with a key forgets that key's changes (seed data comes back)", async () => {
    const { client, apiKey } = sdk();
    const other = sdk();
    const created = await contacts.createContact(client, { defaultFields: { firstName: "Temp" } });
    await contacts.deleteContact(client, { id: "66d0d87e8dc1211467372303" });
    const otherCreated = await contacts.createContact(other.client, { defaultFields: { firstName: "Kept" } });
    const reset = await fetch(`${baseUrl}/__mock/reset`, { method: "POST", headers: { Authorization: apiKey } });
    expect(reset.status).toBe(204);
    await expect(contacts.getContactById(client, { id: created.data.id })).rejects.toBeInstanceOf(NotFoundError);
    await contacts.getContactById(client, { id: "66d0d87e8dc1211467372303" });
    expect((await contacts.getContactById(other.client, { id: otherCreated.data.id })).data.id).toBe(
      otherCreated.data.id,
    );
  });
});

describe("every operation answers valid bodies (validateResponses: 'error')", () => {
  const params: Record<string, Record<string, unknown>> = {
    ...pagedParams,
    getCallRecordings_v1: { callId: "AC123abc" },
    getCallSummary_v1: { callId: "AC123abc" },
    getCallTranscript_v1: { id: "AC123abc" },
    getContactCustomFields_v1: {},
    createContact_v1: { defaultFields: { firstName: "Ada" }, externalId: "ada-1" },
    getContactById_v1: { id: "66d0d87e8dc1211467372303" },
    updateContactById_v1: { id: "66d0d87e8dc1211467372303", defaultFields: { role: "Owner" } },
    deleteContact_v1: { id: "66d0d87e8dc1211467372303" },
    sendMessage_v1: { content: "Hello", from: "PN123abc", to: ["+15555555555"] },
    getMessageById_v1: { id: "AC123abc" },
    listPhoneNumbers_v1: {},
    listWebhooks_v1: {},
    getWebhookById_v1: { id: "WH12345" },
    deleteWebhookById_v1: { id: "WH12345" },
    createMessageWebhook_v1: { url: "https://example.com/h", events: ["message.delivered"] },
    createCallWebhook_v1: { url: "https://example.com/h", events: ["call.recording.completed"], resourceIds: ["*"] },
    createCallSummaryWebhook_v1: {
      url: "https://example.com/h",
      events: ["call.summary.completed"],
      status: "disabled",
    },
    createCallTranscriptWebhook_v1: { url: "https://example.com/h", events: ["call.transcript.completed"] },
  };

  it("has params for all 22 operations", () => {
    expect(Object.keys(params).sort()).toEqual([...operations.keys()].sort());
  });

  for (const [operationId, opParams] of Object.entries(params)) {
    it(operationId, async () => {
      const { client, statuses } = sdk();
      const op = operations.get(operationId) as { fn: Operation };
      await op.fn(client, opParams);
      expect(statuses).toHaveLength(1);
      expect(statuses[0]).toBeGreaterThanOrEqual(200);
      expect(statuses[0]).toBeLessThan(300);
    });
  }
});

describe("errors read like the API's, with the real reason", () => {
  it("401: no placeholder text", async () => {
    const { client } = sdk();
    client.use({
      onRequest({ request }) {
        request.headers.delete("Authorization");
        return request;
      },
    });
    const error = await messages.getMessageById(client, { id: "AC123abc" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(
      /^401 Unauthorized \(0200401\): Missing API key: send your key as the Authorization header \[trace [0-9a-f]{8}…\]$/,
    );
  });

  it("a schema violation (validate: false) names each violated field, as Prism's sl-violations report them", async () => {
    const { client } = sdk();
    const bad = { content: "", from: "nobody", to: ["12345", "+15555555555"] };
    const error = await messages.sendMessage(client, bad as never, { validate: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    const apiError = error as BadRequestError;
    // The title is the spec's constant for this status ("A2P Registration Not Approved"); the reason follows it.
    expect(apiError.message).toContain("400 A2P Registration Not Approved (0206400): Invalid request body - ");
    expect(apiError.message).not.toContain("string - string");
    expect(apiError.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      "content: must NOT have fewer than 1 characters",
      'content: must match pattern ".*\\S.*"',
      'from: must match pattern "^PN(.*)$" or must match pattern "^\\+[1-9]\\d{1,14}$"',
      "to: must NOT have more than 1 items",
      'to[0]: must match pattern "^\\+[1-9]\\d{1,14}$"',
    ]);
    expect(apiError.errors[2]).toMatchObject({ value: "nobody", schema: { type: "string" } });

    // The same request straight to the mock: the sl-violations header is still there, and says the same.
    const raw = await fetch(`${baseUrl}/v1/messages`, {
      method: "POST",
      headers: { Authorization: "k", "Content-Type": "application/json" },
      body: JSON.stringify(bad),
    });
    const violations = JSON.parse(raw.headers.get("sl-violations") ?? "[]") as { location: string[] }[];
    expect(raw.status).toBe(400);
    expect(new Set(violations.map((v) => v.location.slice(2).join(".")))).toEqual(
      new Set(["content", "from", "to", "to.0"]),
    );
    await raw.body?.cancel();
  });

  it("query violations use the spec's parameter names (Prism lower-cases them)", async () => {
    const { client } = sdk();
    const error = await calls
      .listCalls(client, { maxResults: 10 } as never, { validate: false })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^400 Bad Request \(0100400\): Invalid query parameters - phoneNumberId: is required; participants: is required \[trace/,
    );
  });

  it("a documented error asked for with Prefer keeps the spec's code, with a real message", async () => {
    const { client } = sdk();
    const error = await webhooks.listWebhooks(client, {}, { headers: { Prefer: "code=500" } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^500 Unknown \(0301500\): An unknown error occurred while fetching webhooks \[trace [0-9a-f]{8}…\]$/,
    );
  });
});
