/**
 * The one changeset a spec bump writes. Changesets gives every listed package the same summary, so
 * the body is split into a section per package (headed with its name and bump); the first line is what
 * each CHANGELOG entry starts with.
 */
import type { BumpAnalysis, PackageChanges } from "./packages.js";

export interface SpecIdentity {
  /** As shown to the user (relative to the repository root, or as given). */
  file: string;
  title: string;
  version: string;
  sha256: string;
}

/** Named after the new spec's content, so the same bump always writes the same file. */
export function changesetFileName(to: SpecIdentity): string {
  return `spec-bump-${to.sha256.slice(0, 8)}.md`;
}

function sectionHeading(p: PackageChanges): string {
  if (p.status === "added") return `**${p.packageName}** (new package, first release ${p.nextVersion})`;
  return `**${p.packageName}** (${p.bump}${p.status === "removed" ? ", package removed from the spec" : ""})`;
}

/** The packages the changeset's frontmatter lists: every affected one with a bump, plus the umbrella. */
export function releases(analysis: BumpAnalysis): { packageName: string; bump: string }[] {
  const listed = [...analysis.packages, ...(analysis.umbrella ? [analysis.umbrella] : [])].filter(
    (p): p is PackageChanges & { bump: string } => p.bump !== undefined,
  );
  return listed
    .map((p) => ({ packageName: p.packageName, bump: p.bump }))
    .sort((a, b) => (a.packageName < b.packageName ? -1 : a.packageName > b.packageName ? 1 : 0));
}

/** The changeset Markdown, or undefined when no package is affected. */
export function renderChangeset(analysis: BumpAnalysis, to: SpecIdentity): string | undefined {
  const listed = releases(analysis);
  if (listed.length === 0 || !analysis.umbrella) return undefined;
  const out = ["---", ...listed.map((r) => `"${r.packageName}": ${r.bump}`), "---", ""];
  out.push(
    `Updated to the ${to.title} ${to.version} spec (sha256 ${to.sha256.slice(0, 12)}); the changes of each package follow.`,
    "",
  );
  for (const p of [...analysis.packages, analysis.umbrella]) {
    out.push(sectionHeading(p), "");
    for (const line of p.lines) out.push(`- ${line.text}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
