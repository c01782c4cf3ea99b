/**
 * spec:bump's second, independent check: the public-API reports of the packages before and after the
 * bump, compared by the compiler (diff.ts). The "after" packages are the generated files laid over a
 * throwaway copy of the packages' sources, so the check runs before anything is written and needs no build.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import ts from "typescript";
import { BUMP_ORDER, type Bump, highestBump } from "../bump/rules.js";
import { REPO_ROOT } from "../config.js";
import type { EmittedFile } from "../emit/index.js";
import { type ApiChange, diffReports } from "./diff.js";
import { reportedPackages, reportPackages, workspaceSourceResolution } from "./report.js";

export interface ApiCheck {
  /** Report differences, and consumer snippets that compiled before and no longer do (kind `snippet`). */
  changes: ApiChange[];
  /** Snippets that already failed to compile against the packages before the bump (stale: fix them). */
  staleSnippets: string[];
  /** Package folder -> the lowest level its report diff allows. */
  demanded: Map<string, Bump>;
  /** The new reports (folder -> file -> text), written with the bump. */
  reports: Map<string, Map<string, string>>;
}

const SKIP = new Set(["node_modules", "dist", ".turbo", "api", "CHANGELOG.md"]);

function texts(reports: ReturnType<typeof reportPackages>): Map<string, Map<string, string>> {
  return new Map([...reports].map(([dir, entries]) => [dir, new Map(entries.map((e) => [e.file, e.text]))]));
}

/** Links a copied package to the dependencies it was installed with (in `root`, else in this repository). */
function linkModules(target: string, ...candidates: string[]): void {
  const found = candidates.find((c) => existsSync(c));
  if (found && !existsSync(target)) symlinkSync(found, target, "dir");
}

/**
 * A throwaway copy of `root`'s packages (sources and manifests, dependencies linked), with `files` written
 * over it when given. Both sides of the comparison are read from such a copy, so they resolve every import
 * the same way.
 */
