/**
 * Error bodies that read like the real API's. Prism answers an invalid request with the spec's error
 * schema filled with placeholders (`"message": "string"`, `"trace": "string"`) and puts the real reasons in
 * its `sl-violations` header; the SDK then reads `400 A2P Registration Not Approved (0206400): string - string:
 * string [trace string]`. Here the same status keeps the spec's constant fields (`code`, `title`, `docs`,
 * `description`: the body stays valid against the spec) and gets a real `message`, a `trace`, and one
 * `errors` item per violation (`{ path, message, value, schema: { type } }`, the item shape the spec documents).
 *
 * Real bodies this follows (a public integration's notes on the live API, Nov 2025):
 *   409 {"message":"Failed to create contact","code":"0800409","status":409,"docs":"https://openphone.com/docs","title":"Conflict"}
 *   500 {"message":"An unknown error occurred while fetching webhooks","code":"0301500","status":500}
 */
import { randomBytes } from "node:crypto";
import type { ErrorTemplate, JsonSchema, LoadedSpec, SpecOperation } from "./spec.js";

export const DOCS_URL = "https://openphone.com/docs";

/** One item of an error body's `errors` array, as the spec documents it. */
export interface ErrorItem {
  path: string;
  message: string;
  value?: unknown;
  schema: { type: string };
}

export interface ErrorBody {
  message: string;
  code?: string;
  status: number;
  docs: string;
  title: string;
  trace: string;
  errors?: ErrorItem[];
  description?: string;
}

/** One entry of Prism's `sl-violations` header. */
export interface Violation {
  location: string[];
  code?: string | number;
  message: string;
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Unknown",
  502: "Bad Gateway",
  504: "Gateway Timeout",
};

export function newTrace(): string {
  return randomBytes(12).toString("hex");
}

/**
 * An error body for `status`: the operation's documented constants when the spec has that response,
 * otherwise the generic shape (`message`, `status`, `docs`, `title`).
 */
export function errorBody(
  operation: SpecOperation | undefined,
  status: number,
  message: string | undefined,
  errors?: ErrorItem[],
): ErrorBody {
  const template: ErrorTemplate = operation?.errors.get(status) ?? { status };
  const title = template.title ?? REASONS[status] ?? "Error";
  const body: ErrorBody = {
    message: message ?? defaultMessage(operation, status, title),
    ...(template.code ? { code: template.code } : {}),
    status,
    docs: template.docs ?? DOCS_URL,
    title,
    trace: newTrace(),
  };
  if (errors?.length) body.errors = errors;
  if (template.description) body.description = template.description;
  return body;
}

/** What the API says when nothing more specific is known (a documented status asked for with `Prefer`). */
function defaultMessage(operation: SpecOperation | undefined, status: number, title: string): string {
  if (status === 401) return "Invalid API key";
  if (status >= 500 && operation) return `An unknown error occurred while ${activity(operation)}`;
  if (status === 404 && operation) return `${noun(operation)} not found`;
  return title;
}

/** `List calls` -> `fetching calls`, `Create a new webhook for calls` -> `creating webhook for calls`. */
function activity(operation: SpecOperation): string {
  const words = (operation.summary ?? operation.id.replace(/_v\d+$/, "")).split(/\s+/);
  const verb = (words.shift() ?? "").toLowerCase();
  const gerund: Record<string, string> = {
    list: "fetching",
    lists: "fetching",
    get: "fetching",
    create: "creating",
    update: "updating",
    delete: "deleting",
    send: "sending",
  };
  const rest = words.filter((word, i) => !(i === 0 && /^(a|an|all|the)$/i.test(word)) && !/^new$/i.test(word));
  return [gerund[verb] ?? "handling", ...rest]
    .join(" ")
    .toLowerCase()
    .replace(/\bid\b/, "ID");
}

/** `/v1/contacts/{id}` -> `Contact`, `/v1/call-recordings/{callId}` -> `Call recording`. */
export function noun(operation: SpecOperation): string {
  const literal = [...operation.segments].reverse().find((s): s is string => typeof s === "string" && s !== "v1");
  const word = (literal ?? "resource").replace(/-/g, " ").replace(/ies$/, "y").replace(/s$/, "");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Parses Prism's `sl-violations` header; anything unexpected reads as no violations. */
export function parseViolations(header: string | undefined): Violation[] {
  if (!header || header.length > 1_000_000) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (v): v is Violation =>
        typeof v === "object" &&
        v !== null &&
        Array.isArray((v as Violation).location) &&
        typeof (v as Violation).message === "string",
    );
  } catch {
    return [];
  }
}

