// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { defineConfig } from "tsdown";

export default defineConfig({
  entry: { index: "src/index.ts", "response-schemas": "src/generated/response-schemas.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  clean: true,
});
