import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  entry: ["src/index.ts", "src/internal.ts", "src/validate-responses.ts", "src/openapi-fetch.ts", "src/formats.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  clean: true,
  define: { __SDK_VERSION__: JSON.stringify(pkg.version) },
  // Declarations come from tsc (rolldown-plugin-dts), which takes most of a build this small: rolldown's
  // PLUGIN_TIMINGS warning says so on every build, with nothing to act on.
  checks: { pluginTimings: false },
});
