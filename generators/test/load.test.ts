import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec, parseJson, SpecError, validateSpec } from "../src/load.js";
import { operationOf, tempDir, tinySpec } from "./helpers.js";

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return (error as SpecError).problems;
  }
  throw new Error("expected a SpecError");
}

describe("load + validate", () => {
  it("accepts the fixture spec", () => {
    const doc = validateSpec(tinySpec(), "tiny.json");
    expect(Object.keys(doc.paths)).toEqual(["/v1/widgets", "/v1/widgets/{id}", "/v1/gadget-settings"]);
  });

  it("reports invalid JSON with line and column", () => {
    const problems = problemsOf(() => parseJson('{\n  "openapi": "3.1.0",\n  "info": {,\n}', "broken.json"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.at).toBe("line 3, column 12");
    expect(problems[0]?.message).toMatch(/^invalid JSON/);
  });

  it("reports a document that is not OpenAPI 3", () => {
    const problems = problemsOf(() =>
      validateSpec({ swagger: "2.0", info: { title: "x", version: "1" }, paths: {} }, "s"),
    );
    expect(problems).toEqual([{ at: "#/openapi", message: "must be an OpenAPI 3.x version string, got undefined" }]);
  });

  it("reports a document without paths", () => {
    const problems = problemsOf(() => validateSpec({ openapi: "3.1.0", info: { title: "x", version: "1" } }, "s"));
    expect(problems.map((p) => p.at)).toEqual(["#/paths"]);
  });

  it("reports duplicate operationIds naming both places", () => {
    const doc = tinySpec();
    (operationOf(doc, "/v1/widgets", "post") as { operationId: string }).operationId = "listWidgets_v1";
    const problems = problemsOf(() => validateSpec(doc, "s"));
    expect(problems).toEqual([
      {
        at: "#/paths/~1v1~1widgets/post/operationId",
        message: 'duplicate operationId "listWidgets_v1" (also at #/paths/~1v1~1widgets/get/operationId)',
      },
    ]);
  });

  it("reports a missing operationId", () => {
    const doc = tinySpec();
    delete (operationOf(doc, "/v1/widgets/{id}", "delete") as { operationId?: string }).operationId;
    const problems = problemsOf(() => validateSpec(doc, "s"));
    expect(problems.map((p) => p.at)).toEqual(["#/paths/~1v1~1widgets~1{id}/delete/operationId"]);
  });

  it("reports a $ref that resolves nowhere, with its pointer", () => {
    const doc = tinySpec();
    const widget = doc.components?.schemas?.Widget as { properties: Record<string, unknown> };
    widget.properties.color = { $ref: "#/components/schemas/Colour" };
    const problems = problemsOf(() => validateSpec(doc, "s"));
    expect(problems).toEqual([
      {
        at: "#/components/schemas/Widget/properties/color/$ref",
        message: '"#/components/schemas/Colour" resolves to nothing',
      },
    ]);
  });

  it("reports a path template without its path parameter", () => {
    const doc = tinySpec();
    (operationOf(doc, "/v1/widgets/{id}", "delete") as { parameters: unknown[] }).parameters = [];
    const problems = problemsOf(() => validateSpec(doc, "s"));
    expect(problems).toEqual([
      { at: "#/paths/~1v1~1widgets~1{id}/delete", message: 'path template has {id} but no path parameter "id"' },
    ]);
  });

  it("collects every problem in one error", () => {
    const doc = tinySpec();
    (operationOf(doc, "/v1/widgets", "post") as { operationId: string }).operationId = "listWidgets_v1";
    (operationOf(doc, "/v1/widgets/{id}", "patch") as { responses: unknown }).responses = {};
    const error = (() => {
      try {
        validateSpec(doc, "spec/openapi.json");
      } catch (e) {
        return e as SpecError;
      }
    })();
    expect(error?.problems).toHaveLength(2);
    expect(error?.message).toMatch(/^spec\/openapi.json is not a usable OpenAPI document \(2 problems\):/);
  });

  it("loadSpec reports a missing file", () => {
    const problems = problemsOf(() => loadSpec(join(tempDir(), "nope.json"), "nope.json"));
    expect(problems[0]?.at).toBe("file");
  });

  it("loadSpec reads a file", () => {
    const file = join(tempDir(), "tiny.json");
    writeFileSync(file, JSON.stringify(tinySpec()));
    expect(loadSpec(file).info.title).toBe("Tiny API");
  });
});
