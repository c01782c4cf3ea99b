/** Packing a workspace package and the rules its tarball must satisfy (besides publint and attw). */
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { run } from "./util.js";
import type { PackageJson, WorkspacePackage } from "./workspace.js";

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
  // `<subpath>/package.json` stubs point resolvers that ignore `exports` at a subpath entry.
  const stubs = Object.keys(p.pkg.exports ?? {})
    .filter((key) => key !== "." && key !== "./package.json" && !/\.[a-z]+$/.test(key))
    .map((key) => `${key.slice(2)}/package.json`);
  const allowed = (name: string) =>
    ["package.json", "README.md", "LICENSE", "CHANGELOG.md", ...listedFiles, ...stubs].includes(name) ||
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
