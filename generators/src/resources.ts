/**
 * Named resource types (`Message`, `Contact`, `Webhook`, …) for one package, part of the plan stage.
 *
 * The spec writes almost every response inline, so openapi-typescript alone gives anonymous object types
 * and users write `ListMessagesResponse["data"][number]`. Here each operation's success body is read as
 * `{ data: T }` or `{ data: T[] }`; `T` is named from the operation (`listMessages` -> `Message`,
 * `getCallSummary` -> `CallSummary`, `createMessageWebhook` -> `MessageWebhook`: the operationId without its
 * verb, `ById` and version, made singular for lists), or from `resourceNames` in sdk.config.json. The same
 * schema returned by several operations is one type; a union (`anyOf`) whose members are all named becomes a
 * union of those names (`Webhook`). The names depend on operationIds and schemas only, never on the order
 * of the spec, so they stay put across spec bumps unless the API itself changes.
 *
 * The schemas are then moved into the package's `components.schemas` (with `$ref`s where they were), so
 * openapi-typescript declares each once and every response that returns it refers to it by name.
 */
import { resolvePointer } from "./load.js";
import type { NormalizedOperation } from "./normalize.js";
import type { OpenAPIDocument, SchemaObject } from "./openapi.js";
import { compare } from "./util.js";

export interface ResourceType {
  /** The exported TypeScript name, e.g. `Message`. */
  name: string;
  /** `object`: an interface over the schema; `union`: a union of other resources of the package. */
  kind: "object" | "union";
  /** For a union: the member resources' names, in the spec's order. */
  members?: string[];
  /** The schema's own description, if any. */
  description?: string;
  /** Function names of the operations that return it, sorted. */
  operations: string[];
}

export interface PackageResources {
  /** Sorted by name. */
  types: ResourceType[];
  /** The package's slice of the document with every named schema moved into `components.schemas`. */
  typesDoc: OpenAPIDocument;
  /** Why a candidate got no name (two different schemas wanting the same name, a taken name…). */
  notes: string[];
}

const VERBS = /^(list|get|create|update|delete|send|retrieve|fetch|add|remove|set)(?=[A-Z])/;

/** `listMessages` (a list) -> `Message`; `getCallSummary` -> `CallSummary`; `updateContactById` -> `Contact`. */
export function resourceName(functionName: string, isList: boolean): string {
  let base = functionName.replace(VERBS, "").replace(/ById$/, "");
  if (base === "") return "";
  base = base.charAt(0).toUpperCase() + base.slice(1);
  if (!isList) return base;
  if (/ies$/.test(base)) return `${base.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(base)) return base;
  if (/(ch|sh|x|ss)es$/.test(base)) return base.slice(0, -2);
  return base.replace(/s$/, "");
}

/** JSON with sorted keys: equal for equal schemas whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as object)
            .sort(compare)
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

const isObjectSchema = (s: SchemaObject): boolean =>
  !s.$ref && (s.type === "object" || (s.type === undefined && s.properties !== undefined)) && !s.anyOf && !s.oneOf;

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

interface Candidate {
  /** JSON pointer into the package document. */
  at: string;
  schema: SchemaObject;
  /** The name the operation proposes; undefined for a union's member. */
  proposed?: string;
  operation: string;
}

/** Where an operation's resource sits: `data` or `data.items` of its success body (following one `$ref`). */
function candidatesOf(doc: OpenAPIDocument, op: NormalizedOperation, overrides: Record<string, string>): Candidate[] {
  if (op.successStatus === "204") return [];
  let at = `#/paths/${escapeSegment(op.path)}/${op.method.toLowerCase()}/responses/${op.successStatus}/content/application~1json/schema`;
  let body = resolvePointer(doc, at) as SchemaObject | undefined;
  if (body?.$ref?.startsWith("#/")) {
    at = body.$ref;
    body = resolvePointer(doc, at) as SchemaObject | undefined;
  }
  let data = body?.properties?.data;
  if (!data || data.$ref) return [];
  at = `${at}/properties/data`;
  const isList = data.type === "array";
  if (isList) {
    if (!data.items || data.items.$ref) return [];
    data = data.items;
    at = `${at}/items`;
  }
  const proposed = overrides[op.operationId] ?? resourceName(op.name, isList);
  if (!proposed) return [];
  const union = data.anyOf ?? data.oneOf;
  if (union) {
    const key = data.anyOf ? "anyOf" : "oneOf";
    const members = union.map((m, i) => ({ at: `${at}/${key}/${i}`, schema: m, operation: op.name }));
    if (!members.every((m) => isObjectSchema(m.schema))) return [];
    return [{ at, schema: data, proposed, operation: op.name }, ...members];
  }
  return isObjectSchema(data) ? [{ at, schema: data, proposed, operation: op.name }] : [];
}