export function overlayOf(root: string, packagesDir: string, files: EmittedFile[] | undefined): string {
  const overlay = mkdtempSync(join(tmpdir(), "spec-bump-api-"));
  const packages = join(root, packagesDir);
  const touched = new Set((files ?? []).map((f) => f.path.split("/")[1] as string));
  for (const dir of new Set([...reportedPackages(root), ...touched, "core"])) {
    const from = join(packages, dir);
    const to = join(overlay, "packages", dir);
    mkdirSync(to, { recursive: true });
    if (existsSync(from)) cpSync(from, to, { recursive: true, filter: (source) => !SKIP.has(basename(source)) });
    // The generated folder is replaced as a whole: files the new spec no longer produces are gone.
    if (touched.has(dir)) rmSync(join(to, "src", "generated"), { recursive: true, force: true });
    linkModules(join(to, "node_modules"), join(from, "node_modules"), join(REPO_ROOT, "packages", dir, "node_modules"));
  }
  linkModules(join(overlay, "node_modules"), join(root, "node_modules"), join(REPO_ROOT, "node_modules"));
  for (const file of files ?? []) {
    const target = join(overlay, file.path);
    if (file.kind === "scaffold" && existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return overlay;
}

/**
 * Reports of the packages in `dirs` (those whose files the bump changes) as they are in `root`, and as
 * they will be once `files` are written.
 */
export function checkPublicApi(root: string, files: EmittedFile[], packagesDir: string, dirs: string[]): ApiCheck {
  if (dirs.length === 0) return { changes: [], staleSnippets: [], demanded: new Map(), reports: new Map() };
  const beforeRoot = overlayOf(root, packagesDir, undefined);
  const afterRoot = overlayOf(root, packagesDir, files);
  try {
    const existing = new Set(reportedPackages(beforeRoot));
    const before = texts(
      reportPackages(
        beforeRoot,
        dirs.filter((d) => existing.has(d)),
        "src",
      ),
    );
    const produced = new Set(reportedPackages(afterRoot));
    const after = texts(
      reportPackages(
        afterRoot,
        dirs.filter((d) => produced.has(d)),
        "src",
      ),
    );
    const changes = diffReports(before, after, afterRoot);
    // Consumer snippets (generators/consumer-snippets): one that compiled before and no longer does is major.
    const snippets = snippetsFor(root, dirs);
    const compiledBefore = compileSnippets(beforeRoot, snippets);
    const compiledAfter = compileSnippets(afterRoot, snippets);
    const staleSnippets: string[] = [];
    for (const dir of snippets.keys()) {
      const errorBefore = compiledBefore.get(dir);
      const errorAfter = compiledAfter.get(dir);
      // A package the bump creates has no "before" to have compiled against.
      if (errorBefore && existing.has(dir)) staleSnippets.push(`generators/consumer-snippets/${errorBefore}`);
      else if (errorAfter && !errorBefore) {
        changes.push({
          dir,
          file: `generators/consumer-snippets/${dir}.ts`,
          name: `${dir}.ts`,
          kind: "snippet",
          change: "changed",
          bump: "major",
          reason: `code written against the current release stops compiling: ${errorAfter}`,
        });
      }
    }
    const demanded = new Map<string, Bump>();
    for (const change of changes) {
      if (!change.bump) continue;
      const current = demanded.get(change.dir);
      if (!current || BUMP_ORDER[change.bump] > BUMP_ORDER[current]) demanded.set(change.dir, change.bump);
    }
    return { changes, staleSnippets, demanded, reports: after };
  } finally {
    rmSync(beforeRoot, { recursive: true, force: true });
    rmSync(afterRoot, { recursive: true, force: true });
  }
}

/** The consumer snippet of each package in `dirs` that has one: folder -> file. */
export function snippetsFor(root: string, dirs: string[]): Map<string, string> {
  const folder = [
    join(root, "generators", "consumer-snippets"),
    join(REPO_ROOT, "generators", "consumer-snippets"),
  ].find((f) => existsSync(f));
  const out = new Map<string, string>();
  for (const dir of dirs) {
    const file = folder && join(folder, `${dir}.ts`);
    if (file && existsSync(file)) out.set(dir, file);
  }
  return out;
}

/**
 * Compiles each snippet against the packages in `root` (`@openphone-sdk/*` mapped to their sources), in
 * one program: folder -> the first error, for the snippets that do not compile.
 */
export function compileSnippets(root: string, snippets: Map<string, string>): Map<string, string> {
  const errors = new Map<string, string>();
  if (snippets.size === 0) return errors;
  const copies = new Map<string, string>();
  mkdirSync(join(root, "consumer-snippets"), { recursive: true });
  for (const [dir, file] of snippets) {
    const copy = join(root, "consumer-snippets", `${dir}.ts`);
    cpSync(file, copy);
    copies.set(copy, dir);
  }
  const program = ts.createProgram([...copies.keys()], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    types: [],
    ...workspaceSourceResolution(root),
  });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const dir = d.file && copies.get(d.file.fileName);
    if (!dir || errors.has(dir) || !d.file || d.start === undefined) continue;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ").slice(0, 240);
    errors.set(dir, `${dir}.ts:${line + 1}:${character + 1}: TS${d.code}: ${message}`);
  }
  return errors;
}

/**
 * The packages whose changeset level is lower than their report diff demands, as one message, or
 * undefined when every level holds. `levels`: folder -> the level the changeset gives (absent: not in it).
 */
export function refusal(
  check: ApiCheck,
  levels: Map<string, { name: string; bump: Bump | undefined }>,
): string | undefined {
  const lines: string[] = [];
  for (const [dir, demanded] of [...check.demanded].sort()) {
    if (demanded === "patch") continue;
    const given = levels.get(dir);
    if (given?.bump && BUMP_ORDER[given.bump] >= BUMP_ORDER[demanded]) continue;
    const why = check.changes
      .filter((c) => c.dir === dir && c.bump === demanded)
      .slice(0, 5)
      .map((c) => `    - \`${c.name}\` (${c.kind}, ${c.file}): ${c.change}: ${c.reason}`);
    lines.push(
      `  ${given?.name ?? `packages/${dir}`}: the changeset gives ${given?.bump ?? "no release"}, its public API demands at least ${demanded}:`,
      ...why,
    );
  }
  if (!lines.length) return undefined;
  return [
    "refusing to write a changeset whose level is lower than the public-API report diff demands",
    "(packages/<dir>/api/*.api.d.ts before and after, compared by the TypeScript compiler; generators/README.md):",
    ...lines,
    "The spec diff's rules table missed what the compiler sees: report it (a rule to fix), and meanwhile write the changeset by hand at the demanded level.",
  ].join("\n");
}

export { highestBump };
