import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dateTimeFormat, uriFormat } from "../src/formats.js";
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

describe("dateTimeFormat (RFC 3339 section 5.6)", () => {
  const refused = (value: string) => dateTimeFormat(value) !== undefined;

  it("accepts RFC 3339 date-times: Z or ±HH:MM offsets, fractions, lowercase t and z, leap days", () => {
    for (const value of [
      "2022-01-01T00:00:00Z",
      "2022-01-01t00:00:00z",
      "2022-12-31T23:59:59.999999999+05:30",
      "2022-06-15T12:30:45-08:00",
      "2024-02-29T00:00:00Z",
      "2000-02-29T00:00:00Z",
      "0000-02-29T00:00:00Z",
      "2022-04-30T23:59:59+23:59",
      "2022-01-31T00:00:00-00:00",
    ]) {
      expect([value, dateTimeFormat(value)]).toEqual([value, undefined]);
    }
  });

  it("refuses what the issue found sent: month 13, Feb 30, hour 24, minute 60, second 60 mid-day, offset +24:00", () => {
    for (const value of [
      "2022-13-01T00:00:00Z",
      "2022-00-01T00:00:00Z",
      "2022-02-30T00:00:00Z",
      "2022-01-00T00:00:00Z",
      "2022-04-31T00:00:00Z",
      "2022-01-01T24:00:00Z",
      "2022-01-01T00:60:00Z",
      "2022-01-01T12:00:60Z",
      "2022-01-01T00:00:61Z",
      "2022-01-01T00:00:00+24:00",
      "2022-01-01T00:00:00+05:60",
    ]) {
      expect([value, refused(value)]).toEqual([value, true]);
    }
    expect(dateTimeFormat("2022-13-01T00:00:00Z")).toBe("must be an RFC 3339 date-time like 2022-01-01T00:00:00Z");
  });

  it("knows leap years: Feb 29 of 2023, 1900 and 2100 do not exist", () => {
    expect(refused("2023-02-29T00:00:00Z")).toBe(true);
    expect(refused("1900-02-29T00:00:00Z")).toBe(true);
    expect(refused("2100-02-29T00:00:00Z")).toBe(true);
    expect(refused("2022-02-28T00:00:00Z")).toBe(false);
  });

  it("takes second 60 only as the last second of a UTC day (RFC 3339 section 5.7)", () => {
    expect(refused("2016-12-31T23:59:60Z")).toBe(false);
    expect(refused("2016-12-31T18:59:60-05:00")).toBe(false);
    expect(refused("2017-01-01T00:29:60+00:30")).toBe(false);
    expect(refused("2016-12-31T23:59:60+01:00")).toBe(true);
    expect(refused("2016-12-31T23:58:60Z")).toBe(true);
  });

  it("refuses ajv-formats' looser readings: a space or no separator, +0530, no offset, short fields", () => {
    for (const value of [
      "2022-01-01 00:00:00Z",
      "2022-01-01\t00:00:00Z",
      "2022-01-0100:00:00Z",
      "2022-01-01T00:00:00+0530",
      "2022-01-01T00:00:00+05",
      "2022-01-01T00:00:00",
      "2022-01-01T00:00Z",
      "2022-1-01T00:00:00Z",
      "22-01-01T00:00:00Z",
      "2022-01-01T00:00:00.Z",
      " 2022-01-01T00:00:00Z",
      "2022-01-01T00:00:00Z ",
      "2022-01-01T00:00:00Z\n",
      "２０２２-01-01T00:00:00Z",
      "",
    ]) {
      expect([value, refused(value)]).toEqual([value, true]);
    }
  });

  it("refuses huge and pathological strings without running the pattern over them", () => {
    expect(refused(`2022-01-01T00:00:00.${"9".repeat(1_000_000)}Z`)).toBe(true);
    expect(refused(`2022-01-01T00:00:00.${"9".repeat(40)}Z`)).toBe(false);
    expect(refused("2022-01-01T00:00:00Z".repeat(100_000))).toBe(true);
  });
});

