/**
 * Consumer snippets (generators/consumer-snippets): each compiles against the current packages, and
 * spec:bump's gate turns one that stops compiling into a major release, the way Stainless gates releases.
 * A rename with an alias in operationAliases keeps the calls snippet compiling: minor.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPublicApi, compileSnippets, overlayOf, snippetsFor } from "../../src/api-report/gate.js";
import { reportedPackages } from "../../src/api-report/report.js";
import { type GeneratorConfig, loadConfig, REPO_ROOT } from "../../src/config.js";
import { generateFromDocument } from "../../src/generate.js";
import type { OpenAPIDocument, OperationObject } from "../../src/openapi.js";

const current = JSON.parse(readFileSync(join(REPO_ROOT, "spec", "openapi.json"), "utf8")) as OpenAPIDocument;

describe("consumer snippets", () => {
  it("exist for every reported package and compile against the current packages", () => {
    const dirs = reportedPackages(REPO_ROOT);
    const snippets = snippetsFor(REPO_ROOT, dirs);
    expect([...snippets.keys()]).toEqual(dirs);
    const overlay = overlayOf(REPO_ROOT, "packages", undefined);
    try {
      expect(Object.fromEntries(compileSnippets(overlay, snippets))).toEqual({});
    } finally {
      rmSync(overlay, { recursive: true, force: true });
    }
  }, 120_000);

  async function renamed(config: GeneratorConfig) {
    const doc = structuredClone(current);
    (doc.paths["/v1/call-transcripts/{id}"]?.get as OperationObject).operationId = "getCallTranscriptById_v1";
    const generated = await generateFromDocument(doc, config, REPO_ROOT, "renamed");
    return checkPublicApi(REPO_ROOT, generated.files, "packages", ["calls", "client"]);
  }

  it("an operation renamed without an alias: the calls snippet stops compiling, major", async () => {
    const check = await renamed(loadConfig());
    expect(check.demanded.get("calls")).toBe("major");
    const snippet = check.changes.find((c) => c.kind === "snippet" && c.dir === "calls");
    expect(snippet?.reason).toMatch(
      /code written against the current release stops compiling: calls\.ts:5:3: TS2724: .* has no exported member named 'getCallTranscript'/,
    );
  }, 180_000);

  it("renamed with an alias in operationAliases: old code still compiles, the API only grows (minor)", async () => {
    const check = await renamed({
      ...loadConfig(),
      operationAliases: { getCallTranscript: "getCallTranscriptById_v1" },
    });
    expect(check.changes.filter((c) => c.kind === "snippet")).toEqual([]);
    expect(Object.fromEntries(check.demanded)).toEqual({ calls: "minor", client: "minor" });
    expect(check.changes.filter((c) => c.dir === "calls").map((c) => [c.name, c.change])).toEqual(
      expect.arrayContaining([
        ["getCallTranscriptById", "added"],
        ["GetCallTranscriptByIdParams", "added"],
      ]),
    );
    expect(check.staleSnippets).toEqual([]);
  }, 180_000);
});