interface Group {
  key: string;
  schema: SchemaObject;
  candidates: Candidate[];
  name?: string;
  union: boolean;
}

/** The most proposed name of a group (ties: the first in code-point order). */
function proposedName(group: Group): string | undefined {
  const counts = new Map<string, number>();
  for (const c of group.candidates) if (c.proposed) counts.set(c.proposed, (counts.get(c.proposed) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]?.[0];
}

function operationsOf(group: Group): string[] {
  return [...new Set(group.candidates.filter((c) => c.proposed).map((c) => c.operation))].sort(compare);
}

function setPointer(doc: unknown, at: string, value: unknown): void {
  const keys = at
    .slice(2)
    .split("/")
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = keys.pop() as string;
  let node = doc as Record<string, unknown>;
  for (const k of keys) node = node[k] as Record<string, unknown>;
  node[last] = value;
}

/**
 * Names the resources of one package's operations and moves their schemas into `components.schemas` of
 * (a copy of) `doc`, the package's slice of the spec. `taken`: names the package already exports.
 */
export function planResources(
  doc: OpenAPIDocument,
  operations: NormalizedOperation[],
  overrides: Record<string, string> = {},
  taken: ReadonlySet<string> = new Set(),
): PackageResources {
  const notes: string[] = [];
  const groups = new Map<string, Group>();
  for (const op of [...operations].sort((a, b) => compare(a.name, b.name))) {
    for (const candidate of candidatesOf(doc, op, overrides)) {
      const key = canonical(candidate.schema);
      const union = !isObjectSchema(candidate.schema);
      const group = groups.get(key) ?? { key, schema: candidate.schema, candidates: [], union };
      group.candidates.push(candidate);
      groups.set(key, group);
    }
  }

  // Objects first: a union is named only when all of its members are.
  const existing = new Set(Object.keys((doc.components?.schemas as Record<string, unknown> | undefined) ?? {}));
  const byName = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const name = proposedName(group);
    if (name) byName.set(name, [...(byName.get(name) ?? []), group]);
  }
  for (const [name, wanting] of [...byName].sort((a, b) => compare(a[0], b[0]))) {
    // Two different schemas want one name: the one more operations return keeps it (ties: the first
    // operation name), the others stay inline (their operation's Response type still names them).
    wanting.sort(
      (a, b) =>
        operationsOf(b).length - operationsOf(a).length || compare(operationsOf(a)[0] ?? "", operationsOf(b)[0] ?? ""),
    );
    const [winner, ...losers] = wanting as [Group, ...Group[]];
    for (const loser of losers) {
      notes.push(
        `${operationsOf(loser).join(", ")}: returns a different ${name} than ${operationsOf(winner).join(", ")}; left unnamed`,
      );
    }
    if (taken.has(name) || existing.has(name)) {
      notes.push(`${operationsOf(winner).join(", ")}: the name ${name} is already taken in this package; left unnamed`);
      continue;
    }
    winner.name = name;
  }

  const named = [...groups.values()].filter((g) => g.name);
  const memberName = (schema: SchemaObject) => groups.get(canonical(schema))?.name;
  const types: ResourceType[] = [];
  for (const group of named) {
    const name = group.name as string;
    if (group.union) {
      const members = ((group.schema.anyOf ?? group.schema.oneOf) as SchemaObject[]).map(memberName);
      if (members.some((m) => m === undefined)) {
        group.name = undefined;
        notes.push(`${operationsOf(group).join(", ")}: not every member of ${name} has a name; left unnamed`);
        continue;
      }
      types.push({ name, kind: "union", members: members as string[], operations: operationsOf(group) });
    } else {
      const description = typeof group.schema.description === "string" ? group.schema.description : undefined;
      types.push({ name, kind: "object", ...(description ? { description } : {}), operations: operationsOf(group) });
    }
  }

  // Hoist: deepest pointers first, so a union's members are refs by the time the union itself moves.
  const typesDoc = structuredClone(doc);
  const schemas: Record<string, unknown> = {};
  const moves = named
    .filter((g) => g.name)
    .flatMap((g) => g.candidates.map((c) => ({ at: c.at, name: g.name as string })))
    .sort((a, b) => b.at.length - a.at.length || compare(a.at, b.at));
  for (const { at, name } of moves) {
    const node = resolvePointer(typesDoc, at);
    schemas[name] ??= structuredClone(node);
    setPointer(typesDoc, at, { $ref: `#/components/schemas/${name}` });
  }
  if (Object.keys(schemas).length) {
    typesDoc.components ??= {};
    const components = typesDoc.components as Record<string, Record<string, unknown>>;
    const merged = { ...(components.schemas ?? {}), ...schemas };
    components.schemas = Object.fromEntries(
      Object.keys(merged)
        .sort(compare)
        .map((k) => [k, merged[k]]),
    );
  }
  return { types: types.sort((a, b) => compare(a.name, b.name)), typesDoc, notes };
}
