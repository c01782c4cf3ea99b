// CommonJS consumer: the same checks as esm.mjs through require(), plus the dual-package case: a
// client made by the CommonJS build works with functions of the ESM build, and errors thrown by one
// are `instanceof` the other's classes.
const assert = require("node:assert/strict");
const { OpenPhone } = require("@openphone-sdk/client");
const {
  createClient,
  getMessageById,
  listMessages,
  NotFoundError,
  OpenPhoneError,
  sendMessage,
  VERSION,
} = require("@openphone-sdk/messages");
const { startMock } = require("@openphone-sdk/mock");

async function main() {
  assert.ok(require.resolve("@openphone-sdk/messages").endsWith("/dist/index.cjs"), "CommonJS build resolved");
  assert.equal(VERSION, process.env.E2E_CORE_VERSION, "VERSION is the published core version");

  const mock = await startMock({ port: 0 });
  try {
    const client = createClient({ apiKey: "e2e-key", baseUrl: mock.url, timeoutMs: 10_000 });

    const sent = await sendMessage(client, { content: "Hello from CJS", from: "PN123abc", to: ["+15555555555"] });
    assert.equal(typeof sent.data.id, "string");

    const page = await listMessages(client, {
      phoneNumberId: "PN123abc",
      participants: ["+15555555555"],
      maxResults: 10,
    });
    assert.ok(Array.isArray(page.data) && page.data.length > 0);

    await assert.rejects(
      getMessageById(client, { id: "AC123abc" }, { headers: { Prefer: "code=404" } }),
      (error) => error instanceof NotFoundError && error instanceof OpenPhoneError && error.status === 404,
    );

    const op = new OpenPhone({ apiKey: "e2e-key", baseUrl: mock.url, timeoutMs: 10_000 });
    const contacts = await op.contacts.listContacts({ externalIds: ["664d0db69fcac7cf2e6ec"], maxResults: 10 });
    assert.ok(Array.isArray(contacts.data));

    // Dual package: ESM functions with the CommonJS client, errors across the two builds.
    const esm = await import("@openphone-sdk/messages");
    assert.notEqual(esm.sendMessage, sendMessage, "two module instances");
    const again = await esm.getMessageById(client, { id: "AC123abc" });
    assert.equal(typeof again.data.id, "string");
    await assert.rejects(
      esm.getMessageById(client, { id: "AC123abc" }, { headers: { Prefer: "code=404" } }),
      (error) => error instanceof NotFoundError && error instanceof esm.NotFoundError,
    );

    const malformed = await fetch(`${mock.url}/v1/messages`, {
      method: "POST",
      headers: { Authorization: "e2e-key", "Content-Type": "application/json" },
      body: "{not json",
      signal: AbortSignal.timeout(10_000),
    });
    assert.equal(malformed.status, 400, "malformed JSON body -> 400");
    await malformed.body?.cancel();

    console.log(JSON.stringify({ ok: true, format: "cjs", node: process.version, mock: mock.url }));
  } finally {
    await mock.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
