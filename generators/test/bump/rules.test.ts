/**
 * Table-driven: one small mutation of the current spec per row of the rules table, each asserting
 * the kinds of change found, exactly which packages are affected and at which bump, and the line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeBump } from "../../src/bump/packages.js";
import { type ChangeKind, firstRelease, RULES, rulesMarkdown } from "../../src/bump/rules.js";
import { GENERATORS_DIR, loadConfig, REPO_ROOT } from "../../src/config.js";
import { validateSpec } from "../../src/load.js";
import { normalize } from "../../src/normalize.js";
import type { OpenAPIDocument, OperationObject, ParameterObject, SchemaObject } from "../../src/openapi.js";

const config = loadConfig();
const baseText = readFileSync(join(REPO_ROOT, "spec", "openapi.json"), "utf8");
const base = validateSpec(JSON.parse(baseText), "spec/openapi.json");
const baseSpec = normalize(base, config);

type Doc = OpenAPIDocument;
const op = (doc: Doc, path: string, method = "get") => doc.paths[path]?.[method] as OperationObject;
const param = (o: OperationObject, name: string) => o.parameters?.find((p) => p.name === name) as ParameterObject;
const json = (holder: { content?: Record<string, { schema?: SchemaObject }> } | undefined) =>
  holder?.content?.["application/json"]?.schema as SchemaObject;
const body = (o: OperationObject) => json(o.requestBody);
const response = (o: OperationObject, status: string) => json(o.responses?.[status]);
const props = (s: SchemaObject) => s.properties as Record<string, SchemaObject>;
const callItem = (doc: Doc) => props(response(op(doc, "/v1/calls"), "200")).data?.items as SchemaObject;
const callField = (doc: Doc, name: string) => props(callItem(doc))[name] as SchemaObject;
const nonNull = (s: SchemaObject) => s.anyOf?.find((x) => x.type !== "null") as SchemaObject;

type Expected = Record<string, "major" | "minor" | "patch">;

interface Row {
  name: string;
  mutate: (doc: Doc) => void;
  /** Exactly the kinds of change found. */
  kinds: ChangeKind[];
  /** Exactly the affected packages (by folder) and their bump (a new package's: the one reaching initialVersion). */
  packages: Expected;
  /** A line the changeset must contain. */
  line?: string;
}

