/**
 * An API key must not ship to a browser: createClient refuses there unless the caller opts in. The real
 * headless-Chromium check runs in the e2e (packages/e2e/consumer/browser); these cover the detection with
 * DOM-like globals, including a browser web worker.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createClient, OpenPhoneError } from "../src/index.js";

const KEY = "sk_browser_secret_123";
const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g.window;
  delete g.WorkerGlobalScope;
  delete g.importScripts;
});

describe("createClient in a browser", () => {
  it("runs where there is no window (Node)", () => {
    expect(() => createClient({ apiKey: KEY })).not.toThrow();
  });

  it("refuses in a page (window with a document) without dangerouslyAllowBrowser, without quoting the key", () => {
    g.window = { document: {} };
    let error: unknown;
    try {
      createClient({ apiKey: KEY });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as Error).message).toMatch(/dangerouslyAllowBrowser: true/);
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain(KEY);
  });

  it("refuses in a browser web worker", () => {
    g.WorkerGlobalScope = function WorkerGlobalScope() {};
    g.importScripts = () => undefined;
    expect(() => createClient({ apiKey: KEY })).toThrow(/refuses to run in a browser/);
  });

  it("a truthy value that is not true does not opt in", () => {
    g.window = { document: {} };
    expect(() => createClient({ apiKey: KEY, dangerouslyAllowBrowser: "yes" as unknown as boolean })).toThrow(
      OpenPhoneError,
    );
  });

  it("creates the client with dangerouslyAllowBrowser: true", () => {
    g.window = { document: {} };
    expect(() => createClient({ apiKey: KEY, dangerouslyAllowBrowser: true })).not.toThrow();
  });

  it("a window without a document (some test shims) is not a browser", () => {
    g.window = {};
    expect(() => createClient({ apiKey: KEY })).not.toThrow();
  });
});
