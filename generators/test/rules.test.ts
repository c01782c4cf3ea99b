import { describe, expect, it } from "vitest";
import { anyOf, compileSchema, paramsRule, patternText, type RuleContext, responseRule } from "../src/emit/rules.js";
import { deref, normalize } from "../src/normalize.js";
import type { OpenAPIDocument, SchemaObject } from "../src/openapi.js";
import { repoSpec, testConfig, tinySpec } from "./helpers.js";

const E164 = "^\\+[1-9]\\d{1,14}$";
const idPrefixes = { PN: "a phone number id", US: "a user id" };

function context(doc: OpenAPIDocument = tinySpec()): RuleContext {
  return { resolve: (s: SchemaObject) => deref(doc, s), idPrefixes };
}
const compile = (schema: SchemaObject, doc?: OpenAPIDocument) => compileSchema(schema, context(doc));

describe("compileSchema", () => {
  it("keeps the constraints core checks, in one-letter keys, and leaves documentation out", () => {
    expect(
      compile({ type: "integer", minimum: 1, maximum: 100, default: 10, description: "Page size.", examples: [5] }),
    ).toEqual({ t: "i", n: 1, x: 100 });
    expect(compile({ type: "string", minLength: 1, maxLength: 1600, pattern: ".*\\S.*" })).toEqual({
      t: "s",
      p: ".*\\S.*",
      m: "must contain a non-space character",
      n: 1,
      x: 1600,
    });
    expect(compile({ type: "array", minItems: 1, maxItems: 1, items: { type: "string" } })).toEqual({
      t: "a",
      n: 1,
      x: 1,
      i: { t: "s" },
    });
    expect(compile({ type: "string", enum: ["enabled", "disabled"] })).toEqual({ t: "s", e: ["enabled", "disabled"] });
    expect(compile({ const: "*", type: "string" })).toEqual({ t: "s", e: ["*"] });
    expect(compile({ type: ["string", "null"] })).toEqual({ t: "sz" });
    expect(compile({ type: ["integer", "number"] })).toEqual({ t: "n" });
    expect(compile({ type: "string", nullable: true, enum: ["a"] })).toEqual({ t: "sz", e: ["a", null] });
  });

  it("turns formats date-time and uri into references to core's checkers, kept through anyOf and allOf", () => {
    expect(compile({ type: "string", format: "date-time" })).toEqual({ t: "s", f: "dateTimeFormat" });
    expect(compile({ type: "string", format: "uri", minLength: 1, maxLength: 200 })).toEqual({
      t: "s",
      f: "uriFormat",
      n: 1,
      x: 200,
    });
    // `anyOf [date-time, null]` (the spec's nullable timestamps) stays one rule with its format.
    expect(compile({ anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] })).toEqual({
      t: "sz",
      f: "dateTimeFormat",
    });
    expect(compile({ allOf: [{ type: "string" }, { format: "uri" }] })).toEqual({ t: "s", f: "uriFormat" });
    // A plain string accepts every date-time: the narrower alternative is dropped, not kept as a pattern.
    expect(compile({ anyOf: [{ type: "string" }, { type: "string", format: "date-time" }] })).toEqual({ t: "s" });
    // Described in words when alternatives must be listed.
    expect(
      compile({
        anyOf: [
          { type: "string", format: "uri" },
          { type: "string", enum: ["none"] },
        ],
      }),
    ).toEqual({
      m: 'must be an absolute URI (RFC 3986) like https://example.com/path, or "none"',
      a: [
        { t: "s", f: "uriFormat" },
        { t: "s", e: ["none"] },
      ],
    });
    // Formats core cannot check are left out.
    expect(compile({ type: "string", format: "uri-reference" })).toEqual({ t: "s" });
  });

  it("names well-known patterns and leaves the others to `must match /…/`", () => {
    expect(patternText(E164, idPrefixes)).toBe("must be an E.164 number like +15555555555");
    expect(patternText("^PN(.*)$", idPrefixes)).toBe("must be a phone number id starting with PN");
    expect(patternText("^WH(.*)$", idPrefixes)).toBe("must be an id starting with WH");
    expect(patternText("^[a-z]+$", idPrefixes)).toBeUndefined();
    expect(compile({ type: "string", pattern: "^[a-z]+$" })).toEqual({ t: "s", p: "^[a-z]+$" });
  });

  it("writes `anyOf [T, null]` as one nullable rule", () => {
    expect(compile({ anyOf: [{ type: "string", minLength: 1, maxLength: 75 }, { type: "null" }] })).toEqual({
      t: "sz",
      n: 1,
      x: 75,
    });
    expect(compile({ anyOf: [{ type: "string", enum: ["a", "b"] }, { type: "null" }] })).toEqual({
      t: "sz",
      e: ["a", "b", null],
    });
    // Bounds that would apply to the other alternative too cannot be merged.
    expect(compile({ anyOf: [{ type: "string", minLength: 2 }, { type: "integer" }] })).toEqual({
      a: [{ t: "s", n: 2 }, { t: "i" }],
    });
  });

  it("writes string alternatives that differ in pattern only as one pattern (`from`: a PN id or E.164)", () => {
    const from = compile({
      anyOf: [
        { type: "string", pattern: "^PN(.*)$" },
        { type: "string", pattern: E164 },
      ],
    });
    expect(from).toEqual({
      t: "s",
      p: `^PN(.*)$|${E164}`,
      m: "must be a phone number id starting with PN or an E.164 number like +15555555555",
    });
    const re = new RegExp(from.p as string, "u");
    expect(["PN123", "+15555555555"].map((v) => re.test(v))).toEqual([true, true]);
    expect(["US123", "5555555555", "xPN1"].map((v) => re.test(v))).toEqual([false, false, false]);
  });

  it('keeps alternatives it cannot merge, with a text for when they tie (`resourceIds`: PN ids or ["*"])', () => {
    expect(
      compile({
        anyOf: [
          { type: "array", items: { type: "string", pattern: "^PN(.*)$" } },
          { type: "array", items: { type: "string", const: "*" } },
        ],
      }),
    ).toEqual({
      a: [
        { t: "a", i: { t: "s", p: "^PN(.*)$", m: "must be a phone number id starting with PN" } },
        { t: "a", i: { t: "s", e: ["*"] } },
      ],
      m: 'must be an array of phone number ids starting with PN, or an array of "*"',
    });
  });

  it("merges allOf, and object alternatives that differ in one property (`customFields` items)", () => {
    const customField: SchemaObject = {
      allOf: [
        { type: "object", properties: { key: { type: "string" } } },
        {
          anyOf: [
            {
              type: "object",
              properties: { value: { anyOf: [{ type: "array", items: { type: "string" } }, { type: "null" }] } },
              required: ["value"],
            },
            {
              type: "object",
              properties: { value: { anyOf: [{ type: "string" }, { type: "null" }] } },
              required: ["value"],
            },
            {
              type: "object",
              properties: { value: { anyOf: [{ type: "boolean" }, { type: "null" }] } },
              required: ["value"],
            },
            {
              type: "object",
              properties: { value: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] } },
              required: ["value"],
            },
            {
              type: "object",
              properties: { value: { anyOf: [{ type: "number" }, { type: "null" }] } },
              required: ["value"],
            },
          ],
        },
      ],
    };
    expect(compile(customField)).toEqual({
      t: "o",
      o: { key: { t: "s" }, value: { t: "snbaz", i: { t: "s" } } },
      r: ["value"],
    });
  });

  it("is looser, never stricter, where core cannot express a schema", () => {
    // Two patterns in allOf: the first is kept.
    expect(compile({ allOf: [{ type: "string", pattern: "^a" }, { pattern: "b$" }] })).toEqual({ t: "s", p: "^a" });
    // Keywords core does not check are left out.
    expect(compile({ type: "number", multipleOf: 5, exclusiveMinimum: 0 })).toEqual({ t: "n" });
    // An alternative that accepts anything makes the whole anyOf accept anything.
    expect(compile({ anyOf: [{ type: "string" }, {}] })).toEqual({});
    // oneOf is checked as anyOf.
    expect(compile({ oneOf: [{ type: "string" }, { type: "boolean" }] })).toEqual({ t: "sb" });
  });

  it("follows $refs, and compiles a $ref cycle to `anything` instead of looping", () => {
    const doc = tinySpec();
    expect(compile({ $ref: "#/components/schemas/Widget" }, doc)).toEqual({
      t: "o",
      o: { id: { t: "s" }, name: { t: "s" }, color: { t: "s", e: ["red", "blue"] } },
      r: ["id", "name"],
    });
    const schemas = doc.components?.schemas as Record<string, SchemaObject>;
    schemas.Node = { type: "object", properties: { next: { $ref: "#/components/schemas/Node" } } };
    // `next` refers back to Node: it compiles to "anything" and, being empty, is left out.
    expect(compile({ $ref: "#/components/schemas/Node" }, doc)).toEqual({ t: "o" });
  });

  it("flattens and deduplicates nested alternatives", () => {
    expect(anyOf([{ a: [{ t: "s" }, { t: "b" }] }, { t: "s" }, { t: "z" }])).toEqual({ t: "sbz" });
    // A narrower alternative is covered by a wider one.
    expect(anyOf([{ t: "s" }, { t: "s", p: "^x" }])).toEqual({ t: "s" });
  });
});