const ROWS: Row[] = [
  {
    name: "new operation",
    mutate: (doc) => {
      doc.paths["/v1/calls/{id}"] = {
        get: { ...structuredClone(op(doc, "/v1/call-recordings/{callId}")), operationId: "getCallById_v1" },
      };
      const added = op(doc, "/v1/calls/{id}");
      for (const p of added.parameters ?? []) if (p.name === "callId") p.name = "id";
    },
    kinds: ["operation.added"],
    packages: { calls: "minor", client: "minor" },
    line: "Added `getCallById`",
  },
  {
    name: "removed operation",
    mutate: (doc) => {
      delete doc.paths["/v1/call-recordings/{callId}"];
    },
    kinds: ["operation.removed"],
    packages: { calls: "major", client: "major" },
    line: "BREAKING: removed `getCallRecordings`",
  },
  {
    name: "operation moves to another tag's package",
    mutate: (doc) => {
      op(doc, "/v1/call-summaries/{callId}").tags = ["Messages"];
    },
    kinds: ["operation.moved-out", "operation.moved-in"],
    packages: { calls: "major", messages: "minor", client: "major" },
    line: "BREAKING: moved `getCallSummary` to `@openphone-sdk/messages`",
  },
  {
    name: "operation path changes",
    mutate: (doc) => {
      doc.paths["/v1/calls/{callId}/recordings"] = doc.paths["/v1/call-recordings/{callId}"] as never;
      delete doc.paths["/v1/call-recordings/{callId}"];
    },
    kinds: ["operation.endpoint-changed"],
    packages: { calls: "patch", client: "patch" },
    line: "`getCallRecordings` now calls `GET /v1/calls/{callId}/recordings` (was `GET /v1/call-recordings/{callId}`)",
  },
  {
    name: "operation deprecated",
    mutate: (doc) => {
      op(doc, "/v1/messages").deprecated = true;
    },
    kinds: ["operation.deprecation-changed"],
    packages: { messages: "minor", client: "minor" },
    line: "Deprecated `listMessages`",
  },
  {
    name: "description only",
    mutate: (doc) => {
      op(doc, "/v1/calls").summary = "List every call";
    },
    kinds: ["operation.docs-changed"],
    packages: { calls: "patch", client: "patch" },
    line: "Updated documentation of `listCalls`",
  },
  {
    name: "example of a response field only",
    mutate: (doc) => {
      callField(doc, "id").examples = ["AC999"];
    },
    kinds: ["operation.docs-changed"],
    packages: { calls: "patch", client: "patch", webhooks: "patch" },
  },
  {
    name: "new optional parameter",
    mutate: (doc) => {
      op(doc, "/v1/calls").parameters?.push({ name: "direction", in: "query", schema: { type: "string" } });
    },
    kinds: ["input.added-optional"],
    packages: { calls: "minor", client: "minor" },
    line: "Added optional `direction` to `listCalls`",
  },
  {
    name: "new required request body property",
    mutate: (doc) => {
      const schema = body(op(doc, "/v1/messages", "post"));
      props(schema).priority = { type: "string" };
      schema.required?.push("priority");
    },
    kinds: ["input.added-required"],
    packages: { messages: "major", client: "major" },
    line: "BREAKING: added required `priority` to `sendMessage`",
  },
  {
    name: "removed parameter",
    mutate: (doc) => {
      const o = op(doc, "/v1/calls");
      o.parameters = o.parameters?.filter((p) => p.name !== "since");
    },
    kinds: ["input.removed"],
    packages: { calls: "major", client: "major" },
    line: "BREAKING: removed `since` from `listCalls`",
  },
  {
    name: "nested request body property removed",
    mutate: (doc) => {
      const defaults = props(body(op(doc, "/v1/contacts", "post"))).defaultFields as SchemaObject;
      delete props(defaults).role;
    },
    kinds: ["input.removed"],
    packages: { contacts: "major", client: "major" },
    line: "BREAKING: removed `defaultFields.role` from `createContact`",
  },
  {
    name: "parameter made required",
    mutate: (doc) => {
      param(op(doc, "/v1/calls"), "userId").required = true;
    },
    kinds: ["input.made-required"],
    packages: { calls: "major", client: "major" },
    line: "BREAKING: `userId` is now required in `listCalls`",
  },
  {
    name: "request body property made required",
    mutate: (doc) => {
      body(op(doc, "/v1/messages", "post")).required?.push("userId");
    },
    kinds: ["input.made-required"],
    packages: { messages: "major", client: "major" },
    line: "BREAKING: `userId` is now required in `sendMessage`",
  },
  {
    name: "parameter made optional",
    mutate: (doc) => {
      param(op(doc, "/v1/calls"), "participants").required = false;
    },
    kinds: ["input.made-optional"],
    packages: { calls: "minor", client: "minor" },
  },
  {
    name: "parameter type changes",
    mutate: (doc) => {
      (param(op(doc, "/v1/calls"), "maxResults").schema as SchemaObject).type = "string";
    },
    kinds: ["input.type-changed"],
    packages: { calls: "major", client: "major" },
    line: "BREAKING: `maxResults` of `listCalls` changed type from `integer` to `string`",
  },
  {
    name: "request enum gains a value",
    mutate: (doc) => {
      props(body(op(doc, "/v1/messages", "post"))).setInboxStatus?.enum?.push("open");
    },
    kinds: ["input.enum-value-added"],
    packages: { messages: "minor", client: "minor" },
    line: '`setInboxStatus` of `sendMessage` accepts `"open"`',
  },
  {
    name: "request enum loses a value",
    mutate: (doc) => {
      const events = props(body(op(doc, "/v1/webhooks/calls", "post"))).events as SchemaObject;
      (events.items as SchemaObject).enum = ["call.completed", "call.recording.completed"];
    },
    kinds: ["input.enum-value-removed"],
    packages: { webhooks: "major", client: "major" },
    line: 'BREAKING: `events[]` of `createCallWebhook` no longer accepts `"call.ringing"`',
  },
  {
    name: "request union gains a variant",
    mutate: (doc) => {
      props(body(op(doc, "/v1/messages", "post"))).from?.anyOf?.push({
        type: "object",
        properties: { id: { type: "string" } },
      });
    },
    kinds: ["input.variant-added"],
    packages: { messages: "minor", client: "minor" },
    line: "`from` of `sendMessage` also accepts `{ id }`",
  },
  {
    name: "request union loses a variant",
    mutate: (doc) => {
      const from = props(body(op(doc, "/v1/messages", "post"))).from as SchemaObject;
      props(body(op(doc, "/v1/messages", "post"))).from = from.anyOf?.[1] as SchemaObject;
    },
    // The description of the remaining variant now documents `from` itself.
    kinds: ["input.variant-removed", "operation.docs-changed"],
    packages: { messages: "major", client: "major" },
    line: "BREAKING: `from` of `sendMessage` no longer accepts `string`",
  },
  {
    name: "optional input becomes nullable",
    mutate: (doc) => {
      const p = param(op(doc, "/v1/calls"), "userId");
      p.schema = { anyOf: [p.schema as SchemaObject, { type: "null" }] };
    },
    kinds: ["input.nullable-added"],
    packages: { calls: "minor", client: "minor" },
    line: "`userId` of `listCalls` now accepts `null`",
  },
  {
    name: "input no longer nullable",
    mutate: (doc) => {
      const schema = props(body(op(doc, "/v1/contacts/{id}", "patch")));
      schema.externalId = nonNull(schema.externalId as SchemaObject);
    },
    kinds: ["input.nullable-removed"],
    packages: { contacts: "major", client: "major" },
  },
  {
    name: "nullability spelled as a type array counts the same",
    mutate: (doc) => {
      const p = param(op(doc, "/v1/calls"), "pageToken");
      p.schema = { type: ["string", "null"] };
    },
    kinds: ["input.nullable-added"],
    packages: { calls: "minor", client: "minor" },
  },
  {
    name: "parameter moves from query to header",
    mutate: (doc) => {
      param(op(doc, "/v1/calls"), "pageToken").in = "header";
    },
    kinds: ["input.location-changed"],
    packages: { calls: "patch", client: "patch" },
  },
  {
    name: "parameter deprecated",
    mutate: (doc) => {
      param(op(doc, "/v1/calls"), "userId").deprecated = true;
    },
    kinds: ["input.deprecation-changed"],
    packages: { calls: "minor", client: "minor" },
    line: "Deprecated `userId` of `listCalls`",
  },
  {
    name: "default changes",
    mutate: (doc) => {
      (param(op(doc, "/v1/calls"), "maxResults").schema as SchemaObject).default = 50;
    },
    kinds: ["input.default-changed"],
    packages: { calls: "patch", client: "patch" },
    line: "Default of `maxResults` in `listCalls` changed from `10` to `50`",
  },
  {
    name: "input limit tightened (core now refuses maxResults 51..100 before sending)",
    mutate: (doc) => {
      (param(op(doc, "/v1/calls"), "maxResults").schema as SchemaObject).maximum = 50;
    },
    kinds: ["input.constraint-tightened"],
    packages: { calls: "major", client: "major" },
    line: "BREAKING: limits of `maxResults` in `listCalls` narrowed: maximum 100 -> 50",
  },
  {
    name: "request body string's maxLength lowered (core refuses longer content before sending)",
    mutate: (doc) => {
      const schema = body(op(doc, "/v1/messages", "post"));
      (props(schema).content as SchemaObject).maxLength = 1000;
    },
    kinds: ["input.constraint-tightened"],
    packages: { messages: "major", client: "major" },
  },
  {
    name: "input limit widened (values core refused are now sent)",
    mutate: (doc) => {
      (param(op(doc, "/v1/calls"), "maxResults").schema as SchemaObject).maximum = 500;
    },
    kinds: ["input.constraint-loosened"],
    packages: { calls: "minor", client: "minor" },
    line: "Limits of `maxResults` in `listCalls` widened: maximum 100 -> 500",
  },
  {
    name: "input pattern removed",
    mutate: (doc) => {
      delete (props(body(op(doc, "/v1/messages", "post"))).content as SchemaObject).pattern;
    },
    kinds: ["input.constraint-loosened"],
    packages: { messages: "minor", client: "minor" },
    line: "Limits of `content` in `sendMessage` widened: pattern `.*\\S.*` removed",
  },
  {
    name: "input limit core does not check (multipleOf): the server's business",
    mutate: (doc) => {
      (param(op(doc, "/v1/calls"), "maxResults").schema as SchemaObject).multipleOf = 5;
    },
    kinds: ["input.constraint-changed"],
    packages: { calls: "patch", client: "patch" },
    line: "Limits of `maxResults` in `listCalls` changed: multipleOf 5 added",
  },
  {
    name: "new response field",
    mutate: (doc) => {
      props(callItem(doc)).tags = { type: "array", items: { type: "string" } };
    },
    kinds: ["output.field-added"],
    packages: { calls: "minor", client: "minor", webhooks: "minor" },
    line: "Added `data[].tags` to the response of `listCalls`",
  },
  {
    name: "removed response field",
    mutate: (doc) => {
      delete props(callItem(doc)).answeredBy;
      callItem(doc).required = callItem(doc).required?.filter((n) => n !== "answeredBy");
    },
    kinds: ["output.field-removed"],
    packages: { calls: "major", client: "major", webhooks: "major" },
    line: "BREAKING: removed `data[].answeredBy` from the response of `listCalls`",
  },
  {
    name: "response field no longer required",
    mutate: (doc) => {
      callItem(doc).required = callItem(doc).required?.filter((n) => n !== "createdAt");
    },
    kinds: ["output.made-optional"],
    packages: { calls: "major", client: "major", webhooks: "major" },
  },
  {
    name: "response field made required",
    mutate: (doc) => {
      const data = props(response(op(doc, "/v1/call-summaries/{callId}"), "200")).data as SchemaObject;
      data.required?.push("jobs");
    },
    kinds: ["output.made-required"],
    packages: { calls: "minor", client: "minor", webhooks: "minor" },
  },
  {
    name: "response field type changes",
    mutate: (doc) => {
      callField(doc, "duration").type = "string";
    },
    kinds: ["output.type-changed"],
    packages: { calls: "major", client: "major", webhooks: "major" },
  },
  {
    name: "response enum gains a value",
    mutate: (doc) => {
      callField(doc, "status").enum?.push("voicemail");
    },
    kinds: ["output.enum-value-added"],
    packages: { calls: "minor", client: "minor", webhooks: "minor" },
    line: '`data[].status` in the response of `listCalls` can now be `"voicemail"`',
  },
  {
    name: "response enum loses a value",
    mutate: (doc) => {
      const status = callField(doc, "status");
      status.enum = status.enum?.filter((v) => v !== "abandoned");
    },
    kinds: ["output.enum-value-removed"],
    packages: { calls: "major", client: "major", webhooks: "major" },
  },
  {
    name: "response union gains a variant",
    mutate: (doc) => {
      nonNull(callField(doc, "forwardedFrom")).anyOf?.push({ type: "object", properties: { id: { type: "string" } } });
    },
    kinds: ["output.variant-added"],
    packages: { calls: "major", client: "major", webhooks: "major" },
  },
  {
    name: "response union loses a variant",
    mutate: (doc) => {
      const inner = nonNull(callField(doc, "forwardedFrom"));
      inner.anyOf = inner.anyOf?.slice(0, 1).concat([{ type: "object", properties: { id: { type: "string" } } }]);
    },
    kinds: ["output.variant-removed", "output.variant-added"],
    packages: { calls: "major", client: "major", webhooks: "major" },
  },
  {
    name: "response field becomes nullable",
    mutate: (doc) => {
      props(callItem(doc)).createdAt = { anyOf: [callField(doc, "createdAt"), { type: "null" }] };
    },
    kinds: ["output.nullable-added"],
    packages: { calls: "major", client: "major", webhooks: "major" },
    line: "BREAKING: `data[].createdAt` in the response of `listCalls` can now be `null`",
  },
  {
    name: "response field no longer nullable",
    mutate: (doc) => {
      props(callItem(doc)).answeredAt = nonNull(callField(doc, "answeredAt"));
    },
    kinds: ["output.nullable-removed"],
    packages: { calls: "minor", client: "minor", webhooks: "minor" },
  },
  {
    name: "response field deprecated",
    mutate: (doc) => {
      callField(doc, "userId").deprecated = true;
    },
    kinds: ["output.deprecation-changed"],
    packages: { calls: "minor", client: "minor", webhooks: "minor" },
  },
  {
    name: "response field pattern changes",
    mutate: (doc) => {
      callField(doc, "id").pattern = "^AC[a-z0-9]+$";
    },
    kinds: ["output.constraint-changed"],
    packages: { calls: "patch", client: "patch", webhooks: "patch" },
  },
  {
    name: "success status changes",
    mutate: (doc) => {
      const responses = op(doc, "/v1/messages", "post").responses as Record<string, unknown>;
      responses["201"] = responses["202"];
      delete responses["202"];
    },
    kinds: ["output.success-status-changed"],
    packages: { messages: "patch", client: "patch" },
  },
  {
    name: "new error status",
    mutate: (doc) => {
      const responses = op(doc, "/v1/calls").responses as Record<string, unknown>;
      responses["429"] = structuredClone(responses["400"]);
    },
    kinds: ["error.status-added"],
    packages: { calls: "minor", client: "minor" },
    line: "`listCalls` may now fail with 429 (`RateLimitError`)",
  },
  {
    name: "error status removed",
    mutate: (doc) => {
      delete (op(doc, "/v1/calls").responses as Record<string, unknown>)["404"];
    },
    kinds: ["error.status-removed"],
    packages: { calls: "patch", client: "patch" },
  },
  {
    name: "error body shape changes",
    mutate: (doc) => {
      const errors = props(response(op(doc, "/v1/calls"), "400")).errors as SchemaObject;
      delete props(errors.items as SchemaObject).value;
    },
    kinds: ["error.body-changed"],
    packages: { calls: "patch", client: "patch" },
    line: "Error body (400) of `listCalls` changed: removed `errors[].value`",
  },
  {
    name: "tag description changes",
    mutate: (doc) => {
      const tag = doc.tags?.find((t) => t.name === "Calls");
      if (tag) tag.description = "Calls, recordings, summaries and transcripts";
    },
    kinds: ["package.docs-changed"],
    packages: { calls: "patch", client: "patch" },
  },
  {
    name: "new tag: a new package",
    mutate: (doc) => {
      doc.paths["/v1/users"] = {
        get: { ...structuredClone(op(doc, "/v1/phone-numbers")), operationId: "listUsers_v1", tags: ["Users"] },
      };
    },
    kinds: ["package.added"],
    packages: { users: "minor", client: "minor" },
    line: "New package for the `Users` tag, first released at 0.1.0: `listUsers`",
  },
  {
    name: "vanished tag: a removed package",
    mutate: (doc) => {
      delete doc.paths["/v1/contact-custom-fields"];
    },
    kinds: ["package.removed"],
    packages: { "contact-custom-fields": "major", client: "major" },
    line: "BREAKING: the spec no longer has the `Contact Custom Fields` tag; removed `getContactCustomFields`",
  },
];

