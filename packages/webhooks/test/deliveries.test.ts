/**
 * Every vendor-shaped fixture of every generation through `unwrap` and through the router on loopback with
 * both adapters; once-per-delivery semantics; streamed oversize bodies.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { WEBHOOK_FIXTURES, WEBHOOK_GENERATIONS, type WebhookFixture, webhookFixture } from "../src/fixtures.js";
import {
  MemoryDeliveryStore,
  type MessageReceivedEventV20260330,
  type MessageV3,
  type MessageV4,
  sign,
  signFixture,
  toFetchHandler,
  toNodeMiddleware,
  unwrap,
  WEBHOOK_EVENT_TYPES,
  type WebhookDeliveryStore,
  type WebhookEvent,
  WebhookRouter,
  type WebhookRouterOptions,
} from "../src/index.js";
import { KEY, listen as listenAt } from "./helpers.js";

// Dozens of real HTTP round trips per test: on a loaded 2-core CI box that outlasts vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const SECRET = `whsec_${Buffer.alloc(32, 9).toString("base64")}`;
const KEYS = [KEY, SECRET];
const keyFor = (fixture: WebhookFixture) => (fixture.generation === "2026-03-30" ? SECRET : KEY);

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
afterEach(() => {
  vi.restoreAllMocks();
});

const listen = (listener: Listener) => listenAt(listener, "/hooks");

/** node:http -> a streaming Request -> handler -> node:http, as a fetch-style runtime does it. */
function fetchBridge(handler: (request: Request) => Promise<Response>): Listener {
  return async (req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const body = hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined;
    const init = { method: req.method, headers, body, duplex: "half" };
    const request = new Request(`http://127.0.0.1${req.url}`, init as RequestInit);
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
    req.destroy();
  };
}

const adapters: [string, (router: WebhookRouter) => Listener][] = [
  ["fetch handler", (router) => fetchBridge(toFetchHandler(router))],
  ["node middleware", (router) => toNodeMiddleware(router)],
];

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.json() };
}

/** The spec's (type, generation) pairs: what the fixtures must cover. */
function specPairs(): string[] {
  const doc = JSON.parse(readFileSync(new URL("../../../spec/webhooks.openapi.json", import.meta.url), "utf8"));
  const schemas = doc.components.schemas as Record<string, { oneOf?: { $ref: string }[]; properties: Json }>;
  type Json = Record<string, { const?: string; enum?: string[] }>;
  const pairs: string[] = [];
  for (const type of Object.keys(doc.webhooks)) {
    const union = doc.webhooks[type].post.requestBody.content["application/json"].schema.$ref.split("/").pop();
    for (const variant of schemas[union]?.oneOf ?? []) {
      const version = schemas[variant.$ref.split("/").pop() as string]?.properties.apiVersion;
      const generation = version?.const ?? (version?.enum?.includes("v3") ? "v3" : "?");
      pairs.push(`${type} ${generation}`);
    }
  }
  return pairs.sort();
}

describe("fixtures", () => {
  it("cover every event of every generation in spec/webhooks.openapi.json, once", () => {
    const pairs = WEBHOOK_FIXTURES.map((f) => `${f.type} ${f.generation}`).sort();
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toEqual(specPairs());
    expect(pairs).toHaveLength(30);
    for (const type of WEBHOOK_EVENT_TYPES)
      expect(
        pairs.some((p) => p.startsWith(`${type} `)),
        type,
      ).toBe(true);
  });

  it.each(WEBHOOK_FIXTURES.map((f) => [`${f.type} (${f.generation})`, f] as const))(
    "%s has its generation's envelope and quotes a source",
    (_, fixture) => {
      const event = fixture.event as unknown as Record<string, unknown> & { data: Record<string, unknown> };
      expect(fixture.source.length).toBeGreaterThan(10);
      expect(event.type).toBe(fixture.type);
      if (fixture.generation === "2026-03-30") {
        expect(event.apiVersion).toBe("2026-03-30");
        expect(Object.keys(event.data).sort()).toEqual(["context", "links", "resource"]);
        expect(event).not.toHaveProperty("object");
      } else {
        expect(event.apiVersion).toBe(fixture.generation);
        expect(event.object).toBe("event");
        expect(Object.keys(event.data)).toEqual(["object"]);
      }
    },
  );

  it("legacy app messages carry body and one to string; API ones the REST text", () => {
    const app = webhookFixture("message.received", "v3").event;
    const api = webhookFixture("message.delivered", "v4").event;
    if (app.type !== "message.received" || app.apiVersion === "2026-03-30" || app.apiVersion === "v4") {
      throw new Error("expected a v3 message.received");
    }
    expectTypeOf(app.data.object).toEqualTypeOf<MessageV3>();
    expect(app.data.object.body).toBe("Hello");
    expect(typeof app.data.object.to).toBe("string");
    if (api.type !== "message.delivered" || api.apiVersion !== "v4") throw new Error("expected v4");
    expectTypeOf(api.data.object).toEqualTypeOf<MessageV4>();
    expect(api.data.object.to).toEqual(["+15555550123"]);
  });

  it("webhookFixture copies, and names what exists when asked for what does not", () => {
    const a = webhookFixture("call.completed", "v4");
    (a.event as { id: string }).id = "changed";
    expect(webhookFixture("call.completed", "v4").event.id).not.toBe("changed");
    expect(() => webhookFixture("call.missed", "v4")).toThrow(/v4 webhooks send no "call.missed" event; they send: /);
    expect(() => webhookFixture("__proto__", "v3")).toThrow(TypeError);
    expect(() => webhookFixture("message.received", "v9" as never)).toThrow(/unknown generation "v9"/);
    expect(WEBHOOK_GENERATIONS).toEqual(["v3", "v4", "2026-03-30"]);
  });
});

