/**
 * openphone-generate: `generate` writes every package from the spec; `check` exits 1 naming each file
 * whose committed content differs from what the spec produces.
 *
 *   tsx src/cli.ts generate [--spec <file>] [--root <dir>]
 *   tsx src/cli.ts check    [--spec <file>] [--root <dir>]
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, REPO_ROOT } from "./config.js";
import { checkFiles, generateFromFile, staleMessage, writeFiles } from "./generate.js";
import { SpecError } from "./load.js";

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { spec: { type: "string" }, root: { type: "string" } },
  });
  const command = positionals[0];
  if (command !== "generate" && command !== "check") {
    console.error("usage: openphone-generate <generate|check> [--spec file] [--root dir]");
    return 2;
  }
  const config = loadConfig();
  const root = resolve(values.root ?? REPO_ROOT);
  const specFile = resolve(values.spec ?? join(REPO_ROOT, config.spec));
  const started = performance.now();
  const result = await generateFromFile(specFile, config, root);
  for (const note of result.plan.notes) console.log(`note: ${note}`);

  if (command === "check") {
    const drift = checkFiles(result, config, root);
    if (drift.length) {
      console.error(`generate:check: ${drift.length} generated file(s) differ from what ${config.spec} produces:`);
      for (const d of drift) console.error(`  ${d.path} ${d.problem}`);
      console.error("Run `pnpm generate` and commit the result (never edit generated files by hand).");
      return 1;
    }
    console.log(`generate:check: ${result.files.length} files match ${config.spec}`);
    return 0;
  }

  const report = writeFiles(result, config, root);
  const ops = result.plan.packages.reduce((n, p) => n + p.operations.length, 0);
  const ms = Math.round(performance.now() - started);
  console.log(
    `generated ${result.plan.packages.length} packages + ${result.plan.umbrella.packageName} (${ops} operations) in ${ms} ms: ${report.written.length} written, ${report.removed.length} removed, ${report.unchanged} unchanged`,
  );
  for (const path of report.written) console.log(`  wrote ${path}`);
  for (const path of report.removed) console.log(`  removed ${path}`);
  if (result.stalePackages.length) {
    console.error(`\nWARNING: ${staleMessage(result.stalePackages, config)}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SpecError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  },
);
