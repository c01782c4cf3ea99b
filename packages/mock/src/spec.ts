/**
 * What the front server needs to know about the spec: each operation's route (to match requests), its
 * parameters (to name Prism's violations with the spec's spelling), its request body schema (to give
 * each violation a schema type) and its documented error bodies (the constant `code`, `title`, `docs`
 * an error answer must carry to stay valid against the spec).
 */
import { readFileSync } from "node:fs";

/** A JSON Schema node, as far as the mock reads one. */
export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  maximum?: number;
  $ref?: string;
}

/** The constant fields of one documented error body (`code`, `status`, `docs`, `title`, `description`). */
export interface ErrorTemplate {
  status: number;
  code?: string;
  docs?: string;
  title?: string;
  description?: string;
}

export interface SpecParameter {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  schema: JsonSchema;
}

export interface SpecOperation {
  id: string;
  summary?: string;
  method: string;
  /** The spec's path template, e.g. `/v1/contacts/{id}`. */
  path: string;
  /** Literal segments as strings, parameter segments as `{ param }`. */
  segments: (string | { param: string })[];
  parameters: SpecParameter[];
  bodySchema?: JsonSchema;
  errors: Map<number, ErrorTemplate>;
}

export interface LoadedSpec {
  operations: SpecOperation[];
  byId: Map<string, SpecOperation>;
  /** Resolves a local `$ref` (`#/components/...`); other nodes are returned as they are. */
  resolve(schema: JsonSchema | undefined): JsonSchema | undefined;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a JSON OpenAPI document. The stateful layer needs JSON (the bundled spec is JSON). */
export function loadSpec(file: string): LoadedSpec {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(
      `@openphone-sdk/mock reads the spec as JSON to answer lists and remembered resources; ${file} is not JSON ` +
        `(${(error as Error).message}). Pass a JSON document, or stateful: false (--stateless) to serve it through Prism only.`,
    );
  }
  if (!isRecord(document) || !isRecord(document.paths))
    throw new Error(`${file} has no "paths": not an OpenAPI document`);
  const root = document;

  const resolve = (schema: JsonSchema | undefined): JsonSchema | undefined => {
    let node = schema;
    // A bounded walk: a $ref cycle (a ref pointing at a ref) ends instead of looping.
    for (let hops = 0; node?.$ref && hops < 32; hops++) {
      const ref = node.$ref;
      if (!ref.startsWith("#/")) return undefined;
      let target: unknown = root;
      for (const raw of ref.slice(2).split("/")) {
        const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        target = isRecord(target) && Object.hasOwn(target, key) ? target[key] : undefined;
      }
      node = isRecord(target) ? (target as JsonSchema) : undefined;
    }
    return node;
  };

  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(root.paths as Record<string, unknown>)) {
    if (!isRecord(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op) || typeof op.operationId !== "string") continue;
      const parameters: SpecParameter[] = [];
      for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const param = resolve(raw as JsonSchema) as unknown;
        if (isRecord(param) && typeof param.name === "string" && typeof param.in === "string") {
          parameters.push({
            name: param.name,
            in: param.in as SpecParameter["in"],
            schema: resolve(param.schema as JsonSchema) ?? {},
          });
        }
      }
      const body = resolve(op.requestBody as JsonSchema) as unknown;
      const content = isRecord(body) && isRecord(body.content) ? body.content["application/json"] : undefined;
      const bodySchema = isRecord(content) ? resolve(content.schema as JsonSchema) : undefined;
      const errors = new Map<number, ErrorTemplate>();
      for (const [status, response] of Object.entries(isRecord(op.responses) ? op.responses : {})) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const resolved = resolve(response as JsonSchema) as unknown;
        const json =
          isRecord(resolved) && isRecord(resolved.content) ? resolved.content["application/json"] : undefined;
        const schema = isRecord(json) ? resolve(json.schema as JsonSchema) : undefined;
        errors.set(Number(status), errorTemplate(Number(status), schema));
      }
      operations.push({
        id: op.operationId,
        summary: typeof op.summary === "string" ? op.summary : undefined,
        method: method.toUpperCase(),
        path,
        segments: path
          .split("/")
          .slice(1)
          .map((segment) => {
            const param = /^\{([^}]+)\}$/.exec(segment)?.[1];
            return param ? { param } : segment;
          }),
        parameters,
        bodySchema,
        errors,
      });
    }
  }
  return { operations, byId: new Map(operations.map((op) => [op.id, op])), resolve };
}

function errorTemplate(status: number, schema: JsonSchema | undefined): ErrorTemplate {
  const template: ErrorTemplate = { status };
  const properties = schema?.properties ?? {};
  for (const key of ["code", "docs", "title", "description"] as const) {
    const value = properties[key]?.const;
    if (typeof value === "string") template[key] = value;
  }
  return template;
}

export interface RouteMatch {
  operation: SpecOperation;
  /** Decoded path parameter values by name. */
  pathParams: Map<string, string>;
}

/**
 * The operation a request is for. Literal segments win over parameters (`POST /v1/webhooks/calls` is
 * `createCallWebhook`, not a webhook id). A segment that does not decode matches nothing.
 */
export function matchRoute(spec: LoadedSpec, method: string, pathname: string): RouteMatch | undefined {
  const parts = pathname.split("/").slice(1);
  let best: { match: RouteMatch; literals: number } | undefined;
  for (const operation of spec.operations) {
    if (operation.method !== method || operation.segments.length !== parts.length) continue;
    const pathParams = new Map<string, string>();
    let literals = 0;
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const segment = operation.segments[i] as string | { param: string };
      const part = parts[i] as string;
      if (typeof segment === "string") {
        ok = segment === part;
        literals++;
      } else {
        try {
          const value = decodeURIComponent(part);
          ok = value.length > 0;
          pathParams.set(segment.param, value);
        } catch {
          ok = false;
        }
      }
    }
    if (ok && (!best || literals > best.literals)) best = { match: { operation, pathParams }, literals };
  }
  return best?.match;
}

/** The request path for an operation, every parameter percent-encoded (`.` and `..` too, so no one normalizes them away). */
export function buildPath(operation: SpecOperation, pathParams: Map<string, string>): string {
  return `/${operation.segments
    .map((segment) => {
      if (typeof segment === "string") return segment;
      const value = pathParams.get(segment.param) ?? "";
      return encodeURIComponent(value).replace(/\./g, "%2E");
    })
    .join("/")}`;
}
