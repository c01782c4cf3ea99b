/**
 * The webhook events document (spec/webhooks.openapi.json): an OpenAPI 3.1 `webhooks` section kept beside
 * the vendor's REST spec. Its schemas point into the REST document with `$ref`s like
 * `openapi.json#/paths/~1v1~1calls/get/...`; this stage inlines them, so the events are typed from the very
 * schemas the REST operations return, and checks what the emitted `WebhookEvent` union relies on.
 */
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { parseJson, pointer, pointerSegment, resolvePointer, SpecError, type SpecProblem } from "./load.js";
import type { OpenAPIDocument, SchemaObject } from "./openapi.js";
import { compare } from "./util.js";

/** One generation's shape of an event: a variant of the event schema's `oneOf`, or the event schema itself. */
export interface WebhookEventVariant {
  /** The component schema of this shape, e.g. `MessageReceivedEventV4`. */
  schemaName: string;
  /** The `apiVersion` values this shape is sent with (its const or enum), e.g. `["v2", "v3"]`; empty when open. */
  apiVersions: string[];
  /** The component schema of `data.object` (legacy) or `data.resource` (2026-03-30), when it is a `$ref` to one. */
  objectSchema?: string;
  /** `object` when the resource is `data.object`, `resource` when it is `data.resource`. */
  dataKey: "object" | "resource";
}

export interface WebhookEventSpec {
  /** The event type, e.g. `message.received`: the key under `webhooks` and the `type` const. */
  type: string;
  /** The component schema of the whole event, e.g. `MessageReceivedEvent`: the exported type's name. */
  schemaName: string;
  /** The component schema of `data.object` when the event has one shape and it is a `$ref`, e.g. `MessageObject`. */
  objectSchema?: string;
  /**
   * The event's shapes, one per generation (`oneOf` variants, narrowed by `apiVersion`); one entry, the
   * event schema itself, when it has a single shape.
   */
  variants: WebhookEventVariant[];
  summary?: string;
  description?: string;
}

export interface WebhookSpec {
  /** Repository-relative path of the webhooks document, for generated headers and messages. */
  source: string;
  /** The document with every reference into the REST document inlined: ready for openapi-typescript. */
  doc: OpenAPIDocument;
  /** Sorted by type. */
  events: WebhookEventSpec[];
  /** Every component schema (events and the objects they carry), sorted: each becomes an exported type. */
  schemas: { name: string; description?: string }[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Keys whose values are data, not schema: a `$ref` inside them is just a value. */
const DATA_KEYS = new Set(["example", "examples", "const", "default", "enum"]);
/** Keys whose children are named schemas: there `default` or `enum` is a property name, not a keyword. */
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs"]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const isData = (key: string, parentKey: string) => DATA_KEYS.has(key) && !NAME_MAPS.has(parentKey);

/**
 * Replaces each `$ref` into the REST document (`<file>#<pointer>`, `<file>` relative to the webhooks
 * document and naming the REST spec) by a copy of its target, with the target's own local refs inlined
 * too. Keys beside such a `$ref` (a `description`, say) override the target's, except `properties`, which
 * is merged property by property (a webhook object = the REST schema plus a few fields, or one field
 * widened). Local refs of the webhooks document stay as they are (openapi-typescript turns them into
 * `components["schemas"][...]`).
 */
function inlineRestRefs(
  node: unknown,
  at: string,
  ctx: { rest: OpenAPIDocument; restFile: string; baseDir: string; problem: (at: string, message: string) => void },
  inRest: boolean,
  stack: string[],
  parentKey = "",
): unknown {
  if (Array.isArray(node)) return node.map((child, i) => inlineRestRefs(child, `${at}/${i}`, ctx, inRest, stack));
  if (!isObject(node)) return node;
  const out: Record<string, unknown> = {};
  const ref = node.$ref;
  let target: Record<string, unknown> | undefined;
  if (typeof ref === "string" && (inRest || !ref.startsWith("#"))) {
    const hash = ref.indexOf("#");
    const file = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? "#" : ref.slice(hash);
    const resolvedFile = posix.normalize(posix.join(ctx.baseDir, file));
    if (!inRest && resolvedFile !== ctx.restFile) {
      ctx.problem(`${at}/$ref`, `"${ref}" names ${resolvedFile}; only references into ${ctx.restFile} are supported`);
    } else if (stack.includes(fragment)) {
      ctx.problem(`${at}/$ref`, `"${ref}" is part of a reference cycle in ${ctx.restFile}, which cannot be inlined`);
    } else {
      const found = resolvePointer(ctx.rest, fragment);
      if (!isObject(found)) ctx.problem(`${at}/$ref`, `"${ref}" resolves to no schema in ${ctx.restFile}`);
      else target = inlineRestRefs(found, `${at}/$ref`, ctx, true, [...stack, fragment]) as Record<string, unknown>;
    }
  }
  if (target) Object.assign(out, target);
  for (const [key, child] of Object.entries(node)) {
    if (target && key === "$ref") continue;
    const value = isData(key, parentKey)
      ? child
      : inlineRestRefs(child, `${at}/${pointerSegment(key)}`, ctx, inRest, stack, key);
    out[key] =
      target && key === "properties" && isObject(target.properties) && isObject(value)
        ? { ...target.properties, ...value }
        : value;
  }
  return out;
}

/** Checks the local refs of the (inlined) webhooks document resolve. */
function checkLocalRefs(
  doc: unknown,
  node: unknown,
  at: string,
  problem: (at: string, message: string) => void,
  parentKey = "",
): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      checkLocalRefs(doc, child, `${at}/${i}`, problem);
    });
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.$ref === "string" && resolvePointer(doc, node.$ref) === undefined) {
    problem(`${at}/$ref`, `"${node.$ref}" resolves to nothing`);
  }
  for (const [key, child] of Object.entries(node)) {
    if (!isData(key, parentKey)) checkLocalRefs(doc, child, `${at}/${pointerSegment(key)}`, problem, key);
  }
}

