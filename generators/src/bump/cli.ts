/**
 * Entry of `pnpm spec:bump`. pnpm runs the script inside generators/, so relative paths are resolved
 * from INIT_CWD (where pnpm was started: the repository root for `pnpm spec:bump`).
 */
import { runSpecBump } from "./command.js";

runSpecBump(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
