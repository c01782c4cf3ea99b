// Runs worker.mjs in workerd: bundles it with esbuild from the consumer's node_modules, starts it with
// miniflare, sends it signed deliveries and asks it to call the mock. Run by the e2e harness on Node with
// E2E_TOOLS_DIR (where esbuild and miniflare are installed), E2E_MOCK_URL. Prints one JSON line.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { signFixture } from "@openphone-sdk/webhooks";
import { WEBHOOK_FIXTURES } from "@openphone-sdk/webhooks/fixtures";

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
const standardKey = `whsec_${btoa("e2e-workerd-standard-webhooks-secret")}`;
const mf = new Miniflare({
  modules: true,
  script,
  compatibilityDate: "2026-07-01",
  bindings: {
    SIGNING_KEYS: JSON.stringify([legacyKey, standardKey]),
    API_KEY: "e2e-workerd-key",
    MOCK_URL: process.env.E2E_MOCK_URL,
  },
});
try {
  // Every sample delivery of every generation, signed with the key of its scheme.
  for (const fixture of WEBHOOK_FIXTURES) {
    const delivery = await signFixture(fixture, fixture.generation === "2026-03-30" ? standardKey : legacyKey);
    const ok = await mf.dispatchFetch("http://worker/webhooks", {
      method: "POST",
      headers: delivery.headers,
      body: delivery.body,
    });
    assert.equal(ok.status, 200, `${fixture.generation} ${fixture.type}: ${await ok.text()}`);
    const bad = await mf.dispatchFetch("http://worker/webhooks", {
      method: "POST",
      headers: delivery.headers,
      body: delivery.body.replace(/"type"/, ' "type"'),
    });
    assert.equal(bad.status, 400, `a tampered ${fixture.generation} delivery is refused`);
    await bad.text();
  }
  const handled = await (await mf.dispatchFetch("http://worker/handled")).json();
  assert.equal(handled.length, WEBHOOK_FIXTURES.length, `one handler run per delivery: ${JSON.stringify(handled)}`);
  const call = await mf.dispatchFetch("http://worker/call");
  const called = await call.json();
  assert.equal(call.status, 200, JSON.stringify(called));
  assert.equal(typeof called.sent, "string");
  assert.equal(called.notFound, true, "typed NotFoundError inside the Worker");
  console.log(JSON.stringify({ ok: true, runtime: "workerd", bundleBytes: script.length, deliveries: handled.length }));
} finally {
  await mf.dispose();
}