function bump(mutate: (doc: Doc) => void, options = config) {
  const doc = structuredClone(base);
  mutate(doc);
  const spec = normalize(validateSpec(doc, "mutated"), options);
  const analysis = analyzeBump(baseSpec, spec, options, {});
  const all = [...analysis.packages, ...(analysis.umbrella ? [analysis.umbrella] : [])];
  return {
    analysis,
    packages: Object.fromEntries(all.map((p) => [p.dir, p.bump])),
    kinds: [...new Set(analysis.packages.flatMap((p) => p.changes.map((c) => c.kind)))].sort(),
    lines: all.flatMap((p) => p.lines.map((l) => l.text)),
  };
}

describe("spec:bump rules, one mutation per row", () => {
  it.each(ROWS.map((row) => [row.name, row] as const))("%s", (_, row) => {
    const result = bump(row.mutate);
    expect(result.kinds).toEqual([...row.kinds].sort());
    expect(result.packages).toEqual(row.packages);
    if (row.line) expect(result.lines).toContain(row.line);
  });

  it("covers every row of the rules table (package.regenerated: command.test.ts; operation.renamed: below)", () => {
    const covered = new Set<string>([...ROWS.flatMap((r) => r.kinds), "package.regenerated", "operation.renamed"]);
    expect(Object.keys(RULES).filter((k) => !covered.has(k))).toEqual([]);
  });

  it("reports nothing for an identical spec", () => {
    const result = bump(() => {});
    expect(result.packages).toEqual({});
    expect(result.analysis.umbrella).toBeUndefined();
  });

  it("gives a package the highest bump among its changes, and the umbrella the highest among packages", () => {
    const result = bump((doc) => {
      op(doc, "/v1/calls").summary = "List every call"; // calls: patch
      param(op(doc, "/v1/calls"), "userId").required = true; // calls: major
      op(doc, "/v1/messages").summary = "List every message"; // messages: patch
    });
    expect(result.packages).toEqual({ calls: "major", messages: "patch", client: "major" });
  });

  it("groups one change made to several operations into one line", () => {
    const result = bump((doc) => {
      for (const [path, method] of [
        ["/v1/messages", "get"],
        ["/v1/messages/{id}", "get"],
        ["/v1/messages", "post"],
      ] as const) {
        const responses = op(doc, path, method).responses as Record<string, unknown>;
        responses["429"] = structuredClone(responses["400"]);
      }
    });
    const messages = result.analysis.packages.find((p) => p.dir === "messages");
    expect(messages?.lines.map((l) => l.text)).toEqual([
      "`getMessageById`, `listMessages`, `sendMessage` may now fail with 429 (`RateLimitError`)",
    ]);
  });

  it("follows $refs and stops on recursive schemas", () => {
    // Without webhook event types: they cannot inline a recursive schema (generation refuses it).
    const restOnly = { ...config, webhookEvents: undefined };
    const result = bump((doc) => {
      doc.components = doc.components ?? {};
      doc.components.schemas = {
        ...doc.components.schemas,
        Node: {
          type: "object",
          properties: {
            name: { type: "string" },
            children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
          },
        },
      };
      props(callItem(doc)).tree = { $ref: "#/components/schemas/Node" };
    }, restOnly);
    expect(result.kinds).toEqual(["output.field-added"]);
    const again = structuredClone(base);
    props(callItem(again)).tree = { $ref: "#/components/schemas/Node" };
    again.components = {
      ...again.components,
      schemas: {
        ...again.components?.schemas,
        Node: {
          type: "object",
          properties: {
            name: { type: "integer" },
            children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
          },
        },
      },
    };
    const before = normalize(validateSpec(again, "before"), config);
    const after = structuredClone(again);
    const node = after.components?.schemas?.Node as SchemaObject;
    (props(node).name as SchemaObject).type = "string";
    const analysis = analyzeBump(before, normalize(validateSpec(after, "after"), config), restOnly, {});
    // Once, although `children[]` reaches Node again (and again).
    expect(analysis.packages.flatMap((p) => p.lines.map((l) => l.text))).toEqual([
      "BREAKING: `data[].tree.name` in the response of `listCalls` changed type from `integer` to `string`",
    ]);
  });
});

