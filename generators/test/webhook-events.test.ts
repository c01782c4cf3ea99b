import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generateFromDocument } from "../src/generate.js";
import { SpecError } from "../src/load.js";
import type { OpenAPIDocument } from "../src/openapi.js";
import { resolveWebhookSpec } from "../src/webhook-spec.js";
import { operationOf, repoSpec, tempDir, testConfig } from "./helpers.js";

const WEBHOOKS_FILE = fileURLToPath(new URL("../../spec/webhooks.openapi.json", import.meta.url));
const SOURCE = "spec/webhooks.openapi.json";
const REST = "spec/openapi.json";
const config = testConfig();

type Json = Record<string, unknown>;
const webhooksDoc = (): Json => JSON.parse(readFileSync(WEBHOOKS_FILE, "utf8")) as Json;
const schemas = (doc: Json) => (doc.components as { schemas: Record<string, Json> }).schemas;
const resolve = (doc: unknown, rest = repoSpec()) => resolveWebhookSpec(doc, rest, SOURCE, REST);

/** The SpecError's problems, or a failure when `run` does not throw one. */
function problems(run: () => unknown): { at: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SpecError) return [...error.problems];
    throw error;
  }
  throw new Error("expected a SpecError");
}

/** Every file the pipeline produces for `doc` (and the webhooks document `webhooks`), by path. */
async function files(doc: OpenAPIDocument, webhooks?: Json): Promise<Map<string, string>> {
  const events = webhooks ? resolveWebhookSpec(webhooks, doc, SOURCE, REST) : undefined;
  const result = await generateFromDocument(doc, config, tempDir(), REST, events);
  return new Map(result.files.map((f) => [f.path, f.content]));
}

function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

