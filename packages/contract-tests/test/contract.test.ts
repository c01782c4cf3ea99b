/**
 * Contract tests: every operation, through the public SDK API (each resource package's function and
 * the umbrella client), against a real Prism process serving spec/openapi.json. Prism validates each
 * request against the spec, so a wrongly serialized request fails here.
 */
import { readFileSync } from "node:fs";
import * as calls from "@openphone-sdk/calls";
import { OpenPhone } from "@openphone-sdk/client";
import { ResponseValidationError, responseSchemas } from "@openphone-sdk/client/response-schemas";
import * as contactCustomFields from "@openphone-sdk/contact-custom-fields";
import * as contacts from "@openphone-sdk/contacts";
import * as conversations from "@openphone-sdk/conversations";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  createClient,
  type OpenPhoneClient,
  OpenPhoneError,
  type OperationSpec,
  ValidationError,
} from "@openphone-sdk/core";
import { errorClassFor } from "@openphone-sdk/core/internal";
import * as messages from "@openphone-sdk/messages";
import * as phoneNumbers from "@openphone-sdk/phone-numbers";
import * as webhooks from "@openphone-sdk/webhooks";
import { afterAll, describe, expect, inject, it } from "vitest";

type Operation = (client: OpenPhoneClient, params?: Record<string, unknown>, options?: object) => Promise<unknown>;

const baseUrl = inject("mockUrl");
const spec = JSON.parse(readFileSync(inject("specPath"), "utf8")) as {
  paths: Record<string, Record<string, SpecOperation>>;
};

interface SpecOperation {
  operationId: string;
  responses: Record<string, { content?: { "application/json"?: { schema?: JsonSchema } } }>;
}
interface JsonSchema {
  required?: string[];
  properties?: Record<string, JsonSchema & { const?: unknown }>;
}

/** Documented responses of every operation, straight from the spec. */
const documented = new Map<string, { method: string; path: string; responses: SpecOperation["responses"] }>();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (typeof op === "object" && op && "operationId" in op)
      documented.set(op.operationId, { method, path, responses: op.responses });
  }
}

/** Every operation function the packages export, found through its request table (`<name>Operation`). */
const packages = { calls, contactCustomFields, contacts, conversations, messages, phoneNumbers, webhooks };
const byOperationId = new Map<string, { namespace: keyof OpenPhone; name: string; fn: Operation }>();
for (const [namespace, mod] of Object.entries(packages)) {
  for (const [key, value] of Object.entries(mod)) {
    if (!key.endsWith("Operation") || typeof value !== "object") continue;
    const name = key.slice(0, -"Operation".length);
    const fn = (mod as Record<string, unknown>)[name] as Operation;
    byOperationId.set((value as OperationSpec).id, { namespace: namespace as keyof OpenPhone, name, fn });
  }
}

/** Valid inputs for each operation (hand-written from the spec; Prism rejects anything invalid). */
const validParams: Record<string, Record<string, unknown>> = {
  listCalls_v1: { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10 },
  getCallRecordings_v1: { callId: "AC123abc" },
  getCallSummary_v1: { callId: "AC123abc" },
  getCallTranscript_v1: { id: "AC123abc" },
  getContactCustomFields_v1: {},
  createContact_v1: {
    defaultFields: {
      firstName: "John",
      lastName: "Doe",
      company: "OpenPhone",
      emails: [{ name: "company email", value: "abc@example.com" }],
      phoneNumbers: [{ name: "company phone", value: "+12345678901" }],
    },
    customFields: [{ key: "inbound-lead", value: "yes" }],
    externalId: "664d0db69fcac7cf2e6ec",
    source: "public-api",
  },
  listContacts_v1: { externalIds: ["664d0db69fcac7cf2e6ec", "second-id"], sources: ["public-api"], maxResults: 10 },
  getContactById_v1: { id: "664d0db69fcac7cf2e6ec" },
  updateContactById_v1: { id: "664d0db69fcac7cf2e6ec", defaultFields: { firstName: "Jane", role: "Sales" } },
  deleteContact_v1: { id: "664d0db69fcac7cf2e6ec" },
  listConversations_v1: { phoneNumbers: ["+15555555555", "PN123abc"], excludeInactive: true, maxResults: 10 },
  sendMessage_v1: { content: "Hello, world!", from: "PN123abc", to: ["+15555555555"], setInboxStatus: "done" },
  listMessages_v1: {
    phoneNumberId: "PN123abc",
    participants: ["+15555555555"],
    createdAfter: "2022-01-01T00:00:00Z",
    maxResults: 10,
  },
  getMessageById_v1: { id: "AC123abc" },
  listPhoneNumbers_v1: { userId: "US123abc" },
  listWebhooks_v1: { userId: "US123abc" },
  getWebhookById_v1: { id: "WH123abc" },
  deleteWebhookById_v1: { id: "WH123abc" },
  createMessageWebhook_v1: {
    url: "https://example.com/hooks",
    events: ["message.received", "message.delivered"],
    resourceIds: ["*"],
  },
  createCallWebhook_v1: {
    url: "https://example.com/hooks",
    events: ["call.completed"],
    resourceIds: ["PN123abc"],
    label: "calls",
  },
  createCallSummaryWebhook_v1: { url: "https://example.com/hooks", events: ["call.summary.completed"] },
  createCallTranscriptWebhook_v1: {
    url: "https://example.com/hooks",
    events: ["call.transcript.completed"],
    status: "enabled",
  },
};