describe("every fixture, signed as the vendor signs it", () => {
  it.each(WEBHOOK_FIXTURES.map((f) => [`${f.type} (${f.generation})`, f] as const))(
    "%s passes unwrap with its own key and with the mixed key array",
    async (_, fixture) => {
      const { body, headers } = await signFixture(fixture, keyFor(fixture));
      expect(await unwrap(body, headers, keyFor(fixture))).toEqual(fixture.event);
      expect(await unwrap(Buffer.from(body), new Headers(headers), KEYS)).toEqual(fixture.event);
      if (fixture.generation === "2026-03-30") {
        expect(headers).toHaveProperty("webhook-id");
        expect(new Webhook(SECRET).verify(body, headers)).toEqual(fixture.event); // the reference agrees
      } else {
        expect(headers["openphone-signature"]).toMatch(/^hmac;1;\d+;/);
      }
    },
  );
});

describe.each(adapters)("router on loopback, %s", (_, adapt) => {
  function setup(options: Partial<WebhookRouterOptions> = {}) {
    const ran: WebhookEvent[] = [];
    const router = new WebhookRouter({ signingKey: KEYS, onError: () => {}, ...options });
    for (const type of WEBHOOK_EVENT_TYPES) router.on(type, (event) => void ran.push(event));
    return { router, ran };
  }

  it("delivers every fixture of every generation to its typed handler, once", async () => {
    const { router, ran } = setup();
    const url = await listen(adapt(router));
    for (const fixture of WEBHOOK_FIXTURES) {
      const { body, headers } = await signFixture(fixture, keyFor(fixture));
      expect(await post(url, body, headers), fixture.type).toEqual({
        status: 200,
        body: { received: true, handled: true },
      });
      // The vendor sends the same delivery again (a lost answer): acknowledged, not run again.
      expect(await post(url, body, headers)).toEqual({
        status: 200,
        body: { received: true, handled: false, duplicate: true },
      });
    }
    expect(ran).toEqual(WEBHOOK_FIXTURES.map((f) => f.event));
  });

  it("a delivery whose handler failed runs again on redelivery, then is acknowledged as a duplicate", async () => {
    let calls = 0;
    const router = new WebhookRouter({ signingKey: KEYS, onError: () => {} }).on("message.received", () => {
      calls++;
      if (calls === 1) throw new Error("database down");
    });
    const url = await listen(adapt(router));
    for (const generation of WEBHOOK_GENERATIONS) {
      calls = 0;
      const { body, headers } = await signFixture(
        webhookFixture("message.received", generation),
        keyFor(webhookFixture("message.received", generation)),
      );
      expect((await post(url, body, headers)).status).toBe(500);
      expect(await post(url, body, headers)).toEqual({ status: 200, body: { received: true, handled: true } });
      expect((await post(url, body, headers)).body).toEqual({ received: true, handled: false, duplicate: true });
      expect(calls, generation).toBe(2);
    }
  });

  it("Standard Webhooks: the same webhook-id re-signed later is a duplicate; another id is a new delivery", async () => {
    const { router, ran } = setup();
    const url = await listen(adapt(router));
    const fixture = webhookFixture("call.completed", "2026-03-30");
    const now = Date.now();
    const first = await signFixture(fixture, SECRET, { id: "msg_retry_1", timestamp: now - 60_000 });
    const retry = await signFixture(fixture, SECRET, { id: "msg_retry_1", timestamp: now });
    const other = await signFixture(fixture, SECRET, { id: "msg_other", timestamp: now });
    expect((await post(url, first.body, first.headers)).body).toEqual({ received: true, handled: true });
    expect((await post(url, retry.body, retry.headers)).body).toEqual({
      received: true,
      handled: false,
      duplicate: true,
    });
    expect((await post(url, other.body, other.headers)).body).toEqual({ received: true, handled: true });
    expect(ran).toHaveLength(2);
  });

  it("legacy: the same event and signature timestamp is a duplicate; a new timestamp or body is not", async () => {
    const { router, ran } = setup();
    const url = await listen(adapt(router));
    const fixture = webhookFixture("message.received", "v3");
    const ts = Date.now() - 1000;
    const body = JSON.stringify(fixture.event);
    const header = await sign(body, KEY, { timestamp: ts });
    const post1 = (b: string, h: string) =>
      post(url, b, { "openphone-signature": h, "content-type": "application/json" });
    expect((await post1(body, header)).body.handled).toBe(true);
    expect((await post1(body, header)).body.duplicate).toBe(true);
    expect((await post1(body, await sign(body, KEY, { timestamp: ts + 1 }))).body.handled).toBe(true);
    const changed = JSON.stringify({ ...fixture.event, type: "message.delivered" });
    expect((await post1(changed, await sign(changed, KEY, { timestamp: ts }))).body.handled).toBe(true);
    expect(ran).toHaveLength(3);
  });

  it("a 200-entry signature header is refused (400) without running anything, in either scheme", async () => {
    const { router, ran } = setup();
    const url = await listen(adapt(router));
    const decoy = Buffer.alloc(32).toString("base64");
    for (const fixture of [webhookFixture("message.received", "v3"), webhookFixture("message.received")]) {
      const { body, headers } = await signFixture(fixture, keyFor(fixture));
      const huge =
        fixture.generation === "2026-03-30"
          ? {
              ...headers,
              "webhook-signature": `${Array(199).fill(`v1,${decoy}`).join(" ")} ${headers["webhook-signature"]}`,
            }
          : {
              ...headers,
              "openphone-signature": `${Array(199).fill(`hmac;1;1;${decoy}`).join(",")},${headers["openphone-signature"]}`,
            };
      expect(await post(url, body, huge)).toEqual({
        status: 400,
        body: { error: "invalid_signature", reason: "malformed_header" },
      });
    }
    expect(ran).toEqual([]);
  });

  it("a delivery store that fails to read answers 500 (nothing ran); one that fails to write still answers 200", async () => {
    const reading: WebhookDeliveryStore = { has: () => Promise.reject(new Error("redis down")), add: () => {} };
    const writing: WebhookDeliveryStore = { has: () => false, add: () => Promise.reject(new Error("redis down")) };
    const fixture = webhookFixture("message.received");
    const { body, headers } = await signFixture(fixture, SECRET);
    const a = setup({ deliveryStore: reading });
    expect(await post(await listen(adapt(a.router)), body, headers)).toEqual({
      status: 500,
      body: { error: "delivery_store_failed" },
    });
    expect(a.ran).toEqual([]);
    const onError = vi.fn();
    const b = setup({ deliveryStore: writing, onError });
    expect((await post(await listen(adapt(b.router)), body, headers)).status).toBe(200);
    expect(b.ran).toHaveLength(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "redis down" }), expect.anything());
  });
});

