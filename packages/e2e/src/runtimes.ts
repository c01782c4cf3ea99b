/**
 * Node runtimes for the consumer matrix. The current Node is used as is when its major matches; other
 * majors come from the npm registry as the official binary packages (`node-<platform>-<arch>`, what
 * `npm i node@22` installs through its install script), cached outside the repository.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { run } from "./util.js";

/** Exact versions per major; the current process is used instead when it has that major. */
export const NODE_VERSIONS: Record<number, string> = { 20: "20.20.2", 22: "22.23.3", 24: "24.21.0" };

export interface Runtime {
  major: number;
  version: string;
  /** Absolute path of the `node` binary. */
  bin: string;
  /** How it was obtained, for the report. */
  source: "current process" | "cache" | "npm registry";
}

export function cacheDir(): string {
  const base =
    process.env.E2E_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "openphone-sdk-e2e");
  mkdirSync(base, { recursive: true });
  return base;
}

async function versionOf(bin: string): Promise<string | undefined> {
  if (!existsSync(bin)) return undefined;
  const result = await run(bin, ["--version"], { allowFailure: true, timeoutMs: 30_000 });
  return result.code === 0 ? result.stdout.trim().replace(/^v/, "") : undefined;
}

/** The `node` binary of `major`: this process's, a cached one, or a fresh install from the registry. */
export async function ensureNode(major: number): Promise<Runtime> {
  const current = process.versions.node;
  if (Number(current.split(".")[0]) === major) {
    return { major, version: current, bin: process.execPath, source: "current process" };
  }
  const version = NODE_VERSIONS[major];
  if (!version) throw new Error(`no pinned Node version for major ${major}`);
  const pkg = `node-${process.platform}-${process.arch}`;
  const dir = join(cacheDir(), `${pkg}-${version}`);
  const bin = join(dir, "node_modules", pkg, "bin", "node");
  if ((await versionOf(bin)) === version) return { major, version, bin, source: "cache" };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // An explicit userconfig-free install into its own prefix; the public registry (or whatever npm is
  // configured with), never the e2e registry.
  await run(
    "npm",
    ["install", "--prefix", dir, "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", `${pkg}@${version}`],
    {
      timeoutMs: 600_000,
    },
  );
  const installed = await versionOf(bin);
  if (installed !== version)
    throw new Error(`${pkg}@${version} installed, but ${bin} reports ${installed ?? "nothing"}`);
  return { major, version, bin, source: "npm registry" };
}
