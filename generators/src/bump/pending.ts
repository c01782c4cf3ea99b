/**
 * Changesets already waiting in `.changeset/`: `changeset version` releases them together with the one a
 * bump writes, so the report lists them and the level each package really gets. Parsed with
 * `@changesets/parse`, the parser the changesets CLI itself uses.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import parseChangeset from "@changesets/parse";
import { BUMP_ORDER, type Bump } from "./rules.js";

export interface PendingChangeset {
  /** Relative to the repository root: `.changeset/runtime-reliability.md`. */
  file: string;
  /** Its first line, as the CHANGELOG entry starts. */
  title: string;
  releases: { name: string; type: Bump | "none" }[];
}

/** Every changeset file in `<root>/.changeset` except `skip` (the bump's own) and the folder's README. */
export function readPendingChangesets(root: string, skip?: string): PendingChangeset[] {
  const dir = join(root, ".changeset");
  if (!existsSync(dir)) return [];
  const out: PendingChangeset[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".md") || name === "README.md" || `.changeset/${name}` === skip) continue;
    const file = `.changeset/${name}`;
    let parsed: ReturnType<typeof parseChangeset>;
    try {
      parsed = parseChangeset(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      // `changeset version` would stop on it too: say so now, before anything is written.
      throw new Error(
        `${file} is not a valid changeset (changeset version would refuse it): ${(error as Error).message}`,
      );
    }
    out.push({
      file,
      title: parsed.summary.split("\n")[0]?.trim() ?? "",
      releases: parsed.releases.map((r) => ({ name: r.name, type: r.type as Bump | "none" })),
    });
  }
  return out;
}

/** The highest level pending changesets give `name`, and which files give it; undefined for none. */
export function pendingLevel(pending: PendingChangeset[], name: string): { bump: Bump; files: string[] } | undefined {
  let bump: Bump | undefined;
  const files: string[] = [];
  for (const changeset of pending) {
    const release = changeset.releases.find((r) => r.name === name);
    if (!release || release.type === "none") continue;
    files.push(changeset.file);
    if (bump === undefined || BUMP_ORDER[release.type] > BUMP_ORDER[bump]) bump = release.type;
  }
  return bump ? { bump, files } : undefined;
}
