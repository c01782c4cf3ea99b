import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient, OpenPhoneError, type OperationSpec, type Rule, ValidationError } from "../src/index.js";
import { check, request, validateParams } from "../src/internal.js";
import { combineResponseSchemas, defineResponseSchemas, ResponseValidationError } from "../src/validate-responses.js";

/** `path: message` of every issue `check` finds. */
const problems = (rule: Rule, value: unknown) => check(rule, value).map((i) => `${i.path}: ${i.message}`);

const E164: Rule = { t: "s", p: "^\\+[1-9]\\d{1,14}$", m: "must be an E.164 number like +15555555555" };

describe("check", () => {
  it("checks types, telling integers from numbers and null from objects", () => {
    expect(problems({ t: "s" }, 5)).toEqual([": 5 must be a string"]);
    expect(problems({ t: "i" }, 1.5)).toEqual([": 1.5 must be an integer"]);
    expect(problems({ t: "i" }, 2)).toEqual([]);
    expect(problems({ t: "n" }, 2)).toEqual([]);
    expect(problems({ t: "sz" }, null)).toEqual([]);
    expect(problems({ t: "o" }, null)).toEqual([": null must be an object"]);
    expect(problems({ t: "o" }, [])).toEqual([": [] must be an object"]);
    expect(problems({ t: "abz" }, "x")).toEqual([': "x" must be an array or a boolean or null']);
  });

  it("checks enums and consts", () => {
    expect(problems({ e: ["done"] }, "open")).toEqual([': "open" must be "done"']);
    expect(problems({ e: ["enabled", "disabled"] }, "on")).toEqual([': "on" must be "enabled" or "disabled"']);
    expect(problems({ e: ["a", null] }, null)).toEqual([]);
  });

  it("checks patterns with the rule's own text, else the pattern itself", () => {
    expect(problems(E164, "5555550199")).toEqual([': "5555550199" must be an E.164 number like +15555555555']);
    expect(problems(E164, "+15555550199")).toEqual([]);
    expect(problems({ p: "^WG" }, "XX1")).toEqual([': "XX1" must match /^WG/']);
    // A pattern constrains strings only.
    expect(problems({ p: "^WG" }, 5)).toEqual([]);
  });

  it("checks bounds of numbers, string lengths in code points, and array lengths", () => {
    expect(problems({ t: "i", n: 1, x: 100 }, 101)).toEqual([": 101 is above the maximum 100"]);
    expect(problems({ t: "i", n: 1, x: 100 }, 0)).toEqual([": 0 is below the minimum 1"]);
    expect(problems({ t: "s", n: 1 }, "")).toEqual([': "" has length 0, below the minimum 1']);
    expect(problems({ t: "s", x: 2 }, "😀😀")).toEqual([]);
    expect(problems({ t: "s", x: 1 }, "ab")).toEqual([': "ab" has length 2, above the maximum 1']);
    expect(problems({ t: "a", n: 1, x: 1 }, ["+1", "+2"])).toEqual([': ["+1","+2"] has length 2, above the maximum 1']);
    expect(problems({ t: "a", n: 1 }, [])).toEqual([": [] has length 0, below the minimum 1"]);
  });

  it("walks objects and arrays, naming each value by its path, and reports every problem", () => {
    const rule: Rule = {
      o: {
        defaultFields: {
          t: "o",
          o: { emails: { t: "a", i: { t: "o", o: { value: { t: "sz" } }, r: ["name", "value"] } } },
          r: ["firstName"],
        },
        to: { t: "a", i: E164 },
      },
      r: ["to"],
    };
    expect(
      problems(rule, {
        defaultFields: { emails: [{ name: "a", value: "x" }, { name: "b", value: 7 }, {}] },
        to: ["+15555550100", "555"],
      }),
    ).toEqual([
      "defaultFields.firstName: is required",
      "defaultFields.emails[1].value: 7 must be a string or null",
      "defaultFields.emails[2].name: is required",
      "defaultFields.emails[2].value: is required",
      'to[1]: "555" must be an E.164 number like +15555555555',
    ]);
    expect(problems(rule, {})).toEqual(["to: is required"]);
    // undefined counts as missing, as it is left out of the JSON.
    expect(problems(rule, { to: undefined })).toEqual(["to: is required"]);
  });

  it("anyOf: passes when one alternative does, else reports the closest one", () => {
    const ids: Rule = { t: "a", i: { t: "s", p: "^PN", m: "must be a phone number id starting with PN" } };
    const star: Rule = { t: "a", i: { e: ["*"] } };
    const either: Rule = { a: [ids, star], m: 'must be phone number ids, or ["*"]' };
    expect(problems(either, ["PN1", "PN2"])).toEqual([]);
    expect(problems(either, ["*"])).toEqual([]);
    // One alternative is closer (1 problem against 3): its problem, with the item's path.
    expect(problems(either, ["PN1", "bad", "PN3"])).toEqual(['[1]: "bad" must be a phone number id starting with PN']);
    // A tie (2 problems each): the node's own text.
    expect(problems(either, ["PN1", "bad", "*"])).toEqual([': ["PN1","bad","*"] must be phone number ids, or ["*"]']);
    expect(problems(either, ["*", "PN1"])).toEqual([': ["*","PN1"] must be phone number ids, or ["*"]']);
    // A tie without a text: the first alternative's problems.
    expect(problems({ a: [ids, star] }, ["*", "PN1"])).toEqual(['[0]: "*" must be a phone number id starting with PN']);
  });

  it("shows long and odd values briefly, without throwing", () => {
    expect(problems({ t: "i" }, "x".repeat(100))[0]).toBe(`: "${"x".repeat(38)}… must be an integer`);
    expect(problems({ t: "s" }, 10n)).toEqual([": 10 must be a string"]);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(problems({ t: "s" }, cyclic)).toEqual([": [object Object] must be a string"]);
    expect(problems({ t: "s" }, undefined)).toEqual([": undefined must be a string"]);
  });
});

