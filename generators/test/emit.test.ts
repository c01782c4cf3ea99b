import { describe, expect, it } from "vitest";
import { exampleParams, exampleValue } from "../src/emit/examples.js";
import { emitAll } from "../src/emit/index.js";
import { deref, normalize } from "../src/normalize.js";
import type { SchemaObject } from "../src/openapi.js";
import { planPackages } from "../src/plan.js";
import { testConfig, tinySpec } from "./helpers.js";

async function emitTiny() {
  const config = testConfig();
  const spec = normalize(tinySpec(), config);
  const plan = planPackages(spec, config);
  return emitAll(plan, config, spec.doc, { versions: { widgets: "2.3.4" } });
}

describe("emit", () => {
  it("produces the same files, byte for byte, on every run", async () => {
    const [a, b] = await Promise.all([emitTiny(), emitTiny()]);
    expect(a).toEqual(b);
  });

  it("emits every file of both packages and the umbrella, sorted", async () => {
    const files = await emitTiny();
    expect(files.map((f) => `${f.kind} ${f.path}`)).toMatchSnapshot();
  });

  it("matches the reviewed output for the fixture spec", async () => {
    for (const file of await emitTiny()) {
      await expect(file.content).toMatchFileSnapshot(`./__snapshots__/tiny/${file.path}`);
    }
  });

  it("starts every generated source file with a do-not-edit header naming the spec", async () => {
    for (const file of await emitTiny()) {
      if (file.kind !== "generated" || !/\.(ts|md)$/.test(file.path)) continue;
      expect(file.content.split("\n")[0]).toMatch(/Generated from spec\/openapi.json .* Do not edit/);
    }
  });

  it("keeps an existing package version and gives a new package the initial version", async () => {
    const files = await emitTiny();
    const version = (dir: string) =>
      (JSON.parse(files.find((f) => f.path === `packages/${dir}/package.json`)?.content ?? "{}") as { version: string })
        .version;
    expect(version("widgets")).toBe("2.3.4");
    expect(version("gadget-settings")).toBe("0.1.0");
  });

  it("copies the repository's LICENSE into every generated package, and none when there is none", async () => {
    const config = testConfig();
    const spec = normalize(tinySpec(), config);
    const plan = planPackages(spec, config);
    const files = await emitAll(plan, config, spec.doc, { versions: {}, license: "MIT License\n" });
    const licenses = files.filter((f) => f.path.endsWith("/LICENSE"));
    expect(licenses.map((f) => `${f.kind} ${f.path} ${JSON.stringify(f.content)}`)).toEqual([
      'generated packages/client/LICENSE "MIT License\\n"',
      'generated packages/gadget-settings/LICENSE "MIT License\\n"',
      'generated packages/widgets/LICENSE "MIT License\\n"',
    ]);
    expect((await emitTiny()).some((f) => f.path.endsWith("/LICENSE"))).toBe(false);
  });
});

describe("examples", () => {
  const spec = normalize(tinySpec(), testConfig());
  const resolve = (s: SchemaObject) => deref(spec.doc, s);

  it("uses the spec's example when it fits the schema, and replaces one that breaks its pattern", () => {
    const create = spec.operations.find((o) => o.name === "createWidget");
    if (!create) throw new Error("fixture changed");
    // The fixture's ownerId example "OP123" breaks its own ^US pattern, like the real spec's OP123abc.
    expect(exampleParams(create, resolve)).toEqual({ name: "example", ownerId: "US123abc" });
  });

  it("takes defaults, enums, E.164 and date-time formats into account", () => {
    expect(exampleValue({ type: "integer", minimum: 1, maximum: 50, default: 10 }, resolve)).toBe(10);
    expect(exampleValue({ type: "array", items: { type: "string", enum: ["red", "blue"] } }, resolve)).toEqual(["red"]);
    expect(exampleValue({ type: "string", pattern: "^\\+[1-9]\\d{1,14}$" }, resolve)).toBe("+15555555555");
    expect(exampleValue({ type: "string", format: "date-time" }, resolve)).toBe("2022-01-01T00:00:00Z");
    expect(exampleValue({ anyOf: [{ type: "null" }, { type: "string", pattern: "^PN(.*)$" }] }, resolve)).toBe(
      "PN123abc",
    );
  });
});

describe("operationAliases", () => {
  it("emits the old name as a deprecated alias: function, types and table, exported and bound by the umbrella", async () => {
    const config = testConfig({ operationAliases: { fetchWidgets: "listWidgets_v1" } });
    const spec = normalize(tinySpec(), config);
    const files = await emitAll(planPackages(spec, config), config, spec.doc, { versions: {} });
    const file = (path: string) => files.find((f) => f.path === path)?.content ?? "";
    const operations = file("packages/widgets/src/generated/operations.ts");
    expect(operations).toContain(`import { deprecatedAlias, request } from "@openphone-sdk/core/internal";\n`);
    expect(operations).toContain("export type FetchWidgetsParams = ListWidgetsParams;\n");
    expect(operations).toContain("export type FetchWidgetsResponse = ListWidgetsResponse;\n");
    expect(operations).toContain("export const fetchWidgetsOperation: OperationSpec = listWidgetsOperation;\n");
    expect(operations).toContain(
      'export const fetchWidgets: typeof listWidgets = deprecatedAlias(listWidgets, "fetchWidgets", "listWidgets", "@openphone-sdk/widgets");\n',
    );
    expect(operations.match(/@deprecated Renamed to \{@link listWidgets\}/g)).toHaveLength(4);
    const index = file("packages/widgets/src/generated/index.ts");
    expect(index).toMatch(/export type \{[^}]*FetchWidgetsParams,[^}]*FetchWidgetsResponse,/);
    expect(index).toMatch(/export \{[^}]*fetchWidgets,\n {2}fetchWidgetsOperation,/);
    expect(index).toMatch(/export const widgetsOperations = \{\n[^}]*fetchWidgets,\n/);
    // Only the package that owns the target gets the alias.
    expect(file("packages/gadget-settings/src/generated/operations.ts")).not.toContain("deprecatedAlias");
  });
});
