/**
 * The bench's size section builds real bundles with esbuild: checked in `pnpm test` so that a new entry point
 * of core (an import esbuild cannot resolve from source) breaks CI, not the next `pnpm bench`. Sizes are
 * reported by `pnpm bench` and limited by `pnpm size`; here only that the measurement itself works.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleSizes, oneCallBreakdown } from "../src/sizes.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

describe("bench sizes", () => {
  it("bundles every measured import", async () => {
    const rows = await bundleSizes(ROOT);
    expect(rows.map((r) => r.name)).toHaveLength(5);
    for (const row of rows) expect(row.gzip, row.name).toBeGreaterThan(0);
    const oneCall = rows.find((r) => r.name.startsWith("one call"));
    const alone = rows.find((r) => r.name.startsWith("openapi-fetch alone"));
    // The first call carries openapi-fetch's client: more than openapi-fetch alone.
    expect(oneCall?.minified).toBeGreaterThan(alone?.minified ?? Number.POSITIVE_INFINITY);
  }, 60_000);

  it("attributes one call's bytes to core's sources (every entry point resolved) and openapi-fetch", async () => {
    const shares = await oneCallBreakdown(ROOT);
    const modules = shares.map((s) => s.module);
    expect(modules).toContain("openapi-fetch/dist/index.mjs");
    expect(modules).toContain("core/src/policy.ts");
    // Reached through `@openphone-sdk/core/internal` (what generated code imports), resolved from source.
    expect(modules).toContain("core/src/request.ts");
  }, 60_000);
});