describe("validateParams", () => {
  const op: OperationSpec = {
    id: "sendThing_v1",
    method: "POST",
    path: "/v1/things",
    params: { to: "body" },
    hasBody: true,
    rules: { o: { to: { t: "a", n: 1, i: E164 } }, r: ["to"] },
  };

  it("throws one ValidationError listing every problem", () => {
    let error: unknown;
    try {
      validateParams(op, { to: ["1", "2"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as ValidationError).operationId).toBe("sendThing_v1");
    expect((error as ValidationError).issues).toEqual([
      { path: "to[0]", message: '"1" must be an E.164 number like +15555555555' },
      { path: "to[1]", message: '"2" must be an E.164 number like +15555555555' },
    ]);
    expect((error as Error).message).toBe(
      'Invalid params for sendThing_v1 (2 problems):\n  to[0]: "1" must be an E.164 number like +15555555555\n  to[1]: "2" must be an E.164 number like +15555555555',
    );
  });

  it("treats missing params as an empty object, and passes operations generated without rules", () => {
    expect(() => validateParams(op, undefined)).toThrowError(/to: is required/);
    expect(() => validateParams({ ...op, rules: undefined }, { to: "nonsense" })).not.toThrow();
  });
});

/** A local API that counts what reaches it and answers with the body the test sets. */
let server: Server;
let baseUrl = "";
const received: string[] = [];
let reply: unknown = { data: { id: "T1", count: 1 } };

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received.push(`${req.method} ${req.url}`);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("request() with validation", () => {
  const op: OperationSpec = {
    id: "createThing_v1",
    method: "POST",
    path: "/v1/things",
    params: { to: "body", dryRun: "query" },
    hasBody: true,
    rules: { o: { to: { t: "a", x: 1, i: E164 }, dryRun: { t: "b" } }, r: ["to"] },
  };
  const responseRule: Rule = {
    t: "o",
    o: { data: { t: "o", o: { id: { t: "s", p: "^T" }, count: { t: "i" } }, r: ["id", "count"] } },
    r: ["data"],
  };
  const call = (client: ReturnType<typeof createClient>, params: Record<string, unknown>, options?: object) =>
    request(client, op, params, options).then(
      (body) => ({ body, error: undefined as unknown }),
      (error: unknown) => ({ body: undefined, error }),
    );

  it("sends nothing when params break the spec", async () => {
    received.length = 0;
    const client = createClient({ apiKey: "k", baseUrl });
    const { error } = await call(client, { to: ["5555550199"], dryRun: "yes" });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(["to[0]", "dryRun"]);
    expect(received).toEqual([]);
  });

  it("validate: false on the client or on one call sends the params as they are", async () => {
    received.length = 0;
    const off = createClient({ apiKey: "k", baseUrl, validate: false });
    expect((await call(off, { to: ["5555550199"] })).error).toBeUndefined();
    const on = createClient({ apiKey: "k", baseUrl });
    expect((await call(on, { to: ["5555550199"] }, { validate: false })).error).toBeUndefined();
    // A call can turn it back on for a client that has it off.
    expect((await call(off, { to: ["5555550199"] }, { validate: true })).error).toBeInstanceOf(ValidationError);
    expect(received).toEqual(["POST /v1/things", "POST /v1/things"]);
  });

  it("validate: false still refuses an unknown key: it has no place in the request", async () => {
    received.length = 0;
    const client = createClient({ apiKey: "k", baseUrl, validate: false });
    const { error } = await call(client, { to: [], colour: "red" });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe("colour");
    expect(received).toEqual([]);
  });

  it('validateResponses: "error" throws ResponseValidationError with every mismatch and the body', async () => {
    const responseSchemas = defineResponseSchemas({ createThing_v1: responseRule });
    const client = createClient({ apiKey: "k", baseUrl, validateResponses: "error", responseSchemas });
    reply = { data: { id: "T1", count: 2 } };
    expect((await call(client, { to: [] })).body).toEqual(reply);
    reply = { data: { identifier: "T1", count: "2" } };
    const { error } = await call(client, { to: [] });
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toBeInstanceOf(OpenPhoneError);
    const e = error as ResponseValidationError;
    expect(e.operationId).toBe("createThing_v1");
    expect(e.issues).toEqual([
      { path: "data.id", message: "is required" },
      { path: "data.count", message: '"2" must be an integer' },
    ]);
    expect(e.body).toEqual(reply);
    expect(e.message).toBe(
      'Response of createThing_v1 does not match the spec (2 mismatches):\n  data.id: is required\n  data.count: "2" must be an integer',
    );
    // Per call, off.
    expect((await call(client, { to: [] }, { validateResponses: false })).error).toBeUndefined();
  });

  it('validateResponses: "warn" warns once per operation and path, and returns the body', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const responseSchemas = defineResponseSchemas({ createThing_v1: responseRule });
      const client = createClient({ apiKey: "k", baseUrl, responseSchemas });
      reply = { data: { id: "X1", count: 1 } };
      for (let n = 0; n < 3; n++) {
        expect((await call(client, { to: [] }, { validateResponses: "warn" })).body).toEqual(reply);
      }
      reply = { data: { id: "X1" } };
      await call(client, { to: [] }, { validateResponses: "warn" });
      expect(warn.mock.calls.map((c) => c[0])).toEqual([
        '[openphone] response of createThing_v1 does not match the spec: data.id: "X1" must match /^T/',
        "[openphone] response of createThing_v1 does not match the spec: data.count: is required",
      ]);
      // Off by default.
      await call(client, { to: [] });
      expect(warn).toHaveBeenCalledTimes(2);
    } finally {
      warn.mockRestore();
    }
  });

  it("refuses validateResponses without schemas for the operation before sending anything", async () => {
    received.length = 0;
    const bare = createClient({ apiKey: "k", baseUrl, validateResponses: "error" });
    const missing = await call(bare, { to: [] });
    expect(missing.error).toBeInstanceOf(OpenPhoneError);
    expect((missing.error as Error).message).toBe("validateResponses needs createClient({ responseSchemas })");
    const other = createClient({
      apiKey: "k",
      baseUrl,
      validateResponses: "warn",
      responseSchemas: combineResponseSchemas(defineResponseSchemas({ otherThing_v1: {} })),
    });
    const uncovered = await call(other, { to: [] });
    expect((uncovered.error as Error).message).toMatch(/have no schema for createThing_v1/);
    expect(received).toEqual([]);
  });

  it("combineResponseSchemas joins several packages' tables", async () => {
    const both = combineResponseSchemas(
      defineResponseSchemas({ otherThing_v1: {} }),
      defineResponseSchemas({ createThing_v1: responseRule }),
    );
    expect(Object.keys(both.rules)).toEqual(["otherThing_v1", "createThing_v1"]);
    const client = createClient({ apiKey: "k", baseUrl, validateResponses: "error", responseSchemas: both });
    reply = { data: { id: "T1", count: 1 } };
    expect((await call(client, { to: [] })).error).toBeUndefined();
  });
});