describe("types other packages derive from REST schemas (webhook event types)", () => {
  it("a call's response field changing type is major for webhooks too, with a line naming its event types", () => {
    const result = bump((doc) => {
      callField(doc, "duration").type = "string";
    });
    expect(result.packages).toEqual({ calls: "major", webhooks: "major", client: "major" });
    const webhooks = result.analysis.packages.find((p) => p.dir === "webhooks");
    expect(webhooks?.lines.map((l) => l.text)).toEqual([
      "BREAKING: `data.object.duration` in the `CallCompletedEvent`, `CallRecordingCompletedEvent`, `CallRingingEvent` types changed type from `integer` to `string`",
    ]);
    expect(webhooks?.changes.every((c) => c.subject === "type")).toBe(true);
  });

  it("a new response field is minor for the call's package and for webhooks", () => {
    const result = bump((doc) => {
      props(callItem(doc)).tags = { type: "array", items: { type: "string" } };
    });
    expect(result.packages).toEqual({ calls: "minor", webhooks: "minor", client: "minor" });
    expect(result.lines).toContain(
      "Added `data.object.tags` to the `CallCompletedEvent`, `CallRecordingCompletedEvent`, `CallRingingEvent` types",
    );
  });

  it("follows whichever REST schema the events document references (a message, read by getMessageById)", () => {
    const result = bump((doc) => {
      const data = props(response(op(doc, "/v1/messages/{id}"), "200")).data as SchemaObject;
      // `text` (the v4 events take `status` and `to` from their own schema, so those would not follow).
      props(data).text = { type: "integer" };
    });
    expect(result.packages).toEqual({ messages: "major", webhooks: "major", client: "major" });
    expect(result.lines).toContain(
      "BREAKING: `data.object.text` in the `MessageDeliveredEvent`, `MessageReceivedEvent` types changed type from `string` to `integer`",
    );
  });

  it("leaves webhooks alone when a schema no event embeds changes", () => {
    const result = bump((doc) => {
      const list = op(doc, "/v1/messages");
      const item = props(response(list, "200")).data?.items as SchemaObject;
      props(item).extra = { type: "string" };
    });
    expect(result.packages).toEqual({ messages: "minor", client: "minor" });
  });

  it("refuses a spec that removes a schema the event types embed, naming the reference", () => {
    expect(() =>
      bump((doc) => {
        delete doc.paths["/v1/call-transcripts/{id}"];
      }),
    ).toThrow(
      /CallTranscriptObject\/\$ref: "openapi\.json#\/paths\/~1v1~1call-transcripts~1%7Bid%7D\/get\/.*" resolves to no schema/,
    );
  });
});

