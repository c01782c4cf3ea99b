import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readTarball } from "../src/tar.js";
import { checkTarballContents, packPackage } from "../src/tarball-checks.js";
import type { PackageJson, WorkspacePackage } from "../src/workspace.js";

const LICENSE = "MIT License\n\nCopyright (c) test\n";

const goodPkg: PackageJson = {
  name: "@openphone-sdk/widgets",
  version: "1.2.3",
  license: "MIT",
  sideEffects: false,
  engines: { node: ">=20.11" },
  repository: { type: "git", url: "git+https://example.com/x.git", directory: "packages/widgets" },
  exports: {
    ".": {
      import: { types: "./dist/index.d.mts", default: "./dist/index.mjs" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    },
  },
  files: ["dist", "README.md"],
  publishConfig: { access: "public" },
};

const root = mkdtempSync(join(tmpdir(), "openphone-tarball-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fixture(pkg: PackageJson, extra: Record<string, string> = {}): WorkspacePackage {
  const path = join(root, `pkg-${Math.random().toString(36).slice(2)}`);
  const files: Record<string, string> = {
    "package.json": JSON.stringify(pkg),
    LICENSE,
    "README.md": "# widgets\n",
    "dist/index.mjs": "export const a = 1;\n",
    "dist/index.cjs": "exports.a = 1;\n",
    "dist/index.d.mts": "export declare const a: number;\n",
    "dist/index.d.cts": "export declare const a: number;\n",
    "src/index.ts": "export const a = 1;\n",
    "test/index.test.ts": "// a test\n",
    ...extra,
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(path, name, ".."), { recursive: true });
    writeFileSync(join(path, name), content);
  }
  return { dir: "widgets", path, pkg };
}

function asTarball(files: Record<string, string>): Map<string, Buffer> {
  return new Map(Object.entries(files).map(([name, content]) => [`package/${name}`, Buffer.from(content)]));
}

describe("packed package checks", () => {
  it("packs with pnpm and reads the tarball: only the published files, no problems", async () => {
    const p = fixture(goodPkg);
    const files = readTarball(await packPackage(p, join(root, "out")));
    expect([...files.keys()].sort()).toEqual([
      "package/LICENSE",
      "package/README.md",
      "package/dist/index.cjs",
      "package/dist/index.d.cts",
      "package/dist/index.d.mts",
      "package/dist/index.mjs",
      "package/package.json",
    ]);
    expect(files.get("package/LICENSE")?.toString()).toBe(LICENSE);
    expect(checkTarballContents(p, files, LICENSE)).toEqual([]);
  }, 60_000);

  it("reports shipped sources and tests, a missing or different LICENSE, and missing fields", () => {
    const bad: PackageJson = {
      ...goodPkg,
      sideEffects: undefined,
      engines: undefined,
      license: "ISC",
      repository: { url: "git+https://example.com/x.git" },
      dependencies: { "@openphone-sdk/core": "workspace:^" },
      publishConfig: undefined,
    };
    const problems = checkTarballContents(
      { dir: "widgets", path: root, pkg: bad },
      asTarball({
        "package.json": JSON.stringify(bad),
        "README.md": "",
        "dist/index.mjs": "",
        "dist/index.cjs": "",
        "dist/index.d.mts": "",
        "dist/index.d.cts": "",
        "dist/index.mjs.map": "",
        "src/index.ts": "",
        "dist/index.test.mjs": "",
      }),
      LICENSE,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        "ships dist/index.mjs.map",
        "ships src/index.ts, which is not built output, a README, LICENSE or CHANGELOG",
        "ships dist/index.test.mjs",
        "does not ship LICENSE",
        'license is "ISC", not "MIT"',
        "sideEffects is not false",
        "has no engines.node",
        'repository must have a url and directory "packages/widgets"',
        'publishConfig.access is not "public"',
        "dependency @openphone-sdk/core is still workspace:^ after packing",
      ]),
    );
    const other = checkTarballContents(
      { dir: "widgets", path: root, pkg: goodPkg },
      asTarball({
        "package.json": JSON.stringify(goodPkg),
        "README.md": "",
        LICENSE: "Apache",
        "dist/index.mjs": "",
        "dist/index.cjs": "",
        "dist/index.d.mts": "",
        "dist/index.d.cts": "",
      }),
      LICENSE,
    );
    expect(other).toEqual([
      "ships a LICENSE that differs from the repository's LICENSE (run pnpm generate, or copy it)",
    ]);
  });
});
