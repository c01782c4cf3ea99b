import { describe, expect, it } from "vitest";
import { SpecError } from "../src/load.js";
import { functionName, normalize } from "../src/normalize.js";
import { operationOf, testConfig, tinySpec } from "./helpers.js";

describe("normalize", () => {
  const spec = normalize(tinySpec(), testConfig());

  it("names functions by operationId without the _vN suffix, sorted by tag then name", () => {
    expect(spec.operations.map((o) => `${o.tag}/${o.name}`)).toEqual([
      "Gadget Settings/getGadgetSettings",
      "Widgets/createWidget",
      "Widgets/deleteWidget",
      "Widgets/listWidgets",
      "Widgets/updateWidget",
    ]);
    expect(functionName("listCalls_v1")).toBe("listCalls");
    expect(functionName("get-thing_v12")).toBe("getThing");
  });

  it("flattens path, query and body values into one params list", () => {
    const update = spec.operations.find((o) => o.name === "updateWidget");
    expect(update?.params.map((p) => [p.key, p.location, p.required])).toEqual([
      ["id", "path", true],
      ["name", "body", false],
    ]);
    const create = spec.operations.find((o) => o.name === "createWidget");
    expect(create?.params.map((p) => [p.key, p.location, p.required])).toEqual([
      ["name", "body", true],
      ["ownerId", "body", true],
      ["legacyId", "body", false],
    ]);
    expect(create?.hasBody).toBe(true);
  });

  it("hoists deprecation and description out of a parameter's schema", () => {
    const list = spec.operations.find((o) => o.name === "listWidgets");
    const since = list?.params.find((p) => p.key === "since");
    expect(since).toMatchObject({ deprecated: true, description: "DEPRECATED, use createdAfter." });
    const params = operationOf(spec.doc, "/v1/widgets", "get") as unknown as {
      parameters: { name: string; deprecated?: boolean }[];
    };
    expect(params.parameters.find((p) => p.name === "since")?.deprecated).toBe(true);
    expect(list?.params.find((p) => p.key === "maxResults")?.deprecated).toBe(false);
    expect(
      spec.operations.find((o) => o.name === "createWidget")?.params.find((p) => p.key === "legacyId")?.deprecated,
    ).toBe(true);
  });

  it("records responses with their constant error codes and the success status", () => {
    const list = spec.operations.find((o) => o.name === "listWidgets");
    expect(list?.responses.map((r) => [r.status, r.errorCode])).toEqual([
      ["200", undefined],
      ["404", "0100404"],
    ]);
    expect(spec.operations.find((o) => o.name === "deleteWidget")?.successStatus).toBe("204");
  });

  it("reports declared-but-unused and used-but-undeclared tags", () => {
    expect(spec.unusedDeclaredTags).toEqual(["Unused Tag"]);
    expect(spec.undeclaredUsedTags).toEqual(["Gadget Settings"]);
  });

  it("does not modify its input", () => {
    const input = tinySpec();
    const before = JSON.stringify(input);
    normalize(input, testConfig());
    expect(JSON.stringify(input)).toBe(before);
  });

  it("stops on a key that two locations share, and paramRenames resolves it", () => {
    const doc = tinySpec();
    const patch = operationOf(doc, "/v1/widgets/{id}", "patch") as {
      requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown> } } } };
    };
    patch.requestBody.content["application/json"].schema.properties.id = { type: "string" };
    expect(() => normalize(doc, testConfig())).toThrowError(SpecError);
    try {
      normalize(doc, testConfig());
    } catch (error) {
      expect((error as SpecError).problems[0]).toMatchObject({
        at: "#/paths/~1v1~1widgets~1{id}/patch/requestBody/content/application~1json/schema/properties/id",
      });
      expect((error as SpecError).problems[0]?.message).toMatch(
        /"id" is both a path and a body value of updateWidget_v1/,
      );
    }
    const renamed = normalize(doc, testConfig({ paramRenames: { updateWidget_v1: { "body.id": "bodyId" } } }));
    const update = renamed.operations.find((o) => o.name === "updateWidget");
    expect(update?.params.map((p) => [p.key, p.location, p.wireName])).toEqual([
      ["id", "path", "id"],
      ["name", "body", "name"],
      ["bodyId", "body", "id"],
    ]);
  });

  it("stops on an operation without a tag unless tagOverrides places it", () => {
    const doc = tinySpec();
    delete (operationOf(doc, "/v1/gadget-settings", "get") as { tags?: string[] }).tags;
    expect(() => normalize(doc, testConfig())).toThrowError(/has no tag, so no package owns it/);
    const placed = normalize(doc, testConfig({ tagOverrides: { getGadgetSettings_v1: "Widgets" } }));
    expect(placed.operations.find((o) => o.name === "getGadgetSettings")?.tag).toBe("Widgets");
  });

  it("stops when two operationIds would make the same function name", () => {
    const doc = tinySpec();
    (operationOf(doc, "/v1/gadget-settings", "get") as { operationId: string }).operationId = "listWidgets_v2";
    expect(() => normalize(doc, testConfig())).toThrowError(/would both become listWidgets\(\)/);
  });

  it("stops on a parameter encoding core's serializers do not produce, naming the parameter", () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ style: "deepObject" }, /query parameter "since": style "deepObject" is not supported/],
      [{ explode: false }, /query parameter "since": explode: false is not supported/],
      [{ allowReserved: true }, /query parameter "since": allowReserved is not supported/],
      [{ schema: { type: "object" } }, /query parameter "since": object values are not supported/],
      [{ style: "form", explode: true }, /^$/],
    ];
    for (const [change, message] of cases) {
      const doc = tinySpec();
      const list = operationOf(doc, "/v1/widgets", "get") as { parameters: Record<string, unknown>[] };
      const since = list.parameters.find((p) => p.name === "since") as Record<string, unknown>;
      Object.assign(since, change);
      if (message.source === "^$") expect(() => normalize(doc, testConfig())).not.toThrow();
      else expect(() => normalize(doc, testConfig())).toThrowError(message);
    }
  });
});
