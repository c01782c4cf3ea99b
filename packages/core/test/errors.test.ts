import { createRequire } from "node:module";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "../src/client.js";
import {
  APIConnectionError,
  APIError,
  APIResponseParseError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  OpenPhoneError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
} from "../src/errors.js";
import type * as core from "../src/index.js";
import { type FaultServer, type Step, startFaultServer } from "./helpers/fault-server.js";
import { deleteContact, getMessageById, sendMessage } from "./helpers/ops.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = () =>
  createClient({ apiKey: "test-key", baseUrl: server.url, rateLimit: false, maxRetries: 0, logLevel: "off" });

async function errorFor(step: Step): Promise<APIError> {
  server.script(step);
  return getMessageById(client(), { id: "MS1" }).then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: APIError) => error,
  );
}

const SPEC_404 = {
  message: "Contact not found",
  code: "0301404",
  status: 404,
  docs: "https://openphone.com/docs",
  title: "Not Found",
  trace: "3f2a9c1d7e5b",
};

describe("error bodies", () => {
  it("the spec's body: every field, and the message format", async () => {
    const error = await errorFor({ status: 404, body: SPEC_404, headers: { "x-request-id": "req-1" } });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe("404 Not Found (0301404): Contact not found [trace 3f2a9c1d…]");
    expect(error.name).toBe("NotFoundError");
    expect(error).toMatchObject({
      status: 404,
      code: "0301404",
      title: "Not Found",
      docs: "https://openphone.com/docs",
      trace: "3f2a9c1d7e5b",
      errors: [],
      retryCount: 0,
    });
    expect(error.headers.get("x-request-id")).toBe("req-1");
    expect(error.response?.status).toBe(404);
  });

  it("field errors are listed in the message", async () => {
    const error = await errorFor({
      status: 400,
      body: {
        message: "Invalid request",
        code: "0800400",
        title: "Bad Request",
        errors: [{ path: "/to/0", message: "must match E.164" }, { message: "content is required" }],
      },
    });
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe(
      "400 Bad Request (0800400): Invalid request - /to/0: must match E.164; content is required",
    );
    expect(error.errors).toHaveLength(2);
  });

  it('the alternative {"error": {message, key, trace}} shape', async () => {
    const error = await errorFor({
      status: 401,
      body: { error: { message: "Invalid API key", key: "invalid_api_key", trace: "abc" } },
    });
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe("invalid_api_key");
    expect(error.trace).toBe("abc");
    expect(error.message).toBe("401 Unauthorized (invalid_api_key): Invalid API key [trace abc]");
  });

  it("an HTML 502 page from the gateway", async () => {
    const html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
    const error = await errorFor({ status: 502, body: html, headers: { "content-type": "text/html" } });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe("502 Bad Gateway");
    expect(error.rawBody).toBe(html);
    expect(error.body).toEqual({});
  });

  it("an HTML page with another title keeps it as the detail", async () => {
    const error = await errorFor({ status: 503, body: "<html><title>Maintenance</title><p>back soon</p></html>" });
    expect(error.message).toBe("503 Service Unavailable: Maintenance");
  });

  it("an empty body", async () => {
    const error = await errorFor({ status: 503 });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe("503 Service Unavailable");
  });

  it("an empty body sent without Content-Length", async () => {
    const error = await errorFor((_req, res) => {
      res.writeHead(500, { "transfer-encoding": "chunked" });
      res.end();
    });
    expect(error.message).toBe("500 Internal Server Error");
  });

  it("truncated JSON", async () => {
    const error = await errorFor({
      status: 500,
      body: '{"message": "Internal err',
      headers: { "content-type": "application/json" },
    });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe('500 Internal Server Error: {"message": "Internal err');
    expect(error.rawBody).toBe('{"message": "Internal err');
  });

  it("JSON that is not an object", async () => {
    const error = await errorFor({ status: 500, body: "[1,2]", headers: { "content-type": "application/json" } });
    expect(error.message).toBe("500 Internal Server Error");
    const text = await errorFor({ status: 500, body: '"oops"', headers: { "content-type": "application/json" } });
    expect(text.message).toBe("500 Internal Server Error: oops");
  });

  it("a long plain-text body is cut to 120 characters", async () => {
    const error = await errorFor({ status: 500, body: "x".repeat(500) });
    expect(error.message).toBe(`500 Internal Server Error: ${"x".repeat(120)}…`);
  });

  it("a success body that is not JSON is APIResponseParseError, not a SyntaxError", async () => {
    server.script({ status: 200, body: '{"data": {"id": "MS', headers: { "content-type": "application/json" } });
    const error = await getMessageById(client(), { id: "MS1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect((error as APIResponseParseError).status).toBe(200);
    expect((error as Error).message).toBe(
      "200 response to GET /v1/messages/{id} is not valid JSON (19 bytes received)",
    );
  });

  it("a success with an empty body, where the spec documents one, is APIResponseParseError", async () => {
    server.script({ status: 202 }, { status: 200, body: "" });
    const error = await sendMessage(client(), { content: "x", from: "PN1", to: ["+15555550100"] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect((error as Error).message).toBe(
      "202 response to POST /v1/messages has an empty body, where the spec documents a JSON body",
    );
    expect(await getMessageById(client(), { id: "MS1" }).catch((e: unknown) => e)).toBeInstanceOf(
      APIResponseParseError,
    );
  });

  it("a success with an empty body resolves to undefined where the spec documents none", async () => {
    server.script({ status: 204 }, { status: 200 });
    await expect(deleteContact(client(), { id: "CT1" })).resolves.toBeUndefined();
    await expect(deleteContact(client(), { id: "CT1" })).resolves.toBeUndefined();
  });
});

describe("status classes", () => {
  const table: [number, typeof APIError][] = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [402, PaymentRequiredError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [599, InternalServerError],
  ];
  for (const [status, Expected] of table) {
    it(`${status} is ${Expected.name}, an APIError and an OpenPhoneError`, async () => {
      const error = await errorFor({ status, body: { message: "x" } });
      expect(error).toBeInstanceOf(Expected);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toBeInstanceOf(OpenPhoneError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(Expected.name);
      for (const [, Other] of table) if (Other !== Expected) expect(error).not.toBeInstanceOf(Other);
    });
  }

  it("any other status is a plain APIError", async () => {
    const error = await errorFor({ status: 418, body: { message: "teapot" } });
    expect(error.name).toBe("APIError");
    expect(error.message).toBe("418 I'm a Teapot: teapot");
    expect(error).not.toBeInstanceOf(BadRequestError);
  });

  it("serializes to a compact JSON object", async () => {
    const error = await errorFor({ status: 404, body: SPEC_404 });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "NotFoundError",
      message: "404 Not Found (0301404): Contact not found [trace 3f2a9c1d…]",
      status: 404,
      code: "0301404",
      title: "Not Found",
      docs: "https://openphone.com/docs",
      trace: "3f2a9c1d7e5b",
      errors: [],
      retryCount: 0,
    });
  });
});

describe("instanceof across two copies of core", () => {
  // The built CommonJS file is a second, separate copy of every class (as with two installed versions).
  const require = createRequire(import.meta.url);
  const copy = require("../dist/index.cjs") as typeof core;

  it("the copy's classes are not ours", () => {
    expect(copy.NotFoundError).not.toBe(NotFoundError);
    expect(Object.getPrototypeOf(new copy.OpenPhoneError("x"))).not.toBe(OpenPhoneError.prototype);
  });

  it("an error made by the copy is an instance of our classes, and the reverse", () => {
    const init = { status: 404, body: { message: "gone" }, headers: new Headers() };
    const theirs = copy.APIError.from(init);
    expect(theirs).toBeInstanceOf(NotFoundError);
    expect(theirs).toBeInstanceOf(APIError);
    expect(theirs).toBeInstanceOf(OpenPhoneError);
    expect(theirs).not.toBeInstanceOf(ConflictError);
    const ours = APIError.from({ ...init, status: 429 });
    expect(ours).toBeInstanceOf(copy.RateLimitError);
    expect(ours).toBeInstanceOf(copy.OpenPhoneError);
    expect(ours).not.toBeInstanceOf(copy.NotFoundError);
    expect(new copy.APIConnectionTimeoutError("t")).toBeInstanceOf(APIConnectionError);
    expect(new copy.ValidationError("op", [])).not.toBeInstanceOf(APIError);
    expect({}).not.toBeInstanceOf(copy.OpenPhoneError);
  });

  it("a client made by the copy works with our request(), and its errors are ours", async () => {
    server.script({ status: 409, body: { message: "duplicate" } });
    const theirClient = copy.createClient({ apiKey: "k", baseUrl: server.url, rateLimit: false, maxRetries: 0 });
    const error = await getMessageById(theirClient, { id: "MS1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(copy.ConflictError);
    expect(error).toBeInstanceOf(ConflictError);
  });
});

describe("bad input", () => {
  it("bad client options are refused with a clear OpenPhoneError", () => {
    expect(() => createClient({ apiKey: "k", maxRetries: -1 })).toThrow(
      "maxRetries must be a whole number, 0 or more, got -1",
    );
    expect(() => createClient({ apiKey: "k", maxRetries: 1.5 })).toThrow(OpenPhoneError);
    expect(() => createClient({ apiKey: "k", timeoutMs: 0 })).toThrow(
      "timeoutMs must be a number above 0 and at most 2147483647, got 0",
    );
    expect(() => createClient({ apiKey: "k", logLevel: "verbose" as never })).toThrow(
      "logLevel must be one of off, error, warn, info, debug, got verbose",
    );
  });

  it("bad per-call options are refused before anything is sent", async () => {
    await expect(getMessageById(client(), { id: "MS1" }, { maxRetries: -2 })).rejects.toThrow(/maxRetries/);
    await expect(getMessageById(client(), { id: "MS1" }, { timeoutMs: -5 })).rejects.toThrow(/timeoutMs/);
    expect(server.received).toHaveLength(0);
  });
});

describe("every error class declares its own kind", () => {
  it("each OpenPhoneError subclass exported has an own static kind equal to its name", async () => {
    const modules = [await import("../src/index.js"), await import("../src/validate-responses.js")];
    const classes = modules.flatMap((m) =>
      Object.values(m).filter(
        (value): value is typeof OpenPhoneError =>
          typeof value === "function" &&
          (value === OpenPhoneError || Object.prototype.isPrototypeOf.call(OpenPhoneError.prototype, value.prototype)),
      ),
    );
    expect(classes.length).toBeGreaterThanOrEqual(17);
    for (const Class of classes) {
      // An inherited kind would make instances of the subclass indistinguishable from its parent's.
      expect(Object.hasOwn(Class, "kind"), Class.name).toBe(true);
      expect(Class.kind).toBe(Class.name);
    }
  });

  it("the status table maps each status to its class, 5xx to InternalServerError, the rest to APIError", async () => {
    const { errorClassFor, STATUS_ERROR_CLASSES } = await import("../src/internal.js");
    expect(Object.fromEntries(Object.entries(STATUS_ERROR_CLASSES).map(([s, c]) => [s, c.kind]))).toEqual({
      400: "BadRequestError",
      401: "AuthenticationError",
      402: "PaymentRequiredError",
      403: "PermissionDeniedError",
      404: "NotFoundError",
      409: "ConflictError",
      429: "RateLimitError",
    });
    expect(errorClassFor(503)).toBe(InternalServerError);
    expect(errorClassFor(418)).toBe(APIError);
  });
});

describe("messages built from hostile bodies are bounded", () => {
  it("a 600,000-character message in the body gives a short message; the body keeps it", async () => {
    const error = await errorFor({ status: 400, body: { message: "m".repeat(600_000), code: "c".repeat(1000) } });
    expect(error.message.length).toBeLessThan(500);
    expect(error.body.message).toHaveLength(600_000);
  });

  it("many long field errors give a short message", async () => {
    const errors = Array.from({ length: 2000 }, (_, i) => ({ path: `/p${i}`, message: "x".repeat(1000) }));
    const error = await errorFor({ status: 400, body: { message: "bad", errors } });
    expect(error.message.length).toBeLessThan(1500);
    expect(error.message).toMatch(/; and 1995 more$/);
  });

  it("a 100 KB body of '<' is summarized from its first 4 KB only, without a pattern over the whole body", async () => {
    // A title after 100 KB of '<': a tag-stripping pattern over the whole body found it (in 8 s); the bounded
    // scan never reads that far.
    const error = await errorFor({ status: 502, body: `${"<".repeat(100_000)}<title>late</title>` });
    expect(error.message).toBe("502 Bad Gateway");
    expect(error.rawBody).toHaveLength(100_019);
  });
});
