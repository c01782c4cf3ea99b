/** Bundle sizes of typical imports: esbuild minified, then gzip and brotli, as a bundler would ship them. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

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
    "one operation: `sendMessage` from @openphone-sdk/messages",
    'import { createClient, sendMessage } from "@openphone-sdk/messages"; console.log(createClient, sendMessage);',
  ],
  [
    "whole umbrella: `OpenPhone` from @openphone-sdk/client",
    'import { OpenPhone } from "@openphone-sdk/client"; console.log(OpenPhone);',
  ],
];

export async function bundleSizes(root: string): Promise<SizeRow[]> {
  // Entries sit in this package, whose dependencies include every package measured.
  const dir = mkdtempSync(join(tmpdir(), "opsdk-size-"));
  const rows: SizeRow[] = [];
  try {
    for (const [name, code] of ENTRIES) {
      const entry = join(root, "packages/bench", `.size-entry-${rows.length}.mjs`);
      writeFileSync(entry, code);
      try {
        const result = await build({
          entryPoints: [entry],
          bundle: true,
          minify: true,
          format: "esm",
          platform: "neutral",
          mainFields: ["module", "main"],
          write: false,
          outdir: dir,
          logLevel: "error",
        });
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
