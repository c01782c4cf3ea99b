/**
 * `pnpm lint:packages`: packs every published package exactly as `pnpm publish` would (workspace:
 * ranges replaced), then checks each tarball with publint (all messages, suggestions included, count),
 * @arethetypeswrong/cli (every module resolution: node10, node16 CJS and ESM, bundler) and our own
 * rules: a license equal to the repository's, only built files, and the fields every package needs.
 * Needs a prior `pnpm build`. Exit 1 on any problem.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { readTarball } from "./tar.js";
import { checkTarballContents, packPackage } from "./tarball-checks.js";
import { mapLimit, run, step } from "./util.js";
import { publicPackages, REPO_ROOT, type WorkspacePackage } from "./workspace.js";

const require = createRequire(import.meta.url);

function attwBin(): string {
  const pkgFile = require.resolve("@arethetypeswrong/cli/package.json");
  const { bin } = JSON.parse(readFileSync(pkgFile, "utf8")) as { bin: Record<string, string> };
  return join(dirname(pkgFile), bin.attw as string);
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