export interface RequestFacts {
  query: URLSearchParams;
  /** The parsed JSON body, when it parsed. */
  body?: unknown;
  pathParams: Map<string, string>;
}

const MAX_VALUE_CHARS = 120;

/** A violation's offending value, short: long strings are cut, objects left out. */
function shortValue(value: unknown): unknown {
  if (typeof value === "string") return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value) && value.length <= 10 && value.every((v) => typeof v !== "object" || v === null)) {
    return value.map(shortValue);
  }
  return undefined;
}

function typeOf(schema: JsonSchema | undefined, spec: LoadedSpec): string {
  const node = spec.resolve(schema);
  if (!node) return "unknown";
  if (typeof node.type === "string") return node.type;
  if (Array.isArray(node.type)) return node.type.find((t) => t !== "null") ?? node.type[0] ?? "unknown";
  for (const alternative of node.anyOf ?? node.oneOf ?? node.allOf ?? []) {
    const type = typeOf(alternative, spec);
    if (type !== "null" && type !== "unknown") return type;
  }
  if (node.const !== undefined) return typeof node.const;
  if (node.enum?.length) return typeof node.enum[0];
  if (node.properties) return "object";
  if (node.items) return "array";
  return "unknown";
}

/**
 * The schema nodes at a path below `schema`, through `properties`, `items` and every alternative of
 * `allOf`/`anyOf`/`oneOf` (a bounded number: the first is the best guess at the node's type).
 */
function schemasAt(schema: JsonSchema | undefined, path: string[], spec: LoadedSpec): JsonSchema[] {
  let nodes = [spec.resolve(schema)].filter((node): node is JsonSchema => node !== undefined);
  for (const segment of path) {
    nodes = nodes.flatMap((node) => step(node, segment, spec, 0)).slice(0, 16);
  }
  return nodes;
}

function step(node: JsonSchema, segment: string, spec: LoadedSpec, depth: number): JsonSchema[] {
  if (depth > 8) return [];
  const found: JsonSchema[] = [];
  if (/^\d+$/.test(segment) && node.items) found.push(spec.resolve(node.items) ?? {});
  if (node.properties && Object.hasOwn(node.properties, segment))
    found.push(spec.resolve(node.properties[segment]) ?? {});
  for (const alternative of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
    const resolved = spec.resolve(alternative);
    if (resolved) found.push(...step(resolved, segment, spec, depth + 1));
  }
  return found;
}

