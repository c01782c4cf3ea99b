/**
 * Every package README carries one runnable example per operation (```js example blocks, generated
 * from the spec's examples). Run each one, as a user would paste it, against the mock: the stateless one
 * (Prism's examples) and the default, stateful one.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";

const run = promisify(execFile);
const packagesDir = fileURLToPath(new URL("../../", import.meta.url));
// Inside this package, so the examples' imports resolve to the workspace packages.
const scratch = fileURLToPath(new URL("../.readme-examples/", import.meta.url));

const examples = readdirSync(packagesDir).flatMap((dir) => {
  let readme: string;
  try {
    readme = readFileSync(join(packagesDir, dir, "README.md"), "utf8");
  } catch {
    return [];
  }
  return [...readme.matchAll(/^### (\w+)\n[\s\S]*?^```js example\n([\s\S]*?)^```$/gm)].map((m) => ({
    pkg: dir,
    name: m[1] as string,
    code: m[2] as string,
  }));
});

// Each list operation's README also shows `paginate`; run those against the stateful mock, whose lists end.
const paginateExamples = readdirSync(packagesDir).flatMap((dir) => {
  let readme: string;
  try {
    readme = readFileSync(join(packagesDir, dir, "README.md"), "utf8");
  } catch {
    return [];
  }
  return [...readme.matchAll(/^```js paginate\n([\s\S]*?)^```$/gm)].map((m) => ({
    pkg: dir,
    name: /paginate\((\w+),/.exec(m[1] as string)?.[1] ?? "?",
    code: m[1] as string,
  }));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("README paginate examples", () => {
  it("every list operation that takes pageToken has one", () => {
    expect(paginateExamples.map((e) => e.name).sort()).toEqual([
      "listCalls",
      "listContacts",
      "listConversations",
      "listMessages",
    ]);
  });

  it.concurrent.each(paginateExamples)(
    "$pkg: paginate($name) runs to the end against the stateful mock",
    { timeout: 90_000 },
    async ({ pkg, name, code }) => {
      mkdirSync(scratch, { recursive: true });
      const file = join(scratch, `${pkg}-${name}-paginate.mjs`);
      writeFileSync(file, code);
      const { stdout } = await run(process.execPath, [file], {
        env: {
          ...process.env,
          OPENPHONE_API_KEY: `readme-paginate-${name}`,
          OPENPHONE_BASE_URL: inject("statefulMockUrl"),
        },
        timeout: 60_000,
      });
      expect(stdout.trim().split("\n").length).toBeGreaterThan(0);
      expect(stdout).not.toContain("undefined");
    },
  );
});

const rootReadme = readFileSync(join(packagesDir, "..", "README.md"), "utf8");

describe("the root README", () => {
  it("opens with install and one working call (its first screen)", async () => {
    const firstScreen = rootReadme.split("\n").slice(0, 30).join("\n");
    expect(firstScreen).toContain("## Quick start");
    expect(firstScreen).toContain("npm install @openphone-sdk/messages");
    const quickStart = rootReadme.slice(
      rootReadme.indexOf("## Quick start"),
      rootReadme.indexOf("\n## ", rootReadme.indexOf("## Quick start") + 1),
    );
    const code = /^```ts\n([\s\S]*?)^```$/m.exec(quickStart)?.[1];
    expect(code).toContain("sendMessage(client");
    mkdirSync(scratch, { recursive: true });
    const file = join(scratch, "root-quick-start.mjs");
    writeFileSync(file, code as string);
    // As the README says: `OPENPHONE_API_KEY=test OPENPHONE_BASE_URL=<mock> node send.mjs`.
    const { stdout } = await run(process.execPath, [file], {
      env: { ...process.env, OPENPHONE_API_KEY: "test", OPENPHONE_BASE_URL: inject("mockUrl") },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/^\S+ (queued|sent|delivered|undelivered)\n$/);
  });

  it("its Usage example runs too (one page, then every page)", async () => {
    const usage = rootReadme.slice(
      rootReadme.indexOf("## Usage"),
      rootReadme.indexOf("\n## ", rootReadme.indexOf("## Usage") + 1),
    );
    const code = /^```ts\n([\s\S]*?)^```$/m.exec(usage)?.[1] as string;
    expect(code).toContain("paginate(listMessages");
    mkdirSync(scratch, { recursive: true });
    const file = join(scratch, "root-usage.mjs");
    writeFileSync(file, code);
    const { stdout } = await run(process.execPath, [file], {
      env: { ...process.env, OPENPHONE_API_KEY: "root-usage", OPENPHONE_BASE_URL: inject("statefulMockUrl") },
      timeout: 60_000,
    });
    expect(stdout.trim().split("\n").length).toBeGreaterThan(1);
  });
});

describe("README examples", () => {
  it("there is one per operation (22)", () => {
    expect(examples).toHaveLength(22);
    expect(new Set(examples.map((e) => e.name)).size).toBe(22);
  });

  it.concurrent.each(examples)(
    "$pkg: $name runs against the mock",
    { timeout: 90_000 },
    async ({ pkg, name, code }) => {
      mkdirSync(scratch, { recursive: true });
      const file = join(scratch, `${pkg}-${name}.mjs`);
      writeFileSync(file, code);
      const { stdout } = await run(process.execPath, [file], {
        env: { ...process.env, OPENPHONE_API_KEY: "readme-example-key", OPENPHONE_BASE_URL: inject("mockUrl") },
        timeout: 60_000,
      });
      if (code.includes("console.log(result)")) expect(stdout).toMatch(/data/);
    },
  );

  // As a user runs them against `npx openphone-mock`: the default mock remembers what each key deletes, so
  // each example gets a key of its own (a fresh workspace whose seed data has the spec's example ids).
  it.concurrent.each(examples)(
    "$pkg: $name runs against the stateful mock",
    { timeout: 90_000 },
    async ({ pkg, name, code }) => {
      mkdirSync(scratch, { recursive: true });
      const file = join(scratch, `${pkg}-${name}-stateful.mjs`);
      writeFileSync(file, code);
      const { stdout } = await run(process.execPath, [file], {
        env: {
          ...process.env,
          OPENPHONE_API_KEY: `readme-example-${pkg}-${name}`,
          OPENPHONE_BASE_URL: inject("statefulMockUrl"),
        },
        timeout: 60_000,
      });
      if (code.includes("console.log(result)")) expect(stdout).toMatch(/data/);
    },
  );
});
