// Runs worker.mjs in workerd: bundles it with esbuild from the consumer's node_modules, starts it with
// miniflare, sends it signed deliveries and asks it to call the mock. Run by the e2e harness on Node with
// E2E_TOOLS_DIR (where esbuild and miniflare are installed), E2E_MOCK_URL. Prints one JSON line.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sign } from "@openphone-sdk/webhooks";

const tools = createRequire(join(process.env.E2E_TOOLS_DIR, "package.json"));
const esbuild = tools("esbuild");
const { Miniflare } = tools("miniflare");
const here = fileURLToPath(new URL(".", import.meta.url));

const bundle = await esbuild.build({
  entryPoints: [join(here, "worker.mjs")],
  bundle: true,
  format: "esm",
  platform: "browser",
  conditions: ["workerd", "worker", "browser"],
  write: false,
  minify: false,
  logLevel: "error",
});
const script = bundle.outputFiles[0].text;
assert.ok(!/from\s*["']node:/.test(script), "the bundle imports no Node built-ins");

const legacyKey = btoa("e2e-workerd-legacy-signing-key-0123");
const mf = new Miniflare({
  modules: true,
  script,
  compatibilityDate: "2026-07-01",
  bindings: {
    SIGNING_KEYS: JSON.stringify([legacyKey]),
    API_KEY: "e2e-workerd-key",
    MOCK_URL: process.env.E2E_MOCK_URL,
  },
});
try {
  const delivery = JSON.stringify({
    id: "EVc67ec998b35c41d388af50799aeeba3e",
    object: "event",
    apiVersion: "v3",
    createdAt: "2022-01-24T19:30:55.400Z",
    type: "message.received",
    data: {
      object: {
        id: "AC24a8b8321c4f4cf2be110f4250793d51",
        object: "message",
        from: "+15555555555",
        to: "+15551234567",
        direction: "incoming",
        body: "Hello from workerd",
        media: [],
        status: "received",
        createdAt: "2022-01-24T19:30:55.400Z",
        userId: "USu5AsEHuQ",
        phoneNumberId: "PNtoDbDhuz",
        conversationId: "CN0d4e4f6b1f0a4d8b",
      },
    },
  });
  const signature = await sign(delivery, legacyKey);
  const ok = await mf.dispatchFetch("http://worker/webhooks", {
    method: "POST",
    headers: { "content-type": "application/json", "openphone-signature": signature },
    body: delivery,
  });
  assert.equal(ok.status, 200, await ok.text());
  const bad = await mf.dispatchFetch("http://worker/webhooks", {
    method: "POST",
    headers: { "content-type": "application/json", "openphone-signature": signature },
    body: delivery.replace("Hello", "Hullo"),
  });
  assert.equal(bad.status, 400, "a tampered delivery is refused");
  await bad.text();
  const handled = await (await mf.dispatchFetch("http://worker/handled")).json();
  assert.deepEqual(handled, [{ type: "message.received", id: "AC24a8b8321c4f4cf2be110f4250793d51" }]);
  const call = await mf.dispatchFetch("http://worker/call");
  const called = await call.json();
  assert.equal(call.status, 200, JSON.stringify(called));
  assert.equal(typeof called.sent, "string");
  assert.equal(called.notFound, true, "typed NotFoundError inside the Worker");
  console.log(JSON.stringify({ ok: true, runtime: "workerd", bundleBytes: script.length }));
} finally {
  await mf.dispose();
}
