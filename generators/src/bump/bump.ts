/**
 * `spec:bump` as two steps: `prepareBump` does everything in memory (load and validate both specs,
 * diff, classify, map to packages, generate, render the changeset) and throws before anything is
 * written; `applyBump` then writes the spec, the generated files and the changeset.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiChange } from "../api-report/diff.js";
import { type ApiCheck, checkPublicApi, refusal } from "../api-report/gate.js";
import { REPORT_DIR } from "../api-report/report.js";
import type { GeneratorConfig } from "../config.js";
import {
  checkFiles,
  type GenerateResult,
  generateFromDocument,
  readVersions,
  staleMessage,
  writeFiles,
} from "../generate.js";
import { parseJson, SpecError, validateSpec } from "../load.js";
import { normalize } from "../normalize.js";
import type { OpenAPIDocument } from "../openapi.js";
import { changesetFileName, renderChangeset, type SpecIdentity } from "./changeset.js";
import { analyzeBump, type BumpAnalysis, type PackageChanges, toPackageChanges, umbrellaFor } from "./packages.js";
import { type PendingChangeset, pendingLevel, readPendingChangesets } from "./pending.js";
import { BUMP_ORDER, type Bump, bumpOf, type Change, nextVersion } from "./rules.js";

export interface PackageReport {
  name: string;
  dir: string;
  tag: string;
  status: PackageChanges["status"];
  currentVersion: string;
  bump: Bump | null;
  nextVersion: string;
  /** Listed in the changeset's frontmatter (every affected package is, a new one with its first-release bump). */
  inChangeset: boolean;
  lines: PackageChanges["lines"];
  changes: (Change & { bump: Bump })[];
  /**
   * When changesets already pending in .changeset/ also release this package: the level `changeset version`
   * gives it (the highest of theirs and this bump's), the version that makes, and the files.
   */
  withPending?: { bump: Bump; nextVersion: string; files: string[] };
}

export interface BumpReport {
  dryRun: boolean;
  from: SpecIdentity;
  to: SpecIdentity;
  /** The new spec's bytes differ from spec/openapi.json. */
  specChanged: boolean;
  /** Affected tag packages by name, then the umbrella. Empty when nothing changed. */
  packages: PackageReport[];
  changeset: { file: string; content: string } | null;
  /** Changesets already in .changeset/: `changeset version` releases them together with this one. */
  pendingChangesets: PendingChangeset[];
  /**
   * What the public-API reports (packages/<dir>/api) say changed, graded by the compiler; the bump is
   * refused when a package's level is lower than its changes demand.
   */
  publicApi: ApiChange[];
  /** Files written (or, in a dry run, that would be) and generated files removed, relative to the root. */
  files: { written: string[]; removed: string[] };
  notes: string[];
  warnings: string[];
  nextSteps: string[];
}

export interface PreparedBump {
  report: BumpReport;
  analysis: BumpAnalysis;
  generated: GenerateResult;
  newSpecText: string;
  api: ApiCheck;
}

function identity(file: string, doc: OpenAPIDocument, text: string): SpecIdentity {
  return {
    file,
    title: doc.info.title,
    version: doc.info.version,
    sha256: createHash("sha256").update(text).digest("hex"),
  };
}

function readSpecText(file: string, display: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError(display, [{ at: "file", message: (error as Error).message }]);
  }
}

function toReport(p: PackageChanges): PackageReport {
  return {
    name: p.packageName,
    dir: p.dir,
    tag: p.tag,
    status: p.status,
    currentVersion: p.currentVersion,
    bump: p.bump ?? null,
    nextVersion: p.nextVersion,
    inChangeset: p.bump !== undefined,
    lines: p.lines,
    changes: p.changes.map((c) => ({ ...c, bump: bumpOf(c) })),
  };
}

/** What `changeset version` makes of this package once the pending changesets are applied too. */
function withPending(p: PackageReport, pending: PendingChangeset[]): PackageReport {
  const found = pendingLevel(pending, p.name);
  if (!found || !p.bump) return p;
  const bump = BUMP_ORDER[found.bump] > BUMP_ORDER[p.bump] ? found.bump : p.bump;
  return { ...p, withPending: { bump, nextVersion: nextVersion(p.currentVersion, bump), files: found.files } };
}

