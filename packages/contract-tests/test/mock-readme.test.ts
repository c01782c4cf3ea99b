/**
 * The mock's README shows a consumer's test setup (a vitest globalSetup that starts the mock, and a test file
 * that runs a contact flow and a paginated list). Write those files out as a user would copy them, type-check
 * them, and run them with vitest: they start their own mock (a real Prism process) and must pass.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const readme = readFileSync(new URL("../../mock/README.md", import.meta.url), "utf8");
// Inside this package, so the files' imports resolve to the workspace packages.
const scratch = fileURLToPath(new URL("../.mock-readme/", import.meta.url));

/** ```ts blocks whose first line names their file: `// test/contacts.test.ts`. */
const files = [...readme.matchAll(/^```ts\n\/\/ (\S+\.ts)\n([\s\S]*?)^```$/gm)].map((m) => ({
  path: m[1] as string,
  code: `// ${m[1]}\n${m[2]}`,
}));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the mock's README", () => {
  it("shows the three files of a consumer's setup", () => {
    expect(files.map((f) => f.path)).toEqual(["vitest.config.ts", "test/openphone-mock.ts", "test/contacts.test.ts"]);
  });

  it("type-checks, and its tests pass against the mock they start", { timeout: 180_000 }, async () => {
    rmSync(scratch, { recursive: true, force: true });
    for (const file of files) {
      mkdirSync(dirname(join(scratch, file.path)), { recursive: true });
      writeFileSync(join(scratch, file.path), file.code);
    }
    const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
    const options = [
      "--noEmit",
      "--strict",
      "--skipLibCheck",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
    ];
    await run(
      process.execPath,
      [tsc, ...options, "--target", "es2022", "--types", "node", ...files.map((f) => f.path)],
      {
        cwd: scratch,
      },
    ).catch((error: { stdout?: string }) => {
      throw new Error(`tsc failed:\n${error.stdout ?? error}`);
    });
    const vitest = join(dirname(require.resolve("vitest/package.json")), "vitest.mjs");
    const { stdout } = await run(process.execPath, [vitest, "run", "--root", scratch], {
      cwd: scratch,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      timeout: 150_000,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`the README's tests failed:\n${error.stdout ?? ""}\n${error.stderr ?? ""}`);
    });
    expect(stdout).toMatch(/Tests\s+2 passed \(2\)/);
  });
});
