/** Reads generators/sdk.config.json: the one place that names the npm scope and generator overrides. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface GeneratorConfig {
  /** npm scope of every package, e.g. `@openphone-sdk`. */
  scope: string;
  /** The spec, relative to the repository root. */
  spec: string;
  /** Where packages live, relative to the repository root. */
  packagesDir: string;
  /** The umbrella package: folder name under packagesDir and the class it exports. */
  umbrella: { dir: string; className: string };
  repository: string;
  /** Where the TypeDoc API reference (`pnpm run docs`, docs-site/) is published; package READMEs link to it. */
  docsUrl?: string;
  /** Version given to a package the generator creates for a new tag. */
  initialVersion: string;
  /** operationId -> tag, for operations without a tag or that should move package. */
  tagOverrides: Record<string, string>;
  /** operationId -> function name, when stripping `_vN` would make two names collide. */
  operationNames?: Record<string, string>;
  /**
   * Old function name -> operationId it now calls: after the API renames an operation, the package keeps
   * the old name (and its `XParams`, `XResponse`, `xOperation`) as a deprecated alias that warns once at
   * call time, so the rename ships as a minor (`{ "getCallTranscript": "getCallTranscriptById_v1" }`).
   */
  operationAliases?: Record<string, string>;
  /**
   * operationId -> { "<location>.<wire name>": flat key }. Resolves a key that the spec puts in two
   * places (say `id` in the path and in the body): `{ "updateThing_v1": { "body.id": "bodyId" } }`.
   */
  paramRenames: Record<string, Record<string, string>>;
  /**
   * operationId -> the name of the resource type it returns, where the derived one (the operationId
   * without verb, `ById` and version, singular for lists) is not what users call it.
   */
  resourceNames?: Record<string, string>;
  /**
   * Id prefix -> what such an id is, for validation messages: a `^PN(.*)$` pattern reads
   * `must be a phone number id starting with PN`. Prefixes not listed read `must be an id starting with …`.
   */
  idPrefixes: Record<string, string>;
  /**
   * The webhook events document (an OpenAPI 3.1 `webhooks` section beside `spec`, whose schemas `$ref`
   * into it) and the package folder that gets the event types in `src/generated/webhook-events*.ts`.
   */
  webhookEvents?: { spec: string; package: string };
  /** Package folder -> additions to that generated package (tests, a hand-written README section). */
  packageExtras?: Record<string, PackageExtras>;
}

export interface PackageExtras {
  /** Merged into the generated package.json `scripts` (a key here replaces the generated one). */
  scripts?: Record<string, string>;
  /** Merged into the generated package.json `devDependencies`: exact versions only. */
  devDependencies?: Record<string, string>;
  /**
   * A hand-written markdown file, relative to the package folder, inserted into the generated README
   * before its "Reference" section.
   */
  readme?: string;
  /**
   * Extra hand-written entry points: subpath name -> source file relative to the package, e.g.
   * `{ "fixtures": "src/fixtures.ts" }`, built by tsdown and exported as `<package>/<name>`.
   */
  entries?: Record<string, string>;
}

export const GENERATORS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = join(GENERATORS_DIR, "..");

export function loadConfig(file = join(GENERATORS_DIR, "sdk.config.json")): GeneratorConfig {
  const raw = JSON.parse(readFileSync(file, "utf8")) as Partial<GeneratorConfig>;
  if (typeof raw.scope !== "string" || !/^@[a-z0-9][a-z0-9._-]*$/.test(raw.scope)) {
    throw new Error(`${file}: "scope" must be an npm scope like "@openphone-sdk", got ${JSON.stringify(raw.scope)}`);
  }
  for (const [dir, extras] of Object.entries(raw.packageExtras ?? {})) {
    for (const [name, source] of Object.entries(extras.entries ?? {})) {
      if (!/^[a-z][a-z0-9-]*$/.test(name) || name === "response-schemas") {
        throw new Error(`${file}: packageExtras.${dir}.entries: "${name}" must be a lower-case subpath name`);
      }
      if (!/^src\/[A-Za-z0-9_./-]+\.ts$/.test(source) || source.includes("..")) {
        throw new Error(`${file}: packageExtras.${dir}.entries.${name} must be a .ts file under src/, got "${source}"`);
      }
    }
    for (const [name, version] of Object.entries(extras.devDependencies ?? {})) {
      if (!/^\d+\.\d+\.\d+$/.test(version)) {
        throw new Error(
          `${file}: packageExtras.${dir}.devDependencies.${name} must be an exact version, got "${version}"`,
        );
      }
    }
  }
  return {
    scope: raw.scope,
    spec: raw.spec ?? "spec/openapi.json",
    packagesDir: raw.packagesDir ?? "packages",
    umbrella: raw.umbrella ?? { dir: "client", className: "OpenPhone" },
    repository: raw.repository ?? "",
    docsUrl: raw.docsUrl,
    initialVersion: raw.initialVersion ?? "0.1.0",
    tagOverrides: raw.tagOverrides ?? {},
    operationNames: raw.operationNames ?? {},
    operationAliases: raw.operationAliases ?? {},
    paramRenames: raw.paramRenames ?? {},
    resourceNames: raw.resourceNames ?? {},
    ...(raw.webhookEvents ? { webhookEvents: raw.webhookEvents } : {}),
    ...(raw.packageExtras ? { packageExtras: raw.packageExtras } : {}),
    idPrefixes: raw.idPrefixes ?? {},
  };
}
