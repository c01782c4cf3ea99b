/**
 * Stage 4: emit. Turns a plan into file contents (path -> text), in memory; writing or comparing
 * them is the caller's business (see generate.ts), so every stage stays testable without a disk.
 */
import openapiTS, { astToString } from "openapi-typescript";
import type { GeneratorConfig } from "../config.js";
import { deref } from "../normalize.js";
import type { OpenAPIDocument, SchemaObject } from "../openapi.js";
import type { PackagePlan, Plan } from "../plan.js";
import type { WebhookSpec } from "../webhook-spec.js";
import { TS_HEADER } from "./code.js";
import { exampleParams } from "./examples.js";
import { emitGeneratedIndex, emitOperations } from "./operations.js";
import {
  emitIndexScaffold,
  emitPackageJson,
  emitSubpathStub,
  emitTsconfig,
  emitTsdownConfig,
  type PackageJsonInput,
} from "./package-files.js";
import { emitPackageReadme, referenceSection } from "./readme.js";
import { emitResourceTypes, linkResourceTypes } from "./resource-types.js";
import { emitResponseSchemas, emitRules, paramsRule } from "./rules.js";
import { emitUmbrellaClient, emitUmbrellaIndex, emitUmbrellaReadme, emitUmbrellaResponseSchemas } from "./umbrella.js";
import { EVENT_TABLE_MARKER, emitWebhookEvents, emitWebhookEventsTable } from "./webhook-events.js";

export interface EmittedFile {
  /** Relative to the repository root, with `/` separators. */
  path: string;
  content: string;
  /**
   * `generated`: owned by the generator, rewritten every run and compared by generate:check.
   * `scaffold`: written only when missing (hand-written from then on).
   */
  kind: "generated" | "scaffold";
}

/** What the emitter needs to know about the files already on disk. */
export interface ExistingState {
  /** Current `version` of each package by folder name; new packages get config.initialVersion. */
  versions: Record<string, string>;
  /** Package folder -> its hand-written README section (sdk.config.json `packageExtras.<dir>.readme`). */
  readmeSections?: Record<string, string>;
  /** Text of the repository's LICENSE, copied into every generated package (npm packs it). */
  license?: string;
}

/** A generated package's LICENSE: the repository's, so every tarball carries it. */
function licenseFile(base: string, existing: ExistingState): EmittedFile[] {
  return existing.license === undefined
    ? []
    : [{ path: `${base}/LICENSE`, content: existing.license, kind: "generated" }];
}

/** What every generated package has besides its code: manifest, build config, entry scaffold, LICENSE, subpath stubs. */
function packageFiles(base: string, existing: ExistingState, manifest: PackageJsonInput): EmittedFile[] {
  return [
    { path: `${base}/package.json`, content: emitPackageJson(manifest), kind: "generated" },
    { path: `${base}/tsconfig.json`, content: emitTsconfig(), kind: "generated" },
    {
      path: `${base}/tsdown.config.ts`,
      content: emitTsdownConfig(TS_HEADER, { ...RESPONSE_SCHEMAS_ENTRY, ...manifest.extras?.entries }),
      kind: "generated",
    },
    { path: `${base}/src/index.ts`, content: emitIndexScaffold(), kind: "scaffold" },
    ...licenseFile(base, existing),
    ...(manifest.subpaths ?? []).map((name) => ({
      path: `${base}/${name}/package.json`,
      content: emitSubpathStub(name),
      kind: "generated" as const,
    })),
  ];
}

/** The `<package>/response-schemas` entry point of every generated package (tables for `validateResponses`). */
const RESPONSE_SCHEMAS_ENTRY = { "response-schemas": "src/generated/response-schemas.ts" };

/** Runs openapi-typescript on one package's slice of the document. */
export async function emitTypes(doc: OpenAPIDocument): Promise<string> {
  const ast = await openapiTS(doc as never, { silent: true });
  return `${TS_HEADER}${astToString(ast)}`;
}

/**
 * The package's hand-written README section, with the generated event table where it has the
 * EVENT_TABLE_MARKER comment (or after it).
 */
function webhookReadme(section: string | undefined, events: WebhookSpec | undefined): string {
  const table = events ? emitWebhookEventsTable(events).trim() : "";
  if (section?.includes(EVENT_TABLE_MARKER)) return section.replace(EVENT_TABLE_MARKER, table);
  return [section?.trim(), table].filter(Boolean).join("\n\n");
}