function follow(doc: unknown, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 32; hops++) {
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}

/** The single value a schema allows (`const`, or a one-value `enum`), if any. */
function constantOf(schema: unknown): unknown {
  if (!isObject(schema)) return undefined;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length === 1) return schema.enum[0];
  return undefined;
}

/**
 * Checks one shape of event `type` (the component schema `name`): a required `type` const equal to the
 * event type, a `data` object with a required `object` (legacy) or `resource` (2026-03-30) and, when
 * `versioned` (a `oneOf` variant), a required `apiVersion` const or enum that tells it apart.
 */
function checkEventShape(
  doc: unknown,
  name: string,
  type: string,
  versioned: boolean,
  problem: (at: string, message: string) => void,
): WebhookEventVariant | undefined {
  const schema = follow(doc, { $ref: `#/components/schemas/${name}` }) as SchemaObject | undefined;
  if (!isObject(schema)) {
    problem(pointer("components", "schemas", name), "resolves to no schema");
    return undefined;
  }
  let ok = true;
  const typeProp = schema.properties?.type ? follow(doc, schema.properties.type) : undefined;
  if (constantOf(typeProp) !== type || !schema.required?.includes("type")) {
    problem(
      pointer("components", "schemas", name, "properties", "type"),
      `must be required with "const": ${JSON.stringify(type)}, so WebhookEvent discriminates on it`,
    );
    ok = false;
  }
  const versionProp = schema.properties?.apiVersion
    ? (follow(doc, schema.properties.apiVersion) as SchemaObject)
    : undefined;
  const single = constantOf(versionProp);
  const apiVersions =
    typeof single === "string"
      ? [single]
      : Array.isArray(versionProp?.enum) && versionProp.enum.every((v) => typeof v === "string")
        ? (versionProp.enum as string[])
        : [];
  if (versioned && (apiVersions.length === 0 || !schema.required?.includes("apiVersion"))) {
    problem(
      pointer("components", "schemas", name, "properties", "apiVersion"),
      "must be required with a string const or enum: it tells the generations of an event apart",
    );
    ok = false;
  }
  const data = schema.properties?.data ? (follow(doc, schema.properties.data) as SchemaObject) : undefined;
  const dataKey = data?.properties?.object ? "object" : data?.properties?.resource ? "resource" : undefined;
  if (!dataKey || !data?.required?.includes(dataKey)) {
    problem(
      pointer("components", "schemas", name, "properties", "data"),
      "must be an object with a required `object` (legacy) or `resource` (2026-03-30): the resource the event is about",
    );
    ok = false;
  }
  if (!ok || !dataKey) return undefined;
  const objectRef = (data?.properties?.[dataKey] as SchemaObject | undefined)?.$ref;
  return {
    schemaName: name,
    apiVersions,
    objectSchema: objectRef?.startsWith("#/components/schemas/") ? objectRef.slice(21) : undefined,
    dataKey,
  };
}

/**
 * Validates and resolves a webhooks document against the REST document `rest` (the one being generated
 * from, so `--spec` runs type events from the same REST schemas). Throws a SpecError listing every problem.
 *
 * @param source   repository-relative path of the webhooks document, e.g. `spec/webhooks.openapi.json`
 * @param restFile repository-relative path of the REST spec its external refs must name, e.g. `spec/openapi.json`
 */