describe("paramsRule and responseRule", () => {
  const config = testConfig();
  const tiny = normalize(tinySpec(), config);
  const op = (name: string, spec = tiny) => {
    const found = spec.operations.find((o) => o.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };

  it("puts every flat key's rule and the required keys in one object rule", () => {
    expect(paramsRule(op("createWidget"), context())).toEqual({
      o: {
        name: { t: "s", n: 1 },
        ownerId: { t: "s", p: "^US(.*)$", m: "must be a user id starting with US" },
        legacyId: { t: "s" },
      },
      r: ["name", "ownerId"],
    });
    expect(paramsRule(op("getGadgetSettings"), context())).toBeUndefined();
  });

  it("uses renamed flat keys", () => {
    const doc = tinySpec();
    const patch = doc.paths["/v1/widgets/{id}"]?.patch as {
      requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown> } } } };
    };
    patch.requestBody.content["application/json"].schema.properties.id = { type: "string", pattern: "^B" };
    const renamed = normalize(doc, testConfig({ paramRenames: { updateWidget_v1: { "body.id": "bodyId" } } }));
    expect(paramsRule(op("updateWidget", renamed), context(doc))?.o).toEqual({
      id: { t: "s", p: "^WG(.*)$", m: "must be an id starting with WG" },
      name: { t: "s" },
      bodyId: { t: "s", p: "^B" },
    });
  });

  it("compiles the success body, and accepts anything for an operation without one", () => {
    expect(responseRule(op("listWidgets"), context())).toMatchObject({ t: "o", r: ["data", "nextPageToken"] });
    expect(responseRule(op("deleteWidget"), context())).toEqual({});
  });

  it("compiles every operation of the real spec, the same way every time", () => {
    const doc = repoSpec();
    const spec = normalize(doc, config);
    const ctx = { resolve: (s: SchemaObject) => deref(spec.doc, s), idPrefixes: config.idPrefixes };
    const all = () => spec.operations.map((o) => [paramsRule(o, ctx), responseRule(o, ctx)]);
    expect(JSON.stringify(all())).toBe(JSON.stringify(all()));
    const sendMessage = paramsRule(op("sendMessage", spec), ctx);
    expect(sendMessage?.r).toEqual(["content", "from", "to"]);
    expect(sendMessage?.o?.from?.m).toBe(
      "must be a phone number id starting with PN or an E.164 number like +15555555555",
    );
    expect(paramsRule(op("listContacts", spec), ctx)?.o?.maxResults).toEqual({ t: "i", n: 1, x: 50 });
  });
});
