// Runs inside a real headless Chromium (bundled by esbuild into page.html). An API key must not ship to a
// browser: createClient refuses unless the caller opts in with `dangerouslyAllowBrowser: true`.
import { createClient, getMessageById, OpenPhoneError } from "@openphone-sdk/messages";

const report = { ok: false, userAgent: navigator.userAgent };
try {
  try {
    createClient({ apiKey: "e2e-browser-key", baseUrl: __MOCK_URL__ });
    report.refused = false;
  } catch (error) {
    report.refused = error instanceof OpenPhoneError && /dangerouslyAllowBrowser/.test(error.message);
    report.message = error.message;
    report.leaked = error.message.includes("e2e-browser-key") || String(error.stack).includes("e2e-browser-key");
  }
  const allowed = createClient({ apiKey: "e2e-browser-key", baseUrl: __MOCK_URL__, dangerouslyAllowBrowser: true });
  const message = await getMessageById(allowed, { id: "AC123abc" });
  report.called = typeof message.data.id === "string";
  report.ok = report.refused === true && report.leaked === false && report.called === true;
} catch (error) {
  report.error = `${error?.name}: ${error?.message}`;
}
document.body.textContent = JSON.stringify(report);
