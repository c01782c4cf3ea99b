import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkFiles, generateFromDocument, writeFiles } from "../src/generate.js";
import type { OpenAPIDocument } from "../src/openapi.js";
import {
  changedPaths,
  FIXTURES,
  operationOf,
  readJson,
  repoSpec,
  snapshotTree,
  tempDir,
  testConfig,
  tinySpec,
} from "./helpers.js";

const config = testConfig();

async function generateInto(doc: OpenAPIDocument, root = tempDir()) {
  const result = await generateFromDocument(doc, config, root);
  writeFiles(result, config, root);
  return { root, result };
}

describe("generate and check", () => {
  it("a second run writes nothing", async () => {
    const { root } = await generateInto(tinySpec());
    const result = await generateFromDocument(tinySpec(), config, root);
    const report = writeFiles(result, config, root);
    expect(report.written).toEqual([]);
    expect(report.removed).toEqual([]);
    expect(checkFiles(result, config, root)).toEqual([]);
  });

  it("check names an edited, a deleted and a stray generated file", async () => {
    const { root } = await generateInto(tinySpec());
    const edited = "packages/widgets/src/generated/operations.ts";
    writeFileSync(join(root, edited), `${readFileSync(join(root, edited), "utf8")}// hand edit\n`);
    rmSync(join(root, "packages/widgets/README.md"));
    writeFileSync(join(root, "packages/widgets/src/generated/stray.ts"), "export {};\n");
    const result = await generateFromDocument(tinySpec(), config, root);
    expect(checkFiles(result, config, root)).toEqual([
      { path: "packages/widgets/README.md", problem: "is missing" },
      { path: edited, problem: "differs from what the spec produces" },
      { path: "packages/widgets/src/generated/stray.ts", problem: "is not produced by the spec (stale)" },
    ]);
  });

  it("never overwrites the hand-written src/index.ts once it exists", async () => {
    const { root } = await generateInto(tinySpec());
    const index = join(root, "packages/widgets/src/index.ts");
    writeFileSync(index, 'export * from "./generated/index.js";\nexport const extra = 1;\n');
    const result = await generateFromDocument(tinySpec(), config, root);
    writeFiles(result, config, root);
    expect(readFileSync(index, "utf8")).toContain("extra");
    expect(checkFiles(result, config, root)).toEqual([]);
  });

  it("creates a package for a new tag with no hand edits, and reports a vanished tag as stale", async () => {
    const { root } = await generateInto(tinySpec());
    const doc = tinySpec();
    (operationOf(doc, "/v1/gadget-settings", "get") as { tags: string[] }).tags = ["Gizmos"];
    const result = await generateFromDocument(doc, config, root);
    writeFiles(result, config, root);
    expect(existsSync(join(root, "packages/gizmos/src/generated/operations.ts"))).toBe(true);
    expect(existsSync(join(root, "packages/gizmos/src/index.ts"))).toBe(true);
    expect(result.stalePackages).toEqual(["gadget-settings"]);
    expect(checkFiles(result, config, root)).toContainEqual({
      path: "packages/gadget-settings/src/generated",
      problem: "is not produced by the spec (stale)",
    });
  });
});

describe("the real specs", () => {
  it("the older published spec (2024-11) generates, without a conversations package", async () => {
    const { root, result } = await generateInto(readJson(join(FIXTURES, "openphone-v1-2024-11.json")));
    expect(result.plan.packages.map((p) => p.dir)).toEqual([
      "calls",
      "contact-custom-fields",
      "contacts",
      "messages",
      "phone-numbers",
      "webhooks",
    ]);
    expect(existsSync(join(root, "packages/conversations"))).toBe(false);
    expect(result.plan.packages.reduce((n, p) => n + p.operations.length, 0)).toBe(20);
  });

  it("adding one optional query parameter to listMessages changes only the messages package", async () => {
    const before = await generateInto(repoSpec());
    const doc = repoSpec();
    const listMessages = operationOf(doc, "/v1/messages", "get") as { parameters: unknown[] };
    listMessages.parameters.push({
      in: "query",
      name: "direction",
      required: false,
      schema: { type: "string", enum: ["incoming", "outgoing"], description: "Only messages in this direction." },
    });
    const after = await generateInto(doc);
    const changed = changedPaths(snapshotTree(before.root), snapshotTree(after.root));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((p) => !p.startsWith("packages/messages/"))).toEqual([]);
    expect(changed).toEqual([
      "packages/messages/README.md",
      "packages/messages/src/generated/openapi.ts",
      "packages/messages/src/generated/operations.ts",
      "packages/messages/src/generated/rules.ts",
    ]);
  });
});

describe("cli", () => {
  const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
  const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

  it("an invalid spec stops generate with the problem and writes nothing", () => {
    const root = tempDir();
    const spec = join(root, "bad.json");
    const doc = tinySpec();
    (operationOf(doc, "/v1/widgets", "post") as { operationId: string }).operationId = "listWidgets_v1";
    writeFileSync(spec, JSON.stringify(doc));
    const run = spawnSync(tsx, [cli, "generate", "--spec", spec, "--root", root], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('duplicate operationId "listWidgets_v1"');
    expect(readdirSync(root)).toEqual(["bad.json"]);
  });

  it("check exits 1 naming a drifted file", () => {
    const root = tempDir();
    const spec = join(root, "tiny.json");
    writeFileSync(spec, JSON.stringify(tinySpec()));
    execFileSync(tsx, [cli, "generate", "--spec", spec, "--root", root]);
    const clean = spawnSync(tsx, [cli, "check", "--spec", spec, "--root", root], { encoding: "utf8" });
    expect(clean.status).toBe(0);
    const file = join(root, "packages/widgets/src/generated/index.ts");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n`);
    const drift = spawnSync(tsx, [cli, "check", "--spec", spec, "--root", root], { encoding: "utf8" });
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain("packages/widgets/src/generated/index.ts differs from what the spec produces");
  });
});