describe("uriFormat (RFC 3986)", () => {
  const refused = (value: string) => uriFormat(value) !== undefined;

  it("accepts absolute URIs in RFC 3986 syntax", () => {
    for (const value of [
      "https://example.com",
      "https://example.com/",
      "https://example.com/webhooks/openphone?key=a%20b&x=1#frag/ment?",
      "http://user:pa%3Ass@example.com:8080/a/b;c=d/~e_f.g-h!$&'()*+,=:@",
      "https://[::1]/x",
      "https://[2001:db8::7]:443/",
      "https://192.0.2.1/",
      "https://ex%41mple.com/",
      "mailto:someone@example.com",
      "urn:isbn:0451450523",
      "HTTPS://EXAMPLE.COM/",
      "https://example.com/%E4",
      // RFC 3986 allows what WHATWG URL refuses: a reg-name ending in a number segment (json-schema-faker's
      // `uri`, so Prism's generated bodies, look like this; CI saw one refused), a dotted reg-name that is
      // not an IPv4 address, any number of port digits, an IPvFuture literal.
      "https://ROrlAcvalCEirNTMh.odnl97sY9.4",
      "http://LicoFAXjbNydYaWWIGmhFnGtdAz.idtevZEbOPFjJsXSwnede.sFSlVHrllY6,fLM,OqCKanMZWG8.4.3",
      "https://999.999.999.999/",
      "https://example.com:99999/",
      "https://[v1.fe80::a+en1]/",
      "https://[::ffff:192.0.2.1]/",
      // `scheme ":" path-empty` is a URI in the generic syntax (the API, not format "uri", refuses it).
      "https:",
    ]) {
      expect([value, uriFormat(value)]).toEqual([value, undefined]);
    }
  });

  it("refuses what the issue found sent: a broken IP literal, braces, a pipe, a bad escape, a non-ASCII letter", () => {
    for (const value of [
      "https://[::1/x",
      "https://example.com/{id}",
      "https://example.com/a|b",
      "https://ex%zz.com",
      "https://example.com/ä",
      "https://example.com/%4",
      "https://example.com/a b",
      "https://example.com/a\\b",
      'https://example.com/a"b',
      "https://example.com/<x>",
      "https://example.com/^",
      "https://example.com/`",
      "https://example.com/[x]",
      "https://example.com/a#b#c",
      "https://[zz]/",
      "https://[1:2:3:4:5:6:7:8:9]/",
      "https://[v1.]/",
      "https://[vz.x]/",
      "https://example.com:80x/",
      "https://exa mple.com/",
      "//example.com/relative",
      "/relative/path",
      "1http://example.com",
      "example.com",
      "",
      "https://example.com/\ud800",
      "https://example.com/\n",
    ]) {
      expect([value, refused(value)]).toEqual([value, true]);
    }
    expect(uriFormat("https://example.com/{id}")).toBe(
      "must be an absolute URI (RFC 3986) like https://example.com/path",
    );
  });

  it("refuses huge and pathological strings in linear time", () => {
    expect(refused(`https://example.com/${"a".repeat(9000)}`)).toBe(true);
    expect(refused(`https://example.com/${"a".repeat(8000)}`)).toBe(false);
    // Near misses that a backtracking pattern could take quadratic time over, at the length bound.
    expect(refused(`https://${"a".repeat(8100)}|`)).toBe(true);
    expect(refused(`https://${":".repeat(8100)}|`)).toBe(true);
    expect(refused(`https://${"a:".repeat(4000)}@|`)).toBe(true);
    expect(refused(`x:${"/".repeat(8100)}|`)).toBe(true);
    expect(refused(`x:${"%4".repeat(4000)}`)).toBe(true);
  });
});

describe("check with formats", () => {
  const rule: Rule = { o: { since: { t: "s", f: dateTimeFormat }, url: { t: "sz", f: uriFormat } } };

  it("reports a bad format with the param's path; formats constrain strings only", () => {
    expect(problems(rule, { since: "2022-02-30T00:00:00Z", url: "https://example.com/{id}" })).toEqual([
      'since: "2022-02-30T00:00:00Z" must be an RFC 3339 date-time like 2022-01-01T00:00:00Z',
      'url: "https://example.com/{id}" must be an absolute URI (RFC 3986) like https://example.com/path',
    ]);
    expect(problems(rule, { since: "2022-02-28T00:00:00Z", url: null })).toEqual([]);
  });

  it("does not run a pattern over a string already longer than its maximum", () => {
    // `.*\S.*` backtracks quadratically over spaces; at a million it would take minutes.
    const content: Rule = { t: "s", p: ".*\\S.*", m: "must contain a non-space character", n: 1, x: 1600 };
    expect(problems(content, " ".repeat(1_000_000))).toEqual([
      ': "                                      … has length 1000000, above the maximum 1600',
    ]);
    expect(problems(content, " ".repeat(1600))).toEqual([
      ': "                                      … must contain a non-space character',
    ]);
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

  it("reports a lone surrogate, which a URL cannot carry, with the param's path, in path, query and body values", () => {
    const get: OperationSpec = {
      id: "getThing_v1",
      method: "POST",
      path: "/v1/things/{id}",
      params: { id: "path", tags: "query", queryName: ["query", "name"], note: "body" },
      hasBody: true,
      rules: { o: { id: { t: "s" }, tags: { t: "a", i: { t: "s" } }, queryName: { t: "s" }, note: { t: "sz" } } },
    };
    let error: unknown;
    try {
      validateParams(get, { id: "x\ud800y", tags: ["ok", "\udfffz"], queryName: "\ud83d", note: "\ud800" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: "id", message: '"x\\ud800y" has a lone surrogate' },
      { path: "tags[1]", message: '"\\udfffz" has a lone surrogate' },
      { path: "queryName", message: '"\\ud83d" has a lone surrogate' },
      { path: "note", message: '"\\ud800" has a lone surrogate' },
    ]);
    // What it saves the caller from: a path or query value has no percent-encoding, and a JSON body would
    // carry it only as an escape that the API must decode into something other than text.
    expect(() => encodeURIComponent("x\ud800y")).toThrowError(/URI malformed/);
    expect(JSON.stringify({ note: "\ud800" })).toBe('{"note":"\\ud800"}');
    // Paired surrogates (an emoji) are text.
    expect(() => validateParams(get, { id: "😀", tags: ["😀"], queryName: "a😀", note: "😀" })).not.toThrow();
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

  it("refuses a lone surrogate in a path value as a ValidationError, not a 'URI malformed' after the checks", async () => {
    received.length = 0;
    const get: OperationSpec = {
      id: "getThing_v1",
      method: "GET",
      path: "/v1/things/{id}",
      params: { id: "path" },
      rules: { o: { id: { t: "s" } }, r: ["id"] },
    };
    const client = createClient({ apiKey: "k", baseUrl });
    const error = await request(client, get, { id: "T\ud800" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path: "id", message: '"T\\ud800" has a lone surrogate' }]);
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