export function resolveWebhookSpec(raw: unknown, rest: OpenAPIDocument, source: string, restFile: string): WebhookSpec {
  const problems: SpecProblem[] = [];
  const problem = (at: string, message: string) => problems.push({ at, message });
  if (!isObject(raw)) throw new SpecError(source, [{ at: "#", message: "the document must be a JSON object" }]);
  if (typeof raw.openapi !== "string" || !/^3\.1\.\d+/.test(raw.openapi)) {
    problem("#/openapi", `must be "3.1.x" (the webhooks section is OpenAPI 3.1), got ${JSON.stringify(raw.openapi)}`);
  }
  if (!isObject(raw.webhooks) || Object.keys(raw.webhooks).length === 0) {
    problem("#/webhooks", "must be an object with one entry per event type");
    throw new SpecError(source, problems);
  }
  const ctx = { rest, restFile, baseDir: posix.dirname(source), problem };
  const doc = inlineRestRefs(raw, "#", ctx, false, []) as Record<string, unknown>;
  if (problems.length) throw new SpecError(source, problems);
  checkLocalRefs(doc, doc, "#", problem);
  if (problems.length) throw new SpecError(source, problems);

  const events: WebhookEventSpec[] = [];
  const names = new Map<string, string>();
  for (const [type, item] of Object.entries(doc.webhooks as Record<string, unknown>)) {
    const at = pointer("webhooks", type, "post");
    const op = isObject(item) ? item.post : undefined;
    const media = isObject(op) && isObject(op.requestBody) ? op.requestBody.content : undefined;
    const schemaRef =
      isObject(media) && isObject(media["application/json"]) ? media["application/json"].schema : undefined;
    const ref = isObject(schemaRef) ? schemaRef.$ref : undefined;
    const match = typeof ref === "string" ? /^#\/components\/schemas\/([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(ref) : null;
    if (!isObject(op) || !match) {
      problem(
        `${at}/requestBody/content/application~1json/schema`,
        'must be a "$ref" to "#/components/schemas/<Name>" (Name becomes the exported event type)',
      );
      continue;
    }
    const schemaName = match[1] as string;
    const clash = names.get(schemaName);
    if (clash) problem(at, `events "${clash}" and "${type}" share the schema ${schemaName}; give each its own`);
    names.set(schemaName, type);
    const schema = follow(doc, schemaRef) as SchemaObject | undefined;
    const alternatives = schema?.oneOf ?? schema?.anyOf;
    const variants: WebhookEventVariant[] = [];
    if (Array.isArray(alternatives)) {
      const seen = new Map<string, string>();
      alternatives.forEach((alternative, index) => {
        const variantRef = (alternative as SchemaObject).$ref;
        const variantMatch =
          typeof variantRef === "string"
            ? /^#\/components\/schemas\/([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(variantRef)
            : null;
        const where = pointer("components", "schemas", schemaName, schema?.oneOf ? "oneOf" : "anyOf", String(index));
        if (!variantMatch) {
          problem(where, 'must be a "$ref" to "#/components/schemas/<Name>" (one shape of the event per generation)');
          return;
        }
        const variant = checkEventShape(doc, variantMatch[1] as string, type, true, problem);
        if (!variant) return;
        for (const version of variant.apiVersions) {
          const other = seen.get(version);
          if (other) problem(where, `apiVersion "${version}" is also ${other}'s: generations must not overlap`);
          seen.set(version, variant.schemaName);
        }
        variants.push(variant);
      });
      if (alternatives.length === 0) problem(pointer("components", "schemas", schemaName), "has an empty oneOf");
    } else {
      const variant = checkEventShape(doc, schemaName, type, false, problem);
      if (variant) variants.push(variant);
    }
    events.push({
      type,
      schemaName,
      objectSchema: variants.length === 1 && variants[0]?.dataKey === "object" ? variants[0].objectSchema : undefined,
      variants,
      summary: typeof op.summary === "string" ? op.summary : undefined,
      description: typeof op.description === "string" ? op.description : undefined,
    });
  }
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const schemas: WebhookSpec["schemas"] = [];
  for (const [name, schema] of Object.entries(components)) {
    if (!IDENTIFIER.test(name)) {
      problem(pointer("components", "schemas", name), "must be named like a TypeScript type: it is exported as one");
    }
    const description = isObject(schema) && typeof schema.description === "string" ? schema.description : undefined;
    schemas.push({ name, description });
  }
  if (problems.length) throw new SpecError(source, problems);
  events.sort((a, b) => compare(a.type, b.type));
  schemas.sort((a, b) => compare(a.name, b.name));
  return { source, doc: doc as unknown as OpenAPIDocument, events, schemas };
}

/** Reads, validates and resolves the webhooks document at `file` (`source` is its repository-relative path). */
export function loadWebhookSpec(file: string, source: string, rest: OpenAPIDocument, restFile: string): WebhookSpec {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError(source, [{ at: "file", message: (error as Error).message }]);
  }
  return resolveWebhookSpec(parseJson(text, source), rest, source, restFile);
}