/**
 * Where the spec gives a patterned field no example, Prism's static response fills in "string", which breaks
 * the spec's own pattern. With `validateResponses: "error"` these calls throw ResponseValidationError
 * naming exactly these mismatches (anything more or less fails the test); every other body passes.
 */
const resourceIdsBreak = 'must be an array of phone number ids starting with PN, or an array of "*"';
const prismStaticExampleBreaks: Record<string, string[]> = {
  listPhoneNumbers_v1: ['data[0].users[0].id: "string" must be a user id starting with US'],
  listConversations_v1: [
    'data[0].id: "string" must be a conversation id starting with CN',
    'data[0].lastActivityId: "string" must be a call or message id starting with AC',
    'data[0].phoneNumberId: "string" must be a phone number id starting with PN',
  ],
  listWebhooks_v1: [`data[0].resourceIds: ["string"] ${resourceIdsBreak}`],
  getWebhookById_v1: [`data.resourceIds: ["string"] ${resourceIdsBreak}`],
  createMessageWebhook_v1: [`data.resourceIds: ["string"] ${resourceIdsBreak}`],
  createCallWebhook_v1: [`data.resourceIds: ["string"] ${resourceIdsBreak}`],
  createCallSummaryWebhook_v1: [`data.resourceIds: ["string"] ${resourceIdsBreak}`],
  createCallTranscriptWebhook_v1: [`data.resourceIds: ["string"] ${resourceIdsBreak}`],
};

/** The body of a success call: as returned, or, for a known Prism example break, from the error it must throw. */
async function successBody(operationId: string, call: Promise<unknown>): Promise<unknown> {
  const breaks = prismStaticExampleBreaks[operationId];
  const outcome = await call.then(
    (body) => ({ body, error: undefined }),
    (error: unknown) => ({ body: undefined, error }),
  );
  if (!breaks) {
    if (outcome.error) throw outcome.error;
    return outcome.body;
  }
  expect(outcome.error).toBeInstanceOf(ResponseValidationError);
  const error = outcome.error as ResponseValidationError;
  expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(breaks);
  return error.body;
}

/**
 * A client that records the status of every response it receives. Prism is local and has no rate limit, and
 * the documented 5xx answers are asserted as errors: no client-side limit, no retries.
 */
function recordingClient(apiKey = "test-api-key") {
  const statuses: number[] = [];
  // Every success body is checked against the spec too (see "response validation" below for the exception).
  const client = createClient({
    apiKey,
    baseUrl,
    timeoutMs: 10_000,
    rateLimit: false,
    maxRetries: 0,
    validateResponses: "error",
    responseSchemas,
  });
  client.use({
    onResponse({ response }) {
      statuses.push(response.status);
    },
  });
  return { client, statuses };
}

const covered = { success: new Set<string>(), responses: new Set<string>() };
const allResponses = [...documented].flatMap(([id, d]) => Object.keys(d.responses).map((status) => `${id} ${status}`));

function checkSuccessBody(operationId: string, status: string, body: unknown) {
  const schema = documented.get(operationId)?.responses[status]?.content?.["application/json"]?.schema;
  if (!schema) {
    expect(body).toBeUndefined();
    return;
  }
  expect(body).toBeTypeOf("object");
  for (const key of schema.required ?? []) expect(body).toHaveProperty(key);
}

