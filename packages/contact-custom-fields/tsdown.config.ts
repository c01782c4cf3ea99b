// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { defineConfig, type UserConfig } from "tsdown";

const shared: UserConfig = {
  entry: { index: "src/index.ts", "response-schemas": "src/generated/response-schemas.ts" },
  format: ["esm", "cjs"],
  sourcemap: false,
  clean: true,
  // Declarations come from tsc (rolldown-plugin-dts), which takes most of a build this small: rolldown's
  // PLUGIN_TIMINGS warning says so on every build, with nothing to act on.
  checks: { pluginTimings: false },
};

export default defineConfig([
  { ...shared, dts: false },
  { ...shared, dts: { emitDtsOnly: true } },
]);
