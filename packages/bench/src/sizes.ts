/** Bundle sizes of typical imports: esbuild minified, then gzip and brotli, as a bundler would ship them. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { type BuildOptions, build } from "esbuild";

export interface SizeRow {
  name: string;
  minified: number;
  gzip: number;
  brotli: number;
}

const ENTRIES: [name: string, code: string][] = [
  ["openapi-fetch alone (reference)", 'import createClient from "openapi-fetch"; console.log(createClient);'],
  [
    "`createClient` from @openphone-sdk/core",
    'import { createClient } from "@openphone-sdk/core"; console.log(createClient);',
  ],
  [
    "one operation: `sendMessage` from @openphone-sdk/messages (the issues' 5 kB budget)",
    'import { sendMessage } from "@openphone-sdk/messages"; console.log(sendMessage);',
  ],
  [
    "one call: `createClient` + `sendMessage` from @openphone-sdk/messages",
    'import { createClient, sendMessage } from "@openphone-sdk/messages"; console.log(createClient, sendMessage);',
  ],
  [
    "whole umbrella: `OpenPhone` from @openphone-sdk/client",
    'import { OpenPhone } from "@openphone-sdk/client"; console.log(OpenPhone);',
  ],
];

/** What a bundler does for a browser or edge app: one minified ESM file, the `module` builds preferred. */
const BUNDLE = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  write: false,
  logLevel: "error",
} satisfies BuildOptions;

export async function bundleSizes(root: string): Promise<SizeRow[]> {
  // Entries sit in this package, whose dependencies include every package measured.
  const dir = mkdtempSync(join(tmpdir(), "opsdk-size-"));
  const rows: SizeRow[] = [];
  try {
    for (const [name, code] of ENTRIES) {
      const entry = join(root, "packages/bench", `.size-entry-${rows.length}.mjs`);
      writeFileSync(entry, code);
      try {
        const result = await build({ ...BUNDLE, entryPoints: [entry], outdir: dir });
        const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
        rows.push({
          name,
          minified: bytes.length,
          gzip: gzipSync(bytes, { level: 9 }).length,
          brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        });
      } finally {
        rmSync(entry, { force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export interface ByteShare {
  module: string;
  minified: number;
}

/**
 * Where the bytes of one call (`createClient` + `sendMessage`) go: the same bundle built from core's
 * sources, so esbuild can attribute minified bytes to each source file.
 */
export async function oneCallBreakdown(root: string): Promise<ByteShare[]> {
  const entry = join(root, "packages/bench", ".size-entry-breakdown.mjs");
  writeFileSync(
    entry,
    'import { createClient, sendMessage } from "@openphone-sdk/messages"; console.log(createClient, sendMessage);',
  );
  try {
    const result = await build({
      ...BUNDLE,
      entryPoints: [entry],
      // Core and each of its entry points (`/internal`, `/formats`…) from source: esbuild's `alias` would map
      // `@openphone-sdk/core/internal` to `…/index.ts/internal`.
      plugins: [
        {
          name: "core-from-source",
          setup(build) {
            build.onResolve({ filter: /^@openphone-sdk\/core(\/[\w-]+)?$/ }, ({ path }) => ({
              path: join(root, "packages/core/src", `${path.split("/")[2] ?? "index"}.ts`),
            }));
          },
        },
      ],
      define: { __SDK_VERSION__: '"0.0.0"' },
      metafile: true,
      outdir: tmpdir(),
    });
    const output = Object.values(result.metafile.outputs)[0];
    return Object.entries(output?.inputs ?? {})
      .map(([module, info]) => ({
        module: module.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, "").replace(/^(\.\.\/)+/, ""),
        minified: info.bytesInOutput,
      }))
      .filter((row) => row.minified > 0)
      .sort((a, b) => b.minified - a.minified);
  } finally {
    rmSync(entry, { force: true });
  }
}
