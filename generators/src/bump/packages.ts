/**
 * Maps changes to the packages that own them, with the generator's own plan (planPackages) for both
 * specs: an operation belongs to the package of its tag. Tags that appear or vanish become package
 * changes; the umbrella follows at the highest bump among its packages.
 */
import { type GeneratorConfig, REPO_ROOT } from "../config.js";
import { inputFile } from "../generate.js";
import type { NormalizedSpec } from "../normalize.js";
import type { SchemaObject } from "../openapi.js";
import { type PackagePlan, type Plan, planPackages } from "../plan.js";
import { camelCase, compare } from "../util.js";
import { loadWebhookSpec } from "../webhook-spec.js";
import { type DerivedType, diffDerivedTypes, diffSpecs } from "./diff.js";
import { BUMP_ORDER, type Bump, bumpOf, type Change, firstRelease, highestBump, nextVersion, RULES } from "./rules.js";

export type PackageStatus = "changed" | "added" | "removed" | "umbrella";

export interface ReportLine {
  bump: Bump;
  /** The changeset line: changes of one kind and wording grouped over their operations. */
  text: string;
}

export interface PackageChanges {
  packageName: string;
  dir: string;
  /** The tag the package is generated from (empty for the umbrella). */
  tag: string;
  status: PackageStatus;
  /** The version in packages/<dir>/package.json; for a new package, the one written one step below its first release. */
  currentVersion: string;
  /** The bump written to the changeset; for a new package, the one that reaches `initialVersion`. */
  bump: Bump | undefined;
  nextVersion: string;
  changes: Change[];
  lines: ReportLine[];
}

export interface BumpAnalysis {
  oldPlan: Plan;
  newPlan: Plan;
  /** Affected tag packages, sorted by name (the umbrella is separate). */
  packages: PackageChanges[];
  /** The umbrella, when any package is affected. */
  umbrella: PackageChanges | undefined;
}

const formatOps = (names: string[]) => names.map((n) => `\`${n}\``).join(", ");

