/**
 * One JSON Schema node seen the way a TypeScript consumer sees it: which JSON types it allows, whether
 * `null` is one of them (however the spec spells that), its enum values, object properties, array items
 * and union variants. `$ref`s are followed and `allOf` members merged, so two spellings of the same
 * type compare equal.
 */
import { resolvePointer } from "../load.js";
import type { SchemaObject } from "../openapi.js";
import { compare } from "../util.js";

export interface SchemaView {
  /** JSON types allowed, `null` excluded, sorted; empty means any value (`{}`). */
  types: string[];
  nullable: boolean;
  /** Enum (or const) values, `null` excluded, as JSON text; undefined when unrestricted. */
  enumValues?: string[];
  properties: Record<string, SchemaObject>;
  required: Set<string>;
  items?: SchemaObject;
  /** `additionalProperties` when it is a schema (a map's value type). */
  mapValues?: SchemaObject;
  /** anyOf/oneOf members other than `null`, when more than one remains. */
  variants?: SchemaObject[];
  /** Documentation: never changes a type. */
  docs: { description?: string; title?: string; example?: unknown; examples?: unknown };
  deprecated: boolean;
  /** JSON text of `default`, when given. */
  defaultValue?: string;
  /** Validation keywords the server checks but TypeScript types do not carry, as `name: JSON value`. */
  constraints: Record<string, string>;
  /** The `$ref`s followed to reach this node (cycle guard for the walker). */
  refs: string[];
}

/** Keywords that constrain values without changing the TypeScript type. */
export const CONSTRAINT_KEYWORDS = [
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows `$ref`s, collecting the refs crossed. */
function follow(doc: unknown, schema: SchemaObject, refs: string[]): SchemaObject {
  let current: unknown = schema;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 32; hops++) {
    refs.push(current.$ref);
    current = resolvePointer(doc, current.$ref);
  }
  return (isObject(current) ? current : {}) as SchemaObject;
}

const isNullSchema = (doc: unknown, schema: SchemaObject): boolean => {
  const s = follow(doc, schema, []);
  return (
    s.type === "null" || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === "null") || s.const === null
  );
};

/** Deep equality of JSON values (key order ignored), without serializing them. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => k in y && sameJson(x[k], y[k]));
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort(compare);
}

/** Views are pure functions of (document, schema object): computed once each (the walk revisits nodes). */
const cache = new WeakMap<object, WeakMap<object, SchemaView>>();

export function viewSchema(doc: unknown, input: SchemaObject | undefined): SchemaView {
  if (!isObject(doc) || !input) return buildView(doc, input);
  let perDoc = cache.get(doc);
  if (!perDoc) {
    perDoc = new WeakMap();
    cache.set(doc, perDoc);
  }
  let view = perDoc.get(input);
  if (!view) {
    view = buildView(doc, input);
    perDoc.set(input, view);
  }
  return view;
}

