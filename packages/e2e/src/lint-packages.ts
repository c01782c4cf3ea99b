/**
 * `pnpm lint:packages`: packs every published package exactly as `pnpm publish` would (workspace:
 * ranges replaced), then checks each tarball with publint (all messages, suggestions included, count),
 * @arethetypeswrong/cli (every module resolution: node10, node16 CJS and ESM, bundler) and our own
 * rules: a license equal to the repository's, only built files, and the fields every package needs.
 * Needs a prior `pnpm build`. Exit 1 on any problem.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { readTarball } from "./tar.js";
import { mapLimit, run, step } from "./util.js";
import { type PackageJson, publicPackages, REPO_ROOT, type WorkspacePackage } from "./workspace.js";

const require = createRequire(import.meta.url);

function attwBin(): string {
  const pkgFile = require.resolve("@arethetypeswrong/cli/package.json");
  const { bin } = JSON.parse(readFileSync(pkgFile, "utf8")) as { bin: Record<string, string> };
  return join(dirname(pkgFile), bin.attw as string);
}

/** Packs one package with pnpm into `dest`; returns the tarball's path. */
export async function packPackage(p: WorkspacePackage, dest: string): Promise<string> {
  const out = join(dest, p.dir);
  mkdirSync(out, { recursive: true });
  await run("pnpm", ["pack", "--pack-destination", out], { cwd: p.path, timeoutMs: 60_000 });
  const tarballs = readdirSync(out).filter((f) => f.endsWith(".tgz"));
  if (tarballs.length !== 1) throw new Error(`pnpm pack in ${p.dir} produced ${tarballs.length} tarballs`);
  return join(out, tarballs[0] as string);
}

/** Our own rules for a packed package; returns problems as sentences. */
export function checkTarballContents(p: WorkspacePackage, files: Map<string, Buffer>, license: string): string[] {
  const problems: string[] = [];
  const names = [...files.keys()].map((name) => name.replace(/^package\//, ""));
  // Single files a package lists in `files` itself (the mock's openapi.json) are deliberate.
  const listedFiles = (p.pkg.files ?? []).filter((f) => /\.[a-z]+$/.test(f));
  const allowed = (name: string) =>
    ["package.json", "README.md", "LICENSE", "CHANGELOG.md", ...listedFiles].includes(name) ||
    /^dist\/[^/]+\.(mjs|cjs|d\.mts|d\.cts)$/.test(name) ||
    (p.pkg.bin !== undefined && /^bin\/[^/]+\.(mjs|cjs|js)$/.test(name));
  for (const name of names) {
    if (!allowed(name)) problems.push(`ships ${name}, which is not built output, a README, LICENSE or CHANGELOG`);
    if (/(^|\/)(test|tests|__tests__|src)\/|\.(test|spec)\.|\.map$/.test(name)) problems.push(`ships ${name}`);
  }
  for (const needed of [
    "README.md",
    "LICENSE",
    "dist/index.mjs",
    "dist/index.cjs",
    "dist/index.d.mts",
    "dist/index.d.cts",
  ]) {
    if (!names.includes(needed)) problems.push(`does not ship ${needed}`);
  }
  const packedLicense = files.get("package/LICENSE")?.toString("utf8");
  if (packedLicense !== undefined && packedLicense !== license) {
    problems.push("ships a LICENSE that differs from the repository's LICENSE (run pnpm generate, or copy it)");
  }
  const packedJson = files.get("package/package.json");
  if (!packedJson) return [...problems, "has no package.json"];
  const pkg = JSON.parse(packedJson.toString("utf8")) as PackageJson;
  if (pkg.license !== "MIT") problems.push(`license is ${JSON.stringify(pkg.license)}, not "MIT"`);
  if (pkg.sideEffects !== false) problems.push("sideEffects is not false");
  if (!pkg.engines?.node) problems.push("has no engines.node");
  if (!pkg.repository?.url || pkg.repository.directory !== `packages/${p.dir}`) {
    problems.push(`repository must have a url and directory "packages/${p.dir}"`);
  }
  if (pkg.publishConfig?.access !== "public") problems.push('publishConfig.access is not "public"');
  if (!pkg.files?.length) problems.push("has no files list");
  const root = pkg.exports?.["."] as Record<string, { types?: string; default?: string }> | undefined;
  for (const condition of ["import", "require"]) {
    if (!root?.[condition]?.types || !root[condition]?.default) {
      problems.push(`exports["."].${condition} needs both types and default`);
    }
  }
  for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
    if (range.startsWith("workspace:")) problems.push(`dependency ${name} is still ${range} after packing`);
  }
  return problems;
}

async function lintPackage(p: WorkspacePackage, dest: string, license: string): Promise<string[]> {
  const label = `${p.pkg.name}@${p.pkg.version}`;
  const problems: string[] = [];
  const tarball = await packPackage(p, dest);
  const files = readTarball(tarball);
  problems.push(...checkTarballContents(p, files, license).map((m) => `contents: ${m}`));

  const data = readFileSync(tarball);
  const lint = await publint({
    pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer },
    level: "suggestion",
    strict: true,
  });
  for (const message of lint.messages) {
    problems.push(`publint ${message.type}: ${formatMessage(message, lint.pkg, { color: false }) ?? message.code}`);
  }

  const attw = await run(process.execPath, [attwBin(), tarball, "--format", "ascii"], {
    allowFailure: true,
    timeoutMs: 120_000,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  if (attw.code !== 0 || !attw.stdout.includes("No problems found")) {
    problems.push(`attw (exit ${attw.code}):\n${attw.stdout}${attw.stderr}`);
  }
  const fileCount = files.size;
  console.log(
    problems.length === 0
      ? `ok   ${label}: ${fileCount} files, publint clean, attw clean (node10, node16 CJS/ESM, bundler)`
      : `FAIL ${label}:\n${problems.map((m) => `  - ${m}`).join("\n")}`,
  );
  return problems;
}

async function main(): Promise<void> {
  const packages = publicPackages();
  const license = readFileSync(join(REPO_ROOT, "LICENSE"), "utf8");
  const dest = mkdtempSync(join(tmpdir(), "openphone-lint-packages-"));
  step(`lint:packages: pack, publint, attw for ${packages.length} packages`);
  try {
    const results = await mapLimit(packages, 2, (p) => lintPackage(p, dest, license));
    const failed = results.filter((r) => r.length > 0).length;
    if (failed > 0) {
      console.error(
        `\nlint:packages: ${failed} of ${packages.length} packages have problems (is the build current? pnpm build)`,
      );
      process.exitCode = 1;
    } else {
      console.log(`\nlint:packages: ${packages.length} packages, zero problems`);
    }
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}

await main();
