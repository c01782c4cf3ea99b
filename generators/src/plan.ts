/**
 * Stage 3: plan. Groups operations into one package per tag and cuts, for each package, the slice of
 * the document its types come from, so a change to one tag's operations touches one package only.
 */
import type { GeneratorConfig } from "./config.js";
import type { NormalizedOperation, NormalizedSpec, OperationAlias } from "./normalize.js";
import { HTTP_METHODS, type OpenAPIDocument, type PathItemObject } from "./openapi.js";
import { planResources, type ResourceType } from "./resources.js";
import { camelCase, compare, kebabCase } from "./util.js";

export interface PackagePlan {
  tag: string;
  /** Folder under packagesDir, e.g. `phone-numbers`. */
  dir: string;
  /** npm name, e.g. `@openphone-sdk/phone-numbers`. */
  packageName: string;
  /** Property of the umbrella client, e.g. `phoneNumbers`. */
  namespace: string;
  /** Sorted by name. */
  operations: NormalizedOperation[];
  /**
   * The document cut down to this package's operations and the components they reach, with the named
   * resources' schemas moved into `components.schemas` (see resources.ts).
   */
  /** Deprecated old names of this package's operations (sdk.config.json `operationAliases`), sorted. */
  aliases: OperationAlias[];
  typesDoc: OpenAPIDocument;
  /** Named resource types (`Message`, `Contact`, …), sorted by name. */
  resources: ResourceType[];
  /** The tag's description from `tags[]`, if declared. */
  description?: string;
}

export interface UmbrellaPlan {
  dir: string;
  packageName: string;
  className: string;
  packages: PackagePlan[];
}

export interface Plan {
  scope: string;
  packagesDir: string;
  packages: PackagePlan[];
  umbrella: UmbrellaPlan;
  /** Human-readable remarks about tags (declared but unused, used but undeclared). */
  notes: string[];
}

/** Collects `#/components/...` refs reachable from `node`, following refs into components. */
function collectComponentRefs(doc: OpenAPIDocument, node: unknown, found: Set<string>): void {
  if (typeof node !== "object" || node === null) return;
  if (Array.isArray(node)) {
    for (const child of node) collectComponentRefs(doc, child, found);
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.$ref === "string" && record.$ref.startsWith("#/components/") && !found.has(record.$ref)) {
    found.add(record.$ref);
    const [, , section, name] = record.$ref.split("/");
    const target = (doc.components?.[section as string] as Record<string, unknown> | undefined)?.[name as string];
    collectComponentRefs(doc, target, found);
  }
  for (const child of Object.values(record)) collectComponentRefs(doc, child, found);
}

/** The document with only the given operations (and the components they reach). */
export function sliceDocument(doc: OpenAPIDocument, operations: NormalizedOperation[]): OpenAPIDocument {
  const paths: Record<string, PathItemObject> = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    const kept: PathItemObject = {};
    for (const method of HTTP_METHODS) {
      if (operations.some((o) => o.path === path && o.method.toLowerCase() === method)) kept[method] = item[method];
    }
    if (Object.keys(kept).length === 0) continue;
    if (item.parameters) kept.parameters = item.parameters;
    paths[path] = kept;
  }
  const refs = new Set<string>();
  collectComponentRefs(doc, paths, refs);
  const components: Record<string, Record<string, unknown>> = {};
  for (const ref of [...refs].sort(compare)) {
    const [, , section, name] = ref.split("/") as [string, string, string, string];
    const source = doc.components?.[section] as Record<string, unknown> | undefined;
    components[section] ??= {};
    (components[section] as Record<string, unknown>)[name] = source?.[name];
  }
  const sliced: OpenAPIDocument = { openapi: doc.openapi, info: { title: doc.info.title, version: "sdk" }, paths };
  if (Object.keys(components).length) sliced.components = components;
  return sliced;
}

/** Names a generated package exports besides its resource types (a resource may not take one). */
function exportedNames(operations: NormalizedOperation[], namespace: string): Set<string> {
  const names = new Set(["components", "operations", "paths", `${namespace}Operations`]);
  for (const op of operations) {
    const Name = op.name.charAt(0).toUpperCase() + op.name.slice(1);
    for (const n of [op.name, `${op.name}Operation`, `${Name}Params`, `${Name}Response`]) names.add(n);
  }
  return names;
}

export function planPackages(spec: NormalizedSpec, config: GeneratorConfig): Plan {
  const byTag = new Map<string, NormalizedOperation[]>();
  for (const op of spec.operations) byTag.set(op.tag, [...(byTag.get(op.tag) ?? []), op]);

  const packages: PackagePlan[] = [];
  const dirs = new Map<string, string>();
  const notes: string[] = [];
  for (const [tag, operations] of byTag) {
    const dir = kebabCase(tag);
    if (dir === config.umbrella.dir || dir === "core" || dir === "mock") {
      throw new Error(
        `tag "${tag}" would become packages/${dir}, which is reserved; map its operations elsewhere with tagOverrides`,
      );
    }
    const clash = dirs.get(dir);
    if (clash) throw new Error(`tags "${clash}" and "${tag}" would both become packages/${dir}`);
    dirs.set(dir, tag);
    const namespace = camelCase(dir);
    const resources = planResources(
      sliceDocument(spec.doc, operations),
      operations,
      config.resourceNames,
      exportedNames(operations, namespace),
    );
    for (const note of resources.notes) notes.push(`${config.scope}/${dir} resource types: ${note}`);
    packages.push({
      tag,
      dir,
      packageName: `${config.scope}/${dir}`,
      namespace,
      operations: [...operations].sort((a, b) => compare(a.name, b.name)),
      typesDoc: resources.typesDoc,
      resources: resources.types,
      aliases: (spec.aliases ?? []).filter((a) => a.tag === tag),
      description: spec.doc.tags?.find((t) => t.name === tag)?.description,
    });
  }
  packages.sort((a, b) => compare(a.dir, b.dir));

  for (const tag of spec.unusedDeclaredTags)
    notes.push(`tag "${tag}" is declared in tags[] but no operation uses it: no package`);
  for (const tag of spec.undeclaredUsedTags) {
    notes.push(
      `tag "${tag}" is used by operations but not declared in tags[]: packages/${kebabCase(tag)} all the same`,
    );
  }
  return {
    scope: config.scope,
    packagesDir: config.packagesDir,
    packages,
    umbrella: {
      dir: config.umbrella.dir,
      packageName: `${config.scope}/${config.umbrella.dir}`,
      className: config.umbrella.className,
      packages,
    },
    notes,
  };
}