describe("WebhookRouter delivery bookkeeping", () => {
  it("a redelivery arriving while the first is still running answers 409 and does not run it twice", async () => {
    let release = () => {};
    let calls = 0;
    const router = new WebhookRouter({ signingKey: SECRET, onError: () => {} }).on("call.ringing", async () => {
      calls++;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    const { body, headers } = await signFixture(webhookFixture("call.ringing"), SECRET);
    const first = router.receive(body, headers);
    await vi.waitFor(() => expect(calls).toBe(1));
    expect((await router.receive(body, headers)).status).toBe(409);
    release();
    expect((await first).status).toBe(200);
    expect((await router.receive(body, headers)).body).toEqual({ received: true, handled: false, duplicate: true });
    expect(calls).toBe(1);
  });

  it("deliveryStore: false runs every delivery; a bad store or TTL is refused up front", async () => {
    let calls = 0;
    const router = new WebhookRouter({ signingKey: SECRET, deliveryStore: false }).on("call.missed", () => {
      calls++;
    });
    const { body, headers } = await signFixture(webhookFixture("call.missed"), SECRET);
    await router.receive(body, headers);
    await router.receive(body, headers);
    expect(calls).toBe(2);
    expect(() => new WebhookRouter({ signingKey: SECRET, deliveryStore: {} as never })).toThrow(TypeError);
    expect(() => new WebhookRouter({ signingKey: SECRET, deliveryTtlMs: 0 })).toThrow(TypeError);
  });

  it("unknown extra fields, an unknown apiVersion and a prototype-named webhook-id pass through untouched", async () => {
    const seen: unknown[] = [];
    const router = new WebhookRouter({ signingKey: SECRET }).on("message.received", (event) => void seen.push(event));
    const base = webhookFixture("message.received").event;
    const event = {
      ...base,
      apiVersion: "2027-01-01",
      futureField: { nested: [1, 2] },
      data: {
        ...base.data,
        resource: { ...(base.data as { resource: object }).resource, __proto__: { x: 1 }, extra: 1 },
      },
    };
    const body = JSON.stringify(event);
    for (const id of ["__proto__", "constructor", "..", "."]) {
      const headers = await sign(body, SECRET, { scheme: "standard", id });
      expect((await router.receive(body, headers)).body, id).toEqual({ received: true, handled: true });
      expect((await router.receive(body, headers)).body, id).toEqual({
        received: true,
        handled: false,
        duplicate: true,
      });
    }
    expect(seen).toHaveLength(4);
    expect(seen[0]).toEqual(JSON.parse(body));
  });

  it("MemoryDeliveryStore forgets after the TTL and keeps at most maxEntries, oldest out first", () => {
    let now = 1_000;
    const store = new MemoryDeliveryStore({ maxEntries: 3, now: () => now });
    store.add("a", 100);
    expect(store.has("a")).toBe(true);
    now += 100;
    expect(store.has("a")).toBe(false);
    for (const key of ["__proto__", "constructor", "b", "c"]) store.add(key, 1_000);
    expect(store.size).toBe(3);
    expect(store.has("__proto__")).toBe(false);
    expect(store.has("constructor")).toBe(true);
    expect(() => new MemoryDeliveryStore({ maxEntries: 0 })).toThrow(TypeError);
  });

  it("narrows each handler's event by apiVersion without casts", () => {
    new WebhookRouter({ signingKey: SECRET }).on("message.received", (event) => {
      if (event.apiVersion === "2026-03-30") {
        expectTypeOf(event).toEqualTypeOf<MessageReceivedEventV20260330>();
        expectTypeOf(event.data.context.recipientIdentifiers).toEqualTypeOf<string[]>();
      } else if (event.apiVersion === "v4") {
        expectTypeOf(event.data.object.to).toEqualTypeOf<string[] | string>();
      } else {
        expectTypeOf(event.data.object.body).toEqualTypeOf<string>();
      }
    });
  });
});

/** A body stream of `total` bytes in 64 KiB chunks, counting what the reader pulled. */
function countingStream(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk.length;
      controller.enqueue(chunk);
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

describe("a streamed 50 MB body without content-length", () => {
  const FIFTY_MB = 50 * 1024 * 1024;
  const LIMIT = 1024 * 1024;

  it("fetch handler: stops reading just past maxBodyBytes, cancels the stream, answers 413", async () => {
    const router = new WebhookRouter({ signingKey: SECRET, maxBodyBytes: LIMIT, onError: () => {} });
    const { stream, counter } = countingStream(FIFTY_MB);
    const request = new Request("http://localhost/hooks", {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { "webhook-id": "msg_1" },
    } as RequestInit);
    const response = await toFetchHandler(router)(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "payload_too_large" });
    expect(counter.pulled).toBeLessThan(LIMIT + 4 * 64 * 1024);
    expect(counter.cancelled).toBe(true);
  });

  it("node middleware on a real server: answers 413 and closes the connection instead of reading 50 MB", async () => {
    let serverRead = 0;
    const router = new WebhookRouter({ signingKey: SECRET, maxBodyBytes: LIMIT, onError: () => {} });
    const middleware = toNodeMiddleware(router);
    const url = new URL(
      await listen((req, res) => {
        req.on("data", (chunk: Buffer) => {
          serverRead += chunk.length;
        });
        void middleware(req, res);
      }),
    );
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    const outcome = await new Promise<{ status?: number; error?: string }>((resolve) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "transfer-encoding": "chunked" },
        },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode });
        },
      );
      req.on("error", (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
      const pump = () => {
        while (written < FIFTY_MB && !req.destroyed) {
          written += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        if (!req.destroyed) req.end();
      };
      pump();
    });
    // Either the 413 arrives, or the closed connection resets the sender first.
    expect(outcome.status === 413 || ["ECONNRESET", "EPIPE"].includes(outcome.error ?? "")).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(serverRead).toBeLessThan(LIMIT + 16 * 64 * 1024);
    expect(written).toBeLessThan(FIFTY_MB / 2);
  });

  it("node middleware: a declared content-length over the limit is refused before reading", async () => {
    const router = new WebhookRouter({ signingKey: SECRET, maxBodyBytes: LIMIT, onError: () => {} });
    const url = await listen(toNodeMiddleware(router));
    const body = randomBytes(LIMIT + 1);
    const response = await fetch(url, { method: "POST", body, signal: AbortSignal.timeout(10_000) }).catch((e) => e);
    if (response instanceof Response) expect(response.status).toBe(413);
    else expect(String(response.cause?.code ?? response)).toMatch(/ECONNRESET|EPIPE|UND_ERR_SOCKET/);
  });
});