describe("resolveWebhookSpec", () => {
  it("lists every event, sorted, with one shape per generation told apart by apiVersion", () => {
    const spec = resolve(webhooksDoc());
    const generations = (type: string) =>
      spec.events
        .find((e) => e.type === type)
        ?.variants.map((v) => [v.schemaName, v.apiVersions.join("|"), v.dataKey, v.objectSchema]);
    expect(spec.events.map((e) => e.type)).toEqual([
      "call.answered",
      "call.completed",
      "call.forwarded",
      "call.missed",
      "call.recording.completed",
      "call.ringing",
      "call.summary.completed",
      "call.transcript.completed",
      "call.voicemail.completed",
      "contact.deleted",
      "contact.updated",
      "message.delivered",
      "message.failed",
      "message.received",
    ]);
    expect(generations("message.received")).toEqual([
      ["MessageReceivedEventV3", "v2|v3", "object", "MessageV3"],
      ["MessageReceivedEventV4", "v4", "object", "MessageV4"],
      ["MessageReceivedEventV20260330", "2026-03-30", "resource", "MessageResourceV20260330"],
    ]);
    expect(generations("contact.updated")).toEqual([
      ["ContactUpdatedEventV3", "v2|v3", "object", "ContactV3"],
      ["ContactUpdatedEventV20260330", "2026-03-30", "resource", "ContactResourceV20260330"],
    ]);
    expect(generations("call.missed")).toEqual([
      ["CallMissedEventV20260330", "2026-03-30", "resource", "CallResourceV20260330"],
    ]);
  });

  it("merges properties set beside a REST $ref into the REST schema's (v4 objects = REST + additions)", () => {
    const resolved = resolve(webhooksDoc()).doc as unknown as Json;
    const message = schemas(resolved).MessageV4 as { properties: Record<string, Json>; required: string[] };
    const rest = schemas(resolved).MessageObject as { properties: Record<string, Json> };
    expect(message.properties.text).toEqual(rest.properties.text);
    expect(message.properties.object).toEqual({ const: "message" });
    expect(message.properties.status?.enum).toContain("received");
    expect(rest.properties.status?.enum).not.toContain("received");
    expect(message.required).not.toContain("updatedAt");
  });

  it("the example signature headers are well-formed (32-byte base64 HMACs)", () => {
    const params = (
      webhooksDoc().components as { parameters: Record<string, { examples: Record<string, { value: string }> }> }
    ).parameters;
    const legacy = params.OpenPhoneSignature?.examples.one?.value ?? "";
    const [scheme, version, timestamp, signature = ""] = legacy.split(";");
    expect([scheme, version]).toEqual(["hmac", "1"]);
    expect(timestamp).toMatch(/^\d+$/);
    expect(signature).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(signature, "base64")).toHaveLength(32);
    const standard = params.WebhookSignature?.examples.one?.value ?? "";
    expect(standard).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(standard.slice(3), "base64")).toHaveLength(32);
  });

  it("inlines the REST schemas the objects point at, keeping keys set beside the $ref", () => {
    const rest = repoSpec();
    const resolved = resolve(webhooksDoc(), rest).doc as unknown as Json;
    expect(JSON.stringify(resolved)).not.toContain("openapi.json#");
    const json = (path: string, method: string) =>
      (operationOf(rest, path, method) as { responses: Record<string, Json> }).responses["200"] as {
        content: { "application/json": { schema: { properties: { data: Json } } } };
      };
    const callItems = json("/v1/calls", "get").content["application/json"].schema.properties.data.items as Json;
    const { description, ...call } = schemas(resolved).CallObject as Json;
    expect(call).toEqual(callItems);
    expect(description).toMatch(/^A call, as `listCalls` returns/);
    const message = json("/v1/messages/{id}", "get").content["application/json"].schema.properties.data;
    expect({ ...schemas(resolved).MessageObject, description: undefined }).toEqual({
      ...message,
      description: undefined,
    });
  });

  it.each([
    [
      "a ref into another file",
      (doc: Json) => {
        schemas(doc).CallObject = { $ref: "other.json#/paths" };
      },
      "#/components/schemas/CallObject/$ref",
      /names spec\/other\.json; only references into spec\/openapi\.json/,
    ],
    [
      "a ref to nothing",
      (doc: Json) => {
        schemas(doc).CallObject = { $ref: "openapi.json#/paths/~1v1~1nope/get" };
      },
      "#/components/schemas/CallObject/$ref",
      /resolves to no schema in spec\/openapi\.json/,
    ],
    [
      "a type that is not the event's key",
      (doc: Json) => {
        const props = schemas(doc).CallRingingEventV4?.properties as Json;
        props.type = { const: "call.rung" };
      },
      "#/components/schemas/CallRingingEventV4/properties/type",
      /"const": "call\.ringing"/,
    ],
    [
      "an event without data.object or data.resource",
      (doc: Json) => {
        const props = schemas(doc).CallRingingEventV20260330?.properties as Json;
        props.data = { type: "object" };
      },
      "#/components/schemas/CallRingingEventV20260330/properties/data",
      /required `object` \(legacy\) or `resource`/,
    ],
    [
      "a generation without an apiVersion const or enum",
      (doc: Json) => {
        const props = schemas(doc).CallRingingEventV3?.properties as Json;
        props.apiVersion = { type: "string" };
      },
      "#/components/schemas/CallRingingEventV3/properties/apiVersion",
      /string const or enum/,
    ],
    [
      "two generations sharing an apiVersion",
      (doc: Json) => {
        const props = schemas(doc).CallRingingEventV4?.properties as Json;
        props.apiVersion = { type: "string", enum: ["v3", "v4"] };
      },
      "#/components/schemas/CallRingingEvent/oneOf/1",
      /apiVersion "v3" is also CallRingingEventV3's/,
    ],
    [
      "an inline generation",
      (doc: Json) => {
        (schemas(doc).CallRingingEvent as { oneOf: Json[] }).oneOf[0] = { type: "object" };
      },
      "#/components/schemas/CallRingingEvent/oneOf/0",
      /one shape of the event per generation/,
    ],
    [
      "an inline event schema",
      (doc: Json) => {
        const post = (doc.webhooks as Record<string, { post: Json }>)["call.ringing"]?.post as Json;
        post.requestBody = { content: { "application/json": { schema: { type: "object" } } } };
      },
      "#/webhooks/call.ringing/post/requestBody/content/application~1json/schema",
      /"\$ref" to "#\/components\/schemas\/<Name>"/,
    ],
    [
      "two events sharing a schema",
      (doc: Json) => {
        const hooks = doc.webhooks as Record<string, unknown>;
        hooks["call.ringing"] = hooks["call.completed"];
      },
      "#/webhooks/call.ringing/post",
      /share the schema CallCompletedEvent/,
    ],
    [
      "OpenAPI 3.0",
      (doc: Json) => {
        doc.openapi = "3.0.3";
      },
      "#/openapi",
      /must be "3\.1\.x"/,
    ],
  ])("refuses %s, naming where", (_, edit, at, message) => {
    const doc = webhooksDoc();
    edit(doc);
    const found = problems(() => resolve(doc));
    expect(found).toContainEqual({ at, message: expect.stringMatching(message) });
  });

  it("refuses a REST schema that refers to itself (it cannot be inlined)", () => {
    const rest = repoSpec();
    rest.components = {
      schemas: { Node: { type: "object", properties: { next: { $ref: "#/components/schemas/Node" } } } },
    };
    const doc = webhooksDoc();
    schemas(doc).CallObject = { $ref: "openapi.json#/components/schemas/Node" };
    expect(problems(() => resolve(doc, rest))[0]?.message).toMatch(/reference cycle/);
  });
});

