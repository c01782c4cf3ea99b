// Runs page.mjs in Debian's Chromium, headless: bundles it with esbuild from the consumer's node_modules,
// inlines it into one HTML file (file:// pages cannot load module scripts from disk) and reads the report
// the page writes into its body with --dump-dom. E2E_TOOLS_DIR (esbuild), E2E_MOCK_URL, E2E_CHROMIUM.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const tools = createRequire(join(process.env.E2E_TOOLS_DIR, "package.json"));
const esbuild = tools("esbuild");
const here = fileURLToPath(new URL(".", import.meta.url));
const bundle = await esbuild.build({
  entryPoints: [join(here, "page.mjs")],
  bundle: true,
  format: "esm",
  platform: "browser",
  write: false,
  logLevel: "error",
  define: { __MOCK_URL__: JSON.stringify(process.env.E2E_MOCK_URL) },
});
const dir = mkdtempSync(join(tmpdir(), "openphone-browser-"));
try {
  const page = join(dir, "page.html");
  const script = bundle.outputFiles[0].text.replaceAll("</script", "<\\/script");
  writeFileSync(page, `<!doctype html><html><body>pending<script type="module">${script}</script></body></html>`);
  const dom = execFileSync(
    process.env.E2E_CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      `--user-data-dir=${join(dir, "profile")}`,
      "--virtual-time-budget=15000",
      "--dump-dom",
      `file://${page}`,
    ],
    { encoding: "utf8", timeout: 90_000, stdio: ["ignore", "pipe", "pipe"] },
  );
  const json = /<body>(\{.*\})<\/body>/s.exec(dom)?.[1];
  assert.ok(json, `the page wrote its report: ${dom.slice(0, 2_000)}`);
  const report = JSON.parse(
    json.replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"'),
  );
  assert.equal(report.refused, true, `createClient refused in the browser: ${json}`);
  assert.equal(report.leaked, false, "the refusal does not quote the key");
  assert.equal(report.called, true, `with dangerouslyAllowBrowser the call works: ${json}`);
  console.log(
    JSON.stringify({ ok: report.ok, runtime: "chromium", userAgent: report.userAgent, message: report.message }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
