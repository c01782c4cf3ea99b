import { describe, expect, it } from "vitest";
import { type OperationSpec, splitParams, ValidationError } from "../src/index.js";

const updateThing: OperationSpec = {
  id: "updateThing_v1",
  method: "PATCH",
  path: "/v1/things/{id}",
  params: { id: "path", dryRun: "query", name: "body", bodyId: ["body", "id"] },
  hasBody: true,
};

describe("splitParams", () => {
  it("sorts flat keys into path, query and body, applying renames", () => {
    expect(splitParams(updateThing, { id: "T1", dryRun: true, name: "n", bodyId: "B1" })).toEqual({
      path: { id: "T1" },
      query: { dryRun: true },
      header: {},
      body: { name: "n", id: "B1" },
    });
  });

  it("leaves out undefined values and sends no body for an operation without one", () => {
    const get: OperationSpec = { id: "getThing_v1", method: "GET", path: "/v1/things", params: { q: "query" } };
    expect(splitParams(get, { q: undefined })).toEqual({ path: {}, query: {}, header: {}, body: undefined });
  });

  it("refuses an unknown key instead of dropping it", () => {
    expect(() => splitParams(updateThing, { id: "T1", nmae: "typo" })).toThrowError(ValidationError);
    try {
      splitParams(updateThing, { id: "T1", nmae: "typo" });
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        {
          path: "nmae",
          message: 'is not a parameter of updateThing_v1; expected one of "id", "dryRun", "name", "bodyId"',
        },
      ]);
    }
  });

  it("requires path parameters to be non-empty strings or numbers", () => {
    const issues = (params: Record<string, unknown>) => {
      try {
        splitParams(updateThing, params);
        return [];
      } catch (error) {
        return (error as ValidationError).issues.map((i) => `${i.path} ${i.message}`);
      }
    };
    expect(issues({})).toEqual(["id is required (a path parameter)"]);
    expect(issues({ id: "" })).toEqual(["id is required (a path parameter)"]);
    expect(issues({ id: { nested: true } })).toEqual(["id must be a string, got an object"]);
    expect(issues({ id: 42 })).toEqual([]);
  });

  it("refuses params that are not an object", () => {
    expect(() => splitParams(updateThing, ["T1"] as never)).toThrowError(
      /params: must be an object of parameters, got an array/,
    );
  });
});