function valueAt(root: unknown, path: string[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** `["to", "0"]` -> `to[0]`; `["defaultFields", "emails", "1", "value"]` -> `defaultFields.emails[1].value`. */
function dotted(path: string[]): string {
  return path.reduce(
    (text, segment) => (/^\d+$/.test(segment) ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    "",
  );
}

type Where = "query" | "path" | "header" | "body";

interface Located {
  where: Where;
  path: string[];
  message: string;
  code: string;
}

/** Where a violation points, with the parameter named as the spec spells it (Prism lower-cases query names). */
function locate(violation: Violation, operation: SpecOperation): Located | undefined {
  const [origin, where, ...rest] = violation.location;
  if (origin !== "request" || !where || !["query", "path", "header", "body"].includes(where)) return undefined;
  const path = [...rest];
  if (where !== "body" && path.length > 0) {
    const lower = (path[0] as string).toLowerCase();
    const param = operation.parameters.find((p) => p.in === where && p.name.toLowerCase() === lower);
    if (param) path[0] = param.name;
  }
  // "Request body property to.0 must match …", "Request query parameter maxresults must be <= 100"
  let message = violation.message.replace(/^Request (body|query|path|header)( (property|parameter) \S+)? /, "");
  const required = /^must have required property '([^']+)'$/.exec(message)?.[1];
  if (required !== undefined) {
    let name = required;
    if (where !== "body") {
      name =
        operation.parameters.find((p) => p.in === where && p.name.toLowerCase() === required.toLowerCase())?.name ??
        required;
    }
    path.push(name);
    message = "is required";
  }
  return { where: where as Where, path, message, code: String(violation.code ?? "") };
}

export interface TranslatedViolations {
  /** `Invalid query parameters`, `Invalid request body`, … or undefined when nothing was located. */
  summary?: string;
  items: ErrorItem[];
  /** Violations about the request as a whole (`Invalid security scheme used`, content type). */
  general: Violation[];
}

/**
 * Turns Prism's violations into `errors` items: paths as the SDK prints them (`to[0]`, `defaultFields.firstName`),
 * Prism's wording without its prefix, and the alternatives of an `anyOf` merged into one item
 * (`from: must match pattern "^PN(.*)$" or must match pattern "^\+[1-9]\d{1,14}$"`).
 */
export function translateViolations(
  violations: Violation[],
  operation: SpecOperation | undefined,
  facts: RequestFacts,
  spec: LoadedSpec | undefined,
): TranslatedViolations {
  const general: Violation[] = [];
  const located: Located[] = [];
  for (const violation of violations.slice(0, 200)) {
    const where = operation ? locate(violation, operation) : undefined;
    if (where) located.push(where);
    else general.push(violation);
  }
  // Group by path. An anyOf/oneOf failure means "none of the alternatives fit": its alternatives' failures
  // (at the same path or below it) are joined with "or", and the bare "must match a schema in anyOf" is dropped.
  const keyOf = (item: Located) => `${item.where}\u0000${item.path.join("\u0000")}`;
  const groups = new Map<string, Located[]>();
  for (const entry of located) {
    const group = groups.get(keyOf(entry)) ?? [];
    if (!group.some((other) => other.message === entry.message)) group.push(entry);
    groups.set(keyOf(entry), group);
  }
  const isChoice = (entry: Located) => entry.code === "anyOf" || entry.code === "oneOf";
  const choicePaths = located.filter(isChoice).map(keyOf);
  const items: ErrorItem[] = [];
  const wheres = new Set<Where>();
  for (const [key, group] of groups) {
    const first = group[0] as Located;
    const reasons = group.filter((entry) => !isChoice(entry));
    const underChoice = choicePaths.some((choice) => key === choice || key.startsWith(`${choice}\u0000`));
    let messages: string[];
    if (reasons.length === 0) {
      // Only "must match a schema in anyOf": keep it unless deeper items explain it.
      const explained = located.some((entry) => !isChoice(entry) && keyOf(entry).startsWith(`${key}\u0000`));
      messages = explained ? [] : [first.message];
    } else {
      messages = underChoice
        ? [reasons.map((entry) => entry.message).join(" or ")]
        : reasons.map((entry) => entry.message);
    }
    for (const message of messages) {
      wheres.add(first.where);
      const code = reasons.length === 1 ? (reasons[0] as Located).code : first.code;
      items.push(item({ ...first, code }, message, operation, facts, spec));
    }
  }
  const summary =
    wheres.size === 0
      ? undefined
      : wheres.size > 1
        ? "Invalid request"
        : {
            query: "Invalid query parameters",
            path: "Invalid path parameters",
            header: "Invalid headers",
            body: "Invalid request body",
          }[[...wheres][0] as Where];
  return { summary, items, general };
}

function item(
  located: Located,
  message: string,
  operation: SpecOperation | undefined,
  facts: RequestFacts,
  spec: LoadedSpec | undefined,
): ErrorItem {
  let schemas: JsonSchema[] = [];
  let value: unknown;
  const [head, ...tail] = located.path;
  if (located.where === "body") {
    schemas = spec ? schemasAt(operation?.bodySchema, located.path, spec) : [];
    value = valueAt(facts.body, located.path);
  } else if (head !== undefined) {
    const param = operation?.parameters.find((p) => p.in === located.where && p.name === head);
    schemas = spec && param ? schemasAt(param.schema, tail, spec) : [];
    if (located.where === "query") {
      const all = facts.query.getAll(head);
      const isArray = spec?.resolve(param?.schema)?.type === "array";
      value = tail.length ? all[Number(tail[0])] : isArray ? all : all[0];
    } else if (located.where === "path") {
      value = facts.pathParams.get(head);
    }
  }
  // Prism says "must be equal to constant" without the constant: name it.
  const constant = schemas.find((node) => node.const !== undefined)?.const;
  const text = message.replace(/must be equal to constant$/, () =>
    constant === undefined ? "must be equal to constant" : `must be ${JSON.stringify(constant)}`,
  );
  const result: ErrorItem = {
    path: dotted(located.path),
    message: text,
    schema: { type: spec ? typeOf(schemas[0], spec) : "unknown" },
  };
  // Query values arrive as text: show a number or boolean as the spec types it.
  if (located.where === "query" && typeof value === "string") {
    if ((result.schema.type === "integer" || result.schema.type === "number") && /^-?\d+(\.\d+)?$/.test(value))
      value = Number(value);
    else if (result.schema.type === "boolean" && (value === "true" || value === "false")) value = value === "true";
  }
  // A missing value has none to show.
  const short = message === "is required" ? undefined : shortValue(value);
  if (short !== undefined) result.value = short;
  return result;
}
