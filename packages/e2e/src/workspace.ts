/** The repository's workspace as seen by the release checks: where it is, which packages are published. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  sideEffects?: boolean;
  engines?: Record<string, string>;
  repository?: { type?: string; url?: string; directory?: string };
  exports?: Record<string, unknown>;
  files?: string[];
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  publishConfig?: { access?: string };
}

export interface WorkspacePackage {
  /** Folder under packages/. */
  dir: string;
  /** Absolute path of the folder. */
  path: string;
  pkg: PackageJson;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Every package under packages/ that is published (not `private`), sorted by folder. */
export function publicPackages(root = REPO_ROOT): WorkspacePackage[] {
  const packagesDir = join(root, "packages");
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packagesDir, d.name, "package.json")))
    .map((d) => ({
      dir: d.name,
      path: join(packagesDir, d.name),
      pkg: readJson<PackageJson>(join(packagesDir, d.name, "package.json")),
    }))
    .filter((p) => !p.pkg.private)
    .sort((a, b) => (a.dir < b.dir ? -1 : 1));
}