describe("renamed operations (operationAliases in sdk.config.json)", () => {
  const renameTranscript = (doc: Doc) => {
    op(doc, "/v1/call-transcripts/{id}").operationId = "getCallTranscriptById_v1";
  };
  const withAlias = { ...config, operationAliases: { getCallTranscript: "getCallTranscriptById_v1" } };

  it("with an alias: minor, one line, and the operation still diffed against what the alias now calls", () => {
    const result = bump(renameTranscript, withAlias);
    expect(result.kinds).toEqual(["operation.renamed"]);
    expect(result.packages).toEqual({ calls: "minor", client: "minor" });
    expect(result.lines).toContain(
      "Renamed `getCallTranscript` to `getCallTranscriptById`; the old name remains as a deprecated alias",
    );
    const alsoNarrowed = bump((doc) => {
      renameTranscript(doc);
      const transcript = op(doc, "/v1/call-transcripts/{id}");
      delete props(props(response(transcript, "200")).data as SchemaObject).dialogue;
    }, withAlias);
    expect(alsoNarrowed.kinds).toContain("output.field-removed");
    expect(alsoNarrowed.packages.calls).toBe("major");
  });

  it("without an alias: a removal plus an addition, major", () => {
    const result = bump(renameTranscript);
    expect(result.kinds).toEqual(["operation.added", "operation.removed"]);
    expect(result.packages).toEqual({ calls: "major", client: "major" });
  });

  it("an alias the spec does not fit stops generation with its place in sdk.config.json", () => {
    const fail = (aliases: Record<string, string>) => () =>
      normalize(validateSpec(structuredClone(base), "spec"), { ...config, operationAliases: aliases }, "spec");
    expect(fail({ listCalls: "listMessages_v1" })).toThrow(
      /operationAliases\/listCalls: the spec still has an operation named listCalls\(\) \("listCalls_v1"\); remove the alias/,
    );
    expect(fail({ oldName: "nope_v1" })).toThrow(
      /operationAliases\/oldName: the alias oldName\(\) names operationId "nope_v1", which the spec does not have/,
    );
    expect(fail({ "__proto__.x": "listCalls_v1" })).toThrow(/"__proto__\.x" is not a function name/);
  });
});

describe("a new package's first release", () => {
  it("is written one step below initialVersion and listed with the bump that reaches it", () => {
    expect(firstRelease("0.1.0")).toEqual({ base: "0.0.0", bump: "minor" });
    expect(firstRelease("1.0.0")).toEqual({ base: "0.0.0", bump: "major" });
    expect(firstRelease("0.0.1")).toEqual({ base: "0.0.0", bump: "patch" });
    expect(firstRelease("2.3.0")).toEqual({ base: "2.2.0", bump: "minor" });
    expect(() => firstRelease("0.0.0")).toThrow(/cannot be 0\.0\.0/);
    expect(() => firstRelease("1.0.0-beta.1")).toThrow(/plain x\.y\.z version, got "1\.0\.0-beta\.1"/);
  });
});

describe("generators/README.md", () => {
  it("shows the rules table exactly as the code has it (`pnpm spec:bump --rules` prints it)", () => {
    const readme = readFileSync(join(GENERATORS_DIR, "README.md"), "utf8");
    expect(readme).toContain(rulesMarkdown());
  });
});
