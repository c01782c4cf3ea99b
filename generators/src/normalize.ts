/**
 * Stage 2: normalize. Reads a validated document into flat, sorted operation records (one flat
 * `params` list per operation) and a copy of the document prepared for openapi-typescript.
 */
import type { GeneratorConfig } from "./config.js";
import { pointer, resolvePointer, SpecError, type SpecProblem } from "./load.js";
import {
  HTTP_METHODS,
  type OpenAPIDocument,
  type OperationObject,
  type ParameterObject,
  type RequestBodyObject,
  type ResponseObject,
  type SchemaObject,
} from "./openapi.js";
import { compare } from "./util.js";

export type ParamLocation = "path" | "query" | "header" | "body";

export interface NormalizedParam {
  /** Key in the flat `params` object. */
  key: string;
  location: ParamLocation;
  /** Name on the wire (differs from key only when renamed in sdk.config.json). */
  wireName: string;
  required: boolean;
  deprecated: boolean;
  description?: string;
  schema: SchemaObject;
}

export interface NormalizedResponse {
  status: string;
  description?: string;
  /** The JSON body schema, when there is one. */
  schema?: SchemaObject;
  /** The constant error `code` the spec gives this response, e.g. "0301404". */
  errorCode?: string;
}

export interface NormalizedOperation {
  operationId: string;
  /** Function name: the operationId without its `_vN` suffix. */
  name: string;
  tag: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  params: NormalizedParam[];
  hasBody: boolean;
  bodyRequired: boolean;
  responses: NormalizedResponse[];
  /** The first 2xx status. */
  successStatus: string;
  /** Where the operation sits in the spec. */
  at: string;
}

/** A deprecated old name of an operation (sdk.config.json `operationAliases`). */
export interface OperationAlias {
  /** The old function name, kept as the alias. */
  name: string;
  /** The function it calls (the operation's current name). */
  target: string;
  /** The operation's current operationId. */
  operationId: string;
  tag: string;
}

export interface NormalizedSpec {
  /** The document with parameter docs hoisted out of their schemas, for openapi-typescript. */
  doc: OpenAPIDocument;
  /** `operationAliases` from sdk.config.json, checked against this spec; sorted by name. */
  aliases: OperationAlias[];
  /** Sorted by tag, then by name. */
  operations: NormalizedOperation[];
  /** Tags in `tags[]` that no operation uses (they get no package). */
  unusedDeclaredTags: string[];
  /** Tags operations use that `tags[]` does not declare (they get a package all the same). */
  undeclaredUsedTags: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows a `$ref` chain to the object it names (the load stage has checked they resolve). */
export function deref<T>(doc: unknown, node: T): T {
  let current: unknown = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 32; hops++) {
    current = resolvePointer(doc, current.$ref);
  }
  return current as T;
}

