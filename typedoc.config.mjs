// `pnpm run docs`: the API reference of every published package (TypeDoc, packages mode) in docs-site/.
// Private workspace packages (tests, release checks) have no public API and are left out.
import { readdirSync, readFileSync } from "node:fs";
import { OptionDefaults } from "typedoc";

const publicPackages = readdirSync("packages", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `packages/${entry.name}`)
  .filter((dir) => {
    try {
      return !JSON.parse(readFileSync(`${dir}/package.json`, "utf8")).private;
    } catch {
      return false;
    }
  })
  .sort();

const validation = {
  // READMEs link to sibling package folders (../core), which work on GitHub; TypeDoc can only copy
  // files into the site, and would warn about each folder link.
  invalidPath: false,
  // Core's internal helper types (RequestParts, APIErrorInit, …) are shown by name, without a page.
  notExported: false,
};

const { repository } = JSON.parse(readFileSync("generators/sdk.config.json", "utf8"));
const sourceLinkTemplate = `${repository}/blob/main/{path}#L{line}`;

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "OpenPhone TypeScript SDK",
  entryPointStrategy: "packages",
  entryPoints: publicPackages,
  packageOptions: {
    entryPoints: ["src/index.ts"],
    // openapi-typescript writes `@description` on generated types and `@constant` on enum values.
    blockTags: [...OptionDefaults.blockTags, "@description"],
    modifierTags: [...OptionDefaults.modifierTags, "@constant"],
    validation,
    // Each package documents its own source. What it re-exports from another @openphone-sdk package
    // (core's createClient and errors, the umbrella's resource namespaces) resolves to that package's
    // dist/ and is documented once, on that package's page, instead of once per package.
    externalPattern: ["**/node_modules/**", "**/packages/*/dist/**"],
    excludeExternals: true,
    // Source links point at the public repository, whatever remote (if any) this checkout has.
    sourceLinkTemplate,
  },
  out: "docs-site",
  sourceLinkTemplate,
  readme: "README.md",
  treatWarningsAsErrors: true,
  validation,
};
