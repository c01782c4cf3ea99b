// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { defineConfig, type UserConfig } from "tsdown";

// JavaScript and declarations build in two passes. In one combined pass rolldown moves its
// `export *` helper into a shared chunk (dist/chunk-*.mjs) that index.mjs imports for nothing.
const shared: UserConfig = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  sourcemap: false,
  clean: true,
};

export default defineConfig([
  { ...shared, dts: false },
  { ...shared, dts: { emitDtsOnly: true } },
]);
