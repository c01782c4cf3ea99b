/**
 * The shipped build (dist/, built before `test` by turbo): runtime-neutral, and tree-shakeable both
 * ways, so a bundle that calls one REST function carries no webhook code and the other way round.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Rolldown } from "tsdown";
import { afterAll, describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "openphone-webhooks-bundle-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles a consumer that imports `names` from the built ESM entry; returns the minified-free output. */
async function bundle(names: string[]): Promise<string> {
  const entry = join(work, `${names.join("-")}.mjs`);
  const dist = JSON.stringify(join(DIST, "index.mjs"));
  writeFileSync(entry, `import { ${names.join(", ")} } from ${dist};\nconsole.log(${names.join(", ")});\n`);
  const build = await Rolldown.rolldown({
    input: entry,
    // Core is another package: only this package's code is under test.
    external: [/^@openphone-sdk\/core/],
    logLevel: "silent",
  });
  const { output } = await build.generate({ format: "esm" });
  await build.close();
  return output.map((chunk) => ("code" in chunk ? chunk.code : "")).join("\n");
}

describe("dist", () => {
  it("uses WebCrypto only: no Node built-ins, Buffer or require in the shipped code", () => {
    for (const file of ["index.mjs", "index.cjs"]) {
      // Comments aside (the JSDoc examples mention process.env).
      const code = readFileSync(join(DIST, file), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      expect(code).toContain("crypto.subtle");
      expect(code).not.toMatch(/["']node:|require\(["'](crypto|http|buffer|stream)["']\)/);
      expect(code).not.toMatch(/\bBuffer\.(from|alloc|concat|isBuffer)\b|\bprocess\.|\bglobal\./);
    }
  });

  it("a bundle of one REST function carries no webhook receiving code", async () => {
    const code = await bundle(["listWebhooks"]);
    expect(code).toContain("/v1/webhooks");
    for (const marker of ["openphone-signature", "crypto.subtle", "WebhookRouter", "InvalidWebhookSignatureError"]) {
      expect(code).not.toContain(marker);
    }
    expect(code).not.toContain("message.received"); // the event type list
  });

  it("a bundle of unwrap carries no REST operation tables", async () => {
    const code = await bundle(["unwrap"]);
    expect(code).toContain("openphone-signature");
    expect(code).not.toContain("/v1/webhooks");
    expect(code).not.toContain("WebhookRouter");
  });
});
