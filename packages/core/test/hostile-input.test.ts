/**
 * Input a careless or hostile caller passes: each gets a typed error saying what was wrong, and nothing is
 * sent (and so nothing is retried).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ClientOptions, createClient } from "../src/client.js";
import { OpenPhoneError, ValidationError } from "../src/errors.js";
import { check } from "../src/internal.js";
import { paginate } from "../src/paginate.js";
import type { Rule } from "../src/validate.js";
import { SteppingClock } from "./helpers/clocks.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { deleteContact, getMessageById, listCalls, sendMessage } from "./helpers/ops.js";

let server: FaultServer;
let attempts: number;
beforeAll(async () => {
  server = await startFaultServer({ fallback: { status: 200, body: { data: { id: "MS1" } } } });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  attempts = 0;
});

function client(options: ClientOptions = {}) {
  return createClient({
    apiKey: "hostile-key",
    baseUrl: server.url,
    rateLimit: false,
    logLevel: "off",
    clock: new SteppingClock(),
    fetch: (input, init) => {
      attempts++;
      return fetch(input, init);
    },
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: Error) => error,
  );
}

describe("regular-expression work is bounded", () => {
  it("a string over its maximum length is not also run through its pattern", () => {
    // 60,000 spaces as `content` once spent 1.8 s in the pattern after the length check had already failed.
    const rule: Rule = { t: "s", x: 1600, p: "^(?!\\s*$).+$", m: "must not be blank" };
    const issues = check(rule, " ".repeat(60_000)).map((i) => i.message);
    expect(issues).toEqual([`"${" ".repeat(38)}… has length 60000, above the maximum 1600`]);
  });
});

describe("path values", () => {
  for (const id of [".", ".."]) {
    it(`"${id}" is refused, even with validate: false (URL normalization would turn DELETE /v1/contacts/${id} into DELETE /v1/)`, async () => {
      for (const validate of [true, false]) {
        const error = await failure(deleteContact(client({ validate }), { id }));
        expect(error).toBeInstanceOf(OpenPhoneError);
        expect(error.message).toBe(
          `DELETE /v1/contacts/{id}: the request could not be built: path parameter "id" cannot be "${id}" (URL normalization would drop it)`,
        );
      }
      expect(attempts).toBe(0);
      expect(server.received).toHaveLength(0);
    });
  }

  it("values that merely contain dots are sent, encoded", async () => {
    server.script({ status: 204 }, { status: 204 });
    await deleteContact(client({ validate: false }), { id: "a.b" });
    await deleteContact(client({ validate: false }), { id: "../x" });
    expect(server.received.map((r) => r.url)).toEqual(["/v1/contacts/a.b", "/v1/contacts/..%2Fx"]);
  });
});

describe("params are read from own properties only", () => {
  for (const key of ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"]) {
    it(`an own "${key}" key is an unknown param (a ValidationError), not a TypeError`, async () => {
      const params = JSON.parse(`{"id": "MS1", "${key}": "x"}`) as { id: string };
      const error = await failure(getMessageById(client({ validate: false }), params));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        { path: key, message: "is not a parameter of getMessageById_v1, which takes id" },
      ]);
      expect(attempts).toBe(0);
    });
  }

  it("inherited members are not params: an object with a prototype sends only its own keys", async () => {
    const params = Object.assign(Object.create({ inherited: "x", constructor: "y" }), { id: "MS1" });
    await getMessageById(client(), params);
    expect(server.received.map((r) => r.url)).toEqual(["/v1/messages/MS1"]);
  });
});

describe("params that throw when read", () => {
  it("a getter that throws is a typed error naming the call, and nothing is sent", async () => {
    const params = {
      content: "hi",
      from: "PN1",
      get to(): string[] {
        throw new Error("getter exploded");
      },
    };
    const error = await failure(sendMessage(client(), params));
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect(error.message).toBe("POST /v1/messages: the params could not be read: getter exploded");
    expect(attempts).toBe(0);
  });

  it("a Proxy whose traps throw is a typed error, and nothing is sent", async () => {
    const params = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no keys for you");
        },
      },
    );
    const error = await failure(getMessageById(client(), params as { id: string }));
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect(error.message).toBe("GET /v1/messages/{id}: the params could not be read: no keys for you");
    expect(attempts).toBe(0);
  });

  it("a body value whose toJSON throws is a typed error, and nothing is sent", async () => {
    const to = Object.assign(["+15555550100"], {
      toJSON: () => {
        throw new Error("cannot serialize");
      },
    });
    const error = await failure(sendMessage(client({ validate: false }), { content: "hi", from: "PN1", to }));
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect(error.message).toBe("POST /v1/messages: the request could not be built: cannot serialize");
    expect(attempts).toBe(0);
  });
});

describe("header values outside Latin-1", () => {
  it("per call: a typed error before anything is sent, and no retry", async () => {
    const error = await failure(getMessageById(client(), { id: "MS1" }, { headers: { "X-Team": "Zoë 🚀" } }));
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect(error.message).toMatch(
      /^GET \/v1\/messages\/\{id\}: the request could not be built: invalid header "X-Team"/,
    );
    expect(attempts).toBe(0);
    expect(server.received).toHaveLength(0);
  });

  it("on the client: refused by createClient", () => {
    expect(() => client({ headers: { "X-Team": "日本" } })).toThrow(OpenPhoneError);
  });

  it("set by middleware: a typed error, nothing sent", async () => {
    const c = client();
    c.use({
      onRequest: ({ request }) => {
        request.headers.set("X-Team", "🚀");
        return request;
      },
    });
    const error = await failure(getMessageById(c, { id: "MS1" }));
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect(error.message).toMatch(/^GET \/v1\/messages\/\{id\}: the request could not be built: /);
    expect(attempts).toBe(0);
  });
});

describe("pagination that cycles", () => {
  it("tokens A -> B -> A stop with a clear error instead of paging forever", async () => {
    const page = (next: string) => ({ status: 200, body: { data: [{ id: "AC1", duration: 1 }], nextPageToken: next } });
    server.script(page("A"), page("B"), page("A"), page("B"));
    const seen: string[] = [];
    const params = { phoneNumberId: "PN1", participants: ["+15555550100"], maxResults: 1 };
    const error = await (async () => {
      for await (const call of paginate(listCalls, client(), params)) seen.push(call.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as Error).message).toBe(
      "Pagination stopped: the API returned a pageToken it had already returned (after 3 pages), which would repeat pages forever",
    );
    expect(server.count("GET")).toBe(3);
    expect(seen).toHaveLength(3);
  });
});