describe("generated event types", () => {
  let baseline: Map<string, string>;
  // A whole pipeline run: seconds on a loaded 2-core box, past the 10 s hook default.
  beforeAll(async () => {
    baseline = await files(repoSpec(), webhooksDoc());
  }, 60_000);

  it("go into the webhooks package only, with a do-not-edit header naming the webhooks document", () => {
    const events = [...baseline.keys()].filter((path) => path.includes("webhook-events"));
    expect(events).toEqual([
      "packages/webhooks/src/generated/webhook-events-openapi.ts",
      "packages/webhooks/src/generated/webhook-events.ts",
    ]);
    for (const path of events) {
      expect(baseline.get(path)?.split("\n")[0]).toMatch(
        /^\/\/ Generated from spec\/webhooks\.openapi\.json .* Do not edit/,
      );
    }
    const types = baseline.get("packages/webhooks/src/generated/webhook-events.ts") ?? "";
    expect(types).toContain('export type MessageReceivedEvent = components["schemas"]["MessageReceivedEvent"];');
    expect(types).toMatch(/export type WebhookEvent =\n {2}\| CallAnsweredEvent\n[\s\S]*\| MessageReceivedEvent;/);
    expect(types).toContain('  "message.received": MessageReceivedEvent;');
    expect(types).toContain('export type WebhookApiVersion = WebhookEvent["apiVersion"];');
    const openapi = baseline.get("packages/webhooks/src/generated/webhook-events-openapi.ts") ?? "";
    expect(openapi).toContain(
      'MessageReceivedEvent: components["schemas"]["MessageReceivedEventV3"] | components["schemas"]["MessageReceivedEventV4"] | components["schemas"]["MessageReceivedEventV20260330"];',
    );
  });

  it("packageExtras.entries: the fixtures entry point is built, exported and stubbed", () => {
    const manifest = JSON.parse(baseline.get("packages/webhooks/package.json") ?? "{}");
    expect(manifest.exports["./fixtures"]).toEqual({
      import: { types: "./dist/fixtures.d.mts", default: "./dist/fixtures.mjs" },
      require: { types: "./dist/fixtures.d.cts", default: "./dist/fixtures.cjs" },
    });
    expect(manifest.files).toContain("fixtures");
    expect(baseline.get("packages/webhooks/tsdown.config.ts")).toContain('fixtures: "src/fixtures.ts",');
    expect(JSON.parse(baseline.get("packages/webhooks/fixtures/package.json") ?? "{}").module).toBe(
      "../dist/fixtures.mjs",
    );
    // Other packages have no such entry.
    expect(baseline.get("packages/messages/package.json")).not.toContain("fixtures");
  });

  it("are what the pipeline produces when it loads the webhooks document itself", async () => {
    const loaded = await generateFromDocument(repoSpec(), config, tempDir(), REST);
    expect(new Map(loaded.files.map((f) => [f.path, f.content]))).toEqual(baseline);
  });

  it("a change to the webhooks document touches only the webhooks package", async () => {
    const doc = webhooksDoc();
    const post = (doc.webhooks as Record<string, { post: Json }>)["message.delivered"]?.post as Json;
    post.summary = "A message reached the recipient";
    const props = schemas(doc).MessageDeliveredEventV4?.properties as Record<string, Json>;
    props.id = { ...props.id, description: "Unique per event; retries repeat it." };
    const paths = changed(baseline, await files(repoSpec(), doc));
    expect(paths).toEqual([
      "packages/webhooks/README.md",
      "packages/webhooks/src/generated/webhook-events-openapi.ts",
      "packages/webhooks/src/generated/webhook-events.ts",
    ]);
  });

  it("a change to a REST response schema flows into the events that reuse it", async () => {
    const rest = repoSpec();
    const op = rest.paths["/v1/messages/{id}"]?.get as { responses: Record<string, Json> };
    const data = (op.responses["200"] as { content: Record<string, { schema: { properties: { data: Json } } }> })
      .content["application/json"]?.schema.properties.data as { properties: Record<string, Json> };
    data.properties.mediaCount = { type: "integer", description: "How many attachments the message has." };
    const after = await files(rest, webhooksDoc());
    const paths = changed(baseline, after);
    expect(paths).toContain("packages/webhooks/src/generated/webhook-events-openapi.ts");
    expect(paths).toContain("packages/messages/src/generated/openapi.ts");
    expect(paths.filter((p) => !p.startsWith("packages/messages/") && !p.startsWith("packages/webhooks/"))).toEqual([]);
    expect(after.get("packages/webhooks/src/generated/webhook-events-openapi.ts")).toMatch(
      /MessageObject: \{[\s\S]*How many attachments the message has\.[\s\S]*mediaCount\?: number;/,
    );
  });
});
