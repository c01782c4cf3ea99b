import { defineConfig } from "tsdown";

export default defineConfig({
  // trigger: a separate file for the bin, so `openphone-mock trigger` starts without loading Prism's code.
  entry: ["src/index.ts", "src/trigger.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  // bundle-spec.mjs copies the spec into dist/ after this build.
  clean: true,
});
