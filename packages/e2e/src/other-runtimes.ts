/**
 * The runtimes beside Node that the README names: Bun, Deno and Cloudflare Workers (workerd, run by
 * miniflare). Each comes from the npm registry at a pinned version, installed once into the e2e cache
 * (like the Node binaries) and reused while the versions are unchanged.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "./runtimes.js";
import { run } from "./util.js";

/**
 * Exact versions. miniflare 4 declares Node >= 22 but runs workerd from Node 20 here (it only spawns the
 * workerd binary); esbuild bundles the Worker as `wrangler deploy` would.
 */
export const TOOL_VERSIONS = {
  bun: "1.4.5",
  deno: "2.9.6",
  miniflare: "4.20260730.0",
  esbuild: "0.28.2",
} as const;

export interface Tools {
  /** Folder with node_modules holding the tools (miniflare and esbuild are required from here). */
  dir: string;
  bun: string;
  deno: string;
  source: "cache" | "npm registry";
}

/** Installs (or reuses) the pinned tools; returns where their binaries are. */
export async function ensureTools(): Promise<Tools> {
  const stamp = Object.entries(TOOL_VERSIONS)
    .map(([name, version]) => `${name}@${version}`)
    .join(" ");
  const dir = join(cacheDir(), "runtimes");
  const stampFile = join(dir, "installed.txt");
  const tools = (source: Tools["source"]): Tools => ({
    dir,
    bun: join(dir, "node_modules", ".bin", "bun"),
    deno: join(dir, "node_modules", ".bin", "deno"),
    source,
  });
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return tools("cache");

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "e2e-runtimes", private: true })}\n`);
  await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-save", ...stamp.split(" ")], {
    cwd: dir,
    timeoutMs: 600_000,
  });
  // Each package's postinstall links its `bin` to the binary that came in a platform-specific optional
  // dependency (same registry, nothing downloaded from elsewhere). Run explicitly: npm 11 skips install
  // scripts that no `allowScripts` entry covers while npm 10 runs them; this way both behave alike.
  for (const name of Object.keys(TOOL_VERSIONS)) {
    const pkgDir = join(dir, "node_modules", name);
    const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as {
      scripts?: Record<string, string>;
    };
    const script = /^node (\S+)$/.exec(manifest.scripts?.postinstall ?? "")?.[1];
    if (script) await run(process.execPath, [script], { cwd: pkgDir, timeoutMs: 300_000 });
  }
  const workerd = join(dir, "node_modules", "workerd");
  if (existsSync(join(workerd, "install.js"))) await run(process.execPath, ["install.js"], { cwd: workerd });
  const installed = tools("npm registry");
  for (const [name, bin] of [
    ["bun", installed.bun],
    ["deno", installed.deno],
  ] as const) {
    const printed = (await run(bin, ["--version"], { timeoutMs: 60_000 })).stdout;
    if (!printed.includes(TOOL_VERSIONS[name])) throw new Error(`${bin} --version printed ${printed}`);
  }
  writeFileSync(stampFile, stamp);
  return installed;
}