export interface BumpInput {
  /** Repository root: spec, packages and .changeset live under it. */
  root: string;
  /** The new spec file, and how to name it in messages. */
  newSpecFile: string;
  newSpecDisplay: string;
  config: GeneratorConfig;
  dryRun: boolean;
}

/** Everything but writing. Throws SpecError (or Error) for unusable input; nothing is written then. */
export async function prepareBump(input: BumpInput): Promise<PreparedBump> {
  const { root, config } = input;
  const oldText = readSpecText(join(root, config.spec), config.spec);
  const oldDoc = validateSpec(parseJson(oldText, config.spec), config.spec);
  const newText = readSpecText(input.newSpecFile, input.newSpecDisplay);
  const newDoc = validateSpec(parseJson(newText, input.newSpecDisplay), input.newSpecDisplay);
  // sdk.config.json is written for the new spec: an alias for a rename the old spec has not made yet is skipped there.
  const oldSpec = normalize(oldDoc, config, config.spec, { ignoreUnfitAliases: true });
  const newSpec = normalize(newDoc, config, input.newSpecDisplay);
  const versions = readVersions(join(root, config.packagesDir));
  const analysis = analyzeBump(oldSpec, newSpec, config, versions, root);
  // A new package is written one step below its first version, which the changeset then releases.
  const newPackageVersions = Object.fromEntries(
    analysis.packages.filter((p) => p.status === "added").map((p) => [p.dir, p.currentVersion]),
  );
  const generated = await generateFromDocument(
    newDoc,
    config,
    root,
    input.newSpecDisplay,
    undefined,
    newPackageVersions,
  );

  // What regenerating changes on disk. Files of a package the diff found no change in mean the diff
  // missed something (or the files were stale): that package is released all the same.
  const staleDirs = new Set(generated.stalePackages.map((d) => `${config.packagesDir}/${d}/src/generated`));
  const drift = checkFiles(generated, config, root).filter((d) => !staleDirs.has(d.path));
  const unexplained = new Map<string, string[]>();
  for (const { path } of drift) {
    const dir = path.split("/")[1] ?? "";
    if (dir === config.umbrella.dir || analysis.packages.some((p) => p.dir === dir)) continue;
    unexplained.set(dir, [...(unexplained.get(dir) ?? []), path]);
  }
  for (const [dir, paths] of unexplained) {
    const plan = analysis.newPlan.packages.find((p) => p.dir === dir);
    if (!plan) continue;
    const change: Change = { kind: "package.regenerated", tag: plan.tag, values: paths.sort() };
    analysis.packages.push(toPackageChanges(plan, "changed", [change], versions, config));
  }
  analysis.packages.sort((a, b) => (a.packageName < b.packageName ? -1 : a.packageName > b.packageName ? 1 : 0));
  analysis.umbrella = umbrellaFor(analysis.packages, analysis.newPlan, versions, config);
  const umbrellaDrift = drift.filter((d) => d.path.split("/")[1] === config.umbrella.dir).map((d) => d.path);
  if (!analysis.umbrella && umbrellaDrift.length) {
    const plan = analysis.newPlan.umbrella;
    const change: Change = { kind: "package.regenerated", tag: "", values: umbrellaDrift };
    analysis.umbrella = { ...toPackageChanges({ ...plan, tag: "" }, "umbrella", [change], versions, config) };
  }

  const from = identity(config.spec, oldDoc, oldText);
  const to = identity(input.newSpecDisplay, newDoc, newText);
  const content = renderChangeset(analysis, to);
  const changesetFile = `.changeset/${changesetFileName(to)}`;
  const changeset = content ? { file: changesetFile, content } : null;
  const pendingChangesets = readPendingChangesets(root, changesetFile);

  const specChanged = oldText !== newText;
  const written = [
    ...(specChanged ? [config.spec] : []),
    ...drift.filter((d) => d.problem !== "is not produced by the spec (stale)").map((d) => d.path),
    ...(changeset ? [changeset.file] : []),
  ];
  const removed = drift.filter((d) => d.problem === "is not produced by the spec (stale)").map((d) => d.path);

  // The second, independent check: what the compiler sees in the packages' public API.
  // Only packages whose files change can change their API (written files, by folder).
  const apiDirs = [
    ...new Set(written.filter((f) => f.startsWith(`${config.packagesDir}/`)).map((f) => f.split("/")[1] as string)),
  ].sort();
  const api = checkPublicApi(root, generated.files, config.packagesDir, apiDirs);
  const levels = new Map(
    [...analysis.packages, ...(analysis.umbrella ? [analysis.umbrella] : [])].map((p) => [
      p.dir,
      { name: p.packageName, bump: p.bump },
    ]),
  );
  const warnings: string[] = [];
  for (const stale of api.staleSnippets) {
    warnings.push(
      `consumer snippet does not compile against the current packages (fix it: it cannot gate this bump): ${stale}`,
    );
  }
  const refused = refusal(api, levels);
  if (refused) throw new Error(refused);

  const added = analysis.packages.filter((p) => p.status === "added");
  const gone = analysis.packages.filter((p) => p.status === "removed");
  if (gone.length) {
    const dirs = gone.map((p) => p.dir).filter((d) => existsSync(join(root, config.packagesDir, d)));
    warnings.push(
      [
        `REMOVED ${gone.length === 1 ? "PACKAGE" : "PACKAGES"}: ${gone.map((p) => `${p.packageName} (tag "${p.tag}")`).join(", ")}.`,
        `The changeset releases ${gone.length === 1 ? "it" : "them"} as a major; every operation ${gone.length === 1 ? "it" : "they"} had is gone from the spec.`,
        dirs.length ? staleMessage(dirs, config) : "",
        "  - if you map the operations back, restore the old spec (git checkout -- spec packages .changeset), edit sdk.config.json and run the bump again.",
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
  for (const p of analysis.packages.filter((x) => x.changes.some((c) => c.kind === "package.regenerated"))) {
    warnings.push(
      `${p.packageName}: generated files change although the spec diff found nothing for this package; released as a patch. Check \`git diff ${config.packagesDir}/${p.dir}\`.`,
    );
  }

  const nextSteps: string[] = [];
  if (added.length || gone.length) {
    nextSteps.push(
      `pnpm install   (links ${[...added, ...gone].map((p) => p.packageName).join(", ")} into the workspace and updates pnpm-lock.yaml)`,
    );
  }
  if (written.length) {
    nextSteps.push("pnpm build && pnpm test");
    nextSteps.push(
      `review ${changeset ? changeset.file : "the diff"}, then commit spec/, ${config.packagesDir}/${changeset ? ", .changeset/" : ""}${added.length || gone.length ? " and pnpm-lock.yaml" : ""}`,
    );
  }

  const report: BumpReport = {
    dryRun: input.dryRun,
    from,
    to,
    specChanged,
    packages: [...analysis.packages, ...(analysis.umbrella ? [analysis.umbrella] : [])]
      .map(toReport)
      .map((p) => withPending(p, pendingChangesets)),
    changeset,
    pendingChangesets,
    publicApi: api.changes,
    files: { written, removed },
    // Only what this spec brings: notes the current spec already had were seen before.
    notes: analysis.newPlan.notes.filter((n) => !analysis.oldPlan.notes.includes(n)),
    warnings,
    nextSteps,
  };
  return { report, analysis, generated, newSpecText: newText, api };
}

/** Writes what prepareBump computed: the spec, the generated files, the changeset. */
export function applyBump(prepared: PreparedBump, root: string, config: GeneratorConfig): void {
  const { report } = prepared;
  if (report.specChanged) writeFileSync(join(root, config.spec), prepared.newSpecText);
  writeFiles(prepared.generated, config, root);
  // The reports move with the code; `pnpm build` writes the same text from the built declarations.
  for (const [dir, files] of prepared.api.reports) {
    mkdirSync(join(root, config.packagesDir, dir, REPORT_DIR), { recursive: true });
    for (const [file, text] of files) writeFileSync(join(root, config.packagesDir, dir, REPORT_DIR, file), text);
  }
  if (report.changeset) {
    mkdirSync(join(root, ".changeset"), { recursive: true });
    writeFileSync(join(root, report.changeset.file), report.changeset.content);
  }
}
