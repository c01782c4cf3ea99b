/**
 * The whole command against throwaway git copies of the repository: the real pair of OpenPhone specs
 * (2024-11 -> current) end to end through `changeset status` and `changeset version`, dry runs, JSON
 * output, and unusable input leaving `git status` clean.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileSnippets, overlayOf, snippetsFor } from "../../src/api-report/gate.js";
import type { BumpReport } from "../../src/bump/bump.js";
import { runSpecBump } from "../../src/bump/command.js";
import { loadConfig, REPO_ROOT } from "../../src/config.js";
import { checkFiles, generateFromFile } from "../../src/generate.js";
import type { OpenAPIDocument, OperationObject } from "../../src/openapi.js";
import { CURRENT_SPEC, commitAll, copyRepo, git, OLD_SPEC, regenerateCopy, removeCopy } from "./repo.js";

const CHANGESET_BIN = join(REPO_ROOT, "node_modules", ".bin", "changeset");

async function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runSpecBump(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd,
  });
  return { code, stdout, stderr };
}

const gitStatus = (dir: string) => git(dir, "status", "--porcelain", "--untracked-files=all");
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

describe("spec:bump on the real pair: openphone-v1-2024-11 -> current spec", () => {
  let repo: string;
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    repo = copyRepo();
    await regenerateCopy(repo, OLD_SPEC);
    commitAll(repo);
    result = await run([CURRENT_SPEC, "--root", repo], repo);
  }, 120_000);
  afterAll(() => removeCopy(repo));

  it("reports the added operations, the new package, contacts' new fields and 409s, and the error item change", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/\| @openphone-sdk\/conversations +\| new package +\| 0\.0\.0 +\| minor +\| 0\.1\.0 /);
    expect(out).toContain("New package for the `Conversations` tag, first released at 0.1.0: `listConversations`");
    expect(out).toContain("| minor | Added `listContacts`");
    expect(out).toContain(
      "| minor | Added `data.externalId` to the response of `createContact`, `getContactById`, `updateContactById`",
    );
    expect(out).toContain("| minor | Added optional `externalId` to `createContact`, `updateContactById`");
    expect(out).toContain(
      "| minor | `createContact`, `deleteContact`, `getContactById`, `updateContactById` may now fail with 409 (`ConflictError`)",
    );
    expect(out).toContain(
      "| patch | Error bodies (400, 401, 403, 404, 500) of `listPhoneNumbers` changed: added `errors[].value`; `errors[]` is no longer `{ key, reason }`",
    );
    expect(out).toContain("1. pnpm install   (links @openphone-sdk/conversations into the workspace");
    // The public-API gate ran and agrees: every package's level is at least what its report diff demands.
    expect(out).toMatch(
      /Public API \(packages\/\*\/api reports, compared by the compiler\): \d+ changes graded minor or major besides new packages, every package's level holds\./,
    );
  });

  it("writes one changeset listing exactly the affected packages, with the umbrella at the highest bump", () => {
    const file = join(repo, ".changeset", "spec-bump-9789e839.md");
    const changeset = readFileSync(file, "utf8");
    const frontmatter = changeset.split("---")[1]?.trim().split("\n");
    expect(frontmatter).toEqual([
      '"@openphone-sdk/calls": minor',
      '"@openphone-sdk/client": major',
      '"@openphone-sdk/contact-custom-fields": patch',
      '"@openphone-sdk/contacts": major',
      '"@openphone-sdk/conversations": minor',
      // An E.164 pattern on `from` and `to[]`: core now refuses "5555555555" before sending.
      '"@openphone-sdk/messages": major',
      '"@openphone-sdk/phone-numbers": patch',
      '"@openphone-sdk/webhooks": minor',
    ]);
    expect(changeset).toContain("**@openphone-sdk/contacts** (major)\n\n- BREAKING: `data.source` in the response of");
    expect(changeset).toContain("**@openphone-sdk/conversations** (new package, first release 0.1.0)");
    expect(changeset).toContain(
      "- BREAKING: limits of `from` in `sendMessage` narrowed: pattern `^\\+[1-9]\\d{1,14}$` added\n",
    );
    // getCallSummary's response gained `jobs` (minor for calls): the webhook event type embedding it did too.
    const webhooks = changeset.slice(changeset.indexOf("**@openphone-sdk/webhooks** (minor)"));
    expect(webhooks).toContain("\n- Added `data.object.jobs` to the `CallSummaryCompletedEvent` type\n");
  });

  it("replaces the spec and regenerates every package, including the new one", async () => {
    expect(readFileSync(join(repo, "spec", "openapi.json"), "utf8")).toBe(readFileSync(CURRENT_SPEC, "utf8"));
    // One step below its first release, which the changeset makes.
    expect(readJson(join(repo, "packages", "conversations", "package.json")).version).toBe("0.0.0");
    const config = loadConfig(join(repo, "generators", "sdk.config.json"));
    const check = await generateFromFile(join(repo, "spec", "openapi.json"), config, repo);
    expect(checkFiles(check, config, repo)).toEqual([]);
  });

  it("passes `changeset status`, and `changeset version` gives the expected versions and CHANGELOG lines", () => {
    execFileSync(CHANGESET_BIN, ["status"], { cwd: repo, stdio: "pipe" });
    execFileSync(CHANGESET_BIN, ["version"], { cwd: repo, stdio: "pipe" });
    const version = (dir: string) => readJson(join(repo, "packages", dir, "package.json")).version;
    expect({
      calls: version("calls"),
      client: version("client"),
      "contact-custom-fields": version("contact-custom-fields"),
      contacts: version("contacts"),
      conversations: version("conversations"),
      core: version("core"),
      messages: version("messages"),
      "phone-numbers": version("phone-numbers"),
      webhooks: version("webhooks"),
    }).toEqual({
      calls: "0.2.0",
      client: "1.0.0",
      "contact-custom-fields": "0.1.1",
      contacts: "1.0.0",
      conversations: "0.1.0",
      core: "0.1.0",
      messages: "1.0.0",
      "phone-numbers": "0.1.1",
      webhooks: "0.2.0",
    });
    const changelog = readFileSync(join(repo, "packages", "contacts", "CHANGELOG.md"), "utf8");
    expect(changelog).toContain("## 1.0.0\n\n### Major Changes\n\n- Updated to the OpenPhone Public API 1.0.0 spec");
    expect(changelog).toContain("  **@openphone-sdk/contacts** (major)\n\n  - BREAKING: `data.source`");
    expect(changelog).toContain("  - Added `listContacts`\n");
    expect(readFileSync(join(repo, "packages", "calls", "CHANGELOG.md"), "utf8")).toContain(
      "## 0.2.0\n\n### Minor Changes",
    );
    // The new package's first release has a CHANGELOG entry like any other.
    expect(readFileSync(join(repo, "packages", "conversations", "CHANGELOG.md"), "utf8")).toContain(
      "## 0.1.0\n\n### Minor Changes\n\n- Updated to the OpenPhone Public API 1.0.0 spec",
    );
    expect(existsSync(join(repo, ".changeset", "spec-bump-9789e839.md"))).toBe(false);
  });
});

describe("spec:bump on a copy of the repository at the current spec", () => {
  let repo: string;
  let inputs: string;
  const current = JSON.parse(readFileSync(CURRENT_SPEC, "utf8")) as OpenAPIDocument;
  const write = (name: string, content: string) => {
    const file = join(inputs, name);
    writeFileSync(file, content);
    return file;
  };
  const mutated = (name: string, mutate: (doc: OpenAPIDocument) => void) => {
    const doc = structuredClone(current);
    mutate(doc);
    return write(name, JSON.stringify(doc, null, 2));
  };
  const listCalls = (doc: OpenAPIDocument) => doc.paths["/v1/calls"]?.get as OperationObject;

  beforeAll(() => {
    repo = copyRepo();
    commitAll(repo);
    inputs = mkdtempSync(join(tmpdir(), "spec-bump-inputs-"));
  });
  afterAll(() => {
    removeCopy(repo);
    rmSync(inputs, { recursive: true, force: true });
  });

  it.each([
    [
      "invalid JSON",
      () => write("broken.json", '{\n  "openapi": "3.1.0",\n  "info": }\n'),
      /line 3, column 11: invalid JSON/,
    ],
    [
      "not an OpenAPI 3 document",
      () => mutated("swagger.json", (doc) => Object.assign(doc, { openapi: "2.0" })),
      /#\/openapi: must be an OpenAPI 3\.x version string, got "2\.0"/,
    ],
    [
      "duplicate operationIds",
      () => mutated("duplicate.json", (doc) => Object.assign(listCalls(doc), { operationId: "listMessages_v1" })),
      /#\/paths\/~1v1~1messages\/get\/operationId: duplicate operationId "listMessages_v1" \(also at #\/paths\/~1v1~1calls\/get\/operationId\)/,
    ],
    [
      "a $ref that resolves nowhere",
      () =>
        mutated("dangling.json", (doc) => {
          const parameters = listCalls(doc).parameters as unknown[];
          parameters.push({ $ref: "#/components/parameters/Nope" });
        }),
      /#\/paths\/~1v1~1calls\/get\/parameters\/8\/\$ref: "#\/components\/parameters\/Nope" resolves to nothing/,
    ],
    [
      "an operation no package can own (no tag)",
      () => mutated("untagged.json", (doc) => Object.assign(listCalls(doc), { tags: [] })),
      /#\/paths\/~1v1~1calls\/get\/tags: operation "listCalls_v1" has no tag/,
    ],
    [
      "a tag that would take a reserved package folder",
      () => mutated("reserved.json", (doc) => Object.assign(listCalls(doc), { tags: ["Client"] })),
      /tag "Client" would become packages\/client, which is reserved/,
    ],
    [
      "a missing file",
      () => join(inputs, "missing.json"),
      /missing\.json is not a usable OpenAPI document[\s\S]*file: ENOENT/,
    ],
  ])("%s: names the place, exits 1 and leaves the repository untouched", async (_, makeInput, message) => {
    const result = await run([makeInput(), "--root", repo], inputs);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Nothing was written.");
    expect(result.stdout).toBe("");
    expect(gitStatus(repo)).toBe("");
  });

  it("without a spec file: usage, exit 2", async () => {
    const result = await run(["--dry-run"], inputs);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing the new spec file");
    expect(result.stderr).toContain("usage: pnpm spec:bump <new-spec.json>");
  });

  it("an identical spec: nothing to do, nothing written", async () => {
    const result = await run([CURRENT_SPEC, "--root", repo], inputs);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("The new spec is identical to the current one: nothing to do.");
    expect(result.stdout).toContain("Nothing to write.");
    expect(gitStatus(repo)).toBe("");
  });

  it("--json reports an unusable input as JSON too", async () => {
    const result = await run([write("broken2.json", "{"), "--root", repo, "--json"], inputs);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as { error: { problems: { at: string }[] } };
    expect(parsed.error.problems).toEqual([
      { at: "line 1, column 2", message: expect.stringContaining("invalid JSON") },
    ]);
  });

  it("--dry-run prints the report and writes nothing", async () => {
    const file = mutated("dry.json", (doc) => {
      const parameters = listCalls(doc).parameters ?? [];
      listCalls(doc).parameters = parameters.filter((p) => p.name !== "since");
    });
    const result = await run([file, "--root", repo, "--dry-run"], inputs);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("| @openphone-sdk/calls  | changed  | 0.1.0   | major | 1.0.0 | 1       |");
    expect(result.stdout).toContain("| major | BREAKING: removed `since` from `listCalls` |");
    expect(result.stdout).toContain("Dry run: nothing was written.");
    expect(gitStatus(repo)).toBe("");
  });

  it("--json prints the report for tools, with every change and its bump", async () => {
    const file = mutated("json.json", (doc) => {
      listCalls(doc).deprecated = true;
    });
    const result = await run([file, "--root", repo, "--json", "--dry-run"], inputs);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as BumpReport;
    expect(report.packages.map((p) => [p.name, p.status, p.bump, p.nextVersion, p.inChangeset])).toEqual([
      ["@openphone-sdk/calls", "changed", "minor", "0.2.0", true],
      ["@openphone-sdk/client", "umbrella", "minor", "0.2.0", true],
    ]);
    expect(report.packages[0]?.changes).toEqual([
      { kind: "operation.deprecation-changed", tag: "Calls", operation: "listCalls", to: "true", bump: "minor" },
    ]);
    expect(report.changeset?.file).toMatch(/^\.changeset\/spec-bump-[0-9a-f]{8}\.md$/);
    expect(report.files.written).toEqual(
      expect.arrayContaining([
        "spec/openapi.json",
        "packages/calls/src/generated/operations.ts",
        report.changeset?.file,
      ]),
    );
    expect(gitStatus(repo)).toBe("");
  });

  it("reports a vanished tag loudly, with what to do", async () => {
    const file = mutated("no-custom-fields.json", (doc) => {
      delete doc.paths["/v1/contact-custom-fields"];
    });
    const result = await run([file, "--root", repo, "--dry-run"], inputs);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "| @openphone-sdk/contact-custom-fields | REMOVED from spec | 0.1.0   | major | 1.0.0 |",
    );
    expect(result.stdout).toContain("WARNING: REMOVED PACKAGE: @openphone-sdk/contact-custom-fields");
    expect(result.stdout).toContain("map its operations back with tagOverrides");
    expect(result.stdout).toContain("npm deprecate");
    expect(gitStatus(repo)).toBe("");
  });

  it("releases a package whose generated files change without a spec change it can name (safety net)", async () => {
    const readme = join(repo, "packages", "phone-numbers", "README.md");
    writeFileSync(readme, `${readFileSync(readme, "utf8")}\nedited by hand\n`);
    try {
      const result = await run([CURRENT_SPEC, "--root", repo, "--json", "--dry-run"], inputs);
      const report = JSON.parse(result.stdout) as BumpReport;
      expect(report.packages.map((p) => [p.name, p.bump])).toEqual([
        ["@openphone-sdk/phone-numbers", "patch"],
        ["@openphone-sdk/client", "patch"],
      ]);
      expect(report.packages[0]?.changes[0]?.kind).toBe("package.regenerated");
      expect(report.packages[0]?.lines[0]?.text).toBe(
        "Regenerated files the spec diff does not explain: `packages/phone-numbers/README.md`",
      );
      expect(result.stderr).toContain("WARNING: @openphone-sdk/phone-numbers: generated files change");
    } finally {
      git(repo, "checkout", "--", "packages/phone-numbers/README.md");
    }
  });

  it("lists the changesets already pending, and the level changeset version gives each package with them", async () => {
    const pendingFile = join(repo, ".changeset", "hand-written.md");
    const coreFile = join(repo, ".changeset", "core-fix.md");
    writeFileSync(pendingFile, '---\n"@openphone-sdk/calls": major\n---\n\nRemoved the old pager from calls.\n');
    writeFileSync(coreFile, '---\n"@openphone-sdk/core": patch\n---\n\nFixed a retry edge case.\n');
    try {
      const file = mutated("pending.json", (doc) => {
        listCalls(doc).parameters?.push({ name: "direction", in: "query", schema: { type: "string" } });
      });
      const result = await run([file, "--root", repo, "--dry-run"], inputs);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        "Pending changesets: `changeset version` releases these 2 together with the spec bump:",
      );
      expect(result.stdout).toMatch(
        /\| \.changeset\/core-fix\.md +\| @openphone-sdk\/core patch +\| Fixed a retry edge case\. +\|/,
      );
      expect(result.stdout).toMatch(
        /\| \.changeset\/hand-written\.md +\| @openphone-sdk\/calls major +\| Removed the old pager/,
      );
      expect(result.stdout).toMatch(/\| @openphone-sdk\/calls +\| minor +\| major +\| 1\.0\.0 \|/);
      const json = JSON.parse((await run([file, "--root", repo, "--dry-run", "--json"], inputs)).stdout) as BumpReport;
      expect(json.pendingChangesets.map((c) => c.file)).toEqual([
        ".changeset/core-fix.md",
        ".changeset/hand-written.md",
      ]);
      expect(json.packages.find((p) => p.name === "@openphone-sdk/calls")?.withPending).toEqual({
        bump: "major",
        nextVersion: "1.0.0",
        files: [".changeset/hand-written.md"],
      });
      // changeset version would refuse a broken one: so does the bump, before writing anything.
      writeFileSync(pendingFile, '---\n"@openphone-sdk/calls": huge\n---\n\nx\n');
      const broken = await run([file, "--root", repo], inputs);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain(".changeset/hand-written.md is not a valid changeset");
      expect(broken.stderr).toContain("Nothing was written.");
    } finally {
      rmSync(pendingFile, { force: true });
      rmSync(coreFile, { force: true });
    }
    expect(gitStatus(repo)).toBe("");
  });

  it("applies a bump: spec, generated files, public-API reports and changeset, nothing else", async () => {
    const file = mutated("apply.json", (doc) => {
      listCalls(doc).parameters?.push({ name: "direction", in: "query", schema: { type: "string" } });
    });
    const result = await run([file, "--root", repo], inputs);
    expect(result.code).toBe(0);
    const changed = gitStatus(repo)
      .trimEnd()
      .split("\n")
      .map((l) => l.slice(3))
      .sort();
    const changesetFile = changed.find((f) => f.startsWith(".changeset/")) as string;
    expect(changed).toEqual(
      [
        changesetFile,
        "packages/calls/README.md",
        "packages/calls/api/index.api.d.ts",
        "packages/calls/src/generated/openapi.ts",
        "packages/calls/src/generated/operations.ts",
        "packages/calls/src/generated/rules.ts",
        "spec/openapi.json",
      ].sort(),
    );
    const changeset = readFileSync(join(repo, changesetFile), "utf8");
    expect(changeset.startsWith('---\n"@openphone-sdk/calls": minor\n"@openphone-sdk/client": minor\n---\n')).toBe(
      true,
    );
    expect(changeset).toContain("**@openphone-sdk/calls** (minor)\n\n- Added optional `direction` to `listCalls`\n");
  });
});

describe("spec:bump of an operation the API renamed, with its old name in operationAliases", () => {
  let repo: string;
  let inputs: string;
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    repo = copyRepo();
    const configFile = join(repo, "generators", "sdk.config.json");
    const config = readJson(configFile);
    config.operationAliases = { getCallTranscript: "getCallTranscriptById_v1" };
    writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
    commitAll(repo);
    inputs = mkdtempSync(join(tmpdir(), "spec-bump-rename-"));
    const doc = JSON.parse(readFileSync(CURRENT_SPEC, "utf8")) as OpenAPIDocument;
    (doc.paths["/v1/call-transcripts/{id}"]?.get as OperationObject).operationId = "getCallTranscriptById_v1";
    const file = join(inputs, "renamed.json");
    writeFileSync(file, JSON.stringify(doc, null, 2));
    result = await run([file, "--root", repo], inputs);
  }, 300_000);
  afterAll(() => {
    removeCopy(repo);
    rmSync(inputs, { recursive: true, force: true });
  });

  it("is a minor release of calls (and the umbrella), through changeset status and changeset version", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "| minor | Renamed `getCallTranscript` to `getCallTranscriptById`; the old name remains as a deprecated alias |",
    );
    execFileSync(CHANGESET_BIN, ["status"], { cwd: repo, stdio: "pipe" });
    execFileSync(CHANGESET_BIN, ["version"], { cwd: repo, stdio: "pipe" });
    const version = (dir: string) => readJson(join(repo, "packages", dir, "package.json")).version;
    expect([version("calls"), version("client"), version("messages")]).toEqual(["0.2.0", "0.2.0", "0.1.0"]);
    expect(readFileSync(join(repo, "packages", "calls", "CHANGELOG.md"), "utf8")).toContain(
      "- Renamed `getCallTranscript` to `getCallTranscriptById`; the old name remains as a deprecated alias",
    );
  });

  it("old consumer code still compiles against the regenerated package", () => {
    const generated = readFileSync(join(repo, "packages", "calls", "src", "generated", "operations.ts"), "utf8");
    expect(generated).toContain("export const getCallTranscript: typeof getCallTranscriptById = deprecatedAlias(");
    const overlay = overlayOf(repo, "packages", undefined);
    try {
      const snippets = snippetsFor(REPO_ROOT, ["calls", "client"]);
      expect(snippets.size).toBe(2);
      expect(Object.fromEntries(compileSnippets(overlay, snippets))).toEqual({});
    } finally {
      rmSync(overlay, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("pnpm spec:bump", () => {
  it("is wired at the repository root and resolves relative paths from where pnpm was started", () => {
    const repo = copyRepo();
    const inputs = mkdtempSync(join(tmpdir(), "spec-bump-cli-"));
    writeFileSync(join(inputs, "broken.json"), "[1 2]");
    try {
      commitAll(repo);
      execFileSync("pnpm", ["spec:bump", relative(REPO_ROOT, join(inputs, "broken.json")), "--root", repo], {
        cwd: REPO_ROOT,
        stdio: "pipe",
        encoding: "utf8",
      });
      expect.unreachable("spec:bump accepted broken JSON");
    } catch (error) {
      const { status, stderr } = error as { status: number; stderr: string };
      expect(status).not.toBe(0);
      expect(stderr).toContain("line 1, column 4: invalid JSON");
      expect(gitStatus(repo)).toBe("");
    } finally {
      removeCopy(repo);
      rmSync(inputs, { recursive: true, force: true });
    }
  });
});
