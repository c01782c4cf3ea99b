import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type GeneratorConfig, loadConfig } from "../src/config.js";
import type { OpenAPIDocument } from "../src/openapi.js";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const REPO_SPEC = fileURLToPath(new URL("../../spec/openapi.json", import.meta.url));

export function readJson<T = OpenAPIDocument>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

export function tinySpec(): OpenAPIDocument {
  return readJson(join(FIXTURES, "tiny.json"));
}

export function repoSpec(): OpenAPIDocument {
  return readJson(REPO_SPEC);
}

export function testConfig(overrides: Partial<GeneratorConfig> = {}): GeneratorConfig {
  return { ...loadConfig(), ...overrides };
}

export function tempDir(prefix = "opgen-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every file under dir as relative path -> content. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(relative(dir, full).split("\\").join("/"), readFileSync(full, "utf8"));
  }
  return out;
}

export function changedPaths(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

/** The operation object at path + method, or a thrown error when the fixture lacks it. */
export function operationOf(doc: OpenAPIDocument, path: string, method: string): Record<string, unknown> {
  const op = doc.paths[path]?.[method];
  if (typeof op !== "object" || op === null) throw new Error(`fixture has no ${method} ${path}`);
  return op as Record<string, unknown>;
}
