import { describe, expect, it } from "vitest";
import { normalize } from "../src/normalize.js";
import { planPackages } from "../src/plan.js";
import { operationOf, testConfig, tinySpec } from "./helpers.js";

describe("plan", () => {
  const plan = planPackages(normalize(tinySpec(), testConfig()), testConfig());

  it("makes one package per tag, kebab-case under the configured scope", () => {
    expect(plan.packages.map((p) => [p.tag, p.dir, p.packageName, p.namespace])).toEqual([
      ["Gadget Settings", "gadget-settings", "@openphone-sdk/gadget-settings", "gadgetSettings"],
      ["Widgets", "widgets", "@openphone-sdk/widgets", "widgets"],
    ]);
    expect(plan.umbrella.packageName).toBe("@openphone-sdk/client");
  });

  it("follows the scope set in the config", () => {
    const other = planPackages(normalize(tinySpec(), testConfig()), testConfig({ scope: "@acme" }));
    expect(other.packages.map((p) => p.packageName)).toEqual(["@acme/gadget-settings", "@acme/widgets"]);
  });

  it("cuts each package's spec down to its operations and the components they reach", () => {
    const widgets = plan.packages.find((p) => p.dir === "widgets");
    expect(Object.keys(widgets?.typesDoc.paths ?? {})).toEqual(["/v1/widgets", "/v1/widgets/{id}"]);
    expect(Object.keys(widgets?.typesDoc.components?.schemas ?? {})).toEqual(["Color", "Widget"]);
    const gadgets = plan.packages.find((p) => p.dir === "gadget-settings");
    expect(Object.keys(gadgets?.typesDoc.paths ?? {})).toEqual(["/v1/gadget-settings"]);
    // No component reached; the one schema there is its resource type, moved out of the response.
    expect(Object.keys(gadgets?.typesDoc.components?.schemas ?? {})).toEqual(["GadgetSettings"]);
  });

  it("explains tag handling in notes", () => {
    expect(plan.notes).toEqual([
      'tag "Unused Tag" is declared in tags[] but no operation uses it: no package',
      'tag "Gadget Settings" is used by operations but not declared in tags[]: packages/gadget-settings all the same',
    ]);
  });

  it("refuses a tag that would take a reserved folder", () => {
    const doc = tinySpec();
    (operationOf(doc, "/v1/gadget-settings", "get") as { tags: string[] }).tags = ["Core"];
    expect(() => planPackages(normalize(doc, testConfig()), testConfig())).toThrowError(/reserved/);
  });
});
