// Portable consumer: the same checks on Bun and Deno (and Node, as a control), with no Node built-ins.
// Runs in the fresh npm project that installed the packages from the e2e registry; the harness starts the
// published mock (a Node program: Prism) and passes its URL. Servers this script needs (a fault server, a
// webhook receiver) are started with the runtime's own server API (Bun.serve / Deno.serve), so the SDK
// meets each runtime's fetch, Request/Response and WebCrypto. Prints one JSON line.
import {
  APIConnectionTimeoutError,
  createClient,
  getMessageById,
  InternalServerError,
  listMessages,
  NotFoundError,
  OpenPhoneError,
  paginate,
  sendMessage,
  VERSION,
} from "@openphone-sdk/messages";
import { sign, signFixture, toFetchHandler, unwrap, WEBHOOK_EVENT_TYPES, WebhookRouter } from "@openphone-sdk/webhooks";
import { WEBHOOK_FIXTURES, webhookFixture } from "@openphone-sdk/webhooks/fixtures";

const runtime = globalThis.Bun ? "bun" : globalThis.Deno ? "deno" : "node";
const env = (name) => (globalThis.Deno ? globalThis.Deno.env.get(name) : globalThis.process?.env[name]);
const version = globalThis.Bun
  ? globalThis.Bun.version
  : globalThis.Deno
    ? globalThis.Deno.version.deno
    : globalThis.process.versions.node;

const mockUrl = env("E2E_MOCK_URL");
const expectedCore = env("E2E_CORE_VERSION");
const checks = [];

function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

async function rejects(promise, test, message) {
  try {
    await promise;
  } catch (error) {
    if (test(error)) return error;
    throw new Error(`${message}: unexpected error ${error?.name}: ${error?.message}`);
  }
  throw new Error(`${message}: resolved`);
}

async function check(name, task) {
  const started = Date.now();
  await task();
  checks.push(`${name} ${Date.now() - started}ms`);
}

/** Serves `handler` on a free loopback port with the runtime's own server; resolves to { url, close }. */
async function serve(handler) {
  if (globalThis.Bun) {
    const server = globalThis.Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: handler });
    return { url: `http://127.0.0.1:${server.port}`, close: () => server.stop(true) };
  }
  if (globalThis.Deno) {
    const controller = new AbortController();
    let resolveAddress;
    const listening = new Promise((resolve) => {
      resolveAddress = resolve;
    });
    const server = globalThis.Deno.serve(
      { hostname: "127.0.0.1", port: 0, signal: controller.signal, onListen: (address) => resolveAddress(address) },
      handler,
    );
    const address = await listening;
    return {
      url: `http://127.0.0.1:${address.port}`,
      close: async () => {
        controller.abort();
        await server.finished;
      },
    };
  }
  throw new Error("portable.mjs runs on Bun or Deno; Node runs esm.mjs and cjs.cjs");
}

assert(mockUrl, "E2E_MOCK_URL is set");
assert(VERSION === expectedCore, `VERSION ${VERSION} is the published core version ${expectedCore}`);
const client = createClient({ apiKey: "e2e-portable-key", baseUrl: mockUrl, timeoutMs: 10_000 });

await check("calls", async () => {
  const sent = await sendMessage(client, { content: `Hello from ${runtime}`, from: "PN123abc", to: ["+15555555555"] });
  assert(typeof sent.data.id === "string", "sendMessage resolves to the message");
  const page = await listMessages(client, { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 5 });
  assert(Array.isArray(page.data), "listMessages resolves to a page");
  await rejects(
    getMessageById(client, { id: "AC123abc" }, { headers: { Prefer: "code=404" } }),
    (error) => error instanceof NotFoundError && error instanceof OpenPhoneError && error.status === 404,
    "a 404 is a NotFoundError",
  );
});

await check("paginate", async () => {
  // The mock's generated lists hold 25 items: at 10 a page, paginate walks three pages and stops at maxItems.
  const ids = [];
  const params = { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10 };
  for await (const message of paginate(listMessages, client, params, { maxItems: 22 })) ids.push(message.id);
  assert(ids.length === 22, `paginate yields 22 items, got ${ids.length}`);
  assert(new Set(ids).size === 22, "no item twice");
});