async function emitTagPackage(
  pkg: PackagePlan,
  plan: Plan,
  config: GeneratorConfig,
  fullDoc: OpenAPIDocument,
  existing: ExistingState,
  webhooks: WebhookSpec | undefined,
): Promise<EmittedFile[]> {
  const base = `${plan.packagesDir}/${pkg.dir}`;
  const resolve = (s: SchemaObject) => deref(fullDoc, s);
  const examples = new Map(pkg.operations.map((op) => [op.operationId, exampleParams(op, resolve)]));
  const events = webhooks && config.webhookEvents?.package === pkg.dir ? webhooks : undefined;
  const readmeExtra = webhookReadme(existing.readmeSections?.[pkg.dir], events);
  const description = `OpenPhone API ${pkg.tag}: ${pkg.operations.map((o) => o.name).join(", ")}. Typed functions generated from the OpenAPI spec.`;
  const ruleContext = { resolve, idPrefixes: config.idPrefixes };
  const rules = new Map(pkg.operations.map((op) => [op.operationId, paramsRule(op, ruleContext)]));
  const hasRules = [...rules.values()].some((rule) => rule !== undefined);
  return [
    {
      path: `${base}/src/generated/openapi.ts`,
      content: linkResourceTypes(await emitTypes(pkg.typesDoc), pkg),
      kind: "generated",
    },
    ...(pkg.resources.length
      ? [{ path: `${base}/src/generated/resources.ts`, content: emitResourceTypes(pkg), kind: "generated" as const }]
      : []),
    { path: `${base}/src/generated/operations.ts`, content: emitOperations(pkg, examples, rules), kind: "generated" },
    ...(hasRules
      ? [{ path: `${base}/src/generated/rules.ts`, content: emitRules(pkg, rules), kind: "generated" as const }]
      : []),
    {
      path: `${base}/src/generated/response-schemas.ts`,
      content: emitResponseSchemas(pkg, ruleContext),
      kind: "generated",
    },
    { path: `${base}/src/generated/index.ts`, content: emitGeneratedIndex(pkg), kind: "generated" },
    {
      path: `${base}/README.md`,
      content: emitPackageReadme(pkg, plan, examples, config.repository, readmeExtra, config.docsUrl),
      kind: "generated",
    },
    ...packageFiles(base, existing, {
      name: pkg.packageName,
      version: existing.versions[pkg.dir] ?? config.initialVersion,
      description,
      dir: pkg.dir,
      keywords: [pkg.dir],
      dependencies: { [`${plan.scope}/core`]: "workspace:^" },
      config,
      extras: config.packageExtras?.[pkg.dir],
      subpaths: ["response-schemas", ...Object.keys(config.packageExtras?.[pkg.dir]?.entries ?? {}).sort()],
    }),
    ...(events ? await emitWebhookEvents(events, base) : []),
  ];
}

function emitUmbrella(
  plan: Plan,
  config: GeneratorConfig,
  fullDoc: OpenAPIDocument,
  existing: ExistingState,
): EmittedFile[] {
  const { umbrella } = plan;
  const resolve = (s: SchemaObject) => deref(fullDoc, s);
  const examples = new Map(
    umbrella.packages.flatMap((p) => p.operations.map((op) => [op.operationId, exampleParams(op, resolve)] as const)),
  );
  const base = `${plan.packagesDir}/${umbrella.dir}`;
  const dependencies: Record<string, string> = { [`${plan.scope}/core`]: "workspace:^" };
  for (const p of umbrella.packages) dependencies[p.packageName] = "workspace:^";
  return [
    { path: `${base}/src/generated/client.ts`, content: emitUmbrellaClient(umbrella, examples), kind: "generated" },
    { path: `${base}/src/generated/index.ts`, content: emitUmbrellaIndex(umbrella), kind: "generated" },
    {
      path: `${base}/src/generated/response-schemas.ts`,
      content: emitUmbrellaResponseSchemas(umbrella),
      kind: "generated",
    },
    {
      path: `${base}/README.md`,
      content: `${emitUmbrellaReadme(umbrella, config.repository)}\n${referenceSection(umbrella.packageName, config.repository, config.docsUrl)}`,
      kind: "generated",
    },
    ...packageFiles(base, existing, {
      name: umbrella.packageName,
      version: existing.versions[umbrella.dir] ?? config.initialVersion,
      description: `The whole OpenPhone API on one client (${umbrella.className}), with a namespace per resource package.`,
      dir: umbrella.dir,
      keywords: ["client"],
      dependencies,
      config,
      subpaths: ["response-schemas"],
    }),
  ];
}

/** Every file the plan produces, sorted by path. */
export async function emitAll(
  plan: Plan,
  config: GeneratorConfig,
  fullDoc: OpenAPIDocument,
  existing: ExistingState,
  /** The resolved webhooks document: its event types go to the `webhookEvents.package` package. */
  webhooks?: WebhookSpec,
): Promise<EmittedFile[]> {
  const files: EmittedFile[] = [];
  for (const pkg of plan.packages) {
    files.push(...(await emitTagPackage(pkg, plan, config, fullDoc, existing, webhooks)));
  }
  files.push(...emitUmbrella(plan, config, fullDoc, existing));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
