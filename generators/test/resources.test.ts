import { describe, expect, it } from "vitest";
import { resolvePointer } from "../src/load.js";
import { normalize } from "../src/normalize.js";
import type { OpenAPIDocument } from "../src/openapi.js";
import { planPackages } from "../src/plan.js";
import { planResources, resourceName } from "../src/resources.js";
import { repoSpec, testConfig } from "./helpers.js";

function plan(doc: OpenAPIDocument = repoSpec()) {
  return planPackages(normalize(doc, testConfig()), testConfig());
}

function resourcesOf(p: ReturnType<typeof plan>) {
  return Object.fromEntries(
    p.packages.map((pkg) => [
      pkg.dir,
      pkg.resources.map((r) => (r.kind === "union" ? `${r.name} = ${r.members?.join(" | ")}` : r.name)),
    ]),
  );
}

describe("resource names", () => {
  it("are the operationId without verb, ById and version; singular for lists", () => {
    expect(resourceName("listMessages", true)).toBe("Message");
    expect(resourceName("getMessageById", false)).toBe("Message");
    expect(resourceName("getCallRecordings", true)).toBe("CallRecording");
    expect(resourceName("getCallSummary", false)).toBe("CallSummary");
    expect(resourceName("createMessageWebhook", false)).toBe("MessageWebhook");
    expect(resourceName("listPhoneNumbers", true)).toBe("PhoneNumber");
    expect(resourceName("listCompanies", true)).toBe("Company");
    expect(resourceName("listAddresses", true)).toBe("Address");
    expect(resourceName("getStatus", false)).toBe("Status");
    expect(resourceName("list", true)).toBe("List");
  });

  it("name the spec's resources once per package, with unions of named members", () => {
    expect(resourcesOf(plan())).toEqual({
      calls: ["Call", "CallRecording", "CallSummary", "CallTranscript"],
      "contact-custom-fields": ["CustomField"],
      contacts: ["Contact", "UpdatedContact"],
      conversations: ["Conversation"],
      messages: ["Message"],
      "phone-numbers": ["PhoneNumber"],
      webhooks: [
        "CallSummaryWebhook",
        "CallTranscriptWebhook",
        "CallWebhook",
        "MessageWebhook",
        "Webhook = MessageWebhook | CallWebhook | CallSummaryWebhook | CallTranscriptWebhook",
      ],
    });
    const messages = plan().packages.find((p) => p.dir === "messages");
    expect(messages?.resources[0]?.operations).toEqual(["getMessageById", "listMessages", "sendMessage"]);
  });

  it("leave a differently shaped response with the same name unnamed, and say so", () => {
    // Without the config's name for it (`UpdatedContact`), updateContactById would want `Contact` too.
    const config = testConfig({ resourceNames: { getContactCustomFields_v1: "CustomField" } });
    const p = planPackages(normalize(repoSpec(), config), config);
    expect(p.notes).toContain(
      "@openphone-sdk/contacts resource types: updateContactById: returns a different Contact than createContact, getContactById, listContacts; left unnamed",
    );
    const contacts = p.packages.find((pkg) => pkg.dir === "contacts");
    const update = resolvePointer(
      contacts?.typesDoc,
      "#/paths/~1v1~1contacts~1{id}/patch/responses/200/content/application~1json/schema/properties/data",
    ) as { $ref?: string; properties?: object };
    expect(update.$ref).toBeUndefined();
    expect(update.properties).toBeDefined();
    // With it (the repository's config), the response has a type of its own.
    const named = plan()
      .packages.find((pkg) => pkg.dir === "contacts")
      ?.resources.find((r) => r.name === "UpdatedContact");
    expect(named?.operations).toEqual(["updateContactById"]);
  });

  it("do not depend on the order of operations or of keys in the spec (stable across bumps)", () => {
    const doc = repoSpec();
    const reversed: OpenAPIDocument = JSON.parse(JSON.stringify(doc));
    reversed.paths = Object.fromEntries(
      Object.entries(doc.paths)
        .reverse()
        .map(([path, item]) => [path, Object.fromEntries(Object.entries(item).reverse())]),
    );
    expect(resourcesOf(plan(reversed))).toEqual(resourcesOf(plan(doc)));
  });

  it("move each schema into components.schemas and refer to it where it was", () => {
    const messages = plan().packages.find((p) => p.dir === "messages");
    const doc = messages?.typesDoc;
    expect(Object.keys(doc?.components?.schemas ?? {})).toEqual(["Message"]);
    for (const at of [
      "#/paths/~1v1~1messages/get/responses/200/content/application~1json/schema/properties/data/items",
      "#/paths/~1v1~1messages/post/responses/202/content/application~1json/schema/properties/data",
      "#/paths/~1v1~1messages~1{id}/get/responses/200/content/application~1json/schema/properties/data",
    ]) {
      expect(resolvePointer(doc, at)).toEqual({ $ref: "#/components/schemas/Message" });
    }
    // The full spec is not touched.
    const original = resolvePointer(
      repoSpec(),
      "#/paths/~1v1~1messages/get/responses/200/content/application~1json/schema/properties/data/items",
    ) as { type?: string };
    expect(original.type).toBe("object");
  });

  it("follow a response body that is a $ref (phone numbers) and keep the spec's own component", () => {
    const phones = plan().packages.find((p) => p.dir === "phone-numbers");
    expect(Object.keys(phones?.typesDoc.components?.schemas ?? {})).toEqual([
      "ListPhoneNumbersResponse",
      "PhoneNumber",
    ]);
  });

  it("never take a name the package already exports or the spec already has", () => {
    const normalized = normalize(repoSpec(), testConfig());
    const ops = normalized.operations.filter((o) => o.tag === "Messages");
    const taken = planResources(normalized.doc, ops, {}, new Set(["Message"]));
    expect(taken.types).toEqual([]);
    expect(taken.notes.join("\n")).toContain("the name Message is already taken");
  });

  it("take a name from resourceNames in sdk.config.json", () => {
    const normalized = normalize(repoSpec(), testConfig());
    const ops = normalized.operations.filter((o) => o.tag === "Messages");
    const renamed = planResources(normalized.doc, ops, { listMessages_v1: "TextMessage" });
    // Two operations propose Message, one TextMessage, for the same schema: the most proposed wins.
    expect(renamed.types.map((t) => t.name)).toEqual(["Message"]);
    const all = planResources(normalized.doc, ops, {
      listMessages_v1: "TextMessage",
      getMessageById_v1: "TextMessage",
      sendMessage_v1: "TextMessage",
    });
    expect(all.types.map((t) => t.name)).toEqual(["TextMessage"]);
  });
});
