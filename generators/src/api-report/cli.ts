/**
 * `pnpm api:report [--check] [--from dist|src] [--root <dir>]`: writes (or, with --check, compares) the
 * public-API report of every generated package and the umbrella, `packages/<dir>/api/<entry>.api.d.ts`.
 * `pnpm build` runs it from the built declarations (turbo task `api-report`); `--from src` reads the
 * sources instead (no build needed; spec:bump does that), and prints the same text.
 *
 * Exit codes: 0 written or matching, 1 a report differs (--check) or a package cannot be read.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT } from "../config.js";
import { REPORT_DIR, reportedPackages, reportPackages } from "./report.js";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    check: { type: "boolean" },
    from: { type: "string", default: "dist" },
    root: { type: "string" },
  },
});
const root = resolve(process.env.INIT_CWD ?? process.cwd(), values.root ?? REPO_ROOT);
const from = values.from === "src" ? "src" : "dist";
const dirs = reportedPackages(root);
const reports = reportPackages(root, dirs, from);
const problems: string[] = [];
let written = 0;
for (const [dir, entries] of reports) {
  const folder = join(root, "packages", dir, REPORT_DIR);
  const expected = new Set(entries.map((e) => e.file));
  for (const report of entries) {
    const file = join(folder, report.file);
    const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    if (current === report.text) continue;
    if (values.check) {
      problems.push(
        `packages/${dir}/${REPORT_DIR}/${report.file} ${current === undefined ? "is missing" : "differs from the package's public API"}`,
      );
      continue;
    }
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, report.text);
    written++;
  }
  for (const stale of existsSync(folder) ? readdirSync(folder) : []) {
    if (expected.has(stale)) continue;
    if (values.check)
      problems.push(`packages/${dir}/${REPORT_DIR}/${stale} is not an entry point of the package (stale)`);
    else rmSync(join(folder, stale));
  }
}
if (problems.length) {
  process.stderr.write(
    `api:report --check: the committed public-API reports differ from the packages:\n${problems.map((p) => `  ${p}`).join("\n")}\nRun \`pnpm build && pnpm api:report\` (or \`pnpm api:report -- --from src\`) and commit packages/*/${REPORT_DIR}/.\n`,
  );
  process.exitCode = 1;
} else {
  process.stdout.write(
    `api:report${values.check ? " --check" : ""}: ${[...reports.values()].flat().length} reports of ${dirs.length} packages ${values.check ? "match" : `up to date (${written} written)`}, from ${from === "dist" ? "the built declarations" : "the sources"}.\n`,
  );
}
