/**
 * `client.use` promises openapi-fetch's middleware semantics. Each scenario runs the same middleware through
 * openapi-fetch's own client and through the SDK, against the same local server, and compares what the
 * middleware saw (in order), what the server received and what the call came to.
 */
import createFetchClient, { type Middleware } from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, OpenPhoneError, type OperationSpec, request } from "../src/index.js";
import { closedPort, type FaultServer, startFaultServer } from "./helpers/fault-server.js";

const getThing: OperationSpec = { id: "getThing_v1", method: "GET", path: "/v1/things/{id}", params: { id: "path" } };
const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json", ...headers } });

interface Scenario {
  name: string;
  /** The middleware, in registration order, writing what it sees to `log`. */
  middleware: (log: string[]) => Middleware[];
  /** Send to a port nothing listens on, so fetch fails. */
  refused?: boolean;
}

const scenarios: Scenario[] = [
  {
    name: "onRequest runs in order, onResponse in reverse",
    middleware: (log) => [
      { onRequest: () => void log.push("a.onRequest"), onResponse: () => void log.push("a.onResponse") },
      { onRequest: () => void log.push("b.onRequest"), onResponse: () => void log.push("b.onResponse") },
    ],
  },
  {
    name: "a Request returned by onRequest replaces the request, for later middleware and for fetch",
    middleware: (log) => [
      {
        onRequest: ({ request }) =>
          new Request(request, { headers: { ...Object.fromEntries(request.headers), "x-added": "a" } }),
      },
      { onRequest: ({ request }) => void log.push(`b sees x-added=${request.headers.get("x-added")}`) },
    ],
  },
  {
    name: "a Response returned by onRequest answers the call: no fetch, no later onRequest, no onResponse",
    middleware: (log) => [
      {
        onRequest: () => {
          log.push("a answers");
          return json({ data: { id: "cached" } });
        },
        onResponse: () => void log.push("a.onResponse"),
      },
      { onRequest: () => void log.push("b.onRequest") },
    ],
  },
  {
    name: "a Response returned by onResponse replaces the response for the middleware before it and the caller",
    middleware: (log) => [
      { onResponse: ({ response }) => void log.push(`a sees x-replaced=${response.headers.get("x-replaced")}`) },
      { onResponse: () => json({ data: { id: "replaced" } }, { "x-replaced": "b" }) },
    ],
  },
  {
    name: "onError runs in reverse; a Response recovers, and onResponse then runs on it",
    refused: true,
    middleware: (log) => [
      {
        onError: () => void log.push("a.onError"),
        onResponse: ({ response }) => void log.push(`a.onResponse ${response.status}`),
      },
      {
        onError: () => {
          log.push("b.onError recovers");
          return json({ data: { id: "fallback" } });
        },
      },
    ],
  },
  {
    name: "an Error returned by onError replaces the error for the middleware before it and the caller",
    refused: true,
    middleware: (log) => [
      { onError: ({ error }) => void log.push(`a sees ${(error as Error).message}`) },
      { onError: () => new Error("replaced by b") },
    ],
  },
  {
    name: "onRequest returning anything else is refused",
    middleware: () => [{ onRequest: () => "yes" as never }],
  },
  {
    name: "onResponse returning anything else is refused",
    middleware: () => [{ onResponse: () => ({ status: 200 }) as never }],
  },
];

let server: FaultServer;
let refusedUrl: string;
beforeAll(async () => {
  server = await startFaultServer({ fallback: { status: 200, body: { data: { id: "T1" } } } });
  refusedUrl = `http://127.0.0.1:${await closedPort()}`;
});
afterAll(() => server.close());

type Outcome = { log: string[]; received: string[]; data?: unknown; error?: string };

async function viaOpenapiFetch(scenario: Scenario): Promise<Outcome> {
  server.reset();
  const log: string[] = [];
  const client = createFetchClient({
    baseUrl: scenario.refused ? refusedUrl : server.url,
    headers: { Authorization: "k" },
  });
  client.use(...scenario.middleware(log));
  const outcome = await client.GET("/v1/things/{id}" as never, { params: { path: { id: "T1" } } } as never).then(
    ({ data }) => ({ data }),
    (error: Error) => ({ error: error.message }),
  );
  return { log, received: server.received.map((r) => r.url), ...outcome };
}

async function viaSdk(scenario: Scenario, maxRetries = 0): Promise<Outcome & { thrown?: unknown }> {
  server.reset();
  const log: string[] = [];
  const baseUrl = scenario.refused ? refusedUrl : server.url;
  const client = createClient({ apiKey: "k", baseUrl, rateLimit: false, maxRetries });
  client.use(...scenario.middleware(log));
  const outcome = await request(client, getThing, { id: "T1" }, undefined).then(
    (data) => ({ data }),
    (error: Error) => ({ error: error.message, thrown: error }),
  );
  return { log, received: server.received.map((r) => r.url), ...outcome };
}

describe("client.use follows openapi-fetch's middleware semantics", () => {
  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      const expected = await viaOpenapiFetch(scenario);
      const actual = await viaSdk(scenario);
      expect(actual.log).toEqual(expected.log);
      expect(actual.received).toEqual(expected.received);
      expect(actual.data).toEqual(expected.data);
      // The SDK's messages name the call ("GET /v1/things/{id} …") and wrap the one openapi-fetch throws.
      if (expected.error === undefined) expect(actual.error).toBeUndefined();
      else expect(actual.error).toContain(expected.error === "fetch failed" ? "ECONNREFUSED" : expected.error);
    });
  }

  it("the scenarios exercise every path: answered, replaced, recovered, refused", async () => {
    const outcomes = await Promise.all(scenarios.map((s) => viaOpenapiFetch(s)));
    expect(outcomes.map((o) => (o.error ? "error" : (o.data as { data: { id: string } }).data.id))).toEqual([
      "T1",
      "T1",
      "cached",
      "replaced",
      "fallback",
      "error",
      "error",
      "error",
    ]);
  });

  it("a failing onResponse is reported as a middleware bug, never retried as a connection failure", async () => {
    const throwing: Scenario = {
      name: "onResponse throws",
      middleware: () => [
        {
          onResponse: () => {
            throw new Error("boom from k's middleware");
          },
        },
      ],
    };
    const actual = await viaSdk(throwing, 2);
    expect(actual.thrown).toBeInstanceOf(OpenPhoneError);
    // The key ("k") is redacted even from a middleware's own message.
    expect(actual.error).toBe("GET /v1/things/{id}: middleware onResponse failed: boom from [redacted]'s middleware");
    expect(actual.received).toHaveLength(1);
  });

  it("eject removes middleware", async () => {
    const log: string[] = [];
    const client = createClient({ apiKey: "k", baseUrl: server.url, rateLimit: false });
    const tracer: Middleware = { onRequest: () => void log.push("traced") };
    client.use(tracer);
    await request(client, getThing, { id: "T1" }, undefined);
    client.eject(tracer);
    await request(client, getThing, { id: "T1" }, undefined);
    expect(log).toEqual(["traced"]);
  });
});
