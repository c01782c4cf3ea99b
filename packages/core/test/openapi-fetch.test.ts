import { describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { openapiFetchClient } from "../src/openapi-fetch.js";

describe("openapiFetchClient", () => {
  it("calls any path with the client's base URL, key, headers and middleware", async () => {
    const seen: Request[] = [];
    const client = createClient({
      apiKey: "raw-client-key",
      baseUrl: "http://api.test",
      headers: { "X-Team": "platform" },
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        return new Response('{"data":[]}', { status: 200, headers: { "content-type": "application/json" } });
      },
    });
    const tagged: string[] = [];
    const raw = openapiFetchClient(client);
    // Registered after the raw client was made: still applies.
    client.use({
      onRequest: ({ request }) => {
        request.headers.set("X-Trace", "t1");
        return request;
      },
      onResponse: ({ response }) => void tagged.push(String(response.status)),
    });
    const { data, response } = await raw.GET(
      "/v1/phone-numbers" as never,
      { params: { query: { userId: "US1" } } } as never,
    );
    expect(response.status).toBe(200);
    expect(data).toEqual({ data: [] });
    expect(seen[0]?.url).toBe("http://api.test/v1/phone-numbers?userId=US1");
    expect(seen[0]?.headers.get("authorization")).toBe("raw-client-key");
    expect(seen[0]?.headers.get("x-team")).toBe("platform");
    expect(seen[0]?.headers.get("x-trace")).toBe("t1");
    expect(tagged).toEqual(["200"]);
  });
});
