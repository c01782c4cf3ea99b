import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient, OpenPhoneError } from "../src/index.js";
import { request } from "../src/internal.js";

afterEach(() => vi.unstubAllEnvs());

describe("createClient", () => {
  it("refuses to build without an API key, saying where to put one", () => {
    vi.stubEnv("OPENPHONE_API_KEY", "");
    expect(() => createClient()).toThrowError(OpenPhoneError);
    expect(() => createClient()).toThrowError(/Missing API key: pass \{ apiKey \}.*OPENPHONE_API_KEY/);
  });

  it("falls back to OPENPHONE_API_KEY and sends it raw as Authorization", async () => {
    vi.stubEnv("OPENPHONE_API_KEY", "env-key-1");
    const seen: Request[] = [];
    const client = createClient({
      baseUrl: "http://127.0.0.1:1",
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
      },
    });
    await request(client, { id: "listPhoneNumbers_v1", method: "GET", path: "/v1/phone-numbers", params: {} }, {}, {});
    expect(seen[0]?.headers.get("authorization")).toBe("env-key-1");
  });

  it("refuses a key with a newline without echoing it", () => {
    const key = "sk-secret-value\n";
    let message = "";
    try {
      createClient({ apiKey: key });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/Invalid API key/);
    expect(message).not.toContain("sk-secret-value");
  });

  it("keeps the key out of the client's own serialization", () => {
    const client = createClient({ apiKey: "sk-do-not-print" });
    expect(JSON.stringify(client)).not.toContain("sk-do-not-print");
    expect(String(Object.values(client))).not.toContain("sk-do-not-print");
  });

  it("refuses Authorization in headers and a non-positive timeout", () => {
    expect(() => createClient({ apiKey: "k", headers: { authorization: "x" } })).toThrowError(/not through headers/);
    expect(() => createClient({ apiKey: "k", timeoutMs: 0 })).toThrowError(/timeoutMs must be a number above 0.*got 0/);
    // setTimeout would fire a longer timer at once.
    expect(() => createClient({ apiKey: "k", timeoutMs: Number.POSITIVE_INFINITY })).toThrowError(
      /at most 2147483647, got Infinity/,
    );
  });
});
