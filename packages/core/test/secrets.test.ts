/** The API key must never show in an error (message, stack, JSON, util.inspect) or a log line. */
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type ClientOptions, createClient } from "../src/client.js";
import { OpenPhoneError } from "../src/errors.js";
import type { Logger } from "../src/log.js";
import { defineResponseSchemas, ResponseValidationError } from "../src/validate-responses.js";
import { SteppingClock } from "./helpers/clocks.js";
import { closedPort, type FaultServer, type Step, startFaultServer } from "./helpers/fault-server.js";
import { getMessageById, sendMessage } from "./helpers/ops.js";

const KEY = "sk_live_Zq7XwV3pL9tN2rB8mK4c";
/** A key with characters that JSON escapes, so an echo inside a JSON body looks different from the key. */
const QUOTED_KEY = 'sk_"quoted\\key_R4nd0m';

let server: FaultServer;
let lines: string[];
let clock: SteppingClock;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  lines = [];
  clock = new SteppingClock();
});

const logger: Logger = {
  debug: (message, data) => void lines.push(message, JSON.stringify(data ?? null), inspect(data, { depth: 10 })),
  info: (message, data) => void lines.push(message, JSON.stringify(data ?? null)),
  warn: (message, data) => void lines.push(message, JSON.stringify(data ?? null)),
  error: (message, data) => void lines.push(message, JSON.stringify(data ?? null)),
};

function client(options: ClientOptions = {}) {
  return createClient({
    apiKey: KEY,
    baseUrl: server.url,
    rateLimit: false,
    logLevel: "debug",
    logger,
    clock,
    ...options,
  });
}

