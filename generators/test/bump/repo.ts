/** Throwaway copies of the repository for tests that run the whole command (they write files and git). */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { loadConfig, REPO_ROOT } from "../../src/config.js";
import { generateFromFile, writeFiles } from "../../src/generate.js";

export const FIXTURES = join(REPO_ROOT, "generators", "test", "fixtures");
export const OLD_SPEC = join(FIXTURES, "openphone-v1-2024-11.json");
export const CURRENT_SPEC = join(REPO_ROOT, "spec", "openapi.json");

const SKIP = new Set(["node_modules", "dist", ".turbo", "CHANGELOG.md"]);

/**
 * Copies what the bump reads and writes (root manifests, .changeset, spec, generator config, every
 * package without node_modules, dist or CHANGELOG) into a temp dir; `node_modules` is a symlink to the
 * real one so the changesets CLI resolves its changelog module.
 */
export function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "spec-bump-"));
  for (const file of ["package.json", "pnpm-workspace.yaml"]) cpSync(join(REPO_ROOT, file), join(dir, file));
  cpSync(join(REPO_ROOT, ".changeset"), join(dir, ".changeset"), { recursive: true });
  cpSync(join(REPO_ROOT, "spec"), join(dir, "spec"), { recursive: true });
  cpSync(join(REPO_ROOT, "generators", "sdk.config.json"), join(dir, "generators", "sdk.config.json"));
  cpSync(join(REPO_ROOT, "packages"), join(dir, "packages"), {
    recursive: true,
    filter: (source) => !SKIP.has(basename(source)),
  });
  // Only the changesets files: the test must not see pending changesets of the real repository.
  for (const name of readdirSync(join(dir, ".changeset"))) {
    if (name !== "config.json" && name !== "README.md") rmSync(join(dir, ".changeset", name));
  }
  // Versions as if nothing was ever released, so expected versions do not move with real releases.
  for (const name of readdirSync(join(dir, "packages"))) {
    const file = join(dir, "packages", name, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8")) as { version?: string; private?: boolean };
    if (manifest.private || manifest.version === undefined) continue;
    manifest.version = "0.1.0";
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  symlinkSync(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, ".gitignore"), "node_modules\n");
  return dir;
}

/** Regenerates the copy from `specFile` (as the repository looked when that spec was current). */
export async function regenerateCopy(dir: string, specFile: string): Promise<void> {
  const config = loadConfig(join(dir, "generators", "sdk.config.json"));
  cpSync(specFile, join(dir, config.spec));
  const result = await generateFromFile(join(dir, config.spec), config, dir);
  writeFiles(result, config, dir);
  for (const stale of result.stalePackages) rmSync(join(dir, config.packagesDir, stale), { recursive: true });
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.email=test@example.com", "-c", "user.name=test", ...args], {
    cwd: dir,
    encoding: "utf8",
  });
}

/** Makes the copy a git repository on `main` with everything committed. */
export function commitAll(dir: string): void {
  if (!existsSync(join(dir, ".git"))) git(dir, "init", "--quiet", "--initial-branch=main");
  git(dir, "add", "-A");
  git(dir, "commit", "--quiet", "--no-verify", "-m", "snapshot");
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
