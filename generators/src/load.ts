/**
 * Stage 1: load and validate. Turns text into an OpenAPI document, or throws a SpecError that
 * lists every problem with its place (a JSON pointer, or line:column for broken JSON).
 */
import { readFileSync } from "node:fs";
import { jsonErrorOffset } from "./json-position.js";
import type { OpenAPIDocument, OperationObject, ParameterObject } from "./openapi.js";
import { HTTP_METHODS } from "./openapi.js";

export interface SpecProblem {
  /** Where: `#/paths/~1v1~1calls/get/operationId`, or `line 12, column 4` for JSON syntax errors. */
  at: string;
  message: string;
}

/** The spec cannot be used. Nothing has been written when this is thrown. */
export class SpecError extends Error {
  readonly source: string;
  readonly problems: readonly SpecProblem[];
  constructor(source: string, problems: readonly SpecProblem[]) {
    const lines = problems.map((p) => `  - ${p.at}: ${p.message}`).join("\n");
    super(
      `${source} is not a usable OpenAPI document (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${lines}`,
    );
    this.name = "SpecError";
    this.source = source;
    this.problems = problems;
  }
}

/** Encodes one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function pointer(...segments: (string | number)[]): string {
  return `#/${segments.map((s) => pointerSegment(String(s))).join("/")}`;
}

/** Resolves a local `$ref` (`#/components/schemas/X`); undefined when it points nowhere. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const path = ref.slice(1);
  if (path === "") return doc;
  if (!path.startsWith("/")) return undefined;
  let node: unknown = doc;
  for (const raw of path.slice(1).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** JSON.parse with the error turned into a line and column. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1] ?? jsonErrorOffset(text);
    let at = "JSON";
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = before.split("\n").length;
      const column = Number(position) - before.lastIndexOf("\n");
      at = `line ${line}, column ${column}`;
    }
    throw new SpecError(source, [{ at, message: `invalid JSON: ${message}` }]);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks what the generator relies on: an OpenAPI 3.x document with paths, operations with unique
 * operationIds and responses, well-formed parameters, path templates matching path parameters, and
 * every local `$ref` resolving.
 */
export function validateSpec(doc: unknown, source: string): OpenAPIDocument {
  const problems: SpecProblem[] = [];
  const problem = (at: string, message: string) => problems.push({ at, message });

  if (!isObject(doc)) throw new SpecError(source, [{ at: "#", message: "the document must be a JSON object" }]);
  if (typeof doc.openapi !== "string" || !/^3\.\d+\.\d+/.test(doc.openapi)) {
    problem("#/openapi", `must be an OpenAPI 3.x version string, got ${JSON.stringify(doc.openapi)}`);
  }
  if (!isObject(doc.info) || typeof doc.info.title !== "string" || typeof doc.info.version !== "string") {
    problem("#/info", "must be an object with string title and version");
  }
  if (!isObject(doc.paths)) {
    problem("#/paths", "must be an object");
    throw new SpecError(source, problems);
  }

  const seenIds = new Map<string, string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    const itemAt = pointer("paths", path);
    if (!path.startsWith("/")) problem(itemAt, "path must start with '/'");
    if (!isObject(item)) {
      problem(itemAt, "path item must be an object");
      continue;
    }
    const shared = Array.isArray(item.parameters) ? (item.parameters as unknown[]) : [];
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const opAt = pointer("paths", path, method);
      if (!isObject(op)) {
        problem(opAt, "operation must be an object");
        continue;
      }
      checkOperation(doc, op as OperationObject, path, opAt, shared, problem);
      const id = op.operationId;
      if (typeof id !== "string" || id === "") {
        problem(`${opAt}/operationId`, "every operation needs an operationId (it names the generated function)");
      } else if (seenIds.has(id)) {
        problem(`${opAt}/operationId`, `duplicate operationId "${id}" (also at ${seenIds.get(id)})`);
      } else {
        seenIds.set(id, `${opAt}/operationId`);
      }
    }
  }
  if (doc.webhooks !== undefined && !isObject(doc.webhooks)) problem("#/webhooks", "must be an object");
  checkRefs(doc, doc, "#", problem, new Set());
  if (problems.length) throw new SpecError(source, problems);
  return doc as unknown as OpenAPIDocument;
}

function checkOperation(
  doc: Record<string, unknown>,
  op: OperationObject,
  path: string,
  opAt: string,
  shared: unknown[],
  problem: (at: string, message: string) => void,
): void {
  if (!isObject(op.responses) || Object.keys(op.responses).length === 0) {
    problem(`${opAt}/responses`, "must list at least one response");
  }
  if (op.tags !== undefined && (!Array.isArray(op.tags) || op.tags.some((t) => typeof t !== "string"))) {
    problem(`${opAt}/tags`, "must be an array of strings");
  }
  const params = [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])];
  const pathParams = new Set<string>();
  params.forEach((raw, index) => {
    const at = `${opAt}/parameters/${index}`;
    const param = (isObject(raw) && typeof raw.$ref === "string" ? resolvePointer(doc, raw.$ref) : raw) as
      | ParameterObject
      | undefined;
    if (!isObject(param)) return; // an unresolved $ref is reported by checkRefs
    if (typeof param.name !== "string" || param.name === "") problem(`${at}/name`, "parameter needs a name");
    if (!["path", "query", "header", "cookie"].includes(param.in as string)) {
      problem(`${at}/in`, `must be path, query, header or cookie, got ${JSON.stringify(param.in)}`);
    }
    if (param.in === "path") {
      pathParams.add(param.name);
      if (param.required !== true) problem(`${at}/required`, `path parameter "${param.name}" must be required: true`);
    }
  });
  for (const match of path.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1] as string;
    if (!pathParams.has(name)) problem(opAt, `path template has {${name}} but no path parameter "${name}"`);
  }
}

function checkRefs(
  doc: Record<string, unknown>,
  node: unknown,
  at: string,
  problem: (at: string, message: string) => void,
  seen: Set<unknown>,
): void {
  if (typeof node !== "object" || node === null || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    node.forEach((child, index) => {
      checkRefs(doc, child, `${at}/${index}`, problem, seen);
    });
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.$ref === "string") {
    if (!record.$ref.startsWith("#")) {
      problem(`${at}/$ref`, `external reference "${record.$ref}" is not supported; bundle the spec into one file`);
    } else if (resolvePointer(doc, record.$ref) === undefined) {
      problem(`${at}/$ref`, `"${record.$ref}" resolves to nothing`);
    }
  }
  for (const [key, child] of Object.entries(record)) {
    // Examples are data, not schema: a "$ref" key inside one is just a value.
    if (key === "example" || key === "const" || key === "default" || key === "enum") continue;
    if (key === "examples" && Array.isArray(child)) continue;
    checkRefs(doc, child, `${at}/${pointerSegment(key)}`, problem, seen);
  }
}

/** Reads and validates a spec file. */
export function loadSpec(file: string, displayName = file): OpenAPIDocument {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError(displayName, [{ at: "file", message: (error as Error).message }]);
  }
  return validateSpec(parseJson(text, displayName), displayName);
}