/** Every way an error can be turned into text. */
function renderings(error: unknown): string[] {
  const e = error as Error & { cause?: unknown };
  return [
    String(e.message),
    String(e),
    String(e.stack),
    JSON.stringify(e),
    inspect(e, { depth: Number.POSITIVE_INFINITY }),
    inspect(e, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    inspect(e.cause, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ];
}

/** The server repeats the Authorization header back in the body and a header, as a careless proxy might. */
const echo =
  (status: number, render: (auth: string) => string, contentType = "application/json"): Step =>
  (req, res) => {
    const auth = String(req.headers.authorization);
    const body = render(auth);
    res.writeHead(status, {
      "content-type": contentType,
      "x-echo-auth": auth,
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  };

const cases: [string, Step[], ClientOptions?][] = [
  ["a 401 JSON body and header echoing the key", [echo(401, (auth) => JSON.stringify({ message: `Bad key ${auth}` }))]],
  [
    "the alternative error shape echoing the key",
    [echo(500, (auth) => JSON.stringify({ error: { message: `key ${auth}`, key: auth, trace: auth } }))],
    { maxRetries: 0 },
  ],
  [
    "an HTML page echoing the key",
    [echo(502, (auth) => `<html><title>${auth}</title></html>`, "text/html")],
    { maxRetries: 0 },
  ],
  ["truncated JSON echoing the key", [echo(500, (auth) => `{"message": "${auth}`)], { maxRetries: 0 }],
  ["a 200 that is not JSON, starting with the key", [echo(200, (auth) => `${auth} is not json`)]],
  ["a reset before the body was read", [{ reset: "before-body" }, { reset: "before-body" }, { reset: "before-body" }]],
  ["a reset after the body was read", [{ reset: "after-body" }, { reset: "after-body" }, { reset: "after-body" }]],
  ["a timeout", [{ hang: "before-headers" }], { maxRetries: 0 }],
  ["a body that never ends", [{ hang: "mid-body" }], { maxRetries: 0 }],
];

describe("no error or log line holds the key", () => {
  for (const [name, steps, options] of cases) {
    for (const key of [KEY, QUOTED_KEY]) {
      it(`${name} (${key === KEY ? "plain" : "JSON-escaped"} key)`, async () => {
        server.script(...steps);
        const call = getMessageById(client({ apiKey: key, ...options }), { id: "MS1" }).catch((e: unknown) => e);
        if (steps.some((step) => "hang" in step)) {
          await vi.waitFor(() => expect(server.received).toHaveLength(1));
          clock.expireTimeouts();
        }
        const error = await call;
        expect(error).toBeInstanceOf(OpenPhoneError);
        expect(server.received[0]?.headers.authorization).toBe(key);
        for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(key);
        expect(lines.some((line) => line.includes("[redacted]"))).toBe(true);
      });
    }
  }

  it("connection refused, for GET and POST", async () => {
    const c = client({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
    const errors = [
      await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e),
      await sendMessage(c, { content: "x", from: "PN1", to: ["+15555550100"] }).catch((e: unknown) => e),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(OpenPhoneError);
      for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(KEY);
    }
  });

  it("an invalid header value, which fetch reports by quoting the value", async () => {
    const error = await getMessageById(client(), { id: "MS1" }, { headers: { "X-Debug": `${KEY}\nx` } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as Error).message).toMatch(
      /^GET \/v1\/messages\/\{id\}: the request could not be built: invalid header "X-Debug"/,
    );
    expect(server.received).toHaveLength(0);
    for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(KEY);
  });

  it("a fetch that fails with the key in its message and cause", async () => {
    const c = client({
      fetch: async (input, init) => {
        const auth = new Request(input, init).headers.get("authorization");
        throw new TypeError(`fetch failed for ${auth}`, {
          cause: Object.assign(new Error(`socket ${auth}`), { code: "ECONNRESET" }),
        });
      },
    });
    const error = await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^GET \/v1\/messages\/\{id\} to 127\.0\.0\.1:\d+ failed: ECONNRESET$/);
    for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(KEY);
    // The cause chain is kept for debugging, scrubbed, with its error codes.
    const cause = (error as Error).cause as Error & { cause: Error & { code: string } };
    expect(cause.message).toBe("fetch failed for [redacted]");
    expect(cause.cause.message).toBe("socket [redacted]");
    expect(cause.cause.code).toBe("ECONNRESET");
  });

  it("middleware that throws with the key in its message", async () => {
    const c = client();
    c.use({
      onRequest: ({ request }) => {
        throw new Error(`refusing ${request.headers.get("authorization")}`);
      },
    });
    const error = await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e);
    expect((error as Error).message).toBe("GET /v1/messages/{id}: the request could not be built: refusing [redacted]");
    for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(KEY);
  });

  it("the HTTP reason phrase echoing the key", async () => {
    server.script((req, res) => {
      res.writeHead(401, `Bad key ${req.headers.authorization}`, { "content-length": "0" });
      res.end();
    });
    const error = await getMessageById(client(), { id: "MS1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as Error).message).toBe("401 Bad key [redacted]");
    expect((error as { response: Response }).response.statusText).toBe("Bad key [redacted]");
    for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(KEY);
  });

  it('validateResponses: "error" quoting a body that echoes the key', async () => {
    server.script(echo(200, (auth) => JSON.stringify({ data: { id: auth, text: "hi" } })));
    const responseSchemas = defineResponseSchemas({
      getMessageById_v1: { o: { data: { o: { id: { t: "s", p: "^MS", m: "must be a message id" } } } } },
    });
    const c = client({ validateResponses: "error", responseSchemas });
    const error = await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("[redacted]");
    for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(KEY);
  });

  it("an OpenPhoneError thrown by a custom fetch or by middleware", async () => {
    const fromFetch = client({
      fetch: async () => {
        throw new OpenPhoneError(`custom transport refused ${KEY}`, { cause: new Error(`inner ${KEY}`) });
      },
    });
    const fromMiddleware = client();
    fromMiddleware.use({
      onRequest: () => {
        throw new OpenPhoneError(`middleware refused ${KEY}`);
      },
    });
    for (const c of [fromFetch, fromMiddleware]) {
      const error = await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpenPhoneError);
      expect((error as Error).message).toMatch(/refused \[redacted\]$/);
      for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(KEY);
    }
  });

  it("a foreign error whose code holds the key", async () => {
    const c = client({
      maxRetries: 0,
      fetch: async () => {
        throw new TypeError("fetch failed", { cause: Object.assign(new Error("socket"), { code: KEY }) });
      },
    });
    const error = await getMessageById(c, { id: "MS1" }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^GET \/v1\/messages\/\{id\} to 127\.0\.0\.1:\d+ failed: \[redacted\]$/);
    for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(KEY);
  });

  it("a copy of the key in another letter case (a redirect to http://<key>.invalid/, whose host is lower-cased)", async () => {
    server.script((req, res) => {
      res.writeHead(302, { location: `http://${req.headers.authorization}.invalid/`, "content-length": "0" });
      res.end();
    });
    const error = await getMessageById(client({ maxRetries: 0 }), { id: "MS1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenPhoneError);
    for (const text of [...renderings(error), ...lines]) {
      expect(text).not.toContain(KEY);
      expect(text.toLowerCase()).not.toContain(KEY.toLowerCase());
    }
  });

  it("the debug line's data, for custom headers holding the key", async () => {
    server.script({ status: 200, body: { data: { id: "MS1" } } });
    const c = client({ headers: { "X-Api-Key-Copy": KEY } });
    await getMessageById(c, { id: "MS1" }, { headers: { "X-Per-Call": `k=${KEY.toUpperCase()}` } });
    const data = lines.find((line) => line.startsWith("{") && line.includes("authorization"));
    expect(JSON.parse(data ?? "{}").headers).toMatchObject({
      "x-api-key-copy": "[redacted]",
      "x-per-call": "k=[redacted]",
      authorization: "[redacted]",
    });
    for (const line of lines) expect(line.toLowerCase()).not.toContain(KEY.toLowerCase());
  });

  it("the debug line shows the Authorization header redacted entirely", async () => {
    server.script({ status: 200, body: { data: { id: "MS1" } } });
    await getMessageById(client(), { id: "MS1" });
    const data = lines.find((line) => line.startsWith("{") && line.includes("authorization"));
    expect(JSON.parse(data ?? "{}").headers.authorization).toBe("[redacted]");
  });

  it("nor does the client object", () => {
    const c = client();
    for (const text of [JSON.stringify(c), inspect(c, { depth: Number.POSITIVE_INFINITY, showHidden: true })]) {
      expect(text).not.toContain(KEY);
    }
  });

  it("nor the errors for a bad key or bad options", () => {
    for (const apiKey of [`${KEY}\n`, ` ${KEY}`, `"${KEY}"\u00e9`]) {
      const error = (() => {
        try {
          createClient({ apiKey });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(OpenPhoneError);
      for (const text of renderings(error)) expect(text).not.toContain(KEY);
    }
  });
});