describe("every operation", () => {
  it("has valid inputs here and a function in its package", () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(validParams).sort());
    expect([...byOperationId.keys()].sort()).toEqual([...documented.keys()].sort());
  });

  for (const [operationId, doc] of documented) {
    const successStatus = Object.keys(doc.responses).find((s) => /^2\d\d$/.test(s)) as string;
    const params = validParams[operationId] ?? {};

    describe(`${operationId} (${doc.method.toUpperCase()} ${doc.path})`, () => {
      it(`answers ${successStatus} through the package function`, async () => {
        const target = byOperationId.get(operationId);
        if (!target) throw new Error(`no package exports a function for ${operationId}`);
        const { client, statuses } = recordingClient();
        const body = await successBody(operationId, target.fn(client, params));
        expect(statuses).toEqual([Number(successStatus)]);
        checkSuccessBody(operationId, successStatus, body);
        covered.success.add(operationId);
        covered.responses.add(`${operationId} ${successStatus}`);
      });

      it(`answers ${successStatus} through the umbrella client`, async () => {
        const target = byOperationId.get(operationId);
        if (!target) throw new Error(`no package exports a function for ${operationId}`);
        const op = new OpenPhone({
          apiKey: "test-api-key",
          baseUrl,
          rateLimit: false,
          validateResponses: "error",
          responseSchemas,
        });
        const statuses: number[] = [];
        op.client.use({ onResponse: ({ response }) => void statuses.push(response.status) });
        const namespace = op[target.namespace] as unknown as Record<string, (p: unknown) => Promise<unknown>>;
        const body = await successBody(operationId, namespace[target.name]?.(params) as Promise<unknown>);
        expect(statuses).toEqual([Number(successStatus)]);
        checkSuccessBody(operationId, successStatus, body);
      });

      for (const status of Object.keys(doc.responses).filter((s) => /^[45]\d\d$/.test(s))) {
        const code = doc.responses[status]?.content?.["application/json"]?.schema?.properties?.code?.const;
        // The class comes from core's one status -> class table, the one the generator's `@throws` docs use.
        const Expected = errorClassFor(Number(status));
        it(`surfaces a documented ${status} as ${Expected.kind} with code ${String(code)}`, async () => {
          const target = byOperationId.get(operationId);
          if (!target) throw new Error(`no package exports a function for ${operationId}`);
          const { client } = recordingClient();
          const error = await target.fn(client, params, { headers: { Prefer: `code=${status}` } }).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(Expected);
          expect(error).toBeInstanceOf(APIError);
          expect(error).toBeInstanceOf(OpenPhoneError);
          const apiError = error as APIError;
          expect(apiError.status).toBe(Number(status));
          expect(apiError.code).toBe(code);
          expect(apiError.message).toMatch(new RegExp(`^${status} `));
          covered.responses.add(`${operationId} ${status}`);
        });
      }
    });
  }
});

describe("response validation", () => {
  it("bodies Prism generates from the spec (Prefer: dynamic=true) pass for every operation", async () => {
    // Prism's bodies are random (json-schema-faker 0.5, unseeded): 3 rounds in CI; raise
    // CONTRACT_DYNAMIC_ROUNDS (say 300) to hunt for a corner where the spec, Prism and core disagree.
    const rounds = Number(process.env.CONTRACT_DYNAMIC_ROUNDS ?? 3);
    const { client, statuses } = recordingClient();
    for (const [operationId, target] of byOperationId) {
      for (let round = 0; round < rounds; round++) {
        await target.fn(client, validParams[operationId] ?? {}, { headers: { Prefer: "dynamic=true" } });
      }
    }
    expect(statuses).toHaveLength(rounds * byOperationId.size);
  }, 600_000);
});

describe("authentication", () => {
  it("a call without the Authorization header gets Prism's 401 as AuthenticationError", async () => {
    const { client, statuses } = recordingClient();
    client.use({
      onRequest({ request }) {
        request.headers.delete("Authorization");
        return request;
      },
    });
    const error = await phoneNumbers.listPhoneNumbers(client).catch((e: unknown) => e);
    expect(statuses).toEqual([401]);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as APIError).status).toBe(401);
  });

  it("sends the raw key as Authorization (no Bearer) and a User-Agent naming the SDK", async () => {
    const seen: Headers[] = [];
    const client = createClient({ apiKey: "raw-key-123", baseUrl });
    client.use({ onRequest: ({ request }) => void seen.push(request.headers) });
    await phoneNumbers.listPhoneNumbers(client);
    expect(seen[0]?.get("authorization")).toBe("raw-key-123");
    expect(seen[0]?.get("user-agent")).toMatch(/^openphone-sdk-typescript\/\d+\.\d+\.\d+/);
  });
});

describe("request serialization", () => {
  it("Prism rejects what the spec forbids, so the success cases above prove serialization", async () => {
    const { client, statuses } = recordingClient();
    // maxResults above the spec's maximum: only a spec-validating server refuses this. The SDK refuses it
    // first, without sending; validate: false lets it through to show that Prism checks what it receives.
    const params = { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 1000 };
    const refused = await calls.listCalls(client, params).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(statuses).toEqual([]);
    const error = await calls.listCalls(client, params, { validate: false }).catch((e: unknown) => e);
    expect(statuses).toEqual([400]);
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it("sends array query parameters as repeated keys", async () => {
    const { client } = recordingClient();
    const urls: string[] = [];
    client.use({ onRequest: ({ request }) => void urls.push(request.url) });
    await contacts.listContacts(client, { externalIds: ["a+1", "b c"], maxResults: 5 });
    expect(urls[0]).toBe(`${baseUrl}/v1/contacts?externalIds=a%2B1&externalIds=b%20c&maxResults=5`);
  });
});

afterAll(() => {
  const line = `contract coverage: operations ${covered.success.size}/${documented.size}, responses ${covered.responses.size}/${allResponses.length}`;
  process.stdout.write(`\n${line}\n`);
  const missing = [...documented.keys()].filter((id) => !covered.success.has(id));
  if (missing.length) throw new Error(`${line}\noperations without a passing success-path test: ${missing.join(", ")}`);
  const uncovered = allResponses.filter((r) => !covered.responses.has(r));
  if (uncovered.length) throw new Error(`${line}\ndocumented responses not exercised: ${uncovered.join(", ")}`);
});
