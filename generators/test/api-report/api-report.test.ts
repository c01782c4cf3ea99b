/**
 * The public-API reports and the compiler's grading of their differences: handwritten report pairs for
 * each grade, the refusal message, and the real packages (committed reports equal what the sources print;
 * a spec change's generated files graded through a throwaway copy).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffReports, parseReport } from "../../src/api-report/diff.js";
import { checkPublicApi, refusal } from "../../src/api-report/gate.js";
import { REPORT_DIR, reportedPackages, reportPackages } from "../../src/api-report/report.js";
import { loadConfig, REPO_ROOT } from "../../src/config.js";
import { generateFromDocument } from "../../src/generate.js";
import type { OpenAPIDocument, OperationObject, SchemaObject } from "../../src/openapi.js";

const HEADER = "// test report\n\n";
const pair = (before: string, after: string) =>
  diffReports(
    new Map([["pkg", new Map([["index.api.d.ts", HEADER + before]])]]),
    new Map([["pkg", new Map([["index.api.d.ts", HEADER + after]])]]),
    REPO_ROOT,
  ).map((c) => [c.name, c.change, c.bump]);

describe("grading a report diff with the compiler", () => {
  it("export removed: major; export added: minor", () => {
    expect(pair("export declare const a: string;\n", "export declare const b: string;\n")).toEqual([
      ["a", "removed", "major"],
      ["b", "added", "minor"],
    ]);
  });

  it("a function whose new version still fits every old call (param widened, result narrowed): minor", () => {
    expect(
      pair(
        "export declare function f(a: string): { x: number };\n",
        "export declare function f(a: string | number, b?: boolean): { x: number; y: string };\n",
      ),
    ).toEqual([["f", "changed compatibly", "minor"]]);
  });

  it("a function whose param narrowed or result changed: major, with the compiler's reason", () => {
    const [change] = diffReports(
      new Map([
        ["pkg", new Map([["index.api.d.ts", "export declare function f(a: string | number): { x: number };\n"]])],
      ]),
      new Map([["pkg", new Map([["index.api.d.ts", "export declare function f(a: string): { x: number };\n"]])]]),
      REPO_ROOT,
    );
    expect(change).toMatchObject({ name: "f", change: "changed", bump: "major" });
    expect(change?.reason).toMatch(/no longer fits where the old one was used \(Type .* is not assignable/);
  });

  it("a received type (response, event) gaining a field: minor; losing one or changing its type: major", () => {
    expect(
      pair("export type GetResponse = { a: string };\n", "export type GetResponse = { a: string; b: number };\n"),
    ).toEqual([["GetResponse", "changed compatibly", "minor"]]);
    expect(
      pair("export type GetResponse = { a: string; b: number };\n", "export type GetResponse = { a: string };\n"),
    ).toEqual([["GetResponse", "changed", "major"]]);
    expect(pair("export type CallEvent = { a: number };\n", "export type CallEvent = { a: string };\n")).toEqual([
      ["CallEvent", "changed", "major"],
    ]);
  });

  it("a type callers build (*Params, *Options) gaining an optional key: minor; a required one: major", () => {
    expect(
      pair("export type GetParams = { a: string };\n", "export type GetParams = { a: string; b?: number };\n"),
    ).toEqual([["GetParams", "changed compatibly", "minor"]]);
    expect(
      pair("export type GetParams = { a: string };\n", "export type GetParams = { a: string; b: number };\n"),
    ).toEqual([["GetParams", "changed", "major"]]);
    expect(pair("export type SendOptions = { a: string };\n", 'export type SendOptions = { a: "x" };\n')).toEqual([
      ["SendOptions", "changed", "major"],
    ]);
  });

  it("a change compatible both ways is still minor; openapi-typescript's raw interfaces: listed, not graded", () => {
    expect(pair("export type T = { a: string | number };\n", "export type T = { a: number | string };\n")).toEqual([
      ["T", "changed compatibly", "minor"],
    ]);
    expect(
      pair(
        "export interface operations {\n  a: { x: string };\n}\n",
        "export interface operations {\n  a: { x: number };\n}\n",
      ),
    ).toEqual([["operations", "raw type changed", undefined]]);
  });

  it("reads back exactly what report.ts writes (re-export lists, overloads, classes)", () => {
    const entries = parseReport(
      `${HEADER}// Re-exported from @openphone-sdk/core: A, b.\nexport {} from "@openphone-sdk/core";\n\nexport declare function f(a: string): void;\nexport declare function f(a: number): void;\n\n/** extends import("x").E */\nexport declare class C {\n  readonly x: string;\n}\n`,
    );
    expect(entries.map((e) => [e.name, e.kind])).toEqual([
      ["A", "reexport"],
      ["b", "reexport"],
      ["f", "function"],
      ["C", "class"],
    ]);
    expect(entries[2]?.text.split("\n")).toHaveLength(2);
  });
});

describe("the refusal", () => {
  it("names each package, the level given, the level demanded and the exports that demand it", () => {
    const message = refusal(
      {
        changes: [
          {
            dir: "calls",
            file: "index.api.d.ts",
            name: "listCalls",
            kind: "function",
            change: "removed",
            bump: "major",
            reason: "export removed",
          },
          {
            dir: "messages",
            file: "index.api.d.ts",
            name: "X",
            kind: "type",
            change: "added",
            bump: "minor",
            reason: "export added",
          },
        ],
        demanded: new Map([
          ["calls", "major"],
          ["messages", "minor"],
        ]),
        reports: new Map(),
        staleSnippets: [],
      },
      new Map([
        ["calls", { name: "@openphone-sdk/calls", bump: "minor" }],
        ["messages", { name: "@openphone-sdk/messages", bump: "minor" }],
      ]),
    );
    expect(message).toContain(
      "refusing to write a changeset whose level is lower than the public-API report diff demands",
    );
    expect(message).toContain(
      "  @openphone-sdk/calls: the changeset gives minor, its public API demands at least major:\n    - `listCalls` (function, index.api.d.ts): removed: export removed",
    );
    expect(message).not.toContain("@openphone-sdk/messages");
    expect(
      refusal(
        { changes: [], staleSnippets: [], demanded: new Map([["calls", "minor"]]), reports: new Map() },
        new Map(),
      ),
    ).toContain("packages/calls: the changeset gives no release, its public API demands at least minor");
  });
});

describe("the real packages", () => {
  const config = loadConfig();
  const current = JSON.parse(readFileSync(join(REPO_ROOT, "spec", "openapi.json"), "utf8")) as OpenAPIDocument;

  it("committed reports are exactly what the sources print (the build prints the same; CI compares)", () => {
    const dirs = reportedPackages(REPO_ROOT);
    expect(dirs).toEqual([
      "calls",
      "client",
      "contact-custom-fields",
      "contacts",
      "conversations",
      "messages",
      "phone-numbers",
      "webhooks",
    ]);
    for (const [dir, reports] of reportPackages(REPO_ROOT, dirs, "src")) {
      for (const report of reports) {
        expect(
          readFileSync(join(REPO_ROOT, "packages", dir, REPORT_DIR, report.file), "utf8"),
          `${dir}/${report.file}`,
        ).toBe(report.text);
      }
    }
  }, 120_000);

  it("a call's response field removed: calls (its named Call type too) and webhooks (its event types) demand major", async () => {
    const doc = structuredClone(current);
    const list = doc.paths["/v1/calls"]?.get as OperationObject;
    type Media = { content: Record<string, { schema: SchemaObject }> };
    const ok = (list.responses ?? {})["200"] as Media;
    const data = ok.content["application/json"]?.schema.properties?.data as SchemaObject;
    const item = data.items as SchemaObject;
    delete item.properties?.answeredBy;
    item.required = item.required?.filter((n) => n !== "answeredBy");
    const generated = await generateFromDocument(doc, config, REPO_ROOT, "mutated");
    const check = checkPublicApi(REPO_ROOT, generated.files, "packages", ["calls", "client", "webhooks"]);
    // The umbrella's report names calls' types by import (named types, issue 16) instead of expanding them, so
    // its own API is unchanged; changesets bumps it through its dependency on calls.
    expect(Object.fromEntries(check.demanded)).toEqual({ calls: "major", webhooks: "major" });
    expect(check.changes.filter((c) => c.dir === "calls" && c.bump === "major").map((c) => c.name)).toEqual([
      "Call",
      "ListCallsResponse",
      "callsOperations",
      "listCalls",
    ]);
  }, 180_000);
});
