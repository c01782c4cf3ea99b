// ESM consumer: runs in a fresh npm project that installed the packages from the e2e registry.
// Starts the published mock through its API (startMock), calls it through the resource package and
// the umbrella client, and checks typed errors and the malformed-body answer. Prints one JSON line.
import assert from "node:assert/strict";
import { OpenPhone } from "@openphone-sdk/client";
import {
  createClient,
  getMessageById,
  listMessages,
  NotFoundError,
  OpenPhoneError,
  sendMessage,
  VERSION,
} from "@openphone-sdk/messages";
import { startMock } from "@openphone-sdk/mock";

const expectedCore = process.env.E2E_CORE_VERSION;
assert.ok(import.meta.resolve("@openphone-sdk/messages").endsWith("/dist/index.mjs"), "ESM build resolved");
assert.equal(VERSION, expectedCore, "VERSION is the published core version");

const mock = await startMock({ port: 0 });
try {
  const client = createClient({ apiKey: "e2e-key", baseUrl: mock.url, timeoutMs: 10_000 });

  const sent = await sendMessage(client, { content: "Hello from ESM", from: "PN123abc", to: ["+15555555555"] });
  assert.equal(typeof sent.data.id, "string");

  const page = await listMessages(client, {
    phoneNumberId: "PN123abc",
    participants: ["+15555555555"],
    maxResults: 10,
  });
  assert.ok(Array.isArray(page.data) && page.data.length > 0, "listMessages returns the spec's example page");

  await assert.rejects(
    getMessageById(client, { id: "AC123abc" }, { headers: { Prefer: "code=404" } }),
    (error) => error instanceof NotFoundError && error instanceof OpenPhoneError && error.status === 404,
  );

  const op = new OpenPhone({ apiKey: "e2e-key", baseUrl: mock.url, timeoutMs: 10_000 });
  const numbers = await op.phoneNumbers.listPhoneNumbers();
  assert.ok(Array.isArray(numbers.data));
  const viaUmbrella = await op.messages.getMessageById({ id: "AC123abc" });
  assert.equal(typeof viaUmbrella.data.id, "string");

  // The pinned Prism sub-packages answer a malformed JSON body with 400; the 5.16 ones never answer.
  const started = Date.now();
  const malformed = await fetch(`${mock.url}/v1/messages`, {
    method: "POST",
    headers: { Authorization: "e2e-key", "Content-Type": "application/json" },
    body: "{not json",
    signal: AbortSignal.timeout(10_000),
  });
  assert.equal(malformed.status, 400, "malformed JSON body -> 400");
  await malformed.body?.cancel();

  console.log(
    JSON.stringify({
      ok: true,
      format: "esm",
      node: process.version,
      mock: mock.url,
      malformedMs: Date.now() - started,
    }),
  );
} finally {
  await mock.close();
}
