/**
 * `pnpm spec:bump <new-spec.json> [--dry-run] [--json] [--root <dir>]`: the command as a function of
 * its arguments, so tests run it in-process against a copy of the repository.
 *
 * Exit codes: 0 done (or nothing to do), 1 unusable input (nothing written), 2 usage error.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { GENERATORS_DIR, loadConfig, REPO_ROOT } from "../config.js";
import { SpecError } from "../load.js";
import { applyBump, prepareBump } from "./bump.js";
import { renderReport } from "./report.js";
import { rulesMarkdown } from "./rules.js";

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative paths given by the user start (pnpm runs scripts elsewhere; see cli.ts). */
  cwd: string;
}

export const USAGE = `usage: pnpm spec:bump <new-spec.json> [--dry-run] [--json] [--root <dir>]

Diffs the new OpenAPI document against spec/openapi.json, classifies every change (generators/README.md),
writes one changeset for the affected packages, replaces the spec and regenerates the packages.
  --dry-run   print the report, write nothing
  --json      print the report as JSON
  --root      repository root (default: this repository)
  --rules     print the classification rules as a Markdown table`;

export async function runSpecBump(argv: string[], io: CommandIO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.rules) {
    io.stdout(`${rulesMarkdown()}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`${positionals.length ? "expected one spec file" : "missing the new spec file"}\n\n${USAGE}\n`);
    return 2;
  }
  const root = resolve(io.cwd, values.root ?? REPO_ROOT);
  // Named in messages as the user typed it.
  const newSpecDisplay = positionals[0] as string;
  const newSpecFile = resolve(io.cwd, newSpecDisplay);
  const fail = (message: string, problems?: unknown) => {
    if (values.json) io.stdout(`${JSON.stringify({ error: { message, problems } }, null, 2)}\n`);
    io.stderr(`spec:bump: ${message}\nNothing was written.\n`);
    return 1;
  };
  try {
    const rootConfig = join(root, "generators", "sdk.config.json");
    const config = loadConfig(existsSync(rootConfig) ? rootConfig : join(GENERATORS_DIR, "sdk.config.json"));
    const prepared = await prepareBump({
      root,
      newSpecFile,
      newSpecDisplay,
      config,
      dryRun: values["dry-run"] === true,
    });
    if (!values["dry-run"]) applyBump(prepared, root, config);
    const { report } = prepared;
    if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout(renderReport(report));
    // Warnings go to stderr as well, so a --json run piped into a tool still shows them to a person.
    if (values.json) for (const warning of report.warnings) io.stderr(`WARNING: ${warning}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SpecError) return fail(error.message, error.problems);
    return fail((error as Error).message);
  }
}

function parse(argv: string[]) {
  return parseArgs({
    // pnpm passes a `--` through when the user types one; it separates nothing here.
    args: argv.filter((a) => a !== "--"),
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      root: { type: "string" },
      rules: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
