/** The whole pipeline (load -> normalize -> plan -> emit) plus writing to, or comparing with, a folder. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { type GeneratorConfig, REPO_ROOT } from "./config.js";
import { type EmittedFile, emitAll } from "./emit/index.js";
import { loadSpec } from "./load.js";
import { normalize } from "./normalize.js";
import type { OpenAPIDocument } from "./openapi.js";
import { type Plan, planPackages } from "./plan.js";
import { loadWebhookSpec, type WebhookSpec } from "./webhook-spec.js";

export interface GenerateResult {
  plan: Plan;
  files: EmittedFile[];
  /** Package folders holding generated code for a tag the spec no longer has. */
  stalePackages: string[];
}

function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

export function readVersions(packagesRoot: string): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const dir of listDirs(packagesRoot)) {
    const file = join(packagesRoot, dir, "package.json");
    if (!existsSync(file)) continue;
    const version = (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version;
    if (version) versions[dir] = version;
  }
  return versions;
}

/**
 * A hand-written input (`path` relative to a repository root): from `root` when it has it (`root` is a
 * repository, e.g. a copy spec:bump works on), else from this repository (generating into an empty folder).
 */
export function inputFile(root: string, path: string): string {
  return existsSync(join(root, path)) ? join(root, path) : join(REPO_ROOT, path);
}

/** The hand-written README sections named by `packageExtras.<dir>.readme`. */
function readReadmeSections(config: GeneratorConfig, root: string): Record<string, string> {
  const sections: Record<string, string> = {};
  for (const [dir, extras] of Object.entries(config.packageExtras ?? {})) {
    if (!extras.readme) continue;
    const path = `${config.packagesDir}/${dir}/${extras.readme}`;
    const file = inputFile(root, path);
    if (!existsSync(file)) throw new Error(`packageExtras.${dir}.readme: ${path} does not exist`);
    sections[dir] = readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
  }
  return sections;
}

/**
 * The webhooks document named by `webhookEvents`, resolved against `doc` (so a run on another REST spec
 * types events from that spec's schemas). Undefined when not configured, or when `doc` produces no
 * package to put the events in (a note says so).
 */
function webhooksFor(doc: OpenAPIDocument, config: GeneratorConfig, plan: Plan, root: string): WebhookSpec | undefined {
  const target = config.webhookEvents;
  if (!target) return undefined;
  if (!plan.packages.some((p) => p.dir === target.package)) {
    plan.notes.push(`webhookEvents: no ${config.packagesDir}/${target.package} package from this spec, no event types`);
    return undefined;
  }
  return loadWebhookSpec(inputFile(root, target.spec), target.spec, doc, config.spec);
}

/**
 * Runs every stage for the spec document `doc`, reading current versions from `root`. The webhooks
 * document (sdk.config.json `webhookEvents`) is loaded and resolved against `doc` unless given.
 */
export async function generateFromDocument(
  doc: OpenAPIDocument,
  config: GeneratorConfig,
  root: string,
  source = "spec",
  webhooks?: WebhookSpec,
  /** Folder -> version for packages not on disk yet (spec:bump creates new packages one release below their first). */
  newPackageVersions: Record<string, string> = {},
): Promise<GenerateResult> {
  const normalized = normalize(doc, config, source);
  const plan = planPackages(normalized, config);
  const packagesRoot = join(root, config.packagesDir);
  const licenseFile = join(root, "LICENSE");
  const license = existsSync(licenseFile) ? readFileSync(licenseFile, "utf8") : undefined;
  const existing = {
    versions: { ...newPackageVersions, ...readVersions(packagesRoot) },
    readmeSections: readReadmeSections(config, root),
    license,
  };
  const events = webhooks ?? webhooksFor(doc, config, plan, root);
  const files = await emitAll(plan, config, normalized.doc, existing, events);
  const planned = new Set([...plan.packages.map((p) => p.dir), plan.umbrella.dir]);
  const stalePackages = listDirs(packagesRoot).filter(
    (dir) => !planned.has(dir) && existsSync(join(packagesRoot, dir, "src", "generated")),
  );
  return { plan, files, stalePackages };
}

export async function generateFromFile(
  specFile: string,
  config: GeneratorConfig,
  root: string,
): Promise<GenerateResult> {
  const display = relative(root, specFile) || specFile;
  return generateFromDocument(loadSpec(specFile, display), config, root, display);
}

/** Generated folders of the planned packages: files there that the plan does not produce are removed. */
function generatedDirs(result: GenerateResult, config: GeneratorConfig): string[] {
  return [...result.plan.packages.map((p) => p.dir), result.plan.umbrella.dir].map((dir) =>
    join(config.packagesDir, dir, "src", "generated"),
  );
}

export interface WriteReport {
  written: string[];
  removed: string[];
  unchanged: number;
}

/** Writes the files under `root`; only changed files are touched. Scaffolds are written only when missing. */
export function writeFiles(result: GenerateResult, config: GeneratorConfig, root: string): WriteReport {
  const report: WriteReport = { written: [], removed: [], unchanged: 0 };
  const produced = new Set(result.files.map((f) => f.path));
  for (const file of result.files) {
    const target = join(root, file.path);
    const exists = existsSync(target);
    if (file.kind === "scaffold" && exists) continue;
    if (exists && readFileSync(target, "utf8") === file.content) {
      report.unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    report.written.push(file.path);
  }
  for (const dir of generatedDirs(result, config)) {
    for (const file of listFiles(join(root, dir))) {
      const rel = relative(root, file).split("\\").join("/");
      if (!produced.has(rel)) {
        rmSync(file);
        report.removed.push(rel);
      }
    }
  }
  return report;
}

export interface Drift {
  path: string;
  problem: "differs from what the spec produces" | "is missing" | "is not produced by the spec (stale)";
}

/** Compares the files under `root` with what the spec produces. Empty means no drift. */
export function checkFiles(result: GenerateResult, config: GeneratorConfig, root: string): Drift[] {
  const drift: Drift[] = [];
  const produced = new Set(result.files.map((f) => f.path));
  for (const file of result.files) {
    const target = join(root, file.path);
    if (!existsSync(target)) drift.push({ path: file.path, problem: "is missing" });
    else if (file.kind === "generated" && readFileSync(target, "utf8") !== file.content) {
      drift.push({ path: file.path, problem: "differs from what the spec produces" });
    }
  }
  for (const dir of generatedDirs(result, config)) {
    for (const file of listFiles(join(root, dir))) {
      const rel = relative(root, file).split("\\").join("/");
      if (!produced.has(rel)) drift.push({ path: rel, problem: "is not produced by the spec (stale)" });
    }
  }
  for (const dir of result.stalePackages) {
    drift.push({ path: `${config.packagesDir}/${dir}/src/generated`, problem: "is not produced by the spec (stale)" });
  }
  return drift;
}

/** The loud message for packages whose tag left the spec. */
export function staleMessage(stale: string[], config: GeneratorConfig): string {
  return [
    `The spec no longer has operations for ${stale.length === 1 ? "this package" : "these packages"}: ${stale
      .map((d) => `${config.packagesDir}/${d}`)
      .join(", ")}.`,
    "Its generated code is left as it was (stale). Removing a package is a breaking change for its users:",
    "  - if the tag was renamed, map its operations back with tagOverrides in generators/sdk.config.json, or",
    `  - delete the folder and publish a final major version with a deprecation notice (npm deprecate ${config.scope}/<name>).`,
  ].join("\n");
}
