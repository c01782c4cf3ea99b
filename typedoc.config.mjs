// `pnpm docs`: the API reference of every published package (TypeDoc, packages mode) in docs-site/.
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
  },
  out: "docs-site",
  readme: "README.md",
  treatWarningsAsErrors: true,
  validation: {
    // READMEs link to sibling package folders (../core), which work on GitHub and npm; TypeDoc can
    // only copy files, so it would warn about each.
    invalidPath: false,
    // Core's internal helper types (RequestParts, APIErrorInit, …) show by name without a page.
    notExported: false,
  },
};