/** Groups a package's changes into changeset lines: one line per kind and wording, listing its operations. */
export function linesFor(changes: Change[]): ReportLine[] {
  const groups = new Map<string, { change: Change; ops: string[] }>();
  for (const change of changes) {
    const key = `${change.kind}\u0000${change.subject ?? ""}\u0000${RULES[change.kind].line(change, "\u0000")}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { change, ops: change.operation ? [change.operation] : [] });
    else if (change.operation && !group.ops.includes(change.operation)) group.ops.push(change.operation);
  }
  return [...groups.values()]
    .map(({ change, ops }) => ({
      bump: bumpOf(change),
      text: RULES[change.kind].line(change, formatOps(ops.sort(compare))),
    }))
    .sort((a, b) => BUMP_ORDER[b.bump] - BUMP_ORDER[a.bump] || compare(a.text, b.text));
}

function byTag(plan: Plan): Map<string, PackagePlan> {
  return new Map(plan.packages.map((p) => [p.tag, p]));
}

/**
 * Types a package generates from REST schemas rather than from its own operations, in both versions,
 * read from the generator's own inputs: the webhook events document (`webhookEvents` in sdk.config.json)
 * resolved against each REST document exactly as `pnpm generate` resolves it, so every REST schema an
 * event type embeds is followed, whichever operation it belongs to. Undefined when the package is not
 * generated from both specs.
 */
export function derivedTypes(
  oldSpec: NormalizedSpec,
  newSpec: NormalizedSpec,
  config: GeneratorConfig,
  oldPlan: Plan,
  newPlan: Plan,
  root: string,
): { dir: string; oldDoc: unknown; newDoc: unknown; types: DerivedType[] } | undefined {
  const target = config.webhookEvents;
  if (!target) return undefined;
  if (![oldPlan, newPlan].every((plan) => plan.packages.some((p) => p.dir === target.package))) return undefined;
  const file = inputFile(root, target.spec);
  const before = loadWebhookSpec(file, target.spec, oldSpec.doc, config.spec);
  const after = loadWebhookSpec(file, target.spec, newSpec.doc, config.spec);
  const schemaOf = (doc: unknown, name: string) =>
    (doc as { components?: { schemas?: Record<string, SchemaObject> } }).components?.schemas?.[name];
  // The event types are the roots: each embeds the object types (`CallObject`) it carries.
  const names = [...new Set([...before.events, ...after.events].map((e) => e.schemaName))];
  return {
    dir: target.package,
    oldDoc: before.doc,
    newDoc: after.doc,
    types: names.map((name) => ({
      name,
      oldSchema: schemaOf(before.doc, name),
      newSchema: schemaOf(after.doc, name),
    })),
  };
}

/**
 * Diffs two normalized specs and assigns every change to its package, including changes to types a
 * package derives from REST schemas (`derivedTypes`). `root` is where the webhook events document is read.
 */
export function analyzeBump(
  oldSpec: NormalizedSpec,
  newSpec: NormalizedSpec,
  config: GeneratorConfig,
  versions: Record<string, string>,
  root: string = REPO_ROOT,
): BumpAnalysis {
  const oldPlan = planPackages(oldSpec, config);
  const newPlan = planPackages(newSpec, config);
  const oldByTag = byTag(oldPlan);
  const newByTag = byTag(newPlan);
  const oldDirs = new Set(oldPlan.packages.map((p) => p.dir));
  const newDirs = new Set(newPlan.packages.map((p) => p.dir));
  const samePackage = (oldTag: string, newTag: string) => oldByTag.get(oldTag)?.dir === newByTag.get(newTag)?.dir;
  const changes = diffSpecs(oldSpec, newSpec, samePackage);

  // Which package a change lands in: the old plan's for what left, the new plan's for the rest.
  const owner = (change: Change): PackagePlan => {
    const fromOld = change.kind === "operation.removed" || change.kind === "operation.moved-out";
    const plan = (fromOld ? oldByTag : newByTag).get(change.tag);
    if (!plan) throw new Error(`internal: no package for tag "${change.tag}" (${change.kind})`);
    return plan;
  };
  const packageName = (tag: string, plans: Map<string, PackagePlan>) => plans.get(tag)?.packageName ?? tag;

  const byDir = new Map<string, { plan: PackagePlan; status: PackageStatus; changes: Change[] }>();
  const entry = (plan: PackagePlan, status: PackageStatus) => {
    let found = byDir.get(plan.dir);
    if (!found) {
      found = { plan, status, changes: [] };
      byDir.set(plan.dir, found);
    }
    return found;
  };

  for (const plan of newPlan.packages) {
    if (!oldDirs.has(plan.dir)) {
      entry(plan, "added").changes.push({
        kind: "package.added",
        tag: plan.tag,
        values: plan.operations.map((o) => o.name),
        to: config.initialVersion,
      });
    }
  }
  for (const plan of oldPlan.packages) {
    if (!newDirs.has(plan.dir)) {
      entry(plan, "removed").changes.push({
        kind: "package.removed",
        tag: plan.tag,
        values: plan.operations.map((o) => o.name),
      });
    }
  }
  for (const change of changes) {
    const plan = owner(change);
    const known = byDir.get(plan.dir);
    // A new or removed package's operations are already named by its package line.
    if (known?.status === "added" && (change.kind === "operation.added" || change.kind === "operation.moved-in")) {
      continue;
    }
    if (known?.status === "removed" && (change.kind === "operation.removed" || change.kind === "operation.moved-out")) {
      continue;
    }
    const named =
      change.kind === "operation.moved-out"
        ? { ...change, to: packageName(change.to ?? "", newByTag) }
        : change.kind === "operation.moved-in"
          ? { ...change, from: packageName(change.from ?? "", oldByTag) }
          : change;
    entry(plan, "changed").changes.push(named);
  }
  const derived = derivedTypes(oldSpec, newSpec, config, oldPlan, newPlan, root);
  const derivedPlan = derived && newPlan.packages.find((p) => p.dir === derived.dir);
  if (derived && derivedPlan) {
    const found = diffDerivedTypes(derived.oldDoc, derived.newDoc, derived.types, derivedPlan.tag);
    if (found.length) entry(derivedPlan, "changed").changes.push(...found);
  }
  for (const plan of newPlan.packages) {
    const before = oldPlan.packages.find((p) => p.dir === plan.dir);
    if (before && before.description !== plan.description) {
      entry(plan, "changed").changes.push({ kind: "package.docs-changed", tag: plan.tag });
    }
  }

  const packages = [...byDir.values()]
    .map(({ plan, status, changes: owned }) => toPackageChanges(plan, status, owned, versions, config))
    .sort((a, b) => compare(a.packageName, b.packageName));
  return { oldPlan, newPlan, packages, umbrella: umbrellaFor(packages, newPlan, versions, config) };
}

export function toPackageChanges(
  plan: Pick<PackagePlan, "packageName" | "dir" | "tag">,
  status: PackageStatus,
  changes: Change[],
  versions: Record<string, string>,
  config: GeneratorConfig,
): PackageChanges {
  if (status === "added") {
    const first = firstRelease(config.initialVersion);
    return {
      packageName: plan.packageName,
      dir: plan.dir,
      tag: plan.tag,
      status,
      currentVersion: first.base,
      bump: first.bump,
      nextVersion: config.initialVersion,
      changes,
      lines: linesFor(changes),
    };
  }
  const currentVersion = versions[plan.dir] ?? config.initialVersion;
  const bump = highestBump(changes.map(bumpOf));
  return {
    packageName: plan.packageName,
    dir: plan.dir,
    tag: plan.tag,
    status,
    currentVersion,
    bump,
    nextVersion: bump ? nextVersion(currentVersion, bump) : currentVersion,
    changes,
    lines: linesFor(changes),
  };
}

/** The umbrella re-exports every package: it moves at the highest bump among them. */
export function umbrellaFor(
  packages: PackageChanges[],
  plan: Plan,
  versions: Record<string, string>,
  config: GeneratorConfig,
): PackageChanges | undefined {
  if (packages.length === 0) return undefined;
  const bump = highestBump(packages.flatMap((p) => p.changes.map(bumpOf))) ?? "patch";
  const currentVersion = versions[plan.umbrella.dir] ?? config.initialVersion;
  const lines: ReportLine[] = [];
  for (const p of packages) {
    if (p.status === "added") {
      lines.push({ bump: "minor", text: `Added the \`${camelCase(p.dir)}\` namespace (\`${p.packageName}\`)` });
    }
    if (p.status === "removed") {
      lines.push({
        bump: "major",
        text: `BREAKING: removed the \`${camelCase(p.dir)}\` namespace (\`${p.packageName}\`)`,
      });
    }
  }
  const count = packages.length;
  lines.push({
    bump,
    text: `Follows ${count === 1 ? "the package" : `the ${count} packages`} above (highest bump: ${bump})`,
  });
  return {
    packageName: plan.umbrella.packageName,
    dir: plan.umbrella.dir,
    tag: "",
    status: "umbrella",
    currentVersion,
    bump,
    nextVersion: nextVersion(currentVersion, bump),
    changes: [],
    lines,
  };
}