/** `listCalls_v1` -> `listCalls`. */
export function functionName(operationId: string): string {
  const bare = operationId.replace(/_v\d+$/, "");
  const camel = bare.replace(/[-_ ]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
  return camel.charAt(0).toLowerCase() + camel.slice(1);
}

/** Copies the description and `deprecated` mark a spec puts only inside a parameter's schema onto the parameter. */
function hoistParameterDocs(param: ParameterObject): ParameterObject {
  const schema = param.schema;
  if (!schema) return param;
  const out = { ...param };
  if (out.description === undefined && typeof schema.description === "string") out.description = schema.description;
  if (out.deprecated === undefined && schema.deprecated === true) out.deprecated = true;
  return out;
}

function jsonSchemaOf(doc: OpenAPIDocument, holder: { content?: Record<string, { schema?: SchemaObject }> }) {
  const media = holder.content?.["application/json"];
  return media?.schema ? deref(doc, media.schema) : undefined;
}

function errorCodeOf(schema: SchemaObject | undefined, doc: OpenAPIDocument): string | undefined {
  const code = schema?.properties?.code ? deref(doc, schema.properties.code) : undefined;
  return typeof code?.const === "string" ? code.const : undefined;
}

/**
 * @param options.ignoreUnfitAliases drop `operationAliases` entries this spec does not fit (the old name
 * still an operation, the target missing) instead of refusing: spec:bump reads the spec *before* the rename
 * with the config written for the spec after it.
 */
export function normalize(
  input: OpenAPIDocument,
  config: GeneratorConfig,
  source = "spec",
  options: { ignoreUnfitAliases?: boolean } = {},
): NormalizedSpec {
  const doc = structuredClone(input);
  const problems: SpecProblem[] = [];
  const operations: NormalizedOperation[] = [];
  const names = new Map<string, string>();

  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters ?? []).map((p) => deref(doc, p));
    if (item.parameters) item.parameters = item.parameters.map((p) => (p.$ref ? p : hoistParameterDocs(p)));
    for (const method of HTTP_METHODS) {
      const op = item[method] as OperationObject | undefined;
      if (!op) continue;
      const at = pointer("paths", path, method);
      if (method !== "get" && method !== "post" && method !== "put" && method !== "patch" && method !== "delete") {
        problems.push({ at, message: `${method.toUpperCase()} operations are not supported by the SDK runtime` });
        continue;
      }
      const operationId = op.operationId as string;
      if (op.parameters) op.parameters = op.parameters.map((p) => (p.$ref ? p : hoistParameterDocs(p)));

      const tag = config.tagOverrides[operationId] ?? op.tags?.[0];
      if (!tag) {
        problems.push({
          at: `${at}/tags`,
          message: `operation "${operationId}" has no tag, so no package owns it; tag it or add it to tagOverrides in generators/sdk.config.json`,
        });
        continue;
      }
      const name = config.operationNames?.[operationId] ?? functionName(operationId);
      const clash = names.get(name);
      if (clash) {
        problems.push({
          at: `${at}/operationId`,
          message: `"${operationId}" and "${clash}" would both become ${name}(); name one in operationNames in generators/sdk.config.json`,
        });
        continue;
      }
      names.set(name, operationId);

      const params: NormalizedParam[] = [];
      const seen = new Map<string, string>();
      const renames = config.paramRenames[operationId] ?? {};
      const addParam = (param: Omit<NormalizedParam, "key">, paramAt: string) => {
        const key = renames[`${param.location}.${param.wireName}`] ?? param.wireName;
        const other = seen.get(key);
        if (other) {
          problems.push({
            at: paramAt,
            message: `"${key}" is both a ${other} and a ${param.location} value of ${operationId}, so one flat params object cannot hold both; rename one in paramRenames in generators/sdk.config.json (e.g. { "${operationId}": { "${param.location}.${param.wireName}": "${param.location}${key.charAt(0).toUpperCase()}${key.slice(1)}" } })`,
          });
          return;
        }
        seen.set(key, param.location);
        params.push({ ...param, key });
      };

      // Operation-level parameters override path-level ones with the same name and location.
      const own = (op.parameters ?? []).map((p) => deref(doc, p));
      const merged = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      merged.forEach((raw, index) => {
        const param = hoistParameterDocs(raw);
        const paramAt = `${at}/parameters/${index}`;
        if (param.in === "cookie") {
          problems.push({ at: paramAt, message: `cookie parameter "${param.name}" is not supported` });
          return;
        }
        const paramSchema = deref(doc, param.schema ?? {});
        const unsupported = unsupportedEncoding(param, paramSchema, deref(doc, paramSchema.items ?? {}));
        if (unsupported) {
          problems.push({ at: paramAt, message: `${param.in} parameter "${param.name}": ${unsupported}` });
          return;
        }
        addParam(
          {
            location: param.in,
            wireName: param.name,
            required: param.required === true,
            deprecated: param.deprecated === true,
            description: param.description,
            schema: deref(doc, param.schema ?? {}),
          },
          paramAt,
        );
      });

      let hasBody = false;
      let bodyRequired = false;
      if (op.requestBody) {
        const body = deref<RequestBodyObject>(doc, op.requestBody);
        const schema = jsonSchemaOf(doc, body);
        const bodyAt = `${at}/requestBody`;
        if (!schema) {
          problems.push({ at: bodyAt, message: "only application/json request bodies are supported" });
        } else if (!isObject(schema.properties)) {
          problems.push({
            at: bodyAt,
            message: "the JSON body must be an object schema with properties (its keys become params keys)",
          });
        } else {
          hasBody = true;
          bodyRequired = body.required === true;
          const required = new Set(schema.required ?? []);
          for (const [prop, propSchema] of Object.entries(schema.properties)) {
            const resolved = deref(doc, propSchema);
            addParam(
              {
                location: "body",
                wireName: prop,
                required: bodyRequired && required.has(prop),
                deprecated: resolved.deprecated === true,
                description: resolved.description,
                schema: resolved,
              },
              `${bodyAt}/content/application~1json/schema/properties/${prop}`,
            );
          }
        }
      }

      const responses: NormalizedResponse[] = Object.entries(op.responses ?? {})
        .map(([status, raw]) => {
          const response = deref<ResponseObject>(doc, raw);
          const schema = jsonSchemaOf(doc, response);
          return { status, description: response.description, schema, errorCode: errorCodeOf(schema, doc) };
        })
        .sort((a, b) => compare(a.status, b.status));
      const success = responses.find((r) => /^2\d\d$/.test(r.status));
      if (!success) {
        problems.push({ at: `${at}/responses`, message: "needs a 2xx response (it is what the function resolves to)" });
        continue;
      }

      operations.push({
        operationId,
        name,
        tag,
        method: method.toUpperCase() as NormalizedOperation["method"],
        path,
        summary: op.summary,
        description: op.description,
        deprecated: op.deprecated === true,
        params,
        hasBody,
        bodyRequired,
        responses,
        successStatus: success.status,
        at,
      });
    }
  }
  const aliases: OperationAlias[] = [];
  for (const [alias, operationId] of Object.entries(config.operationAliases ?? {})) {
    const at = `generators/sdk.config.json#/operationAliases/${alias}`;
    const target = operations.find((o) => o.operationId === operationId);
    if (options.ignoreUnfitAliases && (names.has(alias) || !target)) continue;
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(alias)) {
      problems.push({ at, message: `"${alias}" is not a function name (letters, digits, _ and $)` });
    } else if (names.has(alias)) {
      problems.push({
        at,
        message: `the spec still has an operation named ${alias}() ("${names.get(alias)}"); remove the alias`,
      });
    } else if (!target) {
      problems.push({
        at,
        message: `the alias ${alias}() names operationId "${operationId}", which the spec does not have`,
      });
    } else {
      aliases.push({ name: alias, target: target.name, operationId, tag: target.tag });
    }
  }
  if (problems.length) throw new SpecError(source, problems);
  aliases.sort((a, b) => compare(a.name, b.name));

  operations.sort((a, b) => compare(a.tag, b.tag) || compare(a.name, b.name));
  const declared = (doc.tags ?? []).map((t) => t.name);
  const used = [...new Set(operations.map((o) => o.tag))];
  return {
    doc,
    operations,
    aliases,
    unusedDeclaredTags: declared.filter((t) => !used.includes(t)).sort(),
    undeclaredUsedTags: used.filter((t) => !declared.includes(t)).sort(),
  };
}

/**
 * Why core cannot put this parameter on the wire, or `undefined` when it can. Core's serializers
 * (packages/core/src/url.ts) encode what the spec uses: path values in the default `simple` style, query
 * values (primitives, or arrays of them as repeated keys) in the default `form` style with `explode`, all
 * percent-encoded. Anything else stops generation here rather than being sent in the wrong shape.
 */
export function unsupportedEncoding(
  param: ParameterObject,
  schema: SchemaObject,
  items: SchemaObject,
): string | undefined {
  const defaultStyle = param.in === "query" ? "form" : "simple";
  if (param.style !== undefined && param.style !== defaultStyle) {
    return `style "${param.style}" is not supported (only the default, "${defaultStyle}")`;
  }
  if (param.explode !== undefined && param.explode !== (param.in === "query")) {
    return `explode: ${param.explode} is not supported (only the default, ${param.in === "query"})`;
  }
  if (param.allowReserved === true) return "allowReserved is not supported (values are always percent-encoded)";
  if (param.in === "path" && schema.type === "array") return "an array path value is not supported";
  if (schema.type === "object" || (schema.type === "array" && (items.type === "object" || items.type === "array"))) {
    return "object values are not supported (no deepObject encoding)";
  }
  return undefined;
}