await check("retries", async () => {
  // A fault server: 503 twice, then a real message (taken from the mock). GET is retried; POST is not.
  const good = await getMessageById(client, { id: "AC123abc" });
  const seen = [];
  const fault = await serve(async (request) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
    const failures = seen.filter((s) => s.startsWith(request.method)).length;
    if (request.method === "GET" && failures > 2) return Response.json(good);
    return new Response("busy", { status: 503, headers: { "Retry-After": "0" } });
  });
  try {
    const faulty = createClient({ apiKey: "e2e-portable-key", baseUrl: fault.url, timeoutMs: 5_000, maxRetries: 3 });
    const got = await getMessageById(faulty, { id: "AC123abc" });
    assert(got.data.id === good.data.id, "the third GET answers");
    assert(seen.filter((s) => s.startsWith("GET")).length === 3, `GET sent 3 times: ${seen}`);
    await rejects(
      sendMessage(faulty, { content: "once", from: "PN123abc", to: ["+15555555555"] }),
      (error) => error instanceof InternalServerError || (error instanceof OpenPhoneError && error.status === 503),
      "a POST answered 503 fails",
    );
    assert(seen.filter((s) => s.startsWith("POST")).length === 1, `POST sent once (no duplicate SMS): ${seen}`);
  } finally {
    await fault.close();
  }
});

await check("timeout", async () => {
  // A server that never answers: the per-attempt timeout ends the call with a typed error.
  const stall = await serve(() => new Promise(() => {}));
  try {
    const slow = createClient({ apiKey: "e2e-portable-key", baseUrl: stall.url, timeoutMs: 300, maxRetries: 0 });
    await rejects(
      getMessageById(slow, { id: "AC123abc" }),
      (error) => error instanceof APIConnectionTimeoutError,
      "a stalled server times out",
    );
  } finally {
    await stall.close().catch(() => undefined);
  }
});

await check("webhooks", async () => {
  // Every sample delivery of every generation (legacy app v3, legacy API v4, the 2026-03-30 Standard
  // Webhooks system), signed as OpenPhone would, through a WebhookRouter served by the runtime. One router
  // holds a legacy base64 key and a whsec_ secret at once (a team migrating).
  const legacyKey = btoa("e2e-legacy-signing-key-0123456789");
  const standardKey = `whsec_${btoa("e2e-standard-webhooks-secret-012345")}`;
  const handled = [];
  const router = new WebhookRouter({ signingKey: [legacyKey, standardKey] });
  for (const type of WEBHOOK_EVENT_TYPES) {
    router.on(type, (event) => {
      handled.push(`${event.apiVersion} ${event.type}`);
    });
  }
  const receiver = await serve(toFetchHandler(router));
  const post = (delivery, body = delivery.body) =>
    fetch(`${receiver.url}/webhooks`, { method: "POST", headers: delivery.headers, body });
  try {
    const generations = new Set();
    for (const fixture of WEBHOOK_FIXTURES) {
      const key = fixture.generation === "2026-03-30" ? standardKey : legacyKey;
      const delivery = await signFixture(fixture, key);
      const event = await unwrap(delivery.body, delivery.headers, [legacyKey, standardKey]);
      assert(event.type === fixture.type, `unwrap verifies ${fixture.generation} ${fixture.type}`);
      const ok = await post(delivery);
      assert(ok.status === 200, `${fixture.generation} ${fixture.type} is accepted (${ok.status})`);
      await ok.body?.cancel();
      const tampered = await post(delivery, delivery.body.replace(/"type"/, ' "type"'));
      assert(tampered.status === 400, `a tampered ${fixture.generation} delivery is refused (${tampered.status})`);
      await tampered.body?.cancel();
      generations.add(fixture.generation);
    }
    assert(handled.length === WEBHOOK_FIXTURES.length, `one handler run per delivery: ${handled.length}`);
    assert(generations.size === 3, "all three generations delivered");
    // The vendor retries: a redelivery (same webhook-id) after success is acknowledged without running again.
    const again = await signFixture(webhookFixture("message.received", "2026-03-30"), standardKey, { id: "msg_e2e" });
    for (let i = 0; i < 2; i++) {
      const answer = await post(again);
      assert(answer.status === 200, `redelivery ${i} answered 200`);
      await answer.body?.cancel();
    }
    assert(handled.length === WEBHOOK_FIXTURES.length + 1, "a redelivered webhook-id runs its handler once");
    const signature = await sign("{}", legacyKey);
    assert(signature.startsWith("hmac;1;"), "legacy sign");
  } finally {
    await receiver.close();
  }
  checks.push(`deliveries ${handled.length}`);
});

console.log(JSON.stringify({ ok: true, runtime, version, checks }));