function buildView(doc: unknown, input: SchemaObject | undefined): SchemaView {
  const refs: string[] = [];
  const schema = follow(doc, input ?? {}, refs);
  const view: SchemaView = {
    types: [],
    nullable: false,
    properties: {},
    required: new Set(),
    docs: {},
    deprecated: schema.deprecated === true,
    constraints: {},
    refs,
  };
  absorb(doc, view, schema);

  // anyOf / oneOf: `[T, null]` is T made nullable; more than one non-null member is a union.
  const union = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (union.length) {
    const members = union.filter((m) => !isNullSchema(doc, m));
    if (members.length < union.length) view.nullable = true;
    if (members.length === 1) {
      const inner = viewSchema(doc, members[0]);
      // The outer node's own docs win: they describe this use of the inner type.
      return {
        ...inner,
        nullable: inner.nullable || view.nullable,
        docs: { ...inner.docs, ...definedOnly(view.docs) },
        deprecated: inner.deprecated || view.deprecated,
        defaultValue: view.defaultValue ?? inner.defaultValue,
        refs: [...refs, ...inner.refs],
      };
    }
    if (members.length > 1) {
      view.variants = members;
      const memberViews = members.map((m) => viewSchema(doc, m));
      view.types = sortedUnique([...view.types, ...memberViews.flatMap((m) => m.types)]);
      if (memberViews.some((m) => m.nullable)) view.nullable = true;
    }
  }
  if (view.types.length === 0 && !view.variants) view.types = inferTypes(view, schema);
  return view;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Reads one schema object (and its allOf members) into the view. */
function absorb(doc: unknown, view: SchemaView, schema: SchemaObject): void {
  for (const member of schema.allOf ?? []) absorb(doc, view, follow(doc, member, view.refs));

  if (typeof schema.type === "string" || Array.isArray(schema.type)) {
    const listed = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (listed.includes("null")) view.nullable = true;
    const own = listed.filter((t) => t !== "null");
    // allOf members narrow each other: keep the types every member that names some allows.
    view.types = view.types.length ? view.types.filter((t) => own.includes(t)) : sortedUnique(own);
  }
  if (schema.nullable === true) view.nullable = true; // OpenAPI 3.0 spelling

  const values = schema.enum ?? ("const" in schema ? [schema.const] : undefined);
  if (Array.isArray(values)) {
    if (values.includes(null)) view.nullable = true;
    view.enumValues = sortedUnique(values.filter((v) => v !== null).map((v) => JSON.stringify(v)));
  }
  if (isObject(schema.properties)) Object.assign(view.properties, schema.properties);
  for (const name of Array.isArray(schema.required) ? schema.required : []) view.required.add(name);
  if (isObject(schema.items)) view.items = schema.items as SchemaObject;
  if (isObject(schema.additionalProperties)) view.mapValues = schema.additionalProperties as SchemaObject;
  else if (schema.additionalProperties === false) view.constraints.additionalProperties = "false";

  if (typeof schema.description === "string") view.docs.description = schema.description;
  if (typeof schema.title === "string") view.docs.title = schema.title;
  if (schema.example !== undefined) view.docs.example = schema.example;
  if (schema.examples !== undefined) view.docs.examples = schema.examples;
  if (schema.deprecated === true) view.deprecated = true;
  if ("default" in schema) view.defaultValue = JSON.stringify(schema.default);
  for (const keyword of CONSTRAINT_KEYWORDS) {
    if (schema[keyword] !== undefined) view.constraints[keyword] = JSON.stringify(schema[keyword]);
  }
}

/** Types of a schema that does not name them: from its keywords or its enum values. */
function inferTypes(view: SchemaView, schema: SchemaObject): string[] {
  if (Object.keys(view.properties).length || view.required.size || view.mapValues) return ["object"];
  if (view.items) return ["array"];
  if (view.enumValues?.length) return sortedUnique(view.enumValues.map((v) => jsonType(JSON.parse(v))));
  if (schema.minLength !== undefined || schema.maxLength !== undefined || schema.pattern !== undefined)
    return ["string"];
  return [];
}

/** A short TypeScript-like rendering of a type, for report lines: `string`, `"a" | "b"`, `{ key, reason }`. */
export function describeView(doc: unknown, view: SchemaView, depth = 0): string {
  let text: string;
  if (view.variants) {
    text = depth > 1 ? "union" : view.variants.map((v) => describeView(doc, viewSchema(doc, v), depth + 1)).join(" | ");
  } else if (view.enumValues) {
    text = view.enumValues.join(" | ");
  } else if (view.types.length === 0) {
    text = "any";
  } else {
    text = view.types
      .map((t) => {
        if (t === "object" && Object.keys(view.properties).length) {
          return `{ ${Object.keys(view.properties).sort(compare).join(", ")} }`;
        }
        if (t === "array" && view.items && depth < 2) {
          const item = describeView(doc, viewSchema(doc, view.items), depth + 1);
          return item.includes(" | ") ? `(${item})[]` : `${item}[]`;
        }
        return t;
      })
      .join(" | ");
  }
  return view.nullable ? `${text} | null` : text;
}
